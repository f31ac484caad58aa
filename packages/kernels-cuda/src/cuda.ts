// The CUDA target: TensorFlow.js backend `cuda` over the addon scripts/build-cuda.mjs builds with
// nvcc (build/cuda), and `cuda-emulated`, the same kernel sources compiled for the CPU emulator
// (build/cuda-emulated), which runs them where no GPU is so that their tests run everywhere.
// Both use the CPU target's JavaScript side (backend.ts, kernels.ts, fused.ts); only the addon
// differs. Loading never throws: the status says why a backend is unavailable.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getBackend, registerBackend, registerKernel, setBackend } from "@tensorflow/tfjs-core";
import { NativeBackend } from "./backend.js";
import { kernelConfigsFor } from "./kernels.js";
import type { KernelAddon } from "./native.js";

export type CudaVariant = "cuda" | "emulated";
export type MathMode = "f32" | "tf32" | "bf16";

export interface CudaDevice {
  available: boolean;
  reason?: string;
  name?: string;
  computeCapability?: string;
  totalBytes?: number;
  multiprocessors?: number;
  emulated?: boolean;
}

/** The CUDA addon (native/cuda/addon.cc). */
export interface CudaAddon extends KernelAddon {
  /** Probes the GPU (once); says why it cannot be used. */
  device(): CudaDevice;
  synchronize(): void;
  /** Precision of matrix products: float32, TF32 tensor cores, or bf16 inputs (f32 accumulate). */
  setMathMode(mode: MathMode): void;
  info(): { mathMode: MathMode; blas: string; emulated: boolean };
  /** Emulated build only: run the threads of each block in reverse order (exposes missing barriers). */
  setEmulatorReverse?(reverse: boolean): void;
}

export interface CudaBuildStatus {
  built: boolean;
  reason?: string;
  nvcc?: string;
  archs?: string[];
  seconds?: number;
}

export type CudaStatus =
  | { available: true; addon: CudaAddon; device: CudaDevice; build: CudaBuildStatus | null }
  | { available: false; reason: string; build: CudaBuildStatus | null };

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const addonPaths: Record<CudaVariant, string> = {
  cuda: join(packageRoot, "build", "cuda", "prorl_native_cuda.node"),
  emulated: join(packageRoot, "build", "cuda-emulated", "prorl_native_cuda.node"),
};
/** The backend name of each variant. */
export const CUDA_BACKEND_NAMES: Record<CudaVariant, string> = {
  cuda: "cuda",
  emulated: "cuda-emulated",
};

const cache = new Map<CudaVariant, CudaStatus>();

function buildStatus(variant: CudaVariant): CudaBuildStatus | null {
  try {
    const all = JSON.parse(readFileSync(join(packageRoot, "build", "cuda-status.json"), "utf8"));
    return (all[variant] as CudaBuildStatus | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Loads a variant's addon and probes its device, once; never throws. */
export function loadCuda(variant: CudaVariant = "cuda"): CudaStatus {
  const hit = cache.get(variant);
  if (hit) return hit;
  const build = buildStatus(variant);
  const path = addonPaths[variant];
  let status: CudaStatus;
  if (!existsSync(path)) {
    status = {
      available: false,
      build,
      reason:
        build && !build.built
          ? `the ${variant === "cuda" ? "CUDA" : "emulated CUDA"} addon was not built: ${build.reason ?? "unknown reason"}`
          : "the CUDA addon was not built (run `pnpm install`, or `pnpm --filter @prorl/kernels-cuda build:native`)",
    };
  } else {
    try {
      const addon = createRequire(import.meta.url)(path) as CudaAddon;
      const device = addon.device();
      status = device.available
        ? { available: true, addon, device, build }
        : { available: false, build, reason: device.reason ?? "no usable CUDA device" };
    } catch (e) {
      status = {
        available: false,
        build,
        reason: `the CUDA addon failed to load: ${(e as Error).message.split("\n")[0]}`,
      };
    }
  }
  cache.set(variant, status);
  return status;
}

export interface CudaBackendStatus {
  /** Whether the backend can be used: the addon is built, loads, and finds a GPU. */
  available: boolean;
  reason?: string;
  build: CudaBuildStatus | null;
  device?: CudaDevice;
  runtime?: { mathMode: MathMode; blas: string; emulated: boolean };
}

/** Whether the `cuda` backend (or the emulated one) can be used, and why not. Never throws. */
export function cudaBackendStatus(variant: CudaVariant = "cuda"): CudaBackendStatus {
  const s = loadCuda(variant);
  if (!s.available) return { available: false, reason: s.reason, build: s.build };
  return { available: true, build: s.build, device: s.device, runtime: s.addon.info() };
}

const registered = new Set<CudaVariant>();

/**
 * Registers the `cuda` backend (or `cuda-emulated`) and its kernels with TensorFlow.js
 * (idempotent). Returns false, registering nothing, when it is unavailable. A kernel the backend
 * lacks is an error naming it ("Kernel 'X' not registered for backend 'cuda'"), never a fallback.
 */
export function registerCudaBackend(variant: CudaVariant = "cuda", priority = 4): boolean {
  if (registered.has(variant)) return true;
  const s = loadCuda(variant);
  if (!s.available) return false;
  const name = CUDA_BACKEND_NAMES[variant];
  const addon = s.addon;
  registerBackend(name, () => new NativeBackend(addon, name), priority);
  for (const k of kernelConfigsFor(name)) registerKernel(k);
  registered.add(variant);
  return true;
}

/** Registers the backend and makes it the active one; throws with the reason when unavailable. */
export async function useCudaBackend(variant: CudaVariant = "cuda"): Promise<void> {
  const name = CUDA_BACKEND_NAMES[variant];
  if (!registerCudaBackend(variant)) {
    throw new Error(`the ${name} backend is unavailable: ${cudaBackendStatus(variant).reason}`);
  }
  if (getBackend() !== name && !(await setBackend(name))) {
    throw new Error(`the ${name} backend failed to initialise`);
  }
}

/** Sets the precision of the CUDA backend's matrix products (default f32). */
export function setCudaMathMode(mode: MathMode, variant: CudaVariant = "cuda"): void {
  const s = loadCuda(variant);
  if (!s.available)
    throw new Error(`the ${CUDA_BACKEND_NAMES[variant]} backend is unavailable: ${s.reason}`);
  s.addon.setMathMode(mode);
}
