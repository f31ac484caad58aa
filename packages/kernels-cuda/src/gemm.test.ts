// The builtin GEMM's contract (native/cpu/gemm.h): every element of C = op(A) op(B) is one chain
// of multiply-adds in k order, c <- fma(a_ik, b_kj, c) from c = 0, computed by one thread. So it
// equals, bit for bit, that chain computed here in JavaScript, on every register tile this CPU
// runs and across block sizes, and it gives the same bits on 1, 2 and 3 threads. The portable
// tile (CPUs without AVX2 and FMA) rounds the product and the sum separately, and equals that
// chain. Products go straight through the addon's batchMatMul, which every BatchMatMul of the
// backend and the fused attention's products use.
import { afterAll, describe, expect, it } from "vitest";
import {
  gemmFromEnv,
  loadNative,
  type NativeAddon,
  type NativeConfig,
  ompWaitPolicy,
} from "./native.js";
import { xorshift32 } from "./testing.js";

const native = loadNative();
if (!native.available) console.warn(`kernels-cuda: GEMM tests skipped: ${native.reason}`);

const word = new Uint32Array(1);
const single = new Float32Array(word.buffer);

/** The float32 next to the float32 x, toward +infinity (up) or -infinity. */
function adjacentF32(x: number, up: boolean): number {
  if (x === 0) return up ? 2 ** -149 : -(2 ** -149);
  single[0] = x;
  word[0] = (word[0] as number) + (x > 0 === up ? 1 : -1);
  return single[0] as number;
}

/** fmaf: a * b + c of float32 values rounded once to float32 (to nearest, ties to even). */
export function fmaF32(a: number, b: number, c: number): number {
  const p = a * b; // exact: 24 + 24 significant bits fit a double's 53
  const s = p + c;
  const t = s - p;
  const e = p - (s - t) + (c - t); // s + e = p + c exactly (TwoSum)
  const r = Math.fround(s);
  if (r === s || e === 0) return r;
  // s lies between the float32 values r and n; rounding s once more is only wrong when s is
  // their midpoint, where the sign of what s dropped (e) decides.
  const n = adjacentF32(r, s > r);
  if (s - r !== n - s) return r;
  return e > 0 === n > r ? n : r;
}

/** a * b + c rounded twice, as the portable tile computes it: round(c + round(a * b)). */
const mulAddF32 = (a: number, b: number, c: number) => Math.fround(c + Math.fround(a * b));

interface Product {
  M: number;
  N: number;
  K: number;
  transA: boolean;
  transB: boolean;
}

const label = (p: Product) =>
  `${p.M}x${p.N}x${p.K}${p.transA ? " A^T" : ""}${p.transB ? " B^T" : ""}`;

function operands(p: Product, seed: number): { a: Float32Array; b: Float32Array } {
  const r = xorshift32(seed);
  const draw = (n: number) => Float32Array.from({ length: n }, () => r() - 0.5);
  return { a: draw(p.M * p.K), b: draw(p.K * p.N) };
}

/** c_ij = step(a_ik, b_kj, c_ij) for k = 0 .. K-1 from 0: the reference chain. */
function chain(p: Product, a: Float32Array, b: Float32Array, step: typeof fmaF32): Float32Array {
  const c = new Float32Array(p.M * p.N);
  for (let i = 0; i < p.M; i++) {
    for (let j = 0; j < p.N; j++) {
      let acc = 0;
      for (let k = 0; k < p.K; k++) {
        const aik = a[p.transA ? k * p.M + i : i * p.K + k] as number;
        const bkj = b[p.transB ? j * p.K + k : k * p.N + j] as number;
        acc = step(aik, bkj, acc);
      }
      c[i * p.N + j] = acc;
    }
  }
  return c;
}

/** op(a) op(b) through the addon's batchMatMul, with whatever it is configured to use. */
function multiply(addon: NativeAddon, p: Product, a: Float32Array, b: Float32Array) {
  const ha = addon.alloc(a.byteLength);
  const hb = addon.alloc(b.byteLength);
  const hc = addon.alloc(p.M * p.N * 4);
  addon.write(ha, a);
  addon.write(hb, b);
  const first = new Int32Array([0]);
  addon.batchMatMul(ha, hb, hc, first, first, p.M, p.N, p.K, p.transA, p.transB);
  const c = new Float32Array(p.M * p.N);
  addon.read(hc, c);
  for (const h of [ha, hb, hc]) addon.free(h);
  return c;
}

/** The first index where the bits differ, with both values; "" when none does. */
function firstDifference(got: Float32Array, want: Float32Array): string {
  if (got.length !== want.length) return `lengths ${got.length} and ${want.length}`;
  const g = new Uint32Array(got.buffer, got.byteOffset, got.length);
  const w = new Uint32Array(want.buffer, want.byteOffset, want.length);
  for (let i = 0; i < g.length; i++) {
    if (g[i] !== w[i]) return `[${i}] ${got[i]} vs ${want[i]}`;
  }
  return "";
}

// Edges of every kind (rows and columns short of a tile, k short of a block), each transpose,
// A rows read in place (lda 300, 129) and packed (lda 256), a product small enough for one
// thread, short C split by columns among threads, and a B too large to pack at once (K x N =
// 540,000 floats), so that C goes round the k slices.
const REFERENCE_PRODUCTS: Product[] = [
  { M: 1, N: 1, K: 1, transA: false, transB: false },
  { M: 5, N: 3, K: 7, transA: false, transB: false },
  { M: 37, N: 45, K: 300, transA: false, transB: false },
  { M: 37, N: 45, K: 300, transA: true, transB: false },
  { M: 37, N: 45, K: 300, transA: false, transB: true },
  { M: 37, N: 45, K: 300, transA: true, transB: true },
  { M: 64, N: 70, K: 256, transA: false, transB: false },
  { M: 130, N: 33, K: 129, transA: false, transB: true },
  { M: 2, N: 100, K: 32, transA: false, transB: true },
  { M: 3, N: 1500, K: 500, transA: false, transB: false },
  { M: 5, N: 300, K: 1800, transA: false, transB: false },
];

// The embedded default's shapes (hidden 128, intermediate 384, rows of a micro-batch) in the
// forward (x W^T), backward (dy W) and weight gradient (dy^T x) forms, a square one, and two rows
// split by columns among the threads.
const THREAD_PRODUCTS: Product[] = [
  { M: 1500, N: 384, K: 128, transA: false, transB: true },
  { M: 1500, N: 128, K: 384, transA: false, transB: false },
  { M: 384, N: 128, K: 1500, transA: true, transB: false },
  { M: 257, N: 300, K: 200, transA: false, transB: false },
  { M: 2, N: 4096, K: 300, transA: false, transB: true },
];

describe.skipIf(!native.available)("the builtin GEMM", () => {
  const addon = (native.available ? native.addon : null) as NativeAddon;
  const start: NativeConfig | null = native.available ? addon.configure() : null;
  const tiles = start ? start.tiles.split(",") : [];
  afterAll(() => {
    if (start) addon.configure({ gemm: start.gemm, threads: start.threads, tile: start.tile });
  });

  it("fmaF32 rounds once, mulAddF32 twice (the references are right)", () => {
    // (1 + 2^-12)^2 - 1 = 2^-11 + 2^-24: kept by one rounding, lost when the product is rounded.
    const a = Math.fround(1 + 2 ** -12);
    expect(fmaF32(a, a, -1)).toBe(2 ** -11 + 2 ** -24);
    expect(mulAddF32(a, a, -1)).toBe(2 ** -11);
    // 2^24 + 5 + 2^-30 lies just above the midpoint of the float32 values 2^24 + 4 and 2^24 + 6;
    // a double drops the 2^-30, and rounding its tie to even would give 2^24 + 4.
    expect(fmaF32(2 ** 24 + 4, 1, 1 + 2 ** -30)).toBe(2 ** 24 + 6);
    expect(Math.fround((2 ** 24 + 4) * 1 + (1 + 2 ** -30))).toBe(2 ** 24 + 4);
  });

  for (const tile of tiles) {
    const step = tile === "portable" ? mulAddF32 : fmaF32;
    it.each(REFERENCE_PRODUCTS.map((p) => [label(p), p] as const))(
      `${tile} tile: %s equals the ${tile === "portable" ? "multiply-then-add" : "fused multiply-add"} chain in k order, bit for bit`,
      (_label, p) => {
        const { a, b } = operands(p, p.M * 31 + p.K);
        const want = chain(p, a, b, step);
        addon.configure({ gemm: "builtin", threads: 2, tile });
        expect(firstDifference(multiply(addon, p, a, b), want), "derived blocks").toBe("");
        // Small blocks: several k blocks, row blocks and column panels per product.
        const { mr, nr } = addon.configure();
        addon.configure({ kc: 16, mc: 2 * mr, nc: 2 * nr });
        expect(firstDifference(multiply(addon, p, a, b), want), "small blocks").toBe("");
        addon.configure({ tile });
      },
    );
  }

  it.each(THREAD_PRODUCTS.map((p) => [label(p), p] as const))(
    "%s: the same bits on 1, 2 and 3 threads and on every FMA tile",
    (_label, p) => {
      const { a, b } = operands(p, p.N + p.K);
      addon.configure({ gemm: "builtin", tile: tiles[0], threads: 1 });
      const one = multiply(addon, p, a, b);
      for (const threads of [2, 3]) {
        addon.configure({ threads });
        expect(firstDifference(multiply(addon, p, a, b), one), `${threads} threads`).toBe("");
      }
      for (const tile of tiles.filter((t) => t !== "portable")) {
        addon.configure({ tile, threads: 2 });
        expect(firstDifference(multiply(addon, p, a, b), one), tile).toBe("");
      }
    },
  );
});

describe("PRORL_GEMM", () => {
  it("chooses the GEMM when the backend starts; builtin when unset", () => {
    expect(gemmFromEnv(undefined, true)).toEqual({ choice: "builtin" });
    expect(gemmFromEnv("", false)).toEqual({ choice: "builtin" });
    expect(gemmFromEnv("blas", true)).toEqual({ choice: "blas" });
    expect(gemmFromEnv(" builtin ", true)).toEqual({ choice: "builtin" });
  });

  it("names what is wrong with a value it cannot honour", () => {
    expect(gemmFromEnv("openblas", true)).toEqual({
      error: 'PRORL_GEMM must be "builtin" or "blas", not "openblas"',
    });
    expect(gemmFromEnv("blas", false)).toMatchObject({
      error: expect.stringMatching(/without OpenBLAS/),
    });
  });

  it.skipIf(!native.available)("nativeBackendStatus().runtime.gemm reports the choice", () => {
    const addon = (native.available ? native.addon : null) as NativeAddon;
    const want = gemmFromEnv(process.env.PRORL_GEMM, addon.info().blas === "openblas");
    expect("choice" in want && addon.info().gemm).toBe("choice" in want && want.choice);
  });
});

describe("the OpenMP wait policy the addon sets", () => {
  it("lets OpenMP threads sleep at once only beside OpenBLAS's threads", () => {
    expect(ompWaitPolicy({ PRORL_GEMM: "blas" })).toBe("PASSIVE");
    expect(ompWaitPolicy({})).toBeUndefined();
    expect(ompWaitPolicy({ PRORL_GEMM: "builtin" })).toBeUndefined();
  });

  it("leaves a policy the user set", () => {
    expect(ompWaitPolicy({ PRORL_GEMM: "blas", OMP_WAIT_POLICY: "ACTIVE" })).toBeUndefined();
  });
});
