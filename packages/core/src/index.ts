export { fsyncPath, publishDirectory, writeFileAtomic } from "./atomic.js";
export {
  type Blend,
  type BlendComponent,
  type BlendConfig,
  BlendConfigSchema,
  type BlendItem,
  type BuildBlendOptions,
  buildBlend,
  type ComponentReport,
  componentCounts,
  formatBlendTable,
  type LoadedBlend,
  loadBlendFile,
  parseBlend,
  promptKey,
} from "./blend.js";
export { loadConfigFile } from "./config-file.js";
export {
  applyFieldMap,
  type DatasetFormat,
  DatasetRowError,
  emptyReadStats,
  fileSource,
  formatOfPath,
  type InvalidRowPolicy,
  type ReadOptions,
  type ReadStats,
  type RowProblem,
  readDataset,
  readJsonl,
  readParquet,
  recordSkippedRow,
} from "./dataset.js";
export { PRORL_BLEND_PATH } from "./default-blend.js";
export {
  afterThink,
  allBoxed,
  allCodeBlocks,
  type BoxedAnswer,
  type CodeBlock,
  lastAnswerTag,
  lastBoxed,
  lastCodeBlock,
} from "./extract.js";
export {
  defaultKs,
  type PassAtKSummary,
  type ProblemSamples,
  passAtK,
  summarizePassAtK,
} from "./passk.js";
export {
  fillTemplate,
  PROMPTS_FILE,
  type PromptsFile,
  PromptsFileSchema,
  type PromptTemplates,
  PromptTemplatesSchema,
  promptsFileText,
  promptText,
  readPromptsFile,
  templateFor,
} from "./prompt-templates.js";
export { isPySpace, pySplit, pySplitlines, pyStrip } from "./pystr.js";
export { globToRegExp, TaskRegistry } from "./registry.js";
export { hashSeed, Rng } from "./rng.js";
export { findRowLoader, type LoadedRow, loadRow } from "./row-loader.js";
export {
  type AnyTask,
  DOMAINS,
  type Domain,
  errorMessage,
  type Generator,
  generatorSource,
  MissingDataError,
  type ParsedTaskOptions,
  parseTaskOptions,
  type RewardType,
  type RowLoader,
  type Source,
  safeVerify,
  type Task,
  type TaskOptionsSchema,
  type TaskPackage,
  type Verdict,
  verdict,
} from "./task.js";
export {
  type BuiltinTaskPackage,
  type LoadedRegistry,
  loadTaskRegistry,
  type SkippedPackage,
} from "./task-packages.js";
export { formatZodError } from "./zod-format.js";
