import { describe, expect, it } from "vitest";
import {
  aggregate,
  aggregationNorm,
  seqMeanTokenMean,
  seqMeanTokenSumNorm,
  tokenMean,
} from "./aggregation.js";
import type { AggregationMode } from "./config.js";
import { reshape, scalar, seededUniform, tf } from "./testing/tf.js";

const loss = () =>
  tf.tensor2d([
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]);
// the third sequence has no valid token
const mask = () =>
  tf.tensor2d([
    [1, 1, 0],
    [1, 0, 0],
    [0, 0, 0],
  ]);

describe("aggregationNorm", () => {
  it("counts tokens, non-empty sequences and the width", () => {
    expect(aggregationNorm(mask())).toEqual({ tokens: 3, sequences: 2, maxLength: 3 });
    expect(aggregationNorm([mask(), tf.ones([2, 5]) as tf.Tensor2D], 8)).toEqual({
      tokens: 13,
      sequences: 4,
      maxLength: 8,
    });
  });
});

describe("the three aggregations by hand", () => {
  const norm = { tokens: 3, sequences: 2, maxLength: 3 };
  it("token-mean = (1 + 2 + 4) / 3", () => {
    expect(scalar(tokenMean(loss(), mask(), norm))).toBeCloseTo(7 / 3, 6);
  });
  it("seq-mean-token-mean = ((1 + 2)/2 + 4/1) / 2, empty rows excluded", () => {
    expect(scalar(seqMeanTokenMean(loss(), mask(), norm))).toBeCloseTo(2.75, 6);
  });
  it("seq-mean-token-sum-norm = (3 + 4) / (2 * L)", () => {
    expect(scalar(seqMeanTokenSumNorm(loss(), mask(), norm))).toBeCloseTo(7 / 6, 6);
    expect(scalar(seqMeanTokenSumNorm(loss(), mask(), { ...norm, maxLength: 4 }))).toBeCloseTo(
      7 / 8,
      6,
    );
  });
  it("aggregate defaults to this mask's own normalisers", () => {
    expect(scalar(aggregate(loss(), mask()))).toBeCloseTo(7 / 3, 6);
    expect(scalar(aggregate(loss(), mask(), "seq-mean-token-mean"))).toBeCloseTo(2.75, 6);
  });
  it("an all-padding batch aggregates to 0, not NaN", () => {
    const zero = tf.zeros([2, 3]) as tf.Tensor2D;
    for (const mode of ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum-norm"] as const) {
      expect(scalar(aggregate(tf.slice(loss(), 0, 2) as tf.Tensor2D, zero, mode))).toBe(0);
    }
  });
});

describe("micro-batches add up to the mini-batch", () => {
  const B = 8;
  const T = 6;
  const values = reshape(seededUniform(7, B * T, -2, 2), B, T);
  // ragged lengths, one empty sequence
  const lengths = [6, 1, 3, 0, 5, 2, 6, 4];
  const maskRows = lengths.map((n) => Array.from({ length: T }, (_, t) => (t < n ? 1 : 0)));
  const full = { loss: tf.tensor2d(values), mask: tf.tensor2d(maskRows) };
  const parts = [
    [0, 3],
    [3, 4],
    [7, 1],
  ].map(([start, size]) => ({
    loss: tf.slice(full.loss, [start as number, 0], [size as number, T]) as tf.Tensor2D,
    mask: tf.slice(full.mask, [start as number, 0], [size as number, T]) as tf.Tensor2D,
  }));
  const modes: AggregationMode[] = ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum-norm"];

  for (const mode of modes) {
    it(`${mode}: sum of micro-batch losses == full-batch loss`, () => {
      const norm = aggregationNorm(parts.map((p) => p.mask));
      const whole = scalar(aggregate(full.loss, full.mask, mode));
      const sum = parts.reduce((s, p) => s + scalar(aggregate(p.loss, p.mask, mode, norm)), 0);
      expect(sum).toBeCloseTo(whole, 5);
      // without the shared normaliser each micro-batch would normalise by itself
      const naive = parts.reduce((s, p) => s + scalar(aggregate(p.loss, p.mask, mode)), 0);
      expect(Math.abs(naive - whole)).toBeGreaterThan(1e-3);
    });
  }
});
