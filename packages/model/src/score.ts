// Per-token log-probs and entropies of given responses, and a supervised fine-tuning step.
import * as tf from "@tensorflow/tfjs-core";
import { tokenLogProbEntropy } from "./fused.js";
import type { CausalLM } from "./model.js";
import { disposeCache } from "./model.js";

export interface ScoreBatch {
  /** Prompt token ids per row (at least one token each). */
  prompts: readonly (readonly number[])[];
  /** Response token ids per row (may be empty). */
  responses: readonly (readonly number[])[];
}

export interface ScoreOptions {
  /** Logits are divided by this before the softmax (default 1), as at sampling time. */
  temperature?: number;
}

export interface Scores {
  /** log p(response token t | prompt, earlier tokens), [B, R]; 0 at padding. */
  logProbs: tf.Tensor2D;
  /** Entropy of the next-token distribution at each response position, [B, R]; 0 at padding. */
  entropy: tf.Tensor2D;
  /** 1 for response tokens, 0 for padding, [B, R] (R = longest response). */
  mask: tf.Tensor2D;
}

/** Left-pads prompts and right-pads responses into one rectangular batch. */
export function packBatch(batch: ScoreBatch): {
  ids: number[][];
  attentionMask: number[][];
  responseMask: number[][];
  promptLength: number;
  responseLength: number;
} {
  const { prompts, responses } = batch;
  if (prompts.length !== responses.length || prompts.length === 0) {
    throw new RangeError("score: prompts and responses need the same, non-zero number of rows");
  }
  if (prompts.some((p) => p.length === 0))
    throw new RangeError("score: every prompt needs a token");
  const P = Math.max(...prompts.map((p) => p.length));
  const R = Math.max(1, ...responses.map((r) => r.length));
  const ids: number[][] = [];
  const attentionMask: number[][] = [];
  const responseMask: number[][] = [];
  for (const [i, p] of prompts.entries()) {
    const r = responses[i] as readonly number[];
    const padL = P - p.length;
    const padR = R - r.length;
    ids.push([...new Array<number>(padL).fill(0), ...p, ...r, ...new Array<number>(padR).fill(0)]);
    attentionMask.push([
      ...new Array<number>(padL).fill(0),
      ...new Array<number>(p.length + r.length).fill(1),
      ...new Array<number>(padR).fill(0),
    ]);
    responseMask.push([...new Array<number>(r.length).fill(1), ...new Array<number>(padR).fill(0)]);
  }
  return { ids, attentionMask, responseMask, promptLength: P, responseLength: R };
}

/**
 * Log-probs and entropies of the responses under the model with logits / temperature.
 * Differentiable with respect to the model's variables (use inside tf.variableGrads).
 */
export function scoreResponses(
  model: CausalLM,
  batch: ScoreBatch,
  opts: ScoreOptions = {},
): Scores {
  const temperature = opts.temperature ?? 1;
  if (!(temperature > 0)) throw new RangeError("score: temperature must be > 0");
  const { ids, attentionMask, responseMask, promptLength: P, responseLength: R } = packBatch(batch);
  const B = ids.length;
  // The last position predicts nothing we score: feed all but it.
  const inputs = ids.map((r) => r.slice(0, P + R - 1));
  const masks = attentionMask.map((r) => r.slice(0, P + R - 1));
  const { hidden, cache } = model.hidden(inputs, { attentionMask: masks });
  disposeCache(cache);
  return tf.tidy(() => {
    const h = tf.slice(hidden, [0, P - 1, 0], [B, R, model.config.hiddenSize]);
    hidden.dispose();
    let logits: tf.Tensor = model.logitsOf(h as tf.Tensor3D);
    if (temperature !== 1) logits = tf.div(logits, temperature);
    const targets = tf.tensor2d(
      ids.map((r) => r.slice(P, P + R)),
      [B, R],
      "int32",
    );
    const mask = tf.tensor2d(responseMask, [B, R], "float32");
    const { logProb: picked, entropy: ent } = tokenLogProbEntropy(logits, targets);
    return {
      logProbs: tf.mul(picked, mask) as tf.Tensor2D,
      entropy: tf.mul(ent, mask) as tf.Tensor2D,
      mask,
    };
  });
}

/** Mean negative log-likelihood of the response tokens (the SFT loss), a scalar. */
export function sftLoss(model: CausalLM, batch: ScoreBatch): tf.Scalar {
  const { logProbs, entropy, mask } = scoreResponses(model, batch);
  const loss = tf.tidy(
    () => tf.div(tf.neg(tf.sum(logProbs)), tf.maximum(tf.sum(mask), 1)) as tf.Scalar,
  );
  logProbs.dispose();
  entropy.dispose();
  mask.dispose();
  return loss;
}

/**
 * Gradients of `loss` with respect to every model variable, by Hugging Face name, through
 * tf.variableGrads. The caller disposes the returned value and gradients.
 */
export function modelGradients(
  model: CausalLM,
  loss: () => tf.Scalar,
): { value: tf.Scalar; grads: Map<string, tf.Tensor> } {
  const vars = model.variables;
  const { value, grads } = tf.variableGrads(loss, vars);
  const byName = new Map<string, tf.Tensor>();
  const ids = new Map(vars.map((v) => [v.name, v]));
  for (const [name, v] of model.params) {
    const g = grads[v.name];
    if (g && ids.has(v.name)) byName.set(name, g);
  }
  return { value, grads: byName };
}

/** One supervised fine-tuning step (cross-entropy on response tokens); returns the loss before it. */
export function sftStep(model: CausalLM, optimizer: tf.Optimizer, batch: ScoreBatch): number {
  const vars = model.variables;
  const { value, grads } = tf.variableGrads(() => sftLoss(model, batch), vars);
  optimizer.applyGradients(grads);
  const loss = value.dataSync()[0] as number;
  value.dispose();
  tf.dispose(Object.values(grads));
  return loss;
}
