import { describe, expect, it } from "vitest";
import { combinePolicyMetrics, entropyFromLogits, maskedStats, policyMetrics } from "./metrics.js";
import { reshape, rows, seededUniform, tf } from "./testing/tf.js";

describe("entropyFromLogits: logsumexp(z) - sum softmax(z) z", () => {
  it("by hand", () => {
    const h = rows(
      entropyFromLogits(
        tf.tensor3d([
          [
            [0, 0],
            [0, Math.log(3)],
          ],
        ]),
      ),
    )[0] as number[];
    expect(h[0]).toBeCloseTo(Math.log(2), 6);
    // p = (1/4, 3/4)
    expect(h[1]).toBeCloseTo(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)), 6);
  });
  it("is stable for large logits", () => {
    const h = rows(entropyFromLogits(tf.tensor3d([[[1000, 0, 0]]])))[0] as number[];
    expect(h[0]).toBeCloseTo(0, 5);
  });
});

describe("maskedStats", () => {
  it("mean, population std, min, max of the masked values", () => {
    expect(maskedStats([1, 2, 3, 100], [1, 1, 1, 0])).toEqual({
      mean: 2,
      std: Math.sqrt(2 / 3),
      min: 1,
      max: 3,
    });
    expect(maskedStats([5], [0])).toEqual({ mean: 0, std: 0, min: 0, max: 0 });
  });
});

describe("policyMetrics by hand", () => {
  // tokens (A, r): (1, 1.5) upper clip, (-1, 0.5) lower clip, (-1, 5) dual clip, (1, 1) none;
  // a fifth, masked token (1, 2) would be an upper clip if it counted.
  const ratios = [1.5, 0.5, 5, 1, 2];
  const adv = [1, -1, -1, 1, 1];
  const inputs = {
    logProbs: tf.tensor2d([ratios.map(Math.log)]),
    oldLogProbs: tf.zeros([1, 5]) as tf.Tensor2D,
    refLogProbs: tf.tensor2d([[Math.log(1.5), Math.log(0.5), Math.log(5), 0, 0]]),
    advantages: tf.tensor2d([adv]),
    mask: tf.tensor2d([[1, 1, 1, 1, 0]]),
  };
  const cfg = { clipLow: 0.2, clipHigh: 0.4, dualClip: 3, logRatioBound: 20 };

  it("clip fractions low and high separately, and the dual-clip fraction", () => {
    const m = policyMetrics(inputs, cfg);
    expect(m.tokens).toBe(4);
    expect(m.clipFracHigh).toBe(0.25);
    expect(m.clipFracLow).toBe(0.25);
    expect(m.dualClipFrac).toBe(0.25);
    expect(policyMetrics(inputs, { ...cfg, dualClip: null }).dualClipFrac).toBe(0);
  });

  it("approximate KL to old (k3 and k1) and to the reference", () => {
    const m = policyMetrics(inputs, cfg);
    // k1 = mean log r; k3 = mean (1/r + log r - 1)
    const k1 = (Math.log(1.5) + Math.log(0.5) + Math.log(5)) / 4;
    const k3 =
      (1 / 1.5 + Math.log(1.5) - 1 + (2 + Math.log(0.5) - 1) + (0.2 + Math.log(5) - 1)) / 4;
    expect(m.klOldK1).toBeCloseTo(k1, 5);
    expect(m.klOld).toBeCloseTo(k3, 5);
    // the reference equals the policy on every valid token
    expect(m.klRef).toBe(0);
    expect(m.klRefK1).toBe(0);
  });

  it("ratio and advantage statistics over valid tokens; entropy when given", () => {
    const m = policyMetrics(inputs, cfg, tf.tensor2d([[1, 2, 3, 4, 100]]));
    expect(m.ratio.mean).toBeCloseTo(2, 5);
    expect(m.ratio.min).toBeCloseTo(0.5, 6);
    expect(m.ratio.max).toBeCloseTo(5, 5);
    expect(m.advantage).toEqual({ mean: 0, std: 1, min: -1, max: 1 });
    expect(m.entropy).toBe(2.5);
  });

  it("without a reference or entropies those fields are absent", () => {
    const { refLogProbs: _r, ...rest } = inputs;
    const m = policyMetrics(rest, cfg);
    expect(m.klRef).toBeUndefined();
    expect(m.entropy).toBeUndefined();
  });
});

describe("combinePolicyMetrics", () => {
  it("micro-batch metrics combine to the whole mini-batch's", () => {
    const B = 6;
    const T = 5;
    const old = reshape(seededUniform(61, B * T, -3, 0), B, T);
    const noise = reshape(seededUniform(62, B * T, -0.7, 0.7), B, T);
    const logp = old.map((row, i) => row.map((o, t) => o + (noise[i]?.[t] as number)));
    const ref = reshape(seededUniform(63, B * T, -3, 0), B, T);
    const adv = seededUniform(64, B, -2, 2);
    const ent = reshape(seededUniform(65, B * T, 0, 3), B, T);
    const lengths = [5, 2, 0, 4, 1, 3];
    const mask = lengths.map((n) => Array.from({ length: T }, (_, t) => (t < n ? 1 : 0)));
    const cfg = { clipLow: 0.2, clipHigh: 0.4, dualClip: 1.5, logRatioBound: 20 };
    const slice = (a: number, b: number) => ({
      logProbs: tf.tensor2d(logp.slice(a, b)),
      oldLogProbs: tf.tensor2d(old.slice(a, b)),
      refLogProbs: tf.tensor2d(ref.slice(a, b)),
      advantages: tf.tensor1d(adv.slice(a, b)),
      mask: tf.tensor2d(mask.slice(a, b)),
    });
    const whole = policyMetrics(slice(0, B), cfg, tf.tensor2d(ent));
    const parts = [
      [0, 2],
      [2, 3],
      [3, 6],
    ].map(([a, b]) =>
      policyMetrics(slice(a as number, b as number), cfg, tf.tensor2d(ent.slice(a, b))),
    );
    const combined = combinePolicyMetrics(parts);
    expect(combined.tokens).toBe(whole.tokens);
    for (const key of [
      "clipFracLow",
      "clipFracHigh",
      "dualClipFrac",
      "klOld",
      "klOldK1",
      "klRef",
      "klRefK1",
      "entropy",
    ] as const) {
      expect(combined[key]).toBeCloseTo(whole[key] as number, 6);
    }
    for (const key of ["mean", "std", "min", "max"] as const) {
      expect(combined.ratio[key]).toBeCloseTo(whole.ratio[key], 5);
      expect(combined.advantage[key]).toBeCloseTo(whole.advantage[key], 5);
    }
    // the fixture exercises the clip counters
    expect(whole.clipFracHigh + whole.clipFracLow + whole.dualClipFrac).toBeGreaterThan(0);
  });
});
