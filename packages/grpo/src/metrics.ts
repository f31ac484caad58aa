import * as tf from "@tensorflow/tfjs-core";
import type { ObjectiveConfig } from "./config.js";
import { klK1, klK3 } from "./kl.js";
import type { ObjectiveInputs } from "./objective.js";
import { importanceRatio, tokenAdvantages } from "./policy-loss.js";

// H_t = logsumexp(z_t) - sum_v softmax(z_t)_v z_tv   (entropy of the next-token distribution)
export function entropyFromLogits(logits: tf.Tensor3D): tf.Tensor2D {
  return tf.tidy(() => {
    const lse = tf.logSumExp(logits, -1);
    const p = tf.softmax(logits, -1);
    return tf.sub(lse, tf.sum(tf.mul(p, logits), -1)) as tf.Tensor2D;
  });
}

/** Mean, population std, min and max of the values where mask = 1 (zeros when none). */
export interface Stats {
  mean: number;
  std: number;
  min: number;
  max: number;
}

// mean = sum m x / sum m, std = sqrt(sum m (x - mean)^2 / sum m)
export function maskedStats(values: ArrayLike<number>, mask: ArrayLike<number>): Stats {
  let n = 0;
  let s = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    if (!mask[i]) continue;
    const x = values[i] as number;
    n++;
    s += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (n === 0) return { mean: 0, std: 0, min: 0, max: 0 };
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    if (mask[i]) ss += ((values[i] as number) - mean) ** 2;
  }
  return { mean, std: Math.sqrt(ss / n), min, max };
}

export interface PolicyMetrics {
  /** Valid tokens these metrics cover (weight them by it when combining micro-batches). */
  tokens: number;
  /** Fraction of valid tokens with A < 0 and r < 1 - eps_low (lower clip active). */
  clipFracLow: number;
  /** Fraction of valid tokens with A > 0 and r > 1 + eps_high (upper clip active). */
  clipFracHigh: number;
  /** Fraction of valid tokens with A < 0 and r > c (dual clip active); 0 when dual clip is off. */
  dualClipFrac: number;
  /** Token-mean k3 estimate of KL(pi || pi_old), and the k1 estimate (verl's ppo_kl). */
  klOld: number;
  klOldK1: number;
  /** Token-mean k3 and k1 estimates of KL(pi || pi_ref); absent without refLogProbs. */
  klRef?: number;
  klRefK1?: number;
  /** Token-mean entropy; absent unless per-token entropies are given. */
  entropy?: number;
  ratio: Stats;
  advantage: Stats;
}

/**
 * Diagnostics of one (micro-)batch, read back to plain numbers. Not differentiable; call it
 * outside the gradient computation.
 */
export function policyMetrics(
  inputs: ObjectiveInputs,
  config: Pick<ObjectiveConfig, "clipLow" | "clipHigh" | "dualClip" | "logRatioBound">,
  entropy?: tf.Tensor2D,
): PolicyMetrics {
  const { logProbs, oldLogProbs, refLogProbs, mask } = inputs;
  const read = tf.tidy(() => {
    const adv = tf.broadcastTo(tokenAdvantages(inputs.advantages), logProbs.shape);
    return {
      mask: mask.dataSync(),
      ratio: importanceRatio(logProbs, oldLogProbs, config.logRatioBound).dataSync(),
      adv: adv.dataSync(),
      kOld3: klK3(logProbs, oldLogProbs).dataSync(),
      kOld1: klK1(logProbs, oldLogProbs).dataSync(),
      kRef3: refLogProbs ? klK3(logProbs, refLogProbs).dataSync() : undefined,
      kRef1: refLogProbs ? klK1(logProbs, refLogProbs).dataSync() : undefined,
      entropy: entropy?.dataSync(),
    };
  });
  const m = read.mask;
  const mean = (xs: ArrayLike<number>) => maskedStats(xs, m).mean;
  let tokens = 0;
  let low = 0;
  let high = 0;
  let dual = 0;
  for (let i = 0; i < m.length; i++) {
    if (!m[i]) continue;
    tokens++;
    const r = read.ratio[i] as number;
    const a = read.adv[i] as number;
    if (a < 0 && r < 1 - config.clipLow) low++;
    if (a > 0 && r > 1 + config.clipHigh) high++;
    if (config.dualClip !== null && a < 0 && r > config.dualClip) dual++;
  }
  const frac = (k: number) => (tokens === 0 ? 0 : k / tokens);
  const out: PolicyMetrics = {
    tokens,
    clipFracLow: frac(low),
    clipFracHigh: frac(high),
    dualClipFrac: frac(dual),
    klOld: mean(read.kOld3),
    klOldK1: mean(read.kOld1),
    ratio: maskedStats(read.ratio, m),
    advantage: maskedStats(read.adv, m),
  };
  if (read.kRef3 && read.kRef1) {
    out.klRef = mean(read.kRef3);
    out.klRefK1 = mean(read.kRef1);
  }
  if (read.entropy) out.entropy = mean(read.entropy);
  return out;
}

// pooled: mean = sum n_k mean_k / N, E[x^2] = sum n_k (std_k^2 + mean_k^2) / N, std = sqrt(E[x^2] - mean^2)
function poolStats(parts: readonly { n: number; s: Stats }[]): Stats {
  const used = parts.filter((p) => p.n > 0);
  const n = used.reduce((a, p) => a + p.n, 0);
  if (n === 0) return { mean: 0, std: 0, min: 0, max: 0 };
  const mean = used.reduce((a, p) => a + p.n * p.s.mean, 0) / n;
  const sq = used.reduce((a, p) => a + p.n * (p.s.std ** 2 + p.s.mean ** 2), 0) / n;
  return {
    mean,
    std: Math.sqrt(Math.max(0, sq - mean * mean)),
    min: Math.min(...used.map((p) => p.s.min)),
    max: Math.max(...used.map((p) => p.s.max)),
  };
}

/**
 * Combine the metrics of the micro-batches of one mini-batch, weighting each by its valid tokens:
 * the result equals `policyMetrics` of the whole mini-batch (up to rounding).
 */
export function combinePolicyMetrics(parts: readonly PolicyMetrics[]): PolicyMetrics {
  const tokens = parts.reduce((a, p) => a + p.tokens, 0);
  const avg = (f: (p: PolicyMetrics) => number | undefined) => {
    if (tokens === 0) return 0;
    return parts.reduce((a, p) => a + p.tokens * (f(p) ?? 0), 0) / tokens;
  };
  const out: PolicyMetrics = {
    tokens,
    clipFracLow: avg((p) => p.clipFracLow),
    clipFracHigh: avg((p) => p.clipFracHigh),
    dualClipFrac: avg((p) => p.dualClipFrac),
    klOld: avg((p) => p.klOld),
    klOldK1: avg((p) => p.klOldK1),
    ratio: poolStats(parts.map((p) => ({ n: p.tokens, s: p.ratio }))),
    advantage: poolStats(parts.map((p) => ({ n: p.tokens, s: p.advantage }))),
  };
  if (parts.every((p) => p.klRef !== undefined)) {
    out.klRef = avg((p) => p.klRef);
    out.klRefK1 = avg((p) => p.klRefK1);
  }
  if (parts.every((p) => p.entropy !== undefined)) out.entropy = avg((p) => p.entropy);
  return out;
}
