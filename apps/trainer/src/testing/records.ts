import type { StepRecord } from "../records.js";

/** A step record with neutral values; override what a test looks at. */
export function stepRecord(step: number, overrides: Partial<StepRecord> = {}): StepRecord {
  return {
    type: "step",
    step,
    stage: "base",
    prompts: 1,
    samples: 2,
    reward: 0,
    accuracy: 0,
    rewardByDomain: {},
    rewardByTask: {},
    responseLength: 5,
    truncated: 0,
    dynamicSampling: { rounds: 1, sampled: 1, kept: 1, solved: 0, failed: 0 },
    updates: 1,
    skippedUpdates: 0,
    loss: 0,
    policyLoss: 0,
    klLoss: 0,
    gradNorm: 0,
    lr: 1e-3,
    klRef: 0,
    klOld: 0,
    entropy: 1,
    clipFracLow: 0,
    clipFracHigh: 0,
    tokens: 10,
    time: { generation: 0, reward: 0, logProbs: 0, update: 0, total: 0 },
    ...overrides,
  };
}
