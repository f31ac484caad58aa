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
export { type MetricsRecord, readMetrics } from "./metrics-log.js";
export { main, PRESETS, presetPath } from "./program.js";
export { lineChart, writeReport } from "./report.js";
export { formatSummary, type RunSummary, summarizeRun } from "./summary.js";
export {
  type ProgressEvent,
  type StepRecord,
  TrainingError,
  type TrainOptions,
  type TrainResult,
  train,
} from "./trainer.js";
export { type ValidationRecord, validate } from "./validate.js";
