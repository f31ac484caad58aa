import {
  type AdamW,
  type AggregationNorm,
  clipByGlobalNorm,
  combinePolicyMetrics,
  grpoObjective,
  type ObjectiveConfig,
  type PolicyMetrics,
  policyMetrics,
} from "@prorl/grpo";
import { type CausalLM, modelGradients, scoreResponses } from "@prorl/model";
import * as tf from "@tensorflow/tfjs-core";

/** One sequence to train on: its tokens, advantage and the log-probs of the sampling policy. */
export interface TrainSample {
  prompt: number[];
  response: number[];
  advantage: number;
  oldLogProbs?: Float32Array;
  refLogProbs?: Float32Array;
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
  opts: {
    objective: ObjectiveConfig;
    temperature: number;
    microBatch: number;
    lr: number;
    maxGradNorm: number;
  },
): UpdateResult {
  const norm: AggregationNorm = {
    tokens: samples.reduce((a, s) => a + s.response.length, 0),
    sequences: samples.filter((s) => s.response.length > 0).length,
    maxLength: opts.objective.maxResponseLength ?? responseWidth(samples),
  };
  const sums: Record<string, tf.Tensor> = {};
  const parts: PolicyMetrics[] = [];
  let loss = 0;
  let policyLoss = 0;
  let klLoss = 0;
  for (const mb of chunks(samples, opts.microBatch)) {
    const width = responseWidth(mb);
    const fixed = tf.tidy(() => ({
      old: padded(
        mb.map((s) => s.oldLogProbs ?? new Float32Array(0)),
        width,
      ),
      ref: mb.every((s) => s.refLogProbs)
        ? padded(
            mb.map((s) => s.refLogProbs as Float32Array),
            width,
          )
        : undefined,
      adv: tf.tensor1d(mb.map((s) => s.advantage)),
    }));
    let kept: { logProbs: tf.Tensor2D; entropy: tf.Tensor2D; mask: tf.Tensor2D } | undefined;
    let terms: { policyLoss: number; klLoss: number } = { policyLoss: 0, klLoss: 0 };
    const { value, grads } = modelGradients(model, () => {
      const scores = scoreResponses(
        model,
        { prompts: mb.map((s) => s.prompt), responses: mb.map((s) => s.response) },
        { temperature: opts.temperature },
      );
      kept = {
        logProbs: tf.keep(scores.logProbs),
        entropy: tf.keep(scores.entropy),
        mask: tf.keep(scores.mask),
      };
      const t = grpoObjective(
        {
          logProbs: scores.logProbs,
          oldLogProbs: fixed.old,
          ...(fixed.ref ? { refLogProbs: fixed.ref } : {}),
          advantages: fixed.adv,
          mask: scores.mask,
        },
        opts.objective,
        norm,
      );
      terms = {
        policyLoss: t.policyLoss.dataSync()[0] as number,
        klLoss: t.klLoss.dataSync()[0] as number,
      };
      return t.loss;
    });
    loss += value.dataSync()[0] as number;
    policyLoss += terms.policyLoss;
    klLoss += terms.klLoss;
    value.dispose();
    for (const [name, g] of grads) {
      const previous = sums[name];
      if (previous) {
        sums[name] = tf.add(previous, g);
        previous.dispose();
        g.dispose();
      } else sums[name] = g;
    }
    const k = kept as unknown as { logProbs: tf.Tensor2D; entropy: tf.Tensor2D; mask: tf.Tensor2D };
    parts.push(
      policyMetrics(
        {
          logProbs: k.logProbs,
          oldLogProbs: fixed.old,
          ...(fixed.ref ? { refLogProbs: fixed.ref } : {}),
          advantages: fixed.adv,
          mask: k.mask,
        },
        opts.objective,
        k.entropy,
      ),
    );
    tf.dispose([k.logProbs, k.entropy, k.mask, fixed.old, fixed.adv]);
    if (fixed.ref) fixed.ref.dispose();
  }
  const clipped = clipByGlobalNorm(sums, opts.maxGradNorm > 0 ? opts.maxGradNorm : Infinity);
  const applied = clipped.finite && Number.isFinite(loss);
  if (applied) {
    optimizer.apply(Object.fromEntries(model.params), clipped.grads, opts.lr);
  }
  tf.dispose(Object.values(sums));
  tf.dispose(Object.values(clipped.grads));
  return {
    loss,
    policyLoss,
    klLoss,
    gradNorm: clipped.norm,
    applied,
    metrics: combinePolicyMetrics(parts),
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
