import { Rng } from "@prorl/core";
import {
  type AdamW,
  collectInformativeGroups,
  computeAdvantages,
  learningRate,
  type ObjectiveConfig,
  type RewardShaping,
} from "@prorl/grpo";
import type { CausalLM, TextTokenizer } from "@prorl/model";
import type { ResolvedConfig, Settings } from "./config.js";
import type { PromptStream } from "./prompt-stream.js";
import type { StepRecord } from "./records.js";
import { type Group, type PromptItem, sampleGroups, type Timings } from "./rollout.js";
import type { Sampler } from "./sampler.js";
import {
  responseLogProbs,
  type TrainSample,
  type UpdateResult,
  updateOnMiniBatch,
} from "./update.js";

/** The weights and optimizer a step changes. */
export interface StepModels {
  policy: CausalLM;
  reference: CausalLM;
  optimizer: AdamW;
}

/** What a step reads and does not change. */
export interface StepContext {
  config: Pick<
    ResolvedConfig,
    "seed" | "batch" | "dynamicSampling" | "advantage" | "optimizer" | "rewardConcurrency"
  >;
  objective: ObjectiveConfig;
  tokenizer: TextTokenizer;
  /** Rollouts of the policy in `StepModels` (the local sampler holds that same model). */
  sampler: Sampler;
  stopTokenIds: readonly number[];
  prompts: PromptStream<PromptItem>;
  /**
   * Recompute the policy's log-probs of every trained response and compare them with the
   * sampler's (servers: a check that they sample from the policy's weights).
   */
  compareSamplerLogProbs?: boolean;
}

export interface StepInput {
  step: number;
  /** Prompts of the training stream consumed before this step. */
  cursor: number;
  settings: Settings;
}

export interface StepOutput {
  record: StepRecord;
  /** The stream position after the prompts this step drew. */
  cursor: number;
  /** Mean |sampler log-prob - trainer log-prob| per trained token; null when not compared. */
  samplerLogProbDiff: number | null;
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

function meanBy(values: readonly { key: string; value: number }[]): Record<string, number> {
  const lists = new Map<string, number[]>();
  for (const { key, value } of values) lists.set(key, [...(lists.get(key) ?? []), value]);
  return Object.fromEntries(
    [...lists].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, mean(v)]),
  );
}

/** The grpo shaping options of a stage: the overlong buffer ends at the rollout length cap. */
export function rewardShaping(settings: Settings): RewardShaping {
  const { nonTerminated, overlong } = settings.shaping;
  return {
    ...(nonTerminated ? { nonTerminated } : {}),
    ...(overlong ? { overlong: { maxLength: settings.rollout.maxTokens, ...overlong } } : {}),
  };
}

interface Collected {
  /** Informative groups to train on. */
  kept: Group[];
  /** Every group sampled this step (for the reward statistics). */
  sampled: Group[];
  dynamicSampling: StepRecord["dynamicSampling"];
  cursor: number;
}

/** Samples groups until `batch.prompts` informative ones are found (DAPO dynamic sampling). */
async function collectGroups(
  ctx: StepContext,
  input: StepInput,
  timings: Timings,
): Promise<Collected> {
  const { config } = ctx;
  let cursor = input.cursor;
  const sampled: Group[] = [];
  const draw = async (round: number, count: number): Promise<Group[]> => {
    const items = ctx.prompts.take(cursor, count);
    cursor += count;
    const groups = await sampleGroups(
      ctx.sampler,
      ctx.tokenizer,
      items,
      {
        ...input.settings.rollout,
        stopTokenIds: ctx.stopTokenIds,
        seed: `${config.seed}:${input.step}:${round}`,
      },
      { shaping: rewardShaping(input.settings), concurrency: config.rewardConcurrency, timings },
    );
    sampled.push(...groups);
    return groups;
  };
  const ds = config.dynamicSampling;
  if (!ds.enabled) {
    const kept = await draw(1, config.batch.prompts);
    const dynamicSampling = { rounds: 1, sampled: kept.length, kept: kept.length, solved: 0 };
    return { kept, sampled, dynamicSampling: { ...dynamicSampling, failed: 0 }, cursor };
  }
  const result = await collectInformativeGroups<Group>({
    target: config.batch.prompts,
    maxRounds: ds.maxRounds,
    sample: ({ round, needed }) => draw(round, Math.ceil(needed * ds.oversample)),
    rewardsOf: (g) => g.samples.map((s) => s.reward),
    onExhausted: "partial",
  });
  return {
    kept: result.groups,
    sampled,
    dynamicSampling: {
      rounds: result.report.rounds,
      sampled: result.report.sampled,
      kept: result.groups.length,
      solved: result.report.droppedSolved,
      failed: result.report.droppedFailed,
    },
    cursor,
  };
}

/** The part of the step record that describes the rollouts. */
function rolloutStats(
  input: StepInput,
  collected: Collected,
  lr: number,
): Omit<StepRecord, keyof UpdateStats | "time"> {
  const all = collected.sampled.flatMap((g) => g.samples.map((s) => ({ g, s })));
  return {
    type: "step",
    step: input.step,
    stage: input.settings.stage,
    prompts: collected.kept.length,
    samples: all.length,
    reward: mean(all.map(({ s }) => s.reward)),
    accuracy: mean(all.map(({ s }) => (s.verdict.correct ? 1 : 0))),
    rewardByDomain: meanBy(all.map(({ g, s }) => ({ key: g.item.task.domain, value: s.reward }))),
    rewardByTask: meanBy(all.map(({ g, s }) => ({ key: g.item.task.id, value: s.reward }))),
    responseLength: mean(all.map(({ s }) => s.ids.length)),
    truncated: mean(all.map(({ s }) => (s.finishReason === "length" ? 1 : 0))),
    dynamicSampling: collected.dynamicSampling,
    lr,
    tokens: all.reduce((a, { s }) => a + s.ids.length, 0),
  };
}

type UpdateStats = Pick<
  StepRecord,
  | "updates"
  | "skippedUpdates"
  | "loss"
  | "policyLoss"
  | "klLoss"
  | "gradNorm"
  | "klRef"
  | "klOld"
  | "entropy"
  | "clipFracLow"
  | "clipFracHigh"
>;

const NO_UPDATES: UpdateStats = {
  updates: 0,
  skippedUpdates: 0,
  loss: 0,
  policyLoss: 0,
  klLoss: 0,
  gradNorm: 0,
  klRef: 0,
  klOld: 0,
  entropy: 0,
  clipFracLow: 0,
  clipFracHigh: 0,
};

/** Group advantages, then the groups in a seeded order cut into mini-batches of samples. */
function miniBatchesOf(ctx: StepContext, groups: readonly Group[], step: number): TrainSample[][] {
  const { config } = ctx;
  const advantages = computeAdvantages(
    groups.map((g) => g.samples.map((s) => s.reward)),
    config.advantage.estimator,
    { eps: config.advantage.eps, std: config.advantage.std },
  );
  const order = new Rng(config.seed, "mini-batches", step).shuffle(groups.map((_, i) => i));
  const out: TrainSample[][] = [];
  for (let i = 0; i < order.length; i += config.batch.miniBatch) {
    out.push(
      order.slice(i, i + config.batch.miniBatch).flatMap((gi) => {
        const g = groups[gi] as Group;
        const adv = advantages[gi] as number[];
        return g.samples.map((s, si) => ({
          prompt: g.item.promptIds,
          response: s.ids,
          advantage: adv[si] as number,
          samplerLogProbs: s.samplerLogProbs,
        }));
      }),
    );
  }
  return out;
}

/**
 * Log-probs computed before any update: the reference's for every sample, and the sampling
 * policy's for the mini-batches after the first (the first update runs on the policy that
 * sampled, so its importance ratio is exactly 1 without them).
 */
function attachLogProbs(
  models: StepModels,
  miniBatches: readonly TrainSample[][],
  temperature: number,
  microBatch: number,
): void {
  const all = miniBatches.flat();
  const ref = responseLogProbs(models.reference, all, temperature, microBatch);
  all.forEach((s, i) => {
    s.refLogProbs = ref[i];
  });
  const later = miniBatches.slice(1).flat();
  const old = responseLogProbs(models.policy, later, temperature, microBatch);
  later.forEach((s, i) => {
    s.oldLogProbs = old[i];
  });
}

function updateStats(results: readonly UpdateResult[]): UpdateStats {
  const tokens = results.reduce((a, r) => a + r.metrics.tokens, 0);
  const weighted = (f: (r: UpdateResult) => number) =>
    tokens === 0 ? 0 : results.reduce((a, r) => a + r.metrics.tokens * f(r), 0) / tokens;
  return {
    updates: results.filter((r) => r.applied).length,
    skippedUpdates: results.filter((r) => !r.applied).length,
    loss: mean(results.map((r) => r.loss)),
    policyLoss: mean(results.map((r) => r.policyLoss)),
    klLoss: mean(results.map((r) => r.klLoss)),
    gradNorm: mean(results.map((r) => r.gradNorm)),
    klRef: weighted((r) => r.metrics.klRef ?? 0),
    klOld: weighted((r) => r.metrics.klOld),
    entropy: weighted((r) => r.metrics.entropy ?? 0),
    clipFracLow: weighted((r) => r.metrics.clipFracLow),
    clipFracHigh: weighted((r) => r.metrics.clipFracHigh),
  };
}

/**
 * Mean |sampler - policy| log-prob over the tokens trained on, the policy's as the update saw
 * them before changing the weights: from its own forward pass (on-policy mini-batches) or the
 * old log-probs computed for the later mini-batches. No pass of its own.
 */
function samplerLogProbDiff(
  miniBatches: readonly TrainSample[][],
  results: readonly UpdateResult[],
): number {
  let sum = 0;
  let tokens = 0;
  miniBatches.forEach((mb, m) => {
    const policy = results[m]?.policyLogProbs ?? mb.map((s) => s.oldLogProbs);
    mb.forEach((s, i) => {
      const own = policy[i] as Float32Array;
      s.samplerLogProbs?.forEach((lp, t) => {
        sum += Math.abs(lp - (own[t] as number));
        tokens++;
      });
    });
  });
  return tokens === 0 ? 0 : sum / tokens;
}

/**
 * One RL step: sample (with dynamic sampling), reward, advantages, then one optimizer update
 * per mini-batch. Changes the weights in `models` and nothing else; returns the step's record
 * and the new stream cursor.
 */
export async function trainStep(
  ctx: StepContext,
  models: StepModels,
  input: StepInput,
): Promise<StepOutput> {
  const t0 = performance.now();
  const timings: Timings = { generation: 0, reward: 0 };
  const { settings, step } = input;
  const collected = await collectGroups(ctx, input, timings);
  const lr = learningRate({ ...ctx.config.optimizer.schedule, lr: settings.lr }, step - 1);
  const stats = rolloutStats(input, collected, lr);
  if (collected.kept.length === 0) {
    const time = { ...timings, logProbs: 0, update: 0, total: performance.now() - t0 };
    const record = { ...stats, ...NO_UPDATES, time };
    return { record, cursor: collected.cursor, samplerLogProbDiff: null };
  }
  const miniBatches = miniBatchesOf(ctx, collected.kept, step);
  const { temperature } = settings.rollout;
  const { microBatch } = ctx.config.batch;
  const tLogProbs = performance.now();
  attachLogProbs(models, miniBatches, temperature, microBatch);
  const tUpdate = performance.now();
  const { maxGradNorm } = ctx.config.optimizer;
  const results = miniBatches.map((mb) =>
    updateOnMiniBatch(models.policy, models.optimizer, mb, {
      objective: ctx.objective,
      temperature,
      microBatch,
      lr,
      maxGradNorm,
      keepPolicyLogProbs: ctx.compareSamplerLogProbs,
    }),
  );
  const end = performance.now();
  const time = {
    ...timings,
    logProbs: tUpdate - tLogProbs,
    update: end - tUpdate,
    total: end - t0,
  };
  const record = { ...stats, ...updateStats(results), time };
  const diff = ctx.compareSamplerLogProbs ? samplerLogProbDiff(miniBatches, results) : null;
  return { record, cursor: collected.cursor, samplerLogProbDiff: diff };
}
