// Every kernel of the native backends (the CPU target; the CUDA target on a GPU, and its kernels
// in the CPU emulator, threads in order and reversed) against TensorFlow.js's cpu backend on fresh seeded random
// inputs of several shapes: relative error (max |native - cpu| / max |cpu|) under 1e-5, no NaN
// where cpu has none, exact equality for integer and boolean outputs. New native buffers are
// poisoned (0xFF bytes: NaN in float32) so an element a kernel forgets to write shows up.
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import { describe, expect, it } from "vitest";
import type { NativeBackend } from "./backend.js";
import { BACKEND_NAME, NATIVE_KERNELS, nativeBackendStatus } from "./index.js";
import { BINARY_OPS, REDUCE_OPS, UNARY_OPS } from "./kernels.js";
import { DT, type GemmChoice, loadNative } from "./native.js";
import { kernelTargets, warnSkipped, withPoisonedBuffers, xorshift32 } from "./testing.js";

const targets = kernelTargets();
warnSkipped(targets, "kernel tests");

type Spec = { shape: number[]; dtype?: "float32" | "int32" | "bool"; lo?: number; hi?: number };
type Case = { name: string; inputs: Spec[]; f: (...xs: tf.Tensor[]) => tf.Tensor | tf.Tensor[] };

function makeData(spec: Spec, seed: number): tf.TensorLike {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const r = xorshift32(seed);
  const lo = spec.lo ?? -2;
  const hi = spec.hi ?? 2;
  if (spec.dtype === "bool") return Array.from({ length: n }, () => r() < 0.5);
  if (spec.dtype === "int32")
    return Int32Array.from({ length: n }, () => Math.floor(lo + r() * (hi - lo)));
  return Float32Array.from({ length: n }, () => lo + r() * (hi - lo));
}

function runOn(backend: string, c: Case, seed: number) {
  tf.setBackend(backend);
  return tf.tidy(() => {
    const xs = c.inputs.map((s, i) =>
      tf.tensor(makeData(s, seed * 31 + i) as Float32Array, s.shape, s.dtype ?? "float32"),
    );
    const out = c.f(...xs);
    const outs = Array.isArray(out) ? out : [out];
    return outs.map((t) => ({ dtype: t.dtype, shape: t.shape, values: t.dataSync() }));
  });
}

function compare(backend: string, c: Case, seed: number) {
  const want = runOn("cpu", c, seed);
  const got = runOn(backend, c, seed);
  expect(got.length).toBe(want.length);
  for (const [i, w] of want.entries()) {
    const g = got[i] as (typeof got)[number];
    expect(g.shape, `${c.name} shape`).toEqual(w.shape);
    expect(g.dtype, `${c.name} dtype`).toBe(w.dtype);
    if (w.dtype !== "float32") {
      expect(Array.from(g.values), c.name).toEqual(Array.from(w.values));
      continue;
    }
    let scale = 0;
    let err = 0;
    const bad: string[] = [];
    for (let j = 0; j < w.values.length && bad.length < 5; j++) {
      const a = g.values[j] as number;
      const b = w.values[j] as number;
      if (Number.isNaN(b) || Number.isNaN(a) || !Number.isFinite(b)) {
        if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b)))
          bad.push(`[${j}] ${a} vs cpu ${b}`);
        continue;
      }
      scale = Math.max(scale, Math.abs(b));
      err = Math.max(err, Math.abs(a - b));
    }
    expect(bad, `${c.name}: NaN/infinite mismatches`).toEqual([]);
    expect(err / Math.max(scale, 1e-30), `${c.name}: relative error`).toBeLessThan(1e-5);
  }
}

const f32 = (...shape: number[]): Spec => ({ shape });
const pos = (...shape: number[]): Spec => ({ shape, lo: 0.05, hi: 3 });
const i32 = (lo: number, hi: number, ...shape: number[]): Spec => ({
  shape,
  dtype: "int32",
  lo,
  hi,
});
const bool = (...shape: number[]): Spec => ({ shape, dtype: "bool" });
const SHAPES = [[7], [3, 5], [2, 3, 4, 5], [33, 1025]];

const cases: Case[] = [];
const unary: [string, (x: tf.Tensor) => tf.Tensor, boolean][] = [
  ["neg", tf.neg, false],
  ["exp", tf.exp, false],
  ["log", tf.log, true],
  ["rsqrt", tf.rsqrt, true],
  ["sqrt", tf.sqrt, true],
  ["square", tf.square, false],
  ["sigmoid", tf.sigmoid, false],
  ["abs", tf.abs, false],
  ["reciprocal", tf.reciprocal, true],
  ["tanh", tf.tanh, false],
  ["relu", tf.relu, false],
  ["sign", tf.sign, false],
  ["log1p", tf.log1p, true],
  ["expm1", tf.expm1, false],
  ["floor", tf.floor, false],
  ["ceil", tf.ceil, false],
  ["round", tf.round, false],
  ["sin", tf.sin, false],
  ["cos", tf.cos, false],
  ["softplus", tf.softplus, false],
  ["erf", tf.erf, false],
  ["elu", tf.elu, false],
  ["selu", tf.selu, false],
  ["step", (x) => tf.step(x, 0.3), false],
  ["isNaN", tf.isNaN, false],
];
for (const [name, f, positive] of unary) {
  for (const s of SHAPES) {
    cases.push({ name: `${name} [${s}]`, inputs: [positive ? pos(...s) : f32(...s)], f });
  }
}
for (const [name, f] of [
  ["neg", tf.neg],
  ["abs", tf.abs],
  ["square", tf.square],
] as const) {
  cases.push({ name: `${name} int32`, inputs: [i32(-50, 50, 4, 6)], f });
}
cases.push({ name: "logicalNot", inputs: [bool(5, 7)], f: tf.logicalNot });

const PAIRS: [number[], number[]][] = [
  [
    [3, 4],
    [3, 4],
  ],
  [[2, 3, 4], [4]],
  [
    [2, 1, 4],
    [3, 1],
  ],
  [[5], []],
  [[], [6, 2]],
  [
    [2, 3, 1, 5],
    [1, 3, 4, 1],
  ],
  [
    [64, 300],
    [64, 1],
  ],
];
const binary: [string, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
  ["add", tf.add],
  ["sub", tf.sub],
  ["mul", tf.mul],
  ["div", tf.div],
  ["maximum", tf.maximum],
  ["minimum", tf.minimum],
  ["squaredDifference", tf.squaredDifference],
  ["atan2", tf.atan2],
  ["floorDiv", tf.floorDiv],
  ["mod", tf.mod],
  ["equal", tf.equal],
  ["notEqual", tf.notEqual],
  ["less", tf.less],
  ["lessEqual", tf.lessEqual],
  ["greater", tf.greater],
  ["greaterEqual", tf.greaterEqual],
];
for (const [name, f] of binary) {
  for (const [a, b] of PAIRS)
    cases.push({ name: `${name} [${a}] [${b}]`, inputs: [f32(...a), f32(...b)], f });
}
cases.push({ name: "pow", inputs: [pos(3, 4), f32(4)], f: tf.pow });
for (const [name, f] of [
  ["add", tf.add],
  ["sub", tf.sub],
  ["mul", tf.mul],
  ["floorDiv", tf.floorDiv],
  ["maximum", tf.maximum],
  ["equal", tf.equal],
  ["less", tf.less],
] as const) {
  cases.push({ name: `${name} int32`, inputs: [i32(-20, 20, 3, 4), i32(1, 9, 4)], f });
}
cases.push({ name: "logicalAnd", inputs: [bool(4, 5), bool(5)], f: tf.logicalAnd });
cases.push({ name: "logicalOr", inputs: [bool(4, 5), bool(4, 5)], f: tf.logicalOr });

const REDUCE_SHAPE = [4, 6, 5];
const axesList: (number | number[] | undefined)[] = [undefined, -1, 0, 1, [0, 2], [1, 2]];
for (const axis of axesList) {
  for (const keep of [false, true]) {
    const tag = `axis ${JSON.stringify(axis)} keep ${keep}`;
    cases.push({
      name: `sum ${tag}`,
      inputs: [f32(...REDUCE_SHAPE)],
      f: (x) => tf.sum(x, axis, keep),
    });
    cases.push({
      name: `mean ${tag}`,
      inputs: [f32(...REDUCE_SHAPE)],
      f: (x) => tf.mean(x, axis, keep),
    });
    cases.push({
      name: `max ${tag}`,
      inputs: [f32(...REDUCE_SHAPE)],
      f: (x) => tf.max(x, axis, keep),
    });
    cases.push({
      name: `min ${tag}`,
      inputs: [f32(...REDUCE_SHAPE)],
      f: (x) => tf.min(x, axis, keep),
    });
    cases.push({
      name: `prod ${tag}`,
      inputs: [pos(...REDUCE_SHAPE)],
      f: (x) => tf.prod(x, axis, keep),
    });
    cases.push({
      name: `any ${tag}`,
      inputs: [bool(...REDUCE_SHAPE)],
      f: (x) => tf.any(x, axis, keep),
    });
    cases.push({
      name: `all ${tag}`,
      inputs: [bool(...REDUCE_SHAPE)],
      f: (x) => tf.all(x, axis, keep),
    });
  }
}
cases.push({ name: "sum int32", inputs: [i32(-9, 9, 5, 7)], f: (x) => tf.sum(x, 1) });
cases.push({ name: "sum bool", inputs: [bool(5, 7)], f: (x) => tf.sum(x, 0) });
cases.push({ name: "sum large row", inputs: [f32(3, 20000)], f: (x) => tf.sum(x, -1) });
for (const axis of [0, 1, -1]) {
  cases.push({ name: `argMax ${axis}`, inputs: [f32(6, 7, 3)], f: (x) => tf.argMax(x, axis) });
  cases.push({ name: `argMin ${axis}`, inputs: [f32(6, 7, 3)], f: (x) => tf.argMin(x, axis) });
}
for (const s of [[9], [4, 10], [2, 3, 151], [3, 5000]]) {
  cases.push({
    name: `softmax [${s}]`,
    inputs: [{ shape: s, lo: -8, hi: 8 }],
    f: (x) => tf.softmax(x),
  });
  cases.push({
    name: `logSoftmax [${s}]`,
    inputs: [{ shape: s, lo: -8, hi: 8 }],
    f: (x) => tf.logSoftmax(x),
  });
}

const MATMULS: [number[], number[], boolean, boolean][] = [
  [[3, 4], [4, 5], false, false],
  [[4, 3], [4, 5], true, false],
  [[3, 4], [5, 4], false, true],
  [[4, 3], [5, 4], true, true],
  [[2, 3, 7], [2, 7, 6], false, false],
  [[2, 3, 3, 7], [1, 7, 6], false, false],
  [[5, 8, 9], [9, 4], false, false],
  [[1, 1], [1, 1], false, false],
  [[70, 130], [90, 130], false, true],
  [[130, 70], [130, 90], true, false],
  [[2, 4, 33, 16], [2, 4, 17, 16], false, true],
  [[257, 300], [300, 129], false, false],
];
for (const [a, b, ta, tb] of MATMULS) {
  cases.push({
    name: `matMul [${a}]${ta ? "T" : ""} [${b}]${tb ? "T" : ""}`,
    inputs: [f32(...a), f32(...b)],
    f: (x, y) => tf.matMul(x, y, ta, tb),
  });
}

for (const [s, perm] of [
  [
    [3, 4],
    [1, 0],
  ],
  [
    [2, 3, 4, 5],
    [0, 2, 1, 3],
  ],
  [
    [2, 3, 4, 5],
    [3, 1, 0, 2],
  ],
  [
    [2, 3, 4],
    [2, 0, 1],
  ],
  [
    [40, 70],
    [1, 0],
  ],
] as [number[], number[]][]) {
  cases.push({
    name: `transpose [${s}] ${perm}`,
    inputs: [f32(...s)],
    f: (x) => tf.transpose(x, perm),
  });
}
cases.push({ name: "transpose int32", inputs: [i32(0, 99, 3, 5)], f: (x) => tf.transpose(x) });
cases.push({
  name: "transpose bool",
  inputs: [bool(3, 5, 2)],
  f: (x) => tf.transpose(x, [2, 0, 1]),
});
cases.push({ name: "slice 1d", inputs: [f32(10)], f: (x) => tf.slice(x, 2, 5) });
cases.push({
  name: "slice 3d",
  inputs: [f32(4, 5, 6)],
  f: (x) => tf.slice(x, [1, 0, 2], [2, -1, 3]),
});
cases.push({
  name: "slice int32",
  inputs: [i32(0, 9, 4, 5)],
  f: (x) => tf.slice(x, [1, 1], [2, 3]),
});
for (const axis of [0, 1, 2, -1]) {
  cases.push({
    name: `concat axis ${axis}`,
    inputs: [f32(2, 3, 4), f32(2, 3, 4), f32(2, 3, 4)],
    f: (a, b, c) => tf.concat([a, b, c], axis),
  });
  cases.push({
    name: `split axis ${axis}`,
    inputs: [f32(4, 6, 8)],
    f: (x) => tf.split(x, 2, axis),
  });
}
cases.push({
  name: "concat uneven",
  inputs: [f32(2, 3), f32(2, 5)],
  f: (a, b) => tf.concat([a, b], 1),
});
cases.push({ name: "split sizes", inputs: [f32(3, 10)], f: (x) => tf.split(x, [2, 5, 3], 1) });
cases.push({
  name: "pad",
  inputs: [f32(3, 4)],
  f: (x) =>
    tf.pad(
      x,
      [
        [1, 2],
        [0, 3],
      ],
      0.5,
    ),
});
cases.push({
  name: "pad 3d",
  inputs: [f32(2, 3, 4)],
  f: (x) =>
    tf.pad(x, [
      [0, 1],
      [2, 0],
      [1, 1],
    ]),
});
cases.push({ name: "tile", inputs: [f32(2, 3)], f: (x) => tf.tile(x, [2, 3]) });
cases.push({
  name: "gather axis 0",
  inputs: [f32(10, 4), i32(0, 10, 7)],
  f: (x, i) => tf.gather(x, i),
});
cases.push({
  name: "gather 2d ids",
  inputs: [f32(10, 4), i32(0, 10, 3, 5)],
  f: (x, i) => tf.gather(x, i),
});
cases.push({
  name: "gather axis 1",
  inputs: [f32(3, 10, 4), i32(0, 10, 6)],
  f: (x, i) => tf.gather(x, i, 1),
});
cases.push({
  name: "gather batchDims 1",
  inputs: [f32(3, 10, 4), i32(0, 10, 3, 5)],
  f: (x, i) => tf.gather(x, i, 1, 1),
});
cases.push({
  name: "unsortedSegmentSum",
  inputs: [f32(12, 5), i32(0, 6, 12)],
  f: (x, i) => tf.unsortedSegmentSum(x, i as tf.Tensor1D, 6),
});
cases.push({
  name: "unsortedSegmentSum wide",
  inputs: [f32(40, 300), i32(0, 7, 40)],
  f: (x, i) => tf.unsortedSegmentSum(x, i as tf.Tensor1D, 7),
});
cases.push({ name: "oneHot", inputs: [i32(-1, 11, 4, 3)], f: (i) => tf.oneHot(i, 10) });
cases.push({
  name: "oneHot float",
  inputs: [i32(0, 10, 6)],
  f: (i) => tf.oneHot(i, 10, 2, -1, "float32"),
});
cases.push({ name: "cast f->i", inputs: [f32(4, 5)], f: (x) => tf.cast(x, "int32") });
cases.push({
  name: "cast f->b",
  inputs: [i32(-1, 2, 4, 5)],
  f: (x) => tf.cast(tf.cast(x, "float32"), "bool"),
});
cases.push({ name: "cast b->f", inputs: [bool(4, 5)], f: (x) => tf.cast(x, "float32") });
cases.push({ name: "cast i->f", inputs: [i32(-9, 9, 4, 5)], f: (x) => tf.cast(x, "float32") });
cases.push({ name: "fill", inputs: [], f: () => tf.fill([3, 4], 2.5) });
cases.push({ name: "fill int32", inputs: [], f: () => tf.fill([3, 4], 7, "int32") });
cases.push({ name: "zerosLike", inputs: [f32(3, 4)], f: tf.zerosLike });
cases.push({ name: "onesLike", inputs: [f32(3, 4)], f: tf.onesLike });
cases.push({
  name: "where",
  inputs: [bool(4, 5), f32(4, 5), f32(4, 5)],
  f: (c, a, b) => tf.where(c, a, b),
});
cases.push({
  name: "where, broadcast condition (Tile)",
  inputs: [bool(5), f32(4, 5), f32(4, 5)],
  f: (c, a, b) => tf.where(c, a, b),
});
cases.push({ name: "clipByValue", inputs: [f32(5, 6)], f: (x) => tf.clipByValue(x, -0.5, 0.7) });
cases.push({
  name: "addN",
  inputs: [f32(3, 4), f32(3, 4), f32(3, 4)],
  f: (a, b, c) => tf.addN([a, b, c]),
});
cases.push({
  name: "reshape + expandDims + squeeze",
  inputs: [f32(2, 6)],
  f: (x) => tf.squeeze(tf.expandDims(tf.reshape(x, [3, 4]), 1)),
});
cases.push({
  name: "gradient of a small network",
  inputs: [f32(4, 6), f32(6, 3), i32(0, 3, 4)],
  f: (x, w, y) =>
    tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.mean(tf.sum(tf.mul(tf.logSoftmax(tf.matMul(a, b)), tf.oneHot(y, 3)), -1)),
    )([x, w]),
});

for (const target of targets) {
  describe.skipIf(!target.available)(`${target.label} kernels vs the cpu backend`, () => {
    withPoisonedBuffers(target);
    const memory = () => (tf.backend() as unknown as NativeBackend).memory();

    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      for (const seed of [1, 2]) compare(target.backend, c, seed);
    });

    it("implements every kernel the model, its gradients and AdamW use", () => {
      const used = [
        "GatherV2",
        "Identity",
        "Square",
        "Mean",
        "Add",
        "Rsqrt",
        "Multiply",
        "Reshape",
        "BatchMatMul",
        "Transpose",
        "SplitV",
        "Neg",
        "Concat",
        "Softmax",
        "Sigmoid",
        "Slice",
        "Max",
        "Sub",
        "Cast",
        "Exp",
        "Sum",
        "Log",
        "OneHot",
        "ExpandDims",
        "ClipByValue",
        "Maximum",
        "RealDiv",
        "GreaterEqual",
        "LessEqual",
        "LogicalAnd",
        "ZerosLike",
        "Select",
        "Less",
        "PadV2",
        "Pow",
        "UnsortedSegmentSum",
        "Sqrt",
        "Fill",
        "Equal",
        "Greater",
        "NotEqual",
      ];
      for (const k of used) expect(NATIVE_KERNELS, k).toContain(k);
    });

    it("a kernel it lacks is an error naming it", async () => {
      await tf.setBackend(target.backend);
      const x = tf.ones([1, 4, 4, 1]);
      expect(() =>
        tf.conv2d(x as tf.Tensor4D, tf.ones([2, 2, 1, 1]) as tf.Tensor4D, 1, "valid"),
      ).toThrow(new RegExp(`Conv2D.*${target.backend}`));
      tf.disposeVariables();
      x.dispose();
    });

    it("owns tensor memory: accounting, dispose, cache reuse", async () => {
      await tf.setBackend(target.backend);
      const before = memory();
      const tensorsBefore = tf.memory().numTensors;
      const a = tf.randomNormal([256, 256]);
      const b = tf.matMul(a, a);
      const during = memory();
      expect((during?.bytesInUse ?? 0) - (before?.bytesInUse ?? 0)).toBeGreaterThanOrEqual(
        2 * 256 * 256 * 4,
      );
      a.dispose();
      b.dispose();
      expect(tf.memory().numTensors).toBe(tensorsBefore);
      expect(memory()?.bytesInUse).toBe(before?.bytesInUse);
      const hits = memory()?.cacheHits ?? 0;
      const c = tf.add(tf.zeros([256, 256]), 1);
      expect(memory()?.cacheHits).toBeGreaterThan(hits);
      expect(Array.from(await c.data()).every((v) => v === 1)).toBe(true);
      c.dispose();
    });

    it("moves tensors in from another backend and reads them back", async () => {
      await tf.setBackend("cpu");
      const t = tf.tensor2d([
        [1, 2],
        [3, 4],
      ]);
      await tf.setBackend(target.backend);
      const y = tf.mul(t, 2);
      expect(await y.array()).toEqual([
        [2, 4],
        [6, 8],
      ]);
      expect(tf.tensor(["a", "b"]).dataSync()).toEqual(["a", "b"]);
      t.dispose();
      y.dispose();
    });

    it.skipIf(target.backend !== BACKEND_NAME)(
      "both GEMMs (builtin, and OpenBLAS where linked) match the cpu backend",
      async () => {
        const s = loadNative();
        if (!s.available) return;
        const was = s.addon.configure().gemm;
        const gemms: GemmChoice[] =
          s.addon.info().blas === "openblas" ? ["builtin", "blas"] : ["builtin"];
        for (const gemm of gemms) {
          s.addon.configure({ gemm });
          for (const [M, N, K, ta, tb] of [
            [1, 1, 1, false, false],
            [7, 17, 5, false, false],
            [130, 33, 300, true, false],
            [65, 129, 257, false, true],
            [200, 300, 100, true, true],
          ] as const) {
            const c: Case = {
              name: `${gemm} ${M}x${N}x${K}${ta ? " A^T" : ""}${tb ? " B^T" : ""}`,
              inputs: [f32(...(ta ? [K, M] : [M, K])), f32(...(tb ? [N, K] : [K, N]))],
              f: (x, y) => tf.matMul(x, y, ta, tb),
            };
            compare(target.backend, c, M + N);
          }
        }
        s.addon.configure({ gemm: was });
      },
    );

    it("uses the dtype and op codes its addon was built with (native/common/ops.h)", () => {
      const ops = target.addon()?.ops();
      expect(ops).toEqual({ dtype: DT, unary: UNARY_OPS, binary: BINARY_OPS, reduce: REDUCE_OPS });
    });
  });
}

describe("without the addon", () => {
  it("reports whether it is available, and why not", () => {
    const s = nativeBackendStatus();
    if (s.available) {
      expect(s.runtime?.blas).toMatch(/openblas|builtin/);
      expect(s.runtime?.gemm).toMatch(/^(builtin|blas)$/);
    } else expect(s.reason).toMatch(/native addon/);
  });

  it("the addon is compiled with the OpenBLAS and OpenMP that the build found", () => {
    const s = nativeBackendStatus();
    if (!s.available || !s.build?.requested) return;
    expect({ blas: s.runtime?.blas, openmp: s.runtime?.openmp }).toEqual(s.build.requested);
  });
});
