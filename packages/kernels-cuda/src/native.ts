// Loads the addon built at install time (build/Release/prorl_native_cpu.node) and says why it is
// unavailable when it is not: the build status written by scripts/build-native.mjs, or the load
// error.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Native buffer handle (an index into the addon's table). */
export type Handle = number;

/** dtype codes shared with native/cpu/addon.cc. */
export const DT = { float32: 0, int32: 1, bool: 2 } as const;

/**
 * The functions both targets' addons have, with the same arguments (native/cpu/addon.cc documents
 * each; native/cuda/addon.cc is the CUDA target's): storage and the kernels the backend calls.
 */
export interface KernelAddon extends NativeFused {
  alloc(bytes: number): Handle;
  free(id: Handle): void;
  write(id: Handle, values: ArrayBufferView): void;
  read(id: Handle, into: ArrayBufferView): void;
  memory(): NativeMemory;
  emptyCache(limitBytes?: number): void;
  /** Tests: fill every new buffer with 0xFF bytes (NaN in float32) to catch unwritten outputs. */
  setPoison(on: boolean): void;
  fill(out: Handle, n: number, value: number, dtype: number): void;
  cast(x: Handle, xDtype: number, out: Handle, outDtype: number, n: number): void;
  copyRegion(
    src: Handle,
    srcShape: number[],
    srcBegin: number[],
    dst: Handle,
    dstShape: number[],
    dstBegin: number[],
    size: number[],
    elemBytes: number,
  ): void;
  transpose(x: Handle, out: Handle, shape: number[], perm: number[], elemBytes: number): void;
  unary(op: number, x: Handle, out: Handle, n: number, dtype: number, alpha?: number): void;
  clip(x: Handle, out: Handle, n: number, lo: number, hi: number): void;
  binary(
    op: number,
    dtype: number,
    a: Handle,
    b: Handle,
    out: Handle,
    shape: number[],
    aStrides: number[],
    bStrides: number[],
  ): void;
  select(c: Handle, t: Handle, e: Handle, out: Handle, n: number, inner: number, eb: number): void;
  addN(out: Handle, n: number, ...inputs: Handle[]): void;
  reduce(op: number, dtype: number, x: Handle, out: Handle, outer: number, inner: number): void;
  softmax(x: Handle, out: Handle, outer: number, inner: number, log: boolean): void;
  gather(
    x: Handle,
    idx: Handle,
    out: Handle,
    batch: number,
    outer: number,
    dim: number,
    inner: number,
    nIdx: number,
    elemBytes: number,
  ): number;
  segmentSum(
    x: Handle,
    ids: Handle,
    out: Handle,
    nIds: number,
    inner: number,
    numSegments: number,
    dtype: number,
  ): void;
  oneHot(
    idx: Handle,
    out: Handle,
    n: number,
    depth: number,
    on: number,
    off: number,
    dtype: number,
  ): void;
  tile(x: Handle, out: Handle, shape: number[], reps: number[], elemBytes: number): void;
  batchMatMul: BatchedProduct;
}

/** The CPU addon (native/cpu/addon.cc). */
export interface NativeAddon extends KernelAddon {
  info(): { blas: "openblas" | "builtin"; threads: number; openmp: boolean; simd: string };
  /** The builtin blocked GEMM, where OpenBLAS is linked too (tests, benchmark). */
  gemmBuiltin: BatchedProduct;
}

/** out[i] = op(a[aIdx[i]]) @ op(b[bIdx[i]]): a blocks of M*K, b blocks of K*N. */
type BatchedProduct = (
  a: Handle,
  b: Handle,
  out: Handle,
  aIdx: Int32Array,
  bIdx: Int32Array,
  M: number,
  N: number,
  K: number,
  transA: boolean,
  transB: boolean,
) => void;

export interface NativeFused {
  rope(
    x: Handle,
    cos: Handle,
    sin: Handle,
    y: Handle,
    B: number,
    H: number,
    T: number,
    D: number,
    grad: boolean,
  ): void;
  rmsNorm(x: Handle, w: Handle, y: Handle, rows: number, H: number, eps: number): void;
  rmsNormGrad(
    dy: Handle,
    x: Handle,
    w: Handle,
    dx: Handle,
    dw: Handle,
    rows: number,
    H: number,
    eps: number,
  ): void;
  swiglu(g: Handle, u: Handle, y: Handle, n: number): void;
  swigluGrad(dy: Handle, g: Handle, u: Handle, dg: Handle, du: Handle, n: number): void;
  logProbEntropy(z: Handle, t: Handle, logp: Handle, ent: Handle, rows: number, V: number): void;
  logProbEntropyGrad(
    z: Handle,
    t: Handle,
    dlogp: Handle,
    dent: Handle,
    dz: Handle,
    rows: number,
    V: number,
  ): void;
  attention(
    q: Handle,
    k: Handle,
    v: Handle,
    keyMask: Handle,
    out: Handle,
    B: number,
    H: number,
    G: number,
    T: number,
    S: number,
    D: number,
    past: number,
    scale: number,
  ): void;
  attentionGrad(
    dy: Handle,
    q: Handle,
    k: Handle,
    v: Handle,
    keyMask: Handle,
    dq: Handle,
    dk: Handle,
    dv: Handle,
    B: number,
    H: number,
    G: number,
    T: number,
    S: number,
    D: number,
    past: number,
    scale: number,
  ): void;
}

export interface NativeMemory {
  /** Bytes held by live tensors (rounded up to the allocator's size classes). */
  bytesInUse: number;
  /** Bytes of freed blocks kept for reuse. */
  bytesCached: number;
  /** Live buffers. */
  buffers: number;
  /** Calls to the system allocator so far (the rest were served from the cache). */
  systemAllocations: number;
  cacheHits: number;
  cacheLimit: number;
}

export interface BuildStatus {
  built: boolean;
  reason?: string;
  builder?: string;
  blas?: string;
  openmp?: boolean;
  /** What the build found on the machine and asked the compiler for. */
  requested?: { blas: string; openmp: boolean };
  seconds?: number;
}

export type NativeStatus =
  | { available: true; addon: NativeAddon; build: BuildStatus }
  | { available: false; reason: string; build: BuildStatus | null };

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the install script puts the addon and its status. */
export const addonPath = join(packageRoot, "build", "Release", "prorl_native_cpu.node");
const statusPath = join(packageRoot, "build", "status.json");

let cached: NativeStatus | undefined;

/** Loads the CPU addon once; never throws. */
export function loadNative(): NativeStatus {
  if (cached) return cached;
  let build: BuildStatus | null = null;
  try {
    build = JSON.parse(readFileSync(statusPath, "utf8")) as BuildStatus;
  } catch {
    build = null;
  }
  if (!existsSync(addonPath)) {
    cached = {
      available: false,
      build,
      reason:
        build && !build.built
          ? `the native addon was not built: ${build.reason ?? "unknown reason"}`
          : "the native addon was not built (run `pnpm install`, or `pnpm --filter @prorl/kernels-cuda build:native`)",
    };
    return cached;
  }
  // OpenMP threads that spin while waiting for work steal the cores from OpenBLAS's threads and
  // from other processes; on a shared 2-core machine a training step ran 4x slower with the
  // default (active) policy. libgomp reads this when the addon is loaded; a user setting wins.
  process.env.OMP_WAIT_POLICY ??= "PASSIVE";
  try {
    const addon = createRequire(import.meta.url)(addonPath) as NativeAddon;
    cached = { available: true, addon, build: build ?? { built: true } };
  } catch (e) {
    cached = {
      available: false,
      build,
      reason: `the native addon failed to load: ${(e as Error).message}`,
    };
  }
  return cached;
}
