import "./gradients.js";

export {
  AdamW,
  type AdamWMoments,
  type AdamWOptions,
  type AdamWState,
  adamMoments,
  adamWOptionsSchema,
  adamwParamUpdate,
} from "./adamw.js";
export {
  type AdvantageOptions,
  computeAdvantages,
  drGrpoAdvantages,
  flattenGroups,
  groupMean,
  groupStd,
  grpoAdvantages,
  RewardError,
  type RewardGroup,
  rlooAdvantages,
  type StdChoice,
  validateRewards,
} from "./advantages.js";
export {
  type AggregationNorm,
  aggregate,
  aggregationNorm,
  seqMeanTokenMean,
  seqMeanTokenSumNorm,
  tokenMean,
} from "./aggregation.js";
export {
  type AdvantageConfig,
  type AdvantageEstimator,
  type AggregationMode,
  advantageConfigSchema,
  advantageEstimatorSchema,
  aggregationModeSchema,
  type KlEstimator,
  klEstimatorSchema,
  type ObjectiveConfig,
  type ObjectiveConfigInput,
  objectiveConfig,
  objectiveConfigSchema,
} from "./config.js";
export {
  collectInformativeGroups,
  DynamicSamplingExhausted,
  type DynamicSamplingOptions,
  type DynamicSamplingReport,
  type DynamicSamplingResult,
  type FilterCounts,
  type FilterOptions,
  filterInformativeGroups,
  isDegenerateGroup,
  type SampleRequest,
} from "./dynamic-sampling.js";
export { type ClippedGradients, clipByGlobalNorm, globalNorm } from "./grad-clip.js";
export { klEstimate, klK1, klK2, klK3, klPenalizedRewards } from "./kl.js";
export {
  combinePolicyMetrics,
  entropyFromLogits,
  maskedStats,
  type PolicyMetrics,
  policyMetrics,
  type Stats,
} from "./metrics.js";
export {
  grpoObjective,
  klInLoss,
  type ObjectiveInputs,
  type ObjectiveTerms,
} from "./objective.js";
export {
  clippedSurrogate,
  dualClip,
  importanceRatio,
  logRatio,
  type PolicyLossOptions,
  policyLossPerToken,
  tokenAdvantages,
} from "./policy-loss.js";
export {
  ReferenceResetController,
  type ResetControllerOptions,
  type ResetControllerState,
  type ResetDecision,
  type ResetEvent,
  type ResetReason,
  resetControllerOptionsSchema,
} from "./reset.js";
export {
  constantLr,
  cosineLr,
  learningRate,
  linearWarmupLr,
  type Schedule,
  type ScheduleShape,
  scheduleSchema,
  scheduleShapeSchema,
} from "./schedules.js";
export {
  type FinishReason,
  type NonTerminatedPenalty,
  nonTerminatedPenaltySchema,
  nonTerminatedReward,
  type OverlongBuffer,
  overlongBufferPenalty,
  type RewardShaping,
  shapeReward,
} from "./shaping.js";
