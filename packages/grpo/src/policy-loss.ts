import * as tf from "@tensorflow/tfjs-core";

/** [B] per-sequence advantages become [B, 1] so they broadcast over tokens; [B, T] is kept. */
export function tokenAdvantages(advantages: tf.Tensor1D | tf.Tensor2D): tf.Tensor2D {
  return advantages.rank === 1
    ? tf.expandDims(advantages as tf.Tensor1D, 1)
    : (advantages as tf.Tensor2D);
}

// log r = clamp(logp - logp_old, -bound, bound)
export function logRatio(logp: tf.Tensor2D, oldLogp: tf.Tensor2D, bound = 20): tf.Tensor2D {
  return tf.tidy(() => tf.clipByValue(tf.sub(logp, oldLogp), -bound, bound) as tf.Tensor2D);
}

// r = exp(clamp(logp - logp_old, -bound, bound))
export function importanceRatio(logp: tf.Tensor2D, oldLogp: tf.Tensor2D, bound = 20): tf.Tensor2D {
  return tf.tidy(() => tf.exp(logRatio(logp, oldLogp, bound)));
}

// l = max(-A r, -A clip(r, 1 - eps_low, 1 + eps_high))
export function clippedSurrogate(
  ratio: tf.Tensor2D,
  advantages: tf.Tensor2D,
  clipLow: number,
  clipHigh: number,
): tf.Tensor2D {
  return tf.tidy(() => {
    const negA = tf.neg(advantages);
    const unclipped = tf.mul(negA, ratio);
    const clipped = tf.mul(negA, tf.clipByValue(ratio, 1 - clipLow, 1 + clipHigh));
    return tf.maximum(unclipped, clipped);
  });
}

// l' = A < 0 ? min(l, -A c) : l   (dual clip: bounds the loss of very large ratios when A < 0)
export function dualClip(surrogate: tf.Tensor2D, advantages: tf.Tensor2D, c: number): tf.Tensor2D {
  return tf.tidy(() => {
    const bound = tf.mul(tf.neg(advantages), c);
    const negative = tf.broadcastTo(tf.less(advantages, 0), surrogate.shape);
    return tf.where(negative, tf.minimum(surrogate, bound), surrogate) as tf.Tensor2D;
  });
}

export interface PolicyLossOptions {
  clipLow: number;
  clipHigh: number;
  dualClip: number | null;
  logRatioBound: number;
}

/** Per-token DAPO/GRPO clipped policy loss, [B, T] (not yet masked or aggregated). */
export function policyLossPerToken(
  logp: tf.Tensor2D,
  oldLogp: tf.Tensor2D,
  advantages: tf.Tensor1D | tf.Tensor2D,
  opts: PolicyLossOptions,
): tf.Tensor2D {
  return tf.tidy(() => {
    const adv = tokenAdvantages(advantages);
    const ratio = importanceRatio(logp, oldLogp, opts.logRatioBound);
    const loss = clippedSurrogate(ratio, adv, opts.clipLow, opts.clipHigh);
    return opts.dualClip === null ? loss : dualClip(loss, adv, opts.dualClip);
  });
}
