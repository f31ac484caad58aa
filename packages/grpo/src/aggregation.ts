import * as tf from "@tensorflow/tfjs-core";
import type { AggregationMode } from "./config.js";

/**
 * Normalisers of a whole mini-batch. Computing them once for the mini-batch and passing them to
 * every micro-batch makes the micro-batch losses add up to the full mini-batch loss.
 */
export interface AggregationNorm {
  /** Number of valid (mask = 1) tokens in the mini-batch. */
  tokens: number;
  /** Number of sequences with at least one valid token. */
  sequences: number;
  /** L in seq-mean-token-sum-norm (a constant such as the maximum response length). */
  maxLength: number;
}

/**
 * The normalisers of a mini-batch given all its masks (one [B, T] mask, or one per micro-batch).
 * `maxLength` defaults to the widest mask; pass the configured response cap to keep it constant.
 */
export function aggregationNorm(
  masks: tf.Tensor2D | readonly tf.Tensor2D[],
  maxLength?: number | null,
): AggregationNorm {
  const list = Array.isArray(masks) ? (masks as readonly tf.Tensor2D[]) : [masks as tf.Tensor2D];
  let tokens = 0;
  let sequences = 0;
  let width = 0;
  for (const m of list) {
    const sums = tf.sum(m, 1);
    const rows = sums.dataSync();
    sums.dispose();
    for (const r of rows) {
      tokens += r;
      if (r > 0) sequences++;
    }
    width = Math.max(width, m.shape[1]);
  }
  return { tokens, sequences, maxLength: maxLength ?? width };
}

// token-mean = sum_{i,t} m_it l_it / N_tokens
export function tokenMean(loss: tf.Tensor2D, mask: tf.Tensor2D, norm: AggregationNorm): tf.Scalar {
  return tf.tidy(() => tf.div(tf.sum(tf.mul(loss, mask)), Math.max(norm.tokens, 1)));
}

// seq-mean-token-mean = (1/N_seq) sum_i (sum_t m_it l_it / sum_t m_it)
export function seqMeanTokenMean(
  loss: tf.Tensor2D,
  mask: tf.Tensor2D,
  norm: AggregationNorm,
): tf.Scalar {
  return tf.tidy(() => {
    const perSeq = tf.div(tf.sum(tf.mul(loss, mask), 1), tf.maximum(tf.sum(mask, 1), 1));
    return tf.div(tf.sum(perSeq), Math.max(norm.sequences, 1));
  });
}

// seq-mean-token-sum-norm = (1/N_seq) sum_i sum_t m_it l_it / L   (Dr.GRPO's constant normaliser)
export function seqMeanTokenSumNorm(
  loss: tf.Tensor2D,
  mask: tf.Tensor2D,
  norm: AggregationNorm,
): tf.Scalar {
  return tf.tidy(() =>
    tf.div(tf.sum(tf.mul(loss, mask)), Math.max(norm.sequences, 1) * norm.maxLength),
  );
}

/**
 * Aggregate a [B, T] per-token loss into a scalar. Without `norm` the normalisers come from this
 * mask alone (correct when the mask is the whole mini-batch).
 */
export function aggregate(
  loss: tf.Tensor2D,
  mask: tf.Tensor2D,
  mode: AggregationMode = "token-mean",
  norm: AggregationNorm = aggregationNorm(mask),
): tf.Scalar {
  switch (mode) {
    case "token-mean":
      return tokenMean(loss, mask, norm);
    case "seq-mean-token-mean":
      return seqMeanTokenMean(loss, mask, norm);
    case "seq-mean-token-sum-norm":
      return seqMeanTokenSumNorm(loss, mask, norm);
  }
}
