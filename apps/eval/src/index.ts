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
  BUILTIN_TASK_PACKAGES,
  type LoadedRegistry,
  loadTaskRegistry,
  type SkippedPackage,
} from "./task-packages.js";
