/** What a run writes to metrics.jsonl: one record per line, each with its type and step. */

/** pass@k and mean reward of a set of held-out prompts. */
export interface ScoreSummary {
  problems: number;
  /** k -> pass@k, averaged over problems. */
  passAtK: Record<string, number>;
  meanReward: number;
  /** Share of samples that hit the length cap (absent in runs written before it was recorded). */
  truncated?: number;
}

/** Wall-clock milliseconds of a step's phases. */
export interface StepTimes {
  generation: number;
  reward: number;
  /** Log-probs computed without gradients: the reference's, and the sampling policy's when needed. */
  logProbs: number;
  update: number;
  total: number;
}

/** How the step went on the inference servers (rollout.engine sglang / vllm only). */
export interface ServerRecord {
  /**
   * Mean over the trained response tokens of |log-prob from the server - log-prob the trainer
   * recomputes with the same policy|: near 0 when the servers sample from the policy's weights.
   * The importance ratio uses the trainer's own log-probs, never these. Null when the step
   * trained on nothing (dynamic sampling kept no group).
   */
  logProbDiff: number | null;
  /** Milliseconds of the weight sync after the step (write + every server's load). */
  syncTime: number;
  /** Servers in rotation after the step. */
  servers: number;
  /** Requests retried since the previous step's record (its validation included). */
  retries: number;
}

/** One RL step. */
export interface StepRecord {
  type: "step";
  step: number;
  stage: string;
  /** Prompt groups trained on (after dynamic sampling). */
  prompts: number;
  /** Responses sampled, dropped groups included. */
  samples: number;
  /** Mean shaped reward of all samples. */
  reward: number;
  accuracy: number;
  rewardByDomain: Record<string, number>;
  rewardByTask: Record<string, number>;
  responseLength: number;
  /** Share of samples that hit the length cap without an end-of-sequence token. */
  truncated: number;
  dynamicSampling: {
    rounds: number;
    sampled: number;
    kept: number;
    solved: number;
    failed: number;
  };
  updates: number;
  skippedUpdates: number;
  loss: number;
  policyLoss: number;
  klLoss: number;
  gradNorm: number;
  lr: number;
  klRef: number;
  /** KL to the sampling policy; exactly 0 with one update per step (the ratio is 1). */
  klOld: number;
  entropy: number;
  clipFracLow: number;
  clipFracHigh: number;
  tokens: number;
  time: StepTimes;
  /** Present when rollouts come from inference servers. */
  server?: ServerRecord;
}

/** A validation on the held-out prompts. */
export interface ValidationRecord {
  type: "validation";
  step: number;
  /** Macro average of pass@1 over tasks: the number resets and "best" are decided on. */
  score: number;
  tasks: Record<string, ScoreSummary>;
  domains: Record<string, ScoreSummary>;
  /** Mean response length in tokens. */
  responseLength: number;
  /** Share of samples that hit the length cap (absent in runs written before it was recorded). */
  truncated?: number;
}

/** The reference policy <- policy and the optimizer state re-initialised, before `step`. */
export interface ResetRecord {
  type: "reset";
  step: number;
  reason: "stagnation" | "degradation" | "manual";
  detail: string;
}

/** A stage began at `step` (its settings apply from there). */
export interface StageRecord {
  type: "stage";
  step: number;
  name: string;
}

/** One setting that differs between a run's config and the one it was resumed with. */
export interface ConfigChange {
  /** Dotted path of the key ("blend.components.0.count"). */
  path: string;
  from: unknown;
  to: unknown;
}

/** `--resume --force` continued the run at `step` with a config whose identity changed. */
export interface ConfigChangeRecord {
  type: "config-change";
  step: number;
  changes: ConfigChange[];
}

export type MetricsRecord =
  | StepRecord
  | ValidationRecord
  | ResetRecord
  | StageRecord
  | ConfigChangeRecord;

export const RECORD_TYPES: readonly MetricsRecord["type"][] = [
  "step",
  "validation",
  "reset",
  "stage",
  "config-change",
];

/** The records of one type, typed. */
export function recordsOf<T extends MetricsRecord["type"]>(
  records: readonly MetricsRecord[],
  type: T,
): Extract<MetricsRecord, { type: T }>[] {
  return records.filter((r): r is Extract<MetricsRecord, { type: T }> => r.type === type);
}
