import { describe, expect, it } from "vitest";
import { klEstimate, klK1, klK2, klK3, klPenalizedRewards } from "./kl.js";
import { rows, seededUniform, tf } from "./testing/tf.js";

const logp = () => tf.tensor2d([[-1, -2, 0, -30, -1, 0]]);
const ref = () => tf.tensor2d([[-2, -1, -30, 0, -6, 3]]);

describe("KL estimators by hand", () => {
  it("k1 = logp - logp_ref", () => {
    expect(rows(klK1(logp(), ref()))[0]).toEqual([1, -1, 30, -30, 5, -3]);
  });
  it("k2 = (logp - logp_ref)^2 / 2", () => {
    expect(rows(klK2(logp(), ref()))[0]).toEqual([0.5, 0.5, 450, 450, 12.5, 4.5]);
  });
  it("k3 = exp(d) - d - 1 with d = logp_ref - logp, clamped like verl's low_var_kl", () => {
    const got = rows(klK3(logp(), ref()))[0] as number[];
    expect(got[0]).toBeCloseTo(Math.exp(-1), 6); // d = -1: e^-1 + 1 - 1
    expect(got[1]).toBeCloseTo(Math.E - 2, 5); // d = 1
    expect(got[2]).toBe(10); // d = -30 -> -20: e^-20 + 19 -> clamped to 10
    expect(got[3]).toBe(10); // d = 30 -> 20: e^20 - 21 -> clamped to 10
    expect(got[4]).toBeCloseTo(Math.exp(-5) + 4, 5); // d = -5: 4.0067, inside the clamp
    expect(got[5]).toBe(10); // d = 3: e^3 - 4 = 16.09 -> 10
  });
  it("k3 gradient: -(exp(d) - 1) inside the clamps, 0 outside", () => {
    const g = rows(tf.grad((lp: tf.Tensor) => tf.sum(klK3(lp as tf.Tensor2D, ref())))(logp()));
    const want = [1 - Math.exp(-1), 1 - Math.E, 0, 0, 1 - Math.exp(-5), 0];
    (g[0] as number[]).forEach((x, i) => {
      expect(x).toBeCloseTo(want[i] as number, 5);
    });
  });
  it("every estimator is exactly zero when the policies agree", () => {
    const lp = tf.tensor2d([seededUniform(5, 16, -12, 0)]);
    for (const est of ["k1", "k2", "k3"] as const) {
      for (const x of rows(klEstimate(lp, lp, est))[0] as number[]) expect(x === 0).toBe(true);
    }
  });
  it("k2 and k3 are non-negative, k1 is not", () => {
    const a = tf.tensor2d([seededUniform(8, 50, -5, 0)]);
    const b = tf.tensor2d([seededUniform(9, 50, -5, 0)]);
    expect(Math.min(...(rows(klK3(a, b))[0] as number[]))).toBeGreaterThanOrEqual(0);
    expect(Math.min(...(rows(klK2(a, b))[0] as number[]))).toBeGreaterThanOrEqual(0);
    expect(Math.min(...(rows(klK1(a, b))[0] as number[]))).toBeLessThan(0);
  });
});

describe("klPenalizedRewards: r - beta * sum_t m kl", () => {
  it("by hand", () => {
    const kl = tf.tensor2d([
      [0.1, 0.2, 9],
      [0.3, 0, 0],
    ]);
    const mask = tf.tensor2d([
      [1, 1, 0],
      [1, 0, 0],
    ]);
    const got = klPenalizedRewards([1, 0], kl, mask, 0.5);
    expect(got[0]).toBeCloseTo(0.85, 6);
    expect(got[1]).toBeCloseTo(-0.15, 6);
    expect(() => klPenalizedRewards([1], kl, mask, 0.5)).toThrow("1 rewards for 2 sequences");
  });
});
