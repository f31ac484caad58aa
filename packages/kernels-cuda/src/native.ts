// Loads the addon built at install time (build/Release/prorl_native_cpu.node) and says why it is
// unavailable when it is not: the build status written by scripts/build-native.mjs, the load
// error, or a PRORL_GEMM it cannot honour. Sets the GEMM from PRORL_GEMM when it loads.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Native buffer handle (an index into the addon's table). */
export type Handle = number;

/** dtype codes of native/common/ops.h (src/kernels.test.ts checks them against the addons). */
export const DT = { float32: 0, int32: 1, bool: 2 } as const;

/** The codes of native/common/ops.h by name, as the addons export them (ops()). */
export interface OpTables {
  dtype: Record<string, number>;
  unary: Record<string, number>;
  binary: Record<string, number>;
  reduce: Record<string, number>;
}

/**
 * The functions both targets' addons have, with the same arguments (native/cpu/addon.cc documents
 * each; native/cuda/addon.cc is the CUDA target's): storage and the kernels the backend calls.
 */
export interface KernelAddon extends NativeFused {
  ops(): OpTables;
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

/** Which implementation multiplies matrices: the addon's own GEMM, or OpenBLAS where linked. */
export type GemmChoice = "builtin" | "blas";

/** What the CPU addon runs with (configure() sets it; tests and the benchmark use that). */
export interface NativeConfig {
  gemm: GemmChoice;
  /** Threads of the OpenMP loops, the builtin GEMM and OpenBLAS. */
  threads: number;
  /** The builtin GEMM's register tile ("avx512", "avx2", "portable") and its MR x NR size. */
  tile: string;
  /** The tiles this CPU runs, best first, comma-separated. */
  tiles: string;
  mr: number;
  nr: number;
  /** Cache blocks of the builtin GEMM (k depth, rows of A, columns of B). */
  kc: number;
  mc: number;
  nc: number;
  /** Data cache sizes in bytes the blocks were derived from. */
  l1: number;
  l2: number;
  l3: number;
}

/** The CPU addon (native/cpu/addon.cc). */
export interface NativeAddon extends KernelAddon {
  /**
   * blas: the BLAS linked at build time ("openblas", or "builtin" when none); gemm: the
   * implementation in use; simd: the builtin GEMM's register tile.
   */
  info(): {
    blas: "openblas" | "builtin";
    gemm: GemmChoice;
    threads: number;
    openmp: boolean;
    simd: string;
  };
  /**
   * Sets what is given and returns the whole configuration. A block size of 0, or one left out
   * when the tile changes, is derived from the caches. Throws on a tile the CPU does not run or on
   * `gemm: "blas"` without OpenBLAS.
   */
  configure(
    options?: Partial<Pick<NativeConfig, "gemm" | "threads" | "tile" | "kc" | "mc" | "nc">>,
  ): NativeConfig;
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

/** The GEMM when PRORL_GEMM is not set: the builtin one, which needs no system library. */
export const DEFAULT_GEMM: GemmChoice = "builtin";

/**
 * The `OMP_WAIT_POLICY` the addon sets before libgomp reads it, or undefined to leave it: a user's
 * setting, else PASSIVE with `PRORL_GEMM=blas` (OpenBLAS's threads need the cores) and libgomp's
 * default with the builtin GEMM (its OpenMP team is woken for every product).
 */
export function ompWaitPolicy(env: NodeJS.ProcessEnv): "PASSIVE" | undefined {
  if (env.OMP_WAIT_POLICY !== undefined) return undefined;
  return env.PRORL_GEMM === "blas" ? "PASSIVE" : undefined;
}

/** The GEMM that PRORL_GEMM asks for, or why it cannot be had. */
export function gemmFromEnv(
  value: string | undefined,
  blasLinked: boolean,
): { choice: GemmChoice } | { error: string } {
  const v = value?.trim() ?? "";
  if (v === "") return { choice: DEFAULT_GEMM };
  if (v !== "builtin" && v !== "blas") {
    return { error: `PRORL_GEMM must be "builtin" or "blas", not ${JSON.stringify(value)}` };
  }
  if (v === "blas" && !blasLinked) {
    return {
      error:
        "PRORL_GEMM=blas, but the native addon was built without OpenBLAS (install libopenblas-dev and reinstall, or unset PRORL_GEMM)",
    };
  }
  return { choice: v };
}

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
  // How idle OpenMP threads wait, read by libgomp when the addon loads (a user setting wins).
  // With PRORL_GEMM=blas, OpenMP threads that spin steal the cores from OpenBLAS's own threads: the
  // embedded default's step took 2.3 s with libgomp's default (spin about 0.3 ms, then sleep)
  // against 1.2 s sleeping at once (PASSIVE). With the builtin GEMM the OpenMP team is the only
  // one and every product wakes it, often several times: sleeping at once made the step 1.44 s
  // against 0.92 s with libgomp's default (2026-12-07, 2 cores), so that default stays.
  const waitPolicy = ompWaitPolicy(process.env);
  if (waitPolicy) process.env.OMP_WAIT_POLICY = waitPolicy;
  try {
    const addon = createRequire(import.meta.url)(addonPath) as NativeAddon;
    const gemm = gemmFromEnv(process.env.PRORL_GEMM, addon.info().blas === "openblas");
    if ("error" in gemm) {
      cached = { available: false, build, reason: gemm.error };
      return cached;
    }
    addon.configure({ gemm: gemm.choice });
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
