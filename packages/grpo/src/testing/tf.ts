// Test-only: the pure-JS cpu backend, selected once.
import "@tensorflow/tfjs-backend-cpu";
import "../gradients.js";
import * as tf from "@tensorflow/tfjs-core";

await tf.setBackend("cpu");

export { tf };

/** Nested number[][] of a tensor, for readable assertions. */
export function rows(t: tf.Tensor): number[][] {
  return t.arraySync() as number[][];
}

export function scalar(t: tf.Tensor): number {
  return t.dataSync()[0] as number;
}

/** Deterministic uniform numbers in [lo, hi) from a seed (mulberry32). */
export function seededUniform(seed: number, n: number, lo = 0, hi = 1): number[] {
  let a = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out.push(lo + (hi - lo) * (((t ^ (t >>> 14)) >>> 0) / 4294967296));
  }
  return out;
}

export function reshape(flat: readonly number[], b: number, t: number): number[][] {
  return Array.from({ length: b }, (_, i) => flat.slice(i * t, (i + 1) * t));
}
