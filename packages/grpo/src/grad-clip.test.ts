import { describe, expect, it } from "vitest";
import { clipByGlobalNorm, globalNorm } from "./grad-clip.js";
import { tf } from "./testing/tf.js";

const values = (t: tf.Tensor) => Array.from(t.dataSync());

describe("global-norm clipping: g * min(1, c / (||g|| + 1e-6))", () => {
  const grads = () => ({ a: tf.tensor1d([3, 0]), b: tf.tensor2d([[4]]) });
  it("norm by hand", () => {
    expect(globalNorm(grads())).toBeCloseTo(5, 6);
  });
  it("scales down above the limit, leaves alone below it", () => {
    const clipped = clipByGlobalNorm(grads(), 1);
    expect(clipped.norm).toBeCloseTo(5, 6);
    expect(clipped.scale).toBeCloseTo(1 / (5 + 1e-6), 9);
    expect(values(clipped.grads.a as tf.Tensor)).toEqual([expect.closeTo(0.6, 6), 0]);
    expect(globalNorm(clipped.grads)).toBeCloseTo(1, 5);
    const loose = clipByGlobalNorm(grads(), 10);
    expect(loose.scale).toBe(1);
    expect(values(loose.grads.b as tf.Tensor)).toEqual([4]);
  });
  it("a non-finite norm is reported, not propagated into the scale", () => {
    const bad = clipByGlobalNorm({ a: tf.tensor1d([Number.NaN, 1]) }, 1);
    expect(bad.finite).toBe(false);
    expect(bad.scale).toBe(1);
  });
});
