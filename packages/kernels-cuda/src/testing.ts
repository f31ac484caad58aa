// Helpers shared by this package's tests (not part of its public surface).
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, beforeAll, expect } from "vitest";
import { registerNativeBackend } from "./index.js";
import { loadNative } from "./native.js";

/** xorshift32: uniform floats in [0, 1) from a seed (0 reads as 1), the same on every run. */
export function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/**
 * For the enclosing suite: registers the native backend and poisons its new buffers (0xFF bytes,
 * NaN in float32) so that an element a kernel forgets to write shows up; restores both after.
 */
export function withPoisonedNativeBuffers(): void {
  beforeAll(() => {
    expect(registerNativeBackend()).toBe(true);
    const s = loadNative();
    if (s.available) s.addon.setPoison(true);
  });
  afterAll(() => {
    const s = loadNative();
    if (s.available) s.addon.setPoison(false);
    tf.setBackend("cpu");
  });
}
