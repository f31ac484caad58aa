// @prorl/kernels-cuda: native TensorFlow.js backends. The CPU target (`native`): an N-API addon
// built at install time, with its own GEMM (or OpenBLAS where found, PRORL_GEMM=blas) and OpenMP
// loops. The
// CUDA target (`cuda`, see cuda.ts): the same kernels on an NVIDIA GPU, built with nvcc where it
// is found. Importing the package registers `native` when its addon is built;
// `nativeBackendStatus()` / `cudaBackendStatus()` say why a backend is not available.
import { getBackend, registerBackend, registerKernel, setBackend } from "@tensorflow/tfjs-core";
import { NativeBackend } from "./backend.js";
import { BACKEND_NAME, kernelConfigsFor } from "./kernels.js";
import { type BuildStatus, type GemmChoice, loadNative, type NativeMemory } from "./native.js";

export { NativeBackend, NativeBackendError } from "./backend.js";
export {
  CUDA_BACKEND_NAMES,
  type CudaBackendStatus,
  type CudaBuildStatus,
  type CudaDevice,
  type CudaVariant,
  cudaBackendStatus,
  type MathMode,
  registerCudaBackend,
  setCudaMathMode,
  useCudaBackend,
} from "./cuda.js";
export { FUSED } from "./fused-names.js";
export { BACKEND_NAME, NATIVE_KERNELS } from "./kernels.js";
export type { BuildStatus, GemmChoice, NativeMemory };

export interface NativeBackendStatus {
  /** Whether the `native` backend can be used (the addon is built and loads). */
  available: boolean;
  /** Why it cannot, when it cannot. */
  reason?: string;
  /** What the install-time build found (BLAS, OpenMP, builder). */
  build: BuildStatus | null;
  /**
   * What the loaded addon reports: the BLAS linked at build time (`openblas`, or `builtin` when
   * none), the GEMM in use (`builtin` or `blas`, from PRORL_GEMM), threads, and the builtin GEMM's
   * register tile (`avx512`, `avx2` or `portable`, chosen from the CPU's features).
   */
  runtime?: { blas: string; gemm: GemmChoice; threads: number; openmp: boolean; simd: string };
}

/** Whether the native CPU backend is available, and why not when it is not. Never throws. */
export function nativeBackendStatus(): NativeBackendStatus {
  const s = loadNative();
  if (!s.available) return { available: false, reason: s.reason, build: s.build };
  return { available: true, build: s.build, runtime: s.addon.info() };
}

let registered = false;

/**
 * Registers the `native` backend and its kernels with TensorFlow.js (idempotent). Returns false,
 * registering nothing, when the addon is not available (see nativeBackendStatus().reason).
 */
export function registerNativeBackend(priority = 3): boolean {
  if (registered) return true;
  const s = loadNative();
  if (!s.available) return false;
  const addon = s.addon;
  registerBackend(BACKEND_NAME, () => new NativeBackend(addon), priority);
  for (const k of kernelConfigsFor(BACKEND_NAME)) registerKernel(k);
  registered = true;
  return true;
}

/**
 * Registers the backend and makes it the active one. Throws with the reason when the addon is not
 * available.
 */
export async function useNativeBackend(): Promise<void> {
  if (!registerNativeBackend()) {
    throw new Error(`the native backend is unavailable: ${nativeBackendStatus().reason}`);
  }
  if (getBackend() !== BACKEND_NAME && !(await setBackend(BACKEND_NAME))) {
    throw new Error("the native backend failed to initialise");
  }
}

/** What the native backend multiplies with and how many threads it uses. */
export interface NativeSettings {
  /** `builtin`: the addon's own GEMM; `blas`: OpenBLAS, where the build linked it. */
  gemm: GemmChoice;
  /** Threads of the addon's OpenMP loops, its GEMM and OpenBLAS. */
  threads: number;
}

/**
 * Sets the native backend's GEMM and thread count (what is given; PRORL_GEMM and OMP_NUM_THREADS
 * set them when the backend starts) and returns both; null when the addon is not available.
 * Throws on `gemm: "blas"` where the build has no OpenBLAS and on a thread count under 1.
 */
export function configureNativeBackend(
  settings: Partial<NativeSettings> = {},
): NativeSettings | null {
  const s = loadNative();
  if (!s.available) return null;
  const { gemm, threads } = s.addon.configure(settings);
  return { gemm, threads };
}

/** The memory the addon holds (live tensors, its cache); null when it is not available. */
export function nativeMemory(): NativeMemory | null {
  const s = loadNative();
  return s.available ? s.addon.memory() : null;
}

/** Releases the allocator's cache of freed blocks (optionally setting its limit in bytes). */
export function emptyNativeCache(limitBytes?: number): void {
  const s = loadNative();
  if (s.available) s.addon.emptyCache(limitBytes);
}

registerNativeBackend();
