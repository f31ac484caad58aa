// The CUDA target's status reporting and its matrix-product math modes (f32, TF32, bf16 inputs
// with f32 accumulation), on a GPU where there is one and in the CPU emulator everywhere; and the
// emulator's own checks of barrier misuse.
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, describe, expect, it } from "vitest";
import { type CudaAddon, loadCuda } from "./cuda.js";
import {
  CUDA_BACKEND_NAMES,
  cudaBackendStatus,
  registerCudaBackend,
  setCudaMathMode,
} from "./index.js";
import { relativeError, xorshift32 } from "./testing.js";

describe("cuda backend status", () => {
  it("is available, or says why not in one line", () => {
    const s = cudaBackendStatus("cuda");
    if (s.available) {
      expect(s.device?.computeCapability).toMatch(/^\d+\.\d+$/);
      expect(s.runtime?.emulated).toBe(false);
      return;
    }
    expect(s.reason).toBeTruthy();
    expect(s.reason).not.toContain("\n");
    if (s.build && !s.build.built) expect(s.reason).toContain(s.build.reason ?? "");
    else expect(s.reason).toMatch(/CUDA|cuda/);
  });

  it("registering an unavailable backend registers nothing", () => {
    if (cudaBackendStatus("cuda").available) return;
    expect(registerCudaBackend("cuda")).toBe(false);
    expect(tf.findBackend("cuda")).toBeNull();
  });
});

const variants = (["cuda", "emulated"] as const).filter((v) => cudaBackendStatus(v).available);

function products(backend: string, M: number, N: number, K: number, batch: number) {
  const r = xorshift32(M * 131 + K);
  const a = Float32Array.from({ length: batch * M * K }, () => r() * 2 - 1);
  const b = Float32Array.from({ length: K * N }, () => r() * 2 - 1);
  tf.setBackend(backend);
  return tf.tidy(() =>
    // b broadcast over the batch: the strided path with a zero stride.
    tf.matMul(tf.tensor3d(a, [batch, M, K]), tf.tensor3d(b, [1, K, N])).dataSync(),
  );
}

describe.each(variants.map((v) => [CUDA_BACKEND_NAMES[v], v] as const))(
  "%s math modes",
  (backend, variant) => {
    afterAll(() => {
      setCudaMathMode("f32", variant);
      tf.setBackend("cpu");
    });

    it("f32 matches the cpu backend; TF32 and bf16 round their inputs, within their precision", () => {
      expect(registerCudaBackend(variant)).toBe(true);
      const shape = [33, 47, 160, 3] as const;
      const want = products("cpu", ...shape);
      const errors: Record<string, number> = {};
      for (const mode of ["f32", "tf32", "bf16"] as const) {
        setCudaMathMode(mode, variant);
        errors[mode] = relativeError(products(backend, ...shape), want);
      }
      expect(errors.f32).toBeLessThan(1e-5);
      expect(errors.tf32).toBeLessThan(1e-3);
      expect(errors.bf16).toBeLessThan(1e-2);
      // Rounding the inputs must show: bf16 keeps 8 significant bits, TF32 11.
      expect(errors.bf16).toBeGreaterThan(errors.tf32 as number);
      expect(errors.tf32).toBeGreaterThan(errors.f32 as number);
    });

    it("rejects an unknown math mode", () => {
      expect(() => setCudaMathMode("fp8" as "f32", variant)).toThrow(/f32, tf32 or bf16/);
    });
  },
);

describe.skipIf(!cudaBackendStatus("emulated").available)("the CUDA emulator", () => {
  const addon = () => (loadCuda("emulated") as { addon: CudaAddon }).addon;
  const misuse = (kind: string, base = 0) =>
    (
      addon() as unknown as { emulatorMisuseBarrier(kind: string, base: number): Float32Array }
    ).emulatorMisuseBarrier(kind, base);

  afterAll(() => addon().setEmulatorReverse?.(false));

  it("reports threads that can never all pass their barriers, naming the kernel", () => {
    expect(() => misuse("divergent")).toThrow(/divergentBarrier deadlocked/);
    // The emulator recovers: the next launch runs normally.
    expect(misuse("missing", 1).length).toBe(32);
  });

  it("exposes a missing barrier that thread order hides, by running threads in reverse", () => {
    // With a barrier between the writes and the reads, thread t would read base + (t - 1).
    const withBarrier = (base: number) =>
      Array.from({ length: 32 }, (_, t) => base + Math.max(t - 1, 0));
    addon().setEmulatorReverse?.(false);
    expect(Array.from(misuse("missing", 10))).toEqual(withBarrier(10));
    addon().setEmulatorReverse?.(true);
    expect(Array.from(misuse("missing", 20))).not.toEqual(withBarrier(20));
    addon().setEmulatorReverse?.(false);
  });
});
