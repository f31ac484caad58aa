export { GenerationCache } from "./cache.js";
export {
  type BenchmarkComparison,
  type Comparison,
  classifyRegime,
  compareRuns,
  formatComparison,
  loadResults,
  type Regime,
} from "./compare.js";
export {
  createEngine,
  type Engine,
  type GenerationRequest,
  OpenAIEngine,
  ReplayEngine,
} from "./engines.js";
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportSummary,
  exportBlend,
  VERL_SCHEMA,
  type VerlRow,
} from "./export.js";
export { slug, writePlots } from "./plots.js";
export { PYTHON_GLUE_PATH } from "./program.js";
export { commonKs, formatMarkdown } from "./report.js";
export {
  type DomainResult,
  domainAverages,
  RESULT_FILES,
  type RunOptions,
  type RunProgress,
  type RunResults,
  runEval,
  type TaskResult,
} from "./run.js";
export {
  type EngineConfig,
  type EvalConfig,
  type EvalConfigInput,
  EvalConfigSchema,
  loadEvalConfig,
  parseEvalConfig,
  type SamplingConfig,
} from "./run-config.js";
export {
  formatScoreSummary,
  type ScoredRecord,
  type ScoreOptions,
  type ScoreSummary,
  scoreFile,
  scoreLine,
  type TaskSummary,
} from "./score.js";
export {
  type ItemResult,
  resolveTaskOptions,
  type ScoreContext,
  scoreItem,
  type TaskOptionsByTask,
} from "./score-item.js";
export { createRewardServer, type ServeOptions } from "./serve/server.js";
export {
  type GainBar,
  gainBars,
  type HistogramSeries,
  type PassAtKSeries,
  pass1Histogram,
  passAtKChart,
} from "./svg.js";
export { BUILTIN_TASK_PACKAGES, loadTaskRegistry } from "./task-packages.js";
