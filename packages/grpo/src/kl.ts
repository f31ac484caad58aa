import * as tf from "@tensorflow/tfjs-core";
import type { KlEstimator } from "./config.js";

// k1 = logp - logp_ref
export function klK1(logp: tf.Tensor2D, refLogp: tf.Tensor2D): tf.Tensor2D {
  return tf.sub(logp, refLogp);
}

// k2 = 1/2 (logp - logp_ref)^2
export function klK2(logp: tf.Tensor2D, refLogp: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.mul(tf.square(tf.sub(logp, refLogp)), 0.5));
}

// k3 = clamp(exp(d) - d - 1, -10, 10), d = clamp(logp_ref - logp, -20, 20)   (verl's low_var_kl)
export function klK3(logp: tf.Tensor2D, refLogp: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const d = tf.clipByValue(tf.sub(refLogp, logp), -20, 20);
    return tf.clipByValue(tf.sub(tf.sub(tf.exp(d), d), 1), -10, 10) as tf.Tensor2D;
  });
}

/** Per-token KL(pi || pi_ref) estimate with the chosen estimator, [B, T]. */
export function klEstimate(
  logp: tf.Tensor2D,
  refLogp: tf.Tensor2D,
  estimator: KlEstimator = "k3",
): tf.Tensor2D {
  switch (estimator) {
    case "k1":
      return klK1(logp, refLogp);
    case "k2":
      return klK2(logp, refLogp);
    case "k3":
      return klK3(logp, refLogp);
  }
}

// r'_i = r_i - beta * sum_t m_it kl_it   (KL in the reward instead of the loss)
export function klPenalizedRewards(
  rewards: readonly number[],
  kl: tf.Tensor2D,
  mask: tf.Tensor2D,
  beta: number,
): number[] {
  if (rewards.length !== kl.shape[0]) {
    throw new Error(`klPenalizedRewards: ${rewards.length} rewards for ${kl.shape[0]} sequences`);
  }
  const sums = tf.tidy(() => tf.sum(tf.mul(kl, mask), 1));
  const perSeq = sums.dataSync();
  sums.dispose();
  return rewards.map((r, i) => r - beta * (perSeq[i] as number));
}
