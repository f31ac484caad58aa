import {
  type AdamW,
  type AggregationNorm,
  clipByGlobalNorm,
  combinePolicyMetrics,
  grpoObjective,
  type ObjectiveConfig,
  type ObjectiveInputs,
  type PolicyMetrics,
  policyMetrics,
} from "@prorl/grpo";
import { type CausalLM, modelGradients, scoreResponses } from "@prorl/model";
import * as tf from "@tensorflow/tfjs-core";

/**
 * One sequence to train on: its tokens, advantage, and the log-probs of the policy that sampled
 * it (absent: it was sampled by the policy as it is now, so the importance ratio is exactly 1)
 * and of the reference.
 */
export interface TrainSample {
  prompt: number[];
  response: number[];
  advantage: number;
  oldLogProbs?: Float32Array;
  refLogProbs?: Float32Array;
  /** The sampler's own log-probs of the response (servers), kept for the step's check. */
  samplerLogProbs?: readonly number[];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** [B, R] tensor of per-sample arrays, zero-padded to R. */
function padded(rows: readonly Float32Array[], width: number): tf.Tensor2D {
  const out = new Float32Array(rows.length * width);
  for (const [i, r] of rows.entries()) out.set(r.subarray(0, width), i * width);
  return tf.tensor2d(out, [rows.length, width]);
}

const responseWidth = (samples: readonly TrainSample[]) =>
  Math.max(1, ...samples.map((s) => s.response.length));

/**
 * Per-token log-probs of each sample's response under `model` (logits / temperature), computed
 * without gradients in micro-batches.
 */
export function responseLogProbs(
  model: CausalLM,
  samples: readonly TrainSample[],
  temperature: number,
  microBatch: number,
): Float32Array[] {
  const out: Float32Array[] = [];
  for (const mb of chunks(samples, microBatch)) {
    const scores = scoreResponses(
      model,
      { prompts: mb.map((s) => s.prompt), responses: mb.map((s) => s.response) },
      { temperature },
    );
    const width = scores.logProbs.shape[1];
    const values = scores.logProbs.dataSync() as Float32Array;
    tf.dispose([scores.logProbs, scores.entropy, scores.mask]);
    mb.forEach((s, i) => {
      out.push(values.slice(i * width, i * width + s.response.length));
    });
  }
  return out;
}

export interface UpdateResult {
  loss: number;
  policyLoss: number;
  klLoss: number;
  gradNorm: number;
  /** False when the loss or gradient was not finite: no update was applied. */
  applied: boolean;
  metrics: PolicyMetrics;
  /**
   * Each sample's response log-probs under the policy before this update, from its own forward
   * pass, when `keepPolicyLogProbs` asked for them; null when not asked for or when the
   * mini-batch brought them (`oldLogProbs`).
   */
  policyLogProbs: Float32Array[] | null;
}

export interface UpdateOptions {
  objective: ObjectiveConfig;
  temperature: number;
  microBatch: number;
  lr: number;
  maxGradNorm: number;
  /** Return each sample's on-policy log-probs (`UpdateResult.policyLogProbs`). */
  keepPolicyLogProbs?: boolean;
}

/** Whether a mini-batch was sampled by the current policy (no stored old log-probs). */
function onPolicy(samples: readonly TrainSample[]): boolean {
  const stored = samples.filter((s) => s.oldLogProbs).length;
  if (stored !== 0 && stored !== samples.length) {
    throw new Error("a mini-batch mixes samples with and without old log-probs");
  }
  return stored === 0;
}

interface MicroBatchResult {
  loss: number;
  policyLoss: number;
  klLoss: number;
  grads: Map<string, tf.Tensor>;
  metrics: PolicyMetrics;
  /** On-policy: each sample's log-probs as the forward pass gave them (the constant log pi_old). */
  policyLogProbs: Float32Array[] | null;
}

/**
 * The loss of one micro-batch (normalised by `norm`, the whole mini-batch's), its gradients and
 * metrics. On-policy, log pi_old is the policy's own log-probs as constants (ratio 1; gradient
 * of the ratio = gradient of log pi), as verl does when the mini-batch is the whole batch.
 */
function microBatchGradients(
  model: CausalLM,
  mb: readonly TrainSample[],
  norm: AggregationNorm,
  opts: UpdateOptions,
  sampledNow: boolean,
): MicroBatchResult {
  const width = responseWidth(mb);
  const fixed = {
    old: sampledNow
      ? null
      : padded(
          mb.map((s) => s.oldLogProbs ?? new Float32Array(0)),
          width,
        ),
    ref: mb.every((s) => s.refLogProbs)
      ? padded(
          mb.map((s) => s.refLogProbs ?? new Float32Array(0)),
          width,
        )
      : null,
    adv: tf.tensor1d(mb.map((s) => s.advantage)),
  };
  // The inputs of the loss, kept past the gradient pass for the metrics.
  const seen: {
    inputs?: ObjectiveInputs;
    entropy?: tf.Tensor2D;
    terms?: [number, number];
    own?: { values: Float32Array; width: number };
  } = {};
  const { value, grads } = modelGradients(model, () => {
    const scores = scoreResponses(
      model,
      { prompts: mb.map((s) => s.prompt), responses: mb.map((s) => s.response) },
      { temperature: opts.temperature },
    );
    const { logProbs, mask } = scores;
    let oldLogProbs = fixed.old;
    if (!oldLogProbs) {
      const values = logProbs.dataSync() as Float32Array;
      seen.own = { values, width: logProbs.shape[1] };
      oldLogProbs = tf.keep(tf.tensor2d(values, logProbs.shape));
    }
    const inputs: ObjectiveInputs = {
      logProbs: tf.keep(logProbs),
      oldLogProbs,
      ...(fixed.ref ? { refLogProbs: fixed.ref } : {}),
      advantages: fixed.adv,
      mask: tf.keep(mask),
    };
    const t = grpoObjective(inputs, opts.objective, norm);
    seen.inputs = inputs;
    seen.entropy = tf.keep(scores.entropy);
    seen.terms = [t.policyLoss.dataSync()[0] as number, t.klLoss.dataSync()[0] as number];
    return t.loss;
  });
  const loss = value.dataSync()[0] as number;
  value.dispose();
  const { inputs, entropy, terms, own } = seen;
  if (!inputs || !entropy || !terms) throw new Error("the loss function did not run");
  const metrics = policyMetrics(inputs, opts.objective, entropy);
  tf.dispose([inputs.logProbs, inputs.oldLogProbs, inputs.mask, entropy, fixed.adv]);
  if (fixed.ref) fixed.ref.dispose();
  const policyLogProbs =
    own && opts.keepPolicyLogProbs
      ? mb.map((s, i) => own.values.slice(i * own.width, i * own.width + s.response.length))
      : null;
  return { loss, policyLoss: terms[0], klLoss: terms[1], grads, metrics, policyLogProbs };
}

/** sums[name] += grads[name], disposing what is replaced. */
function accumulate(sums: Map<string, tf.Tensor>, grads: Map<string, tf.Tensor>): void {
  for (const [name, g] of grads) {
    const previous = sums.get(name);
    if (!previous) {
      sums.set(name, g);
      continue;
    }
    sums.set(name, tf.add(previous, g));
    previous.dispose();
    g.dispose();
  }
}

/**
 * One optimizer update on a mini-batch: the GRPO/DAPO loss of every micro-batch (normalised over
 * the whole mini-batch, so the gradients add up to the mini-batch gradient), global-norm
 * clipping, then AdamW. Nothing is applied when the loss or the gradient norm is not finite.
 */
export function updateOnMiniBatch(
  model: CausalLM,
  optimizer: AdamW,
  samples: readonly TrainSample[],
  opts: UpdateOptions,
): UpdateResult {
  const sampledNow = onPolicy(samples);
  const norm: AggregationNorm = {
    tokens: samples.reduce((a, s) => a + s.response.length, 0),
    sequences: samples.filter((s) => s.response.length > 0).length,
    maxLength: opts.objective.maxResponseLength ?? responseWidth(samples),
  };
  const sums = new Map<string, tf.Tensor>();
  const parts: PolicyMetrics[] = [];
  let loss = 0;
  let policyLoss = 0;
  let klLoss = 0;
  const policyLogProbs: Float32Array[] = [];
  for (const mb of chunks(samples, opts.microBatch)) {
    const r = microBatchGradients(model, mb, norm, opts, sampledNow);
    loss += r.loss;
    policyLoss += r.policyLoss;
    klLoss += r.klLoss;
    accumulate(sums, r.grads);
    parts.push(r.metrics);
    if (r.policyLogProbs) policyLogProbs.push(...r.policyLogProbs);
  }
  const summed = Object.fromEntries(sums);
  const clipped = clipByGlobalNorm(summed, opts.maxGradNorm > 0 ? opts.maxGradNorm : Infinity);
  const applied = clipped.finite && Number.isFinite(loss);
  if (applied) {
    optimizer.apply(Object.fromEntries(model.params), clipped.grads, opts.lr);
  }
  tf.dispose(Object.values(summed));
  tf.dispose(Object.values(clipped.grads));
  return {
    loss,
    policyLoss,
    klLoss,
    gradNorm: clipped.norm,
    applied,
    metrics: combinePolicyMetrics(parts),
    policyLogProbs: sampledNow && opts.keepPolicyLogProbs ? policyLogProbs : null,
  };
}

/** reference <- policy: copies every weight (a hard reset of the KL anchor). */
export function copyWeights(from: CausalLM, to: CausalLM): void {
  for (const [name, v] of from.params) {
    const target = to.params.get(name);
    if (!target) throw new Error(`reference model has no weight ${name}`);
    target.assign(v);
  }
}
