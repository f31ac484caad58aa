export { savePolicy, type TrainerState } from "./checkpoint.js";
export {
  ConfigError,
  loadTrainConfig,
  parseTrainConfig,
  type ResolvedConfig,
  type TrainConfig,
  type TrainConfigInput,
  TrainConfigSchema,
} from "./config.js";
export { MetricsLog, readMetrics } from "./metrics-log.js";
export { main, PRESETS, presetPath } from "./program.js";
export type {
  ConfigChange,
  ConfigChangeRecord,
  MetricsRecord,
  ResetRecord,
  ScoreSummary,
  ServerRecord,
  StageRecord,
  StepRecord,
  StepTimes,
  ValidationRecord,
} from "./records.js";
export { lineChart, writeReport } from "./report.js";
export {
  LocalSampler,
  type SampledResponse,
  type SampleRequest,
  type Sampler,
} from "./sampler.js";
export { formatSummary, type RunSummary, summarizeRun } from "./summary.js";
export {
  type ProgressEvent,
  TrainingError,
  type TrainOptions,
  type TrainResult,
  train,
} from "./trainer.js";
export { validate } from "./validate.js";
