// Fused kernels under custom names. @prorl/model calls them through tf.engine().runKernel when
// the active backend registers them (see packages/model/src/fused.ts), with gradients by their
// *Grad kernels, and falls back to plain TensorFlow.js ops on every other backend.
import { type NamedAttrMap, type TensorInfo, util } from "@tensorflow/tfjs-core";
import { type NativeBackend, NativeBackendError } from "./backend.js";
import { FUSED } from "./fused-names.js";

type Inputs = Record<string, TensorInfo | undefined>;
type Fn = (args: {
  inputs: Inputs;
  backend: NativeBackend;
  attrs: NamedAttrMap;
}) => TensorInfo | TensorInfo[];

function f32(inputs: Inputs, name: string, kernel: string): TensorInfo {
  const t = inputs[name];
  if (t === undefined) throw new NativeBackendError(`${kernel}: missing ${name}`);
  if (t.dtype !== "float32") throw new NativeBackendError(`${kernel}: ${name} must be float32`);
  return t;
}

function sameShape(a: TensorInfo, b: TensorInfo, kernel: string): void {
  if (!util.arraysEqual(a.shape, b.shape)) {
    throw new NativeBackendError(`${kernel}: shapes [${a.shape}] and [${b.shape}] differ`);
  }
}

function rowsOf(x: TensorInfo, kernel: string, last: number): number {
  if (x.shape[x.shape.length - 1] !== last) {
    throw new NativeBackendError(`${kernel}: last dimension of [${x.shape}] is not ${last}`);
  }
  return util.sizeFromShape(x.shape) / last;
}

function targetsOf(inputs: Inputs, rows: number, kernel: string): TensorInfo {
  const t = inputs.targets;
  if (t === undefined || t.dtype !== "int32" || util.sizeFromShape(t.shape) !== rows) {
    throw new NativeBackendError(`${kernel}: targets must be int32 with one id per row`);
  }
  return t;
}

function rotary(kernel: string, grad: boolean): Fn {
  return ({ inputs, backend }) => {
    const x = f32(inputs, grad ? "dy" : "x", kernel);
    const cos = f32(inputs, "cos", kernel);
    const sin = f32(inputs, "sin", kernel);
    const [B, H, T, D] = x.shape as [number, number, number, number];
    const table = [B, 1, T, D];
    if (
      x.shape.length !== 4 ||
      D % 2 !== 0 ||
      !util.arraysEqual(cos.shape, table) ||
      !util.arraysEqual(sin.shape, table)
    ) {
      throw new NativeBackendError(
        `${kernel}: needs x [B, H, T, D] (D even) and cos/sin [B, 1, T, D]; got [${x.shape}], [${cos.shape}], [${sin.shape}]`,
      );
    }
    const y = backend.makeOutput([...x.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.rope(h(x), h(cos), h(sin), h(y), B, H, T, D, grad);
    return y;
  };
}

/** Shapes of an attention call: q [B, H, T, D], k/v [B, G, S, D], keyMask [B, S]. */
function attentionShape(inputs: Inputs, attrs: NamedAttrMap, kernel: string) {
  const q = f32(inputs, "q", kernel);
  const k = f32(inputs, "k", kernel);
  const v = f32(inputs, "v", kernel);
  const keyMask = f32(inputs, "keyMask", kernel);
  const [B, H, T, D] = q.shape as [number, number, number, number];
  const [, G, S] = k.shape as [number, number, number, number];
  const past = attrs.past as number;
  const scale = attrs.scale as number;
  if (
    q.shape.length !== 4 ||
    k.shape.length !== 4 ||
    !util.arraysEqual(k.shape, [B, G, S, D]) ||
    !util.arraysEqual(v.shape, [B, G, S, D]) ||
    !util.arraysEqual(keyMask.shape, [B, S]) ||
    G < 1 ||
    H % G !== 0 ||
    !Number.isInteger(past) ||
    past < 0 ||
    past + T !== S ||
    !Number.isFinite(scale)
  ) {
    throw new NativeBackendError(
      `${kernel}: needs q [B, H, T, D], k and v [B, G, S, D] with H % G = 0, keyMask [B, S] and past = S - T; got [${q.shape}], [${k.shape}], [${v.shape}], [${keyMask.shape}], past ${past}`,
    );
  }
  return { q, k, v, keyMask, dims: [B, H, G, T, S, D, past, scale] as const };
}

export const fusedKernels: Record<string, Fn> = {
  [FUSED.rope]: rotary(FUSED.rope, false),
  [FUSED.ropeGrad]: rotary(FUSED.ropeGrad, true),
  [FUSED.rmsNorm]: ({ inputs, backend, attrs }) => {
    const x = f32(inputs, "x", FUSED.rmsNorm);
    const w = f32(inputs, "w", FUSED.rmsNorm);
    const H = w.shape[0] as number;
    const rows = rowsOf(x, FUSED.rmsNorm, H);
    const y = backend.makeOutput([...x.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.rmsNorm(h(x), h(w), h(y), rows, H, attrs.eps as number);
    return y;
  },
  [FUSED.rmsNormGrad]: ({ inputs, backend, attrs }) => {
    const dy = f32(inputs, "dy", FUSED.rmsNormGrad);
    const x = f32(inputs, "x", FUSED.rmsNormGrad);
    const w = f32(inputs, "w", FUSED.rmsNormGrad);
    sameShape(dy, x, FUSED.rmsNormGrad);
    const H = w.shape[0] as number;
    const rows = rowsOf(x, FUSED.rmsNormGrad, H);
    const dx = backend.makeOutput([...x.shape], "float32");
    const dw = backend.makeOutput([...w.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.rmsNormGrad(h(dy), h(x), h(w), h(dx), h(dw), rows, H, attrs.eps as number);
    return [dx, dw];
  },
  [FUSED.swiglu]: ({ inputs, backend }) => {
    const g = f32(inputs, "g", FUSED.swiglu);
    const u = f32(inputs, "u", FUSED.swiglu);
    sameShape(g, u, FUSED.swiglu);
    const y = backend.makeOutput([...g.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.swiglu(h(g), h(u), h(y), util.sizeFromShape(g.shape));
    return y;
  },
  [FUSED.swigluGrad]: ({ inputs, backend }) => {
    const dy = f32(inputs, "dy", FUSED.swigluGrad);
    const g = f32(inputs, "g", FUSED.swigluGrad);
    const u = f32(inputs, "u", FUSED.swigluGrad);
    sameShape(g, u, FUSED.swigluGrad);
    sameShape(dy, g, FUSED.swigluGrad);
    const dg = backend.makeOutput([...g.shape], "float32");
    const du = backend.makeOutput([...u.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.swigluGrad(h(dy), h(g), h(u), h(dg), h(du), util.sizeFromShape(g.shape));
    return [dg, du];
  },
  [FUSED.attention]: ({ inputs, backend, attrs }) => {
    const { q, k, v, keyMask, dims } = attentionShape(inputs, attrs, FUSED.attention);
    const out = backend.makeOutput([...q.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.attention(h(q), h(k), h(v), h(keyMask), h(out), ...dims);
    return out;
  },
  [FUSED.attentionGrad]: ({ inputs, backend, attrs }) => {
    const { q, k, v, keyMask, dims } = attentionShape(inputs, attrs, FUSED.attentionGrad);
    const dy = f32(inputs, "dy", FUSED.attentionGrad);
    sameShape(dy, q, FUSED.attentionGrad);
    const dq = backend.makeOutput([...q.shape], "float32");
    const dk = backend.makeOutput([...k.shape], "float32");
    const dv = backend.makeOutput([...v.shape], "float32");
    const h = (t: TensorInfo) => backend.handle(t);
    backend.addon.attentionGrad(h(dy), h(q), h(k), h(v), h(keyMask), h(dq), h(dk), h(dv), ...dims);
    return [dq, dk, dv];
  },
  [FUSED.logProbEntropy]: ({ inputs, backend }) => {
    const z = f32(inputs, "logits", FUSED.logProbEntropy);
    const V = z.shape[z.shape.length - 1] as number;
    const rows = rowsOf(z, FUSED.logProbEntropy, V);
    const t = targetsOf(inputs, rows, FUSED.logProbEntropy);
    const outShape = z.shape.slice(0, -1);
    const logp = backend.makeOutput(outShape, "float32");
    const ent = backend.makeOutput(outShape, "float32");
    const h = (x: TensorInfo) => backend.handle(x);
    backend.addon.logProbEntropy(h(z), h(t), h(logp), h(ent), rows, V);
    return [logp, ent];
  },
  [FUSED.logProbEntropyGrad]: ({ inputs, backend }) => {
    const z = f32(inputs, "logits", FUSED.logProbEntropyGrad);
    const V = z.shape[z.shape.length - 1] as number;
    const rows = rowsOf(z, FUSED.logProbEntropyGrad, V);
    const t = targetsOf(inputs, rows, FUSED.logProbEntropyGrad);
    const dl = f32(inputs, "dLogProb", FUSED.logProbEntropyGrad);
    const de = f32(inputs, "dEntropy", FUSED.logProbEntropyGrad);
    const dz = backend.makeOutput([...z.shape], "float32");
    const h = (x: TensorInfo) => backend.handle(x);
    backend.addon.logProbEntropyGrad(h(z), h(t), h(dl), h(de), h(dz), rows, V);
    return dz;
  },
};
