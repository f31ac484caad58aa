import { describe, expect, it } from "vitest";
import {
  clippedSurrogate,
  dualClip,
  importanceRatio,
  logRatio,
  policyLossPerToken,
} from "./policy-loss.js";
import { rows, seededUniform, tf } from "./testing/tf.js";

const opts = { clipLow: 0.2, clipHigh: 0.4, dualClip: null, logRatioBound: 20 };

// one token per row: (advantage, ratio)
const cases: [number, number, number][] = [
  // A, r, expected max(-A r, -A clip(r, 0.8, 1.4))
  [1, 1.0, -1],
  [1, 1.5, -1.4], // upper clip
  [1, 0.5, -0.5], // A > 0 and r low: not clipped
  [-1, 0.5, 0.8], // lower clip
  [-1, 1.5, 1.5], // A < 0 and r high: not clipped
  [2, 1.3, -2.6], // inside the band
];

describe("importanceRatio: exp(clamp(logp - logp_old))", () => {
  it("by hand, with the +-20 bound", () => {
    const logp = tf.tensor2d([[Math.log(1.5), 0, 30, -30]]);
    const old = tf.tensor2d([[0, 0, 0, 0]]);
    expect(rows(logRatio(logp, old))[0]).toEqual([expect.closeTo(Math.log(1.5), 6), 0, 20, -20]);
    const r = rows(importanceRatio(logp, old))[0] as number[];
    expect(r[0]).toBeCloseTo(1.5, 6);
    expect(r[2]).toBeCloseTo(Math.exp(20), -3);
    expect(r[3]).toBeCloseTo(Math.exp(-20), 12);
  });
});

describe("clippedSurrogate: max(-A r, -A clip(r, 1 - eps_low, 1 + eps_high))", () => {
  it("hand-computed cases with clip-higher 0.2 / 0.4", () => {
    const ratio = tf.tensor2d(cases.map(([, r]) => [r]));
    const adv = tf.tensor2d(cases.map(([a]) => [a]));
    const got = rows(clippedSurrogate(ratio, adv, 0.2, 0.4)).map((r) => r[0]);
    cases.forEach(([, , want], i) => {
      expect(got[i]).toBeCloseTo(want, 6);
    });
  });
  it("dual clip caps the loss of A < 0 at -A c", () => {
    const ratio = tf.tensor2d([[5], [2], [5]]);
    const adv = tf.tensor2d([[-1], [-1], [1]]);
    const base = clippedSurrogate(ratio, adv, 0.2, 0.4);
    // max(5, 1.4) = 5 -> min(5, 3) = 3; max(2, 1.4) = 2 stays; A > 0 untouched (-1.4)
    expect(rows(dualClip(base, adv, 3)).map((r) => r[0])).toEqual([3, 2, expect.closeTo(-1.4, 6)]);
  });
});

/** d loss_t / d logp_t for one-token rows, from tf.grad. */
function tokenGrads(adv: number[], ratio: number[], dual: number | null): number[] {
  const old = tf.zeros([adv.length, 1]) as tf.Tensor2D;
  const a = tf.tensor1d(adv);
  const g = tf.grad((lp: tf.Tensor) =>
    tf.sum(policyLossPerToken(lp as tf.Tensor2D, old, a, { ...opts, dualClip: dual })),
  )(tf.tensor2d(ratio.map((r) => [Math.log(r)])));
  return rows(g).map((r) => r[0] as number);
}

describe("policy gradient per token", () => {
  it("hand-computed derivatives d/dlogp: -A r where the unclipped branch is active, 0 where clipped", () => {
    const g = tokenGrads(
      cases.map(([a]) => a),
      cases.map(([, r]) => r),
      null,
    );
    const want = [-1, 0, -0.5, 0, 1.5, -2.6];
    g.forEach((x, i) => {
      expect(x).toBeCloseTo(want[i] as number, 5);
    });
  });
  it("dual clip zeroes the gradient above c for A < 0", () => {
    const g = tokenGrads([-1, -1], [5, 2], 3);
    expect(g[0]).toBe(0);
    expect(g[1]).toBeCloseTo(2, 5);
  });
  it("zero advantage gives zero gradient whatever the ratio", () => {
    const ratio = seededUniform(3, 12, 0.1, 4);
    const g = tokenGrads(
      ratio.map(() => 0),
      ratio,
      3,
    );
    for (const x of g) expect(x === 0).toBe(true);
  });
  it("clip bounds are respected on random ratios and advantages", () => {
    const n = 200;
    const ratio = seededUniform(11, n, 0.05, 5);
    const adv = seededUniform(12, n, -2, 2);
    const old = tf.zeros([n, 1]) as tf.Tensor2D;
    const logp = tf.tensor2d(ratio.map((r) => [Math.log(r)]));
    const loss = rows(
      policyLossPerToken(logp, old, tf.tensor1d(adv), { ...opts, dualClip: 3 }),
    ).map((r) => r[0] as number);
    const g = tokenGrads(adv, ratio, 3);
    for (let i = 0; i < n; i++) {
      const a = adv[i] as number;
      const r = ratio[i] as number;
      // the objective -loss never credits more than A (1 + eps_high) for A > 0
      if (a > 0) expect(-(loss[i] as number)).toBeLessThanOrEqual(a * 1.4 + 1e-5);
      // the loss of A < 0 never exceeds -A c
      if (a < 0) expect(loss[i] as number).toBeLessThanOrEqual(-a * 3 + 1e-5);
      // no push beyond the band: no gradient once clipped
      if ((a > 0 && r > 1.4 + 1e-6) || (a < 0 && r < 0.8 - 1e-6) || (a < 0 && r > 3 + 1e-6)) {
        expect(g[i]).toBe(0);
      }
    }
  });
});
