// Helpers shared by this package's tests (not part of its public surface).
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type CudaAddon, loadCuda, registerCudaBackend } from "./cuda.js";
import { BACKEND_NAME, registerNativeBackend } from "./index.js";
import type { KernelAddon } from "./native.js";
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
 * max |got - want| / max |want| over the elements (the kernel tests' measure); infinite where
 * either side has a NaN or an infinity, or the lengths differ.
 */
export function relativeError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) return Number.POSITIVE_INFINITY;
  let err = 0;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    const a = got[i] as number;
    const b = want[i] as number;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.POSITIVE_INFINITY;
    err = Math.max(err, Math.abs(a - b));
    scale = Math.max(scale, Math.abs(b));
  }
  return err / Math.max(scale, 1e-30);
}

/** A backend whose kernels the tests check against TensorFlow.js's cpu backend. */
export interface KernelTarget {
  /** What the suite is called. */
  label: string;
  /** The TensorFlow.js backend name. */
  backend: string;
  available: boolean;
  reason?: string;
  register(): boolean;
  addon(): KernelAddon | null;
  /** Emulated CUDA only: run each block's threads in reverse order during the suite. */
  reverse?: boolean;
}

function cudaTarget(variant: "cuda" | "emulated", reverse = false): KernelTarget {
  const s = loadCuda(variant);
  return {
    label: `${variant === "cuda" ? "cuda" : "cuda-emulated"}${reverse ? " (threads in reverse order)" : ""}`,
    backend: variant === "cuda" ? "cuda" : "cuda-emulated",
    available: s.available,
    reason: s.available ? undefined : s.reason,
    register: () => registerCudaBackend(variant),
    addon: () => (s.available ? s.addon : null),
    reverse,
  };
}

/**
 * The native CPU target, the CUDA target (where a GPU is), and the CUDA kernels in the emulator,
 * in thread order and in reverse thread order. Unavailable targets are listed with the reason,
 * so that their suites skip with it.
 */
export function kernelTargets(): KernelTarget[] {
  const native = loadNative();
  return [
    {
      label: BACKEND_NAME,
      backend: BACKEND_NAME,
      available: native.available,
      reason: native.available ? undefined : native.reason,
      register: registerNativeBackend,
      addon: () => (native.available ? native.addon : null),
    },
    cudaTarget("cuda"),
    cudaTarget("emulated"),
    cudaTarget("emulated", true),
  ];
}

/** Warns once per unavailable target, naming why its suite is skipped. */
export function warnSkipped(targets: KernelTarget[], what: string): void {
  for (const t of targets) {
    if (!t.available) console.warn(`kernels-cuda: ${what} on ${t.label} skipped: ${t.reason}`);
  }
}

/**
 * For the enclosing suite: registers the target's backend and poisons its new buffers (0xFF
 * bytes, NaN in float32) so that an element a kernel forgets to write shows up; restores both
 * after.
 */
export function withPoisonedBuffers(target: KernelTarget): void {
  beforeAll(() => {
    expect(target.register()).toBe(true);
    target.addon()?.setPoison(true);
    if (target.reverse) (target.addon() as CudaAddon | null)?.setEmulatorReverse?.(true);
  });
  afterAll(() => {
    target.addon()?.setPoison(false);
    if (target.reverse) (target.addon() as CudaAddon | null)?.setEmulatorReverse?.(false);
    tf.setBackend("cpu");
  });
}
