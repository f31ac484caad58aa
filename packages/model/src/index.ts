export { registerWasmTrainingKernels, selectBackend } from "./backend.js";
export { BACKEND_CHOICES, type BackendChoice } from "./backend-choices.js";
export { loadModel, type SaveOptions, saveModel } from "./checkpoint.js";
export {
  ConfigError,
  type HfConfig,
  hfConfigSchema,
  type ModelConfig,
  parseConfig,
  type RopeScaling,
  readConfig,
  toHfConfig,
} from "./config.js";
export { bf16ToF32, f16ToF32, f32ToBf16, f32ToF16, type StorageDtype } from "./dtype.js";
export { CausalMask, causalAttention, setFusedKernels } from "./fused.js";
export {
  exportGguf,
  type GgufOptions,
  type GgufVocab,
  ggufVocabFromTokenizerJson,
} from "./gguf.js";
export {
  CausalLM,
  disposeCache,
  type ForwardOptions,
  type KVCache,
  ModelError,
  toVariable,
} from "./model.js";
export { inverseFrequencies } from "./rope.js";
export {
  type LoadedTensor,
  modelFiles,
  readModelTensors,
  readSafetensors,
  readSafetensorsHeader,
  SafetensorsError,
  type SafetensorsHeader,
  type TensorInfo,
  type TensorSource,
  writeModelTensors,
  writeSafetensors,
} from "./safetensors.js";
export { type Generation, generate, type SamplingOptions, sampleToken } from "./sample.js";
export {
  modelGradients,
  packBatch,
  type ScoreBatch,
  type ScoreOptions,
  type Scores,
  scoreResponses,
  sftLoss,
  sftStep,
} from "./score.js";
export {
  ByteTokenizer,
  CHATML_TEMPLATE,
  type ChatMessage,
  type ChatTemplateOptions,
  HfTokenizer,
  loadTokenizer,
  type TextTokenizer,
  TOKENIZER_FILES,
  TokenizerError,
} from "./tokenizer.js";
export { parameterCount, type WeightSpec, weightSpecs } from "./weights.js";
