// Kernels of the `native` backend. Shapes, broadcasting and attributes are worked out here with
// tfjs-core's own helpers (the same ones its cpu backend uses); the loops run in the addon.
import {
  backend_util,
  type DataType,
  type KernelConfig,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
  upcastType,
  util,
} from "@tensorflow/tfjs-core";
import { dtypeCode, elemBytes, type NativeBackend, NativeBackendError } from "./backend.js";
import { fusedKernels } from "./fused.js";

export const BACKEND_NAME = "native";

type Inputs = Record<string, TensorInfo | TensorInfo[] | undefined>;
type Fn = (args: {
  inputs: Inputs;
  backend: NativeBackend;
  attrs: NamedAttrMap;
}) => TensorInfo | TensorInfo[];

function input(inputs: Inputs, name: string, kernel: string): TensorInfo {
  const t = inputs[name];
  if (t === undefined || Array.isArray(t))
    throw new NativeBackendError(`${kernel}: missing ${name}`);
  return t;
}

const size = (shape: readonly number[]) => util.sizeFromShape(shape as number[]);

// ---------------------------------------------------------------------------------------------
// Elementwise

/** Unary op codes of native/common/ops.h (src/kernels.test.ts checks them against the addons). */
export const UNARY_OPS: Record<string, number> = {
  Neg: 0,
  Exp: 1,
  Log: 2,
  Rsqrt: 3,
  Sqrt: 4,
  Square: 5,
  Sigmoid: 6,
  Abs: 7,
  Reciprocal: 8,
  Tanh: 9,
  Relu: 10,
  Sign: 11,
  Log1p: 12,
  Expm1: 13,
  Floor: 14,
  Ceil: 15,
  Round: 16,
  Sin: 17,
  Cos: 18,
  Softplus: 19,
  LogicalNot: 20,
  Erf: 21,
  IsNan: 22,
  Elu: 23,
  Selu: 24,
  Step: 25,
};
const INT_UNARY = new Set(["Neg", "Abs", "Square", "Sign", "Relu"]);

function unaryKernel(name: string, op: number): Fn {
  return ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", name);
    let outDtype: DataType = x.dtype;
    if (name === "LogicalNot") {
      if (x.dtype !== "bool") throw new NativeBackendError("LogicalNot: input must be bool");
    } else if (name === "IsNan") {
      outDtype = "bool";
    } else if (x.dtype === "int32" && !INT_UNARY.has(name)) {
      // Float math on integers (Exp, Log, ... of int32) gives float32, as in tfjs's cpu backend.
      outDtype = "float32";
    } else if (x.dtype !== "float32" && x.dtype !== "int32") {
      throw new NativeBackendError(`${name}: the native backend does not support dtype ${x.dtype}`);
    }
    let src = x;
    let tmp: TensorInfo | null = null;
    if ((name === "IsNan" || outDtype === "float32") && x.dtype !== "float32") {
      tmp = castTo(backend, x, "float32");
      src = tmp;
    }
    const out = backend.makeOutput([...x.shape], outDtype);
    const alpha = name === "Step" ? ((attrs.alpha as number | undefined) ?? 0) : 0;
    backend.addon.unary(
      op,
      backend.handle(src),
      backend.handle(out),
      size(x.shape),
      dtypeCode(src.dtype, name),
      alpha,
    );
    if (tmp) backend.disposeIntermediate(tmp);
    return out;
  };
}

/** Binary op codes of native/common/ops.h. */
export const BINARY_OPS: Record<string, number> = {
  Add: 0,
  Sub: 1,
  Multiply: 2,
  RealDiv: 3,
  Maximum: 4,
  Minimum: 5,
  Pow: 6,
  SquaredDifference: 7,
  FloorDiv: 8,
  Mod: 9,
  Equal: 10,
  NotEqual: 11,
  Less: 12,
  LessEqual: 13,
  Greater: 14,
  GreaterEqual: 15,
  LogicalAnd: 16,
  LogicalOr: 17,
  Atan2: 18,
};
const BOOL_OUT = new Set([
  "Equal",
  "NotEqual",
  "Less",
  "LessEqual",
  "Greater",
  "GreaterEqual",
  "LogicalAnd",
  "LogicalOr",
]);

/**
 * Output shape and per-input strides (0 on broadcast dimensions), with adjacent dimensions merged
 * where both inputs walk them contiguously or both broadcast them.
 */
export function broadcastStrides(
  aShape: readonly number[],
  bShape: readonly number[],
): { shape: number[]; as: number[]; bs: number[] } {
  const out = backend_util.assertAndGetBroadcastShape([...aShape], [...bShape]);
  const r = out.length;
  const strides = (s: readonly number[]) => {
    const st = new Array<number>(r).fill(0);
    let acc = 1;
    for (let i = s.length - 1; i >= 0; i--) {
      const d = s[i] as number;
      st[r - s.length + i] = d === 1 ? 0 : acc;
      acc *= d;
    }
    return st;
  };
  const as = strides(aShape);
  const bs = strides(bShape);
  // Merge dims i and i+1 when, for both inputs, stride[i] == stride[i+1] * shape[i+1].
  const shape: number[] = [];
  const ma: number[] = [];
  const mb: number[] = [];
  for (let i = 0; i < r; i++) {
    const d = out[i] as number;
    if (d === 1 && r > 1) continue; // size-1 dims carry nothing
    const k = shape.length - 1;
    if (
      k >= 0 &&
      (ma[k] as number) === (as[i] as number) * d &&
      (mb[k] as number) === (bs[i] as number) * d
    ) {
      shape[k] = (shape[k] as number) * d;
      ma[k] = as[i] as number;
      mb[k] = bs[i] as number;
    } else {
      shape.push(d);
      ma.push(as[i] as number);
      mb.push(bs[i] as number);
    }
  }
  if (shape.length === 0 && r > 0) return { shape: [1], as: [0], bs: [0] };
  return { shape, as: ma, bs: mb };
}

function binaryKernel(name: string, op: number): Fn {
  return ({ inputs, backend }) => {
    let a = input(inputs, "a", name);
    let b = input(inputs, "b", name);
    const temps: TensorInfo[] = [];
    let dtype = upcastType(a.dtype, b.dtype);
    if (name === "LogicalAnd" || name === "LogicalOr") dtype = "bool";
    if ((name === "RealDiv" || name === "Atan2") && dtype !== "float32") dtype = "float32";
    if (a.dtype !== dtype) {
      a = castTo(backend, a, dtype);
      temps.push(a);
    }
    if (b.dtype !== dtype) {
      b = castTo(backend, b, dtype);
      temps.push(b);
    }
    const outShape = backend_util.assertAndGetBroadcastShape([...a.shape], [...b.shape]);
    // FloorDiv gives int32 whatever its inputs, as in tfjs's cpu backend.
    const outDtype = BOOL_OUT.has(name) ? "bool" : name === "FloorDiv" ? "int32" : dtype;
    let out = backend.makeOutput(outShape, BOOL_OUT.has(name) ? "bool" : dtype);
    if (size(outShape) > 0) {
      const { shape, as, bs } = broadcastStrides(a.shape, b.shape);
      backend.addon.binary(
        op,
        dtypeCode(dtype, name),
        backend.handle(a),
        backend.handle(b),
        backend.handle(out),
        shape,
        as,
        bs,
      );
    }
    if (outDtype !== out.dtype) {
      temps.push(out);
      out = castTo(backend, out, outDtype);
    }
    for (const t of temps) backend.disposeIntermediate(t);
    return out;
  };
}

export function castTo(backend: NativeBackend, x: TensorInfo, dtype: DataType): TensorInfo {
  const out = backend.makeOutput([...x.shape], dtype);
  backend.addon.cast(
    backend.handle(x),
    dtypeCode(x.dtype, "Cast"),
    backend.handle(out),
    dtypeCode(dtype, "Cast"),
    size(x.shape),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Layout

function transposeInfo(backend: NativeBackend, x: TensorInfo, perm: number[]): TensorInfo {
  const outShape = perm.map((p) => x.shape[p] as number);
  const out = backend.makeOutput(outShape, x.dtype);
  if (size(outShape) > 0) {
    backend.addon.transpose(
      backend.handle(x),
      backend.handle(out),
      [...x.shape],
      perm,
      elemBytes(x.dtype),
    );
  }
  return out;
}

function sliceInfo(
  backend: NativeBackend,
  x: TensorInfo,
  begin: number[],
  sizes: number[],
): TensorInfo {
  const out = backend.makeOutput(sizes, x.dtype);
  if (size(sizes) > 0) {
    backend.addon.copyRegion(
      backend.handle(x),
      [...x.shape],
      begin,
      backend.handle(out),
      sizes,
      sizes.map(() => 0),
      sizes,
      elemBytes(x.dtype),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reductions

/** Reduce op codes of native/common/ops.h. */
export const REDUCE_OPS = {
  Sum: 0,
  Mean: 1,
  Max: 2,
  Min: 3,
  Prod: 4,
  All: 5,
  Any: 6,
  ArgMax: 7,
  ArgMin: 8,
};

function reduceKernel(name: keyof typeof REDUCE_OPS): Fn {
  return ({ inputs, backend, attrs }) => {
    let x = input(inputs, "x", name);
    const axisAttr = (name === "Max" ? attrs.reductionIndices : attrs.axis) as number | number[];
    const keepDims = (attrs.keepDims as boolean | undefined) ?? false;
    const temps: TensorInfo[] = [];
    const rank = x.shape.length;
    let axes = util.parseAxisParam(axisAttr, [...x.shape]);
    if ((name === "All" || name === "Any") && x.dtype !== "bool") {
      throw new NativeBackendError(`${name}: input must be bool`);
    }
    if (name === "Mean" && x.dtype !== "float32") {
      x = castTo(backend, x, "float32");
      temps.push(x);
    }
    const perm = backend_util.getAxesPermutation(axes, rank);
    if (perm !== null) {
      x = transposeInfo(backend, x, perm);
      temps.push(x);
      axes = backend_util.getInnerMostAxes(axes.length, rank);
    }
    const [outShape, reduceShape] = backend_util.computeOutAndReduceShapes([...x.shape], axes);
    let dtype: DataType = x.dtype;
    if (name === "Sum") dtype = x.dtype === "float32" ? "float32" : "int32";
    else if (name === "Mean") dtype = "float32";
    else if (name === "ArgMax" || name === "ArgMin") dtype = "int32";
    else if (name === "Prod" && x.dtype === "bool") dtype = "int32";
    const shape = keepDims
      ? backend_util.expandShapeToKeepDim(
          outShape,
          util.parseAxisParam(axisAttr, [...inputShape(inputs)]),
        )
      : outShape;
    const out = backend.makeOutput(shape, dtype);
    const outer = size(outShape);
    const inner = size(reduceShape);
    if (outer > 0) {
      if (inner === 0) {
        const identity =
          name === "Max" ? Number.NEGATIVE_INFINITY : name === "Min" ? Number.POSITIVE_INFINITY : 0;
        backend.addon.fill(backend.handle(out), outer, identity, dtypeCode(dtype, name));
      } else {
        let src = x;
        if (name === "Prod" && x.dtype === "bool") {
          src = castTo(backend, x, "int32");
          temps.push(src);
        }
        backend.addon.reduce(
          REDUCE_OPS[name],
          dtypeCode(src.dtype, name),
          backend.handle(src),
          backend.handle(out),
          outer,
          inner,
        );
      }
    }
    for (const t of temps) backend.disposeIntermediate(t);
    return out;
  };
}

function inputShape(inputs: Inputs): number[] {
  const x = inputs.x;
  if (x === undefined || Array.isArray(x)) return [];
  return [...x.shape];
}

// ---------------------------------------------------------------------------------------------
// The kernel table

function batchMatMul({ inputs, backend, attrs }: Parameters<Fn>[0]): TensorInfo {
  let a = input(inputs, "a", "BatchMatMul");
  let b = input(inputs, "b", "BatchMatMul");
  const ta = (attrs.transposeA as boolean | undefined) ?? false;
  const tb = (attrs.transposeB as boolean | undefined) ?? false;
  const temps: TensorInfo[] = [];
  if (a.dtype !== "float32") {
    a = castTo(backend, a, "float32");
    temps.push(a);
  }
  if (b.dtype !== "float32") {
    b = castTo(backend, b, "float32");
    temps.push(b);
  }
  const ra = a.shape.length;
  const rb = b.shape.length;
  const K = (ta ? a.shape[ra - 2] : a.shape[ra - 1]) as number;
  const Kb = (tb ? b.shape[rb - 1] : b.shape[rb - 2]) as number;
  const M = (ta ? a.shape[ra - 1] : a.shape[ra - 2]) as number;
  const N = (tb ? b.shape[rb - 2] : b.shape[rb - 1]) as number;
  if (K !== Kb) {
    throw new NativeBackendError(
      `BatchMatMul: inner dimensions ${K} and ${Kb} differ (shapes [${a.shape}] and [${b.shape}], transposeA=${ta}, transposeB=${tb})`,
    );
  }
  const outerA = a.shape.slice(0, -2);
  const outerB = b.shape.slice(0, -2);
  const batchShape = backend_util.assertAndGetBroadcastShape(outerA, outerB);
  const out = backend.makeOutput([...batchShape, M, N], "float32");
  const batch = size(batchShape);
  const aIdx = new Int32Array(batch);
  const bIdx = new Int32Array(batch);
  const r = batchShape.length;
  const st = (s: readonly number[]) => {
    const res = new Array<number>(r).fill(0);
    let acc = 1;
    for (let i = s.length - 1; i >= 0; i--) {
      const d = s[i] as number;
      res[r - s.length + i] = d === 1 ? 0 : acc;
      acc *= d;
    }
    return res;
  };
  const sa = st(outerA);
  const sb = st(outerB);
  for (let i = 0; i < batch; i++) {
    let rem = i;
    let ai = 0;
    let bi = 0;
    for (let d = r - 1; d >= 0; d--) {
      const dim = batchShape[d] as number;
      const c = rem % dim;
      rem = Math.floor(rem / dim);
      ai += c * (sa[d] as number);
      bi += c * (sb[d] as number);
    }
    aIdx[i] = ai;
    bIdx[i] = bi;
  }
  if (batch > 0) {
    backend.addon.batchMatMul(
      backend.handle(a),
      backend.handle(b),
      backend.handle(out),
      aIdx,
      bIdx,
      M,
      N,
      K,
      ta,
      tb,
    );
  }
  for (const t of temps) backend.disposeIntermediate(t);
  return out;
}

const kernels: Record<string, Fn> = {
  BatchMatMul: batchMatMul,

  Cast: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "Cast");
    const dtype = attrs.dtype as DataType;
    if (dtype === x.dtype) return backend.alias(x, [...x.shape]);
    dtypeCode(dtype, "Cast");
    return castTo(backend, x, dtype);
  },
  Identity: ({ inputs, backend }) => {
    const x = input(inputs, "x", "Identity");
    return backend.alias(x, [...x.shape]);
  },
  Reshape: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "Reshape");
    const xSize = size(x.shape);
    const shape = util.inferFromImplicitShape(attrs.shape as number[], xSize);
    util.assert(
      size(shape) === xSize,
      () => `Reshape: cannot reshape [${x.shape}] (${xSize} values) to [${shape}]`,
    );
    return backend.alias(x, shape);
  },
  ExpandDims: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "input", "ExpandDims");
    const dim = attrs.dim as number;
    const shape = [...x.shape];
    const at = dim < 0 ? shape.length + dim + 1 : dim;
    shape.splice(at, 0, 1);
    return backend.alias(x, shape);
  },
  Squeeze: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "Squeeze");
    const axis = util.parseAxisParam((attrs.axis as number[] | undefined) ?? [], [...x.shape]);
    return backend.alias(x, util.squeezeShape([...x.shape], axis).newShape);
  },
  Fill: ({ backend, attrs }) => {
    const shape = attrs.shape as number[];
    const value = attrs.value as number;
    const dtype =
      (attrs.dtype as DataType | undefined) ?? (util.isString(value) ? "string" : "float32");
    const out = backend.makeOutput(shape, dtype);
    backend.addon.fill(backend.handle(out), size(shape), Number(value), dtypeCode(dtype, "Fill"));
    return out;
  },
  ZerosLike: ({ inputs, backend }) => {
    const x = input(inputs, "x", "ZerosLike");
    const out = backend.makeOutput([...x.shape], x.dtype);
    backend.addon.fill(backend.handle(out), size(x.shape), 0, dtypeCode(x.dtype, "ZerosLike"));
    return out;
  },
  OnesLike: ({ inputs, backend }) => {
    const x = input(inputs, "x", "OnesLike");
    const out = backend.makeOutput([...x.shape], x.dtype);
    backend.addon.fill(backend.handle(out), size(x.shape), 1, dtypeCode(x.dtype, "OnesLike"));
    return out;
  },
  Transpose: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "Transpose");
    return transposeInfo(backend, x, attrs.perm as number[]);
  },
  Slice: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "Slice");
    const [begin, sizes] = backend_util.slice_util.parseSliceParams(
      x,
      attrs.begin as number[],
      attrs.size as number[],
    ) as [number[], number[]];
    backend_util.slice_util.assertParamsValid(x, begin, sizes);
    return sliceInfo(backend, x, begin, sizes);
  },
  Concat: ({ inputs, backend, attrs }) => {
    // Concat and AddN get their inputs as an array.
    const all = Object.values(inputs) as TensorInfo[];
    const first = all[0];
    if (first === undefined) throw new NativeBackendError("Concat: no inputs");
    const axis = util.parseAxisParam(attrs.axis as number, [...first.shape])[0] as number;
    const outShape = backend_util.computeOutShape(
      all.map((t) => [...t.shape]),
      axis,
    );
    const dtype = all.map((t) => t.dtype).reduce((d, e) => upcastType(d, e));
    const out = backend.makeOutput(outShape, dtype);
    let offset = 0;
    for (const t0 of all) {
      let t = t0;
      if (size(t.shape) === 0) continue;
      const cast = t.dtype !== dtype;
      if (cast) t = castTo(backend, t, dtype);
      const begin = outShape.map((_, i) => (i === axis ? offset : 0));
      backend.addon.copyRegion(
        backend.handle(t),
        [...t.shape],
        t.shape.map(() => 0),
        backend.handle(out),
        outShape,
        begin,
        [...t.shape],
        elemBytes(dtype),
      );
      offset += t.shape[axis] as number;
      if (cast) backend.disposeIntermediate(t);
    }
    return out;
  },
  SplitV: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "SplitV");
    const axis = util.parseAxisParam(attrs.axis as number, [...x.shape])[0] as number;
    const sizes = backend_util.prepareSplitSize(
      x,
      attrs.numOrSizeSplits as number[] | number,
      axis,
    );
    let begin = 0;
    return sizes.map((s) => {
      const b = x.shape.map((_, i) => (i === axis ? begin : 0));
      const sz = x.shape.map((d, i) => (i === axis ? s : d));
      begin += s;
      return sliceInfo(backend, x, b, sz);
    });
  },
  PadV2: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "PadV2");
    const paddings = attrs.paddings as [number, number][];
    const value = (attrs.constantValue as number | undefined) ?? 0;
    const outShape = paddings.map((p, i) => p[0] + (x.shape[i] as number) + p[1]);
    const out = backend.makeOutput(outShape, x.dtype);
    backend.addon.fill(backend.handle(out), size(outShape), value, dtypeCode(x.dtype, "PadV2"));
    if (size(x.shape) > 0) {
      backend.addon.copyRegion(
        backend.handle(x),
        [...x.shape],
        x.shape.map(() => 0),
        backend.handle(out),
        outShape,
        paddings.map((p) => p[0]),
        [...x.shape],
        elemBytes(x.dtype),
      );
    }
    return out;
  },
  Tile: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "Tile");
    const reps = attrs.reps as number[];
    const outShape = x.shape.map((d, i) => d * (reps[i] as number));
    const out = backend.makeOutput(outShape, x.dtype);
    if (size(outShape) > 0) {
      backend.addon.tile(
        backend.handle(x),
        backend.handle(out),
        [...x.shape],
        reps,
        elemBytes(x.dtype),
      );
    }
    return out;
  },
  GatherV2: ({ inputs, backend, attrs }) => {
    const x = input(inputs, "x", "GatherV2");
    let indices = input(inputs, "indices", "GatherV2");
    const axis = util.parseAxisParam(attrs.axis as number, [...x.shape])[0] as number;
    const batchDims = (attrs.batchDims as number | undefined) ?? 0;
    const info = backend_util.segment_util.collectGatherOpShapeInfo(x, indices, axis, batchDims);
    let tmp: TensorInfo | null = null;
    if (indices.dtype !== "int32") {
      tmp = castTo(backend, indices, "int32");
      indices = tmp;
    }
    const out = backend.makeOutput(info.outputShape, x.dtype);
    const nIdx = size(indices.shape) / info.batchSize;
    if (size(info.outputShape) > 0) {
      const bad = backend.addon.gather(
        backend.handle(x),
        backend.handle(indices),
        backend.handle(out),
        info.batchSize,
        info.outerSize,
        info.dimSize,
        info.sliceSize,
        nIdx,
        elemBytes(x.dtype),
      );
      if (bad !== -1) {
        if (tmp) backend.disposeIntermediate(tmp);
        backend.disposeIntermediate(out);
        throw new NativeBackendError(
          `GatherV2: the index value ${bad} is not in [0, ${info.dimSize - 1}]`,
        );
      }
    }
    if (tmp) backend.disposeIntermediate(tmp);
    return out;
  },
  UnsortedSegmentSum: ({ inputs, backend, attrs }) => {
    let x = input(inputs, "x", "UnsortedSegmentSum");
    let ids = input(inputs, "segmentIds", "UnsortedSegmentSum");
    const numSegments = attrs.numSegments as number;
    const temps: TensorInfo[] = [];
    if (x.dtype === "bool") {
      x = castTo(backend, x, "int32");
      temps.push(x);
    }
    if (ids.dtype !== "int32") {
      ids = castTo(backend, ids, "int32");
      temps.push(ids);
    }
    const nIds = size(ids.shape);
    const rest = x.shape.slice(ids.shape.length);
    const out = backend.makeOutput([numSegments, ...rest], x.dtype);
    backend.addon.segmentSum(
      backend.handle(x),
      backend.handle(ids),
      backend.handle(out),
      nIds,
      size(rest),
      numSegments,
      dtypeCode(x.dtype, "UnsortedSegmentSum"),
    );
    for (const t of temps) backend.disposeIntermediate(t);
    return out;
  },
  OneHot: ({ inputs, backend, attrs }) => {
    let indices = input(inputs, "indices", "OneHot");
    const depth = attrs.depth as number;
    const dtype = (attrs.dtype as DataType | undefined) ?? "int32";
    let tmp: TensorInfo | null = null;
    if (indices.dtype !== "int32") {
      tmp = castTo(backend, indices, "int32");
      indices = tmp;
    }
    const out = backend.makeOutput([...indices.shape, depth], dtype === "bool" ? "int32" : dtype);
    backend.addon.oneHot(
      backend.handle(indices),
      backend.handle(out),
      size(indices.shape),
      depth,
      (attrs.onValue as number | undefined) ?? 1,
      (attrs.offValue as number | undefined) ?? 0,
      dtypeCode(out.dtype, "OneHot"),
    );
    if (tmp) backend.disposeIntermediate(tmp);
    return out;
  },
  Select: ({ inputs, backend }) => {
    const cond = input(inputs, "condition", "Select");
    let t = input(inputs, "t", "Select");
    let e = input(inputs, "e", "Select");
    const dtype = upcastType(t.dtype, e.dtype);
    const temps: TensorInfo[] = [];
    if (t.dtype !== dtype) {
      t = castTo(backend, t, dtype);
      temps.push(t);
    }
    if (e.dtype !== dtype) {
      e = castTo(backend, e, dtype);
      temps.push(e);
    }
    let c = cond;
    if (c.dtype !== "bool") {
      c = castTo(backend, c, "bool");
      temps.push(c);
    }
    const n = size(t.shape);
    const cs = size(c.shape);
    if (cs !== n && !(c.shape.length === 1 && c.shape[0] === t.shape[0])) {
      throw new NativeBackendError(
        `Select: condition of shape [${c.shape}] does not match [${t.shape}]`,
      );
    }
    const out = backend.makeOutput([...t.shape], dtype);
    if (n > 0) {
      backend.addon.select(
        backend.handle(c),
        backend.handle(t),
        backend.handle(e),
        backend.handle(out),
        n,
        n / cs,
        elemBytes(dtype),
      );
    }
    for (const x of temps) backend.disposeIntermediate(x);
    return out;
  },
  ClipByValue: ({ inputs, backend, attrs }) => {
    let x = input(inputs, "x", "ClipByValue");
    let tmp: TensorInfo | null = null;
    if (x.dtype !== "float32") {
      tmp = castTo(backend, x, "float32");
      x = tmp;
    }
    const out = backend.makeOutput([...x.shape], "float32");
    backend.addon.clip(
      backend.handle(x),
      backend.handle(out),
      size(x.shape),
      attrs.clipValueMin as number,
      attrs.clipValueMax as number,
    );
    if (tmp) backend.disposeIntermediate(tmp);
    return out;
  },
  AddN: ({ inputs, backend }) => {
    const all = Object.values(inputs) as TensorInfo[];
    const first = all[0];
    if (first === undefined) throw new NativeBackendError("AddN: no inputs");
    if (all.some((t) => t.dtype !== "float32")) {
      throw new NativeBackendError("AddN: the native backend supports float32 only");
    }
    const out = backend.makeOutput([...first.shape], "float32");
    backend.addon.addN(
      backend.handle(out),
      size(first.shape),
      ...all.map((t) => backend.handle(t)),
    );
    return out;
  },
  Softmax: ({ inputs, backend }) => {
    const x = input(inputs, "logits", "Softmax");
    const inner = x.shape[x.shape.length - 1] ?? 1;
    const out = backend.makeOutput([...x.shape], "float32");
    const n = size(x.shape);
    if (n > 0)
      backend.addon.softmax(backend.handle(x), backend.handle(out), n / inner, inner, false);
    return out;
  },
  LogSoftmax: ({ inputs, backend }) => {
    const x = input(inputs, "logits", "LogSoftmax");
    const inner = x.shape[x.shape.length - 1] ?? 1;
    const out = backend.makeOutput([...x.shape], "float32");
    const n = size(x.shape);
    if (n > 0)
      backend.addon.softmax(backend.handle(x), backend.handle(out), n / inner, inner, true);
    return out;
  },
};

for (const [name, op] of Object.entries(UNARY_OPS)) kernels[name] = unaryKernel(name, op);
for (const [name, op] of Object.entries(BINARY_OPS)) kernels[name] = binaryKernel(name, op);
for (const name of Object.keys(REDUCE_OPS) as (keyof typeof REDUCE_OPS)[]) {
  kernels[name] = reduceKernel(name);
}
for (const [name, fn] of Object.entries(fusedKernels)) kernels[name] = fn as Fn;

/**
 * The kernel configs for a backend over a KernelAddon, one per TensorFlow.js kernel name: the CPU
 * target (`native`) and the CUDA target (`cuda`, `cuda-emulated`) share them.
 */
export function kernelConfigsFor(backendName: string): KernelConfig[] {
  return Object.entries(kernels).map(([kernelName, fn]) => ({
    kernelName,
    backendName,
    kernelFunc: fn as unknown as KernelFunc,
  }));
}

/** Names of the kernels the native backends implement. */
export const NATIVE_KERNELS: readonly string[] = Object.keys(kernels).sort();
