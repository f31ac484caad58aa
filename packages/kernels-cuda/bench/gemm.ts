// The builtin GEMM against OpenBLAS in one process (both are in the addon; configure({ gemm })
// switches), on the square sizes of issue #21 and on the matrix products of the embedded default
// (`pnpm start`: hidden 128, intermediate 384, 4 heads of 32 over 2 key/value heads, vocabulary
// 259, micro-batches of 128 sequences of about 93 tokens = 11904 rows; recorded by logging every
// BatchMatMul of a run), on 1 and 2 threads. The machine this runs on may be shared: the two
// implementations alternate within each round, a sample is a batch of calls of at least
// `sampleMs`, and the table gives the median sample of each over the rounds, so that a burst of
// load hits both alike. The products go straight through the addon's batchMatMul on native
// buffers, the call every BatchMatMul of the backend makes, so the ratio is the kernels'.
import type { NativeAddon, NativeConfig } from "../src/native.js";

export interface GemmShape {
  name: string;
  M: number;
  N: number;
  K: number;
  transA: boolean;
  transB: boolean;
}

const square = (n: number): GemmShape => ({
  name: `${n} x ${n} x ${n}`,
  M: n,
  N: n,
  K: n,
  transA: false,
  transB: false,
});

const product = (name: string, M: number, N: number, K: number, t = ""): GemmShape => ({
  name,
  M,
  N,
  K,
  transA: t.includes("A"),
  transB: t.includes("B"),
});

/** Issue #21's square sizes. */
export const SQUARE_SHAPES = [128, 256, 512, 1024, 2048].map(square);

/**
 * The embedded default's products (rows = 11904 in a scoring/update micro-batch, 256 while
 * decoding). Weights are [out, in], so a layer is x W^T; its backward pass is dy W (input
 * gradient) and dy^T x (weight gradient).
 */
export const DEFAULT_SHAPES: GemmShape[] = [
  product("gate/up x W^T [11904x128]·[384x128]^T", 11904, 384, 128, "B"),
  product("down x W^T [11904x384]·[128x384]^T", 11904, 128, 384, "B"),
  product("q/o x W^T [11904x128]·[128x128]^T", 11904, 128, 128, "B"),
  product("k/v x W^T [11904x128]·[64x128]^T", 11904, 64, 128, "B"),
  product("gate/up dy W [11904x384]·[384x128]", 11904, 128, 384),
  product("down dy W [11904x128]·[128x384]", 11904, 384, 128),
  product("gate/up dW dy^T x [11904x384]^T·[11904x128]", 384, 128, 11904, "A"),
  product("down dW dy^T x [11904x128]^T·[11904x384]", 128, 384, 11904, "A"),
  product("decode gate/up [256x128]·[384x128]^T", 256, 384, 128, "B"),
  product("decode down [256x384]·[128x384]^T", 256, 128, 384, "B"),
  product("attention scores q·k^T [128x32]·[93x32]^T", 128, 93, 32, "B"),
  product("attention p·v [128x93]·[93x32]", 128, 32, 93),
  product("decode attention q·k^T [2x32]·[64x32]^T", 2, 64, 32, "B"),
  product("decode attention p·v [2x64]·[64x32]", 2, 32, 64),
];

export interface GemmRow {
  shape: GemmShape;
  threads: number;
  /** Median wall seconds per product. */
  builtin: number;
  blas: number | null;
  /** Median over rounds of OpenBLAS wall time / builtin wall time within the round. */
  ratio: number | null;
  /** The same with process CPU time (user + system), which load on other cores does not inflate. */
  cpuRatio: number | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Wall and CPU seconds per call of f, over a batch of `reps` calls. */
function sample(reps: number, f: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < reps; i++) f();
  const wall = (performance.now() - t) / 1000 / reps;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / 1e6 / reps };
}

/**
 * Measures one shape on the current thread count: builtin and OpenBLAS one after the other in
 * each round (alternating which goes first), so that the ratio within a round compares the two
 * under the same load.
 */
export function compareShape(
  addon: NativeAddon,
  shape: GemmShape,
  rounds: number,
  sampleMs: number,
): Omit<GemmRow, "threads"> {
  const { M, N, K, transA, transB } = shape;
  const a = addon.alloc(M * K * 4);
  const b = addon.alloc(K * N * 4);
  const c = addon.alloc(M * N * 4);
  addon.write(
    a,
    Float32Array.from({ length: M * K }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5),
  );
  addon.write(
    b,
    Float32Array.from({ length: K * N }, (_, i) => ((i * 104729) % 1000) / 1000 - 0.5),
  );
  const first = new Int32Array([0]);
  const call = () => addon.batchMatMul(a, b, c, first, first, M, N, K, transA, transB);
  const gemms: NativeConfig["gemm"][] =
    addon.info().blas === "openblas" ? ["builtin", "blas"] : ["builtin"];
  // Warm up both (thread pools, packing buffers) and size the batch from the faster one.
  let fastest = Number.POSITIVE_INFINITY;
  for (const gemm of gemms) {
    addon.configure({ gemm });
    for (let i = 0; i < 3; i++) call();
    fastest = Math.min(fastest, sample(3, call).wall);
  }
  const reps = Math.max(1, Math.ceil(sampleMs / 1000 / fastest));
  const builtin: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const round: Partial<Record<NativeConfig["gemm"], { wall: number; cpu: number }>> = {};
    for (const gemm of r % 2 === 0 ? gemms : [...gemms].reverse()) {
      addon.configure({ gemm });
      call();
      round[gemm] = sample(reps, call);
    }
    const mine = round.builtin as { wall: number; cpu: number };
    builtin.push(mine.wall);
    if (round.blas) {
      ratios.push(round.blas.wall / mine.wall);
      cpuRatios.push(round.blas.cpu / mine.cpu);
    }
  }
  for (const h of [a, b, c]) addon.free(h);
  const ratio = ratios.length > 0 ? median(ratios) : null;
  return {
    shape,
    builtin: median(builtin),
    blas: ratio === null ? null : median(builtin) * ratio,
    ratio,
    cpuRatio: cpuRatios.length > 0 ? median(cpuRatios) : null,
  };
}

/** The Markdown table of the comparison, as rows are measured. */
export function gemmComparison(
  addon: NativeAddon,
  say: (line?: string) => void,
  options: { threads: number[]; rounds: number; sampleMs: number },
): GemmRow[] {
  const start = addon.configure();
  const rows: GemmRow[] = [];
  const linked = addon.info().blas === "openblas";
  say(
    `### GEMM: builtin (${start.tile} ${start.mr}x${start.nr} tile, kc ${start.kc}, mc ${start.mc}, nc ${start.nc}) against OpenBLAS`,
  );
  say();
  say(
    `${options.rounds} rounds; in each, one sample of each GEMM (a batch of calls of at least ${options.sampleMs} ms), the two alternating which goes first. builtin / OpenBLAS is the median over rounds of OpenBLAS time / builtin time within a round (1.00: as fast; above: faster), by the wall clock and, for one thread, by the process's CPU time, which other processes on a shared machine do not inflate. GFLOP/s = 2 M N K / median wall time (OpenBLAS's: the builtin one's over the ratio).${linked ? "" : " This build has no OpenBLAS: builtin only."}`,
  );
  say();
  say(
    "| product (M x N x K) | threads | builtin GFLOP/s | OpenBLAS GFLOP/s | builtin / OpenBLAS (wall) | (CPU time) |",
  );
  say("|---|---|---|---|---|---|");
  for (const threads of options.threads) {
    addon.configure({ threads });
    for (const shape of [...SQUARE_SHAPES, ...DEFAULT_SHAPES]) {
      const row = { ...compareShape(addon, shape, options.rounds, options.sampleMs), threads };
      rows.push(row);
      const gflops = (s: number) => ((2 * shape.M * shape.N * shape.K) / s / 1e9).toFixed(1);
      const times = (r: number | null) => (r === null ? "n/a" : `${r.toFixed(2)}x`);
      say(
        `| ${shape.name} | ${threads} | ${gflops(row.builtin)} | ${row.blas === null ? "n/a" : gflops(row.blas)} | ${times(row.ratio)} | ${threads === 1 ? times(row.cpuRatio) : ""} |`,
      );
    }
  }
  addon.configure({ gemm: start.gemm, threads: start.threads });
  if (linked) {
    const worst = rows.reduce((w, r) => Math.min(w, r.ratio as number), Infinity);
    say();
    say(`Lowest builtin / OpenBLAS ratio (wall): ${worst.toFixed(2)}x.`);
  }
  say();
  return rows;
}

/** op(a) op(b) for a shape on fresh buffers, read back. */
function productOf(addon: NativeAddon, shape: GemmShape, a: Float32Array, b: Float32Array) {
  const { M, N, K, transA, transB } = shape;
  const [ha, hb, hc] = [
    addon.alloc(a.byteLength),
    addon.alloc(b.byteLength),
    addon.alloc(M * N * 4),
  ];
  addon.write(ha, a);
  addon.write(hb, b);
  const first = new Int32Array([0]);
  addon.batchMatMul(ha, hb, hc, first, first, M, N, K, transA, transB);
  const c = new Float32Array(M * N);
  addon.read(hc, c);
  for (const h of [ha, hb, hc]) addon.free(h);
  return new Uint32Array(c.buffer);
}

/**
 * How many elements of a product change between 1 thread and 2 or 3, for each GEMM: the builtin
 * one computes every element as one chain in k order on one thread, so none should.
 */
export function threadDeterminism(addon: NativeAddon, say: (line?: string) => void): void {
  const start = addon.configure();
  const gemms: NativeConfig["gemm"][] =
    addon.info().blas === "openblas" ? ["builtin", "blas"] : ["builtin"];
  const shapes = [
    ...[DEFAULT_SHAPES[0], DEFAULT_SHAPES[4], DEFAULT_SHAPES[6], SQUARE_SHAPES[2]],
    product("dW of 1500 rows [1500x384]^T·[1500x128]", 384, 128, 1500, "A"),
  ].map((s) => s as GemmShape);
  say("### GEMM results on 1, 2 and 3 threads");
  say();
  say(
    "Elements of C whose bits differ from the 1-thread result (same inputs, uniform in [-0.5, 0.5)).",
  );
  say();
  say("| product | GEMM | 2 threads | 3 threads |");
  say("|---|---|---|---|");
  for (const shape of shapes) {
    const draw = (n: number, seed: number) =>
      Float32Array.from(
        { length: n },
        (_, i) => (((i + seed) * 2654435761) % 4294967296) / 4294967296 - 0.5,
      );
    const a = draw(shape.M * shape.K, 1);
    const b = draw(shape.K * shape.N, 2);
    for (const gemm of gemms) {
      addon.configure({ gemm, threads: 1 });
      const one = productOf(addon, shape, a, b);
      const differing = (threads: number) => {
        addon.configure({ threads });
        const c = productOf(addon, shape, a, b);
        return one.reduce((n, bits, i) => n + (c[i] === bits ? 0 : 1), 0);
      };
      const total = shape.M * shape.N;
      say(
        `| ${shape.name} | ${gemm === "blas" ? "OpenBLAS" : "builtin"} | ${differing(2)} of ${total} | ${differing(3)} of ${total} |`,
      );
    }
  }
  addon.configure({ gemm: start.gemm, threads: start.threads });
  say();
}
