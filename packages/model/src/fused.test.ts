// Each fused kernel of the native backend against its plain-ops reference (values and gradients,
// on fresh seeded inputs of several shapes), and the dispatch falling back to the reference on a
// backend without the kernels. Skips the native part, saying why, where the addon is not built.
import "@tensorflow/tfjs-backend-cpu";
import { nativeBackendStatus } from "@prorl/kernels-cuda";
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import {
  FUSED_KERNELS,
  hasFused,
  rmsNorm,
  rmsNormReference,
  rotary,
  rotaryReference,
  setFusedKernels,
  swiglu,
  swigluReference,
  tokenLogProbEntropy,
  tokenLogProbEntropyReference,
} from "./fused.js";
import "./gradients.js";

const status = nativeBackendStatus();
if (!status.available) console.warn(`model: fused-kernel tests skipped: ${status.reason}`);

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}
const rand = (shape: number[], seed: number, scale = 2) => {
  const r = rng(seed);
  return tf.tensor(
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => (r() - 0.5) * scale),
    shape,
  );
};
const ids = (shape: number[], V: number, seed: number) => {
  const r = rng(seed);
  return tf.tensor(
    Int32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.floor(r() * V)),
    shape,
    "int32",
  );
};

function relErr(a: tf.Tensor, b: tf.Tensor): number {
  const x = a.dataSync();
  const y = b.dataSync();
  expect(a.shape).toEqual(b.shape);
  let err = 0;
  let scale = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(x[i] as number)) return Number.POSITIVE_INFINITY;
    err = Math.max(err, Math.abs((x[i] as number) - (y[i] as number)));
    scale = Math.max(scale, Math.abs(y[i] as number));
  }
  return err / Math.max(scale, 1e-30);
}

/** Values and gradients (of sum(out * probe)) of the fused op and its reference agree. */
function check(
  fused: (...xs: tf.Tensor[]) => tf.Tensor,
  ref: (...xs: tf.Tensor[]) => tf.Tensor,
  inputs: tf.Tensor[],
  seed: number,
  tol = 1e-5,
) {
  tf.tidy(() => {
    const y1 = fused(...inputs);
    const y0 = ref(...inputs);
    expect(relErr(y1, y0), "value").toBeLessThan(tol);
    const probe = rand(y0.shape, seed + 99);
    const g1 = tf.grads((...xs: tf.Tensor[]) => tf.sum(tf.mul(fused(...xs), probe)))(inputs);
    const g0 = tf.grads((...xs: tf.Tensor[]) => tf.sum(tf.mul(ref(...xs), probe)))(inputs);
    for (const [i, g] of g0.entries()) {
      expect(relErr(g1[i] as tf.Tensor, g), `gradient ${i}`).toBeLessThan(tol * 10);
    }
  });
}

describe.skipIf(!status.available)("fused kernels on the native backend", () => {
  afterAll(async () => {
    await tf.setBackend("cpu");
  });

  it("are registered and dispatched to", async () => {
    await selectBackend("native");
    for (const k of Object.values(FUSED_KERNELS)) expect(hasFused(k), k).toBe(true);
    const was = setFusedKernels(false);
    expect(hasFused(FUSED_KERNELS.rmsNorm)).toBe(false);
    setFusedKernels(was);
  });

  it.each([[[5, 8]], [[2, 3, 64]], [[1, 1, 7]], [[130, 256]]])(
    "RMSNorm %j matches the reference",
    async (shape) => {
      await selectBackend("native");
      const H = shape[shape.length - 1] as number;
      const x = rand(shape, 1);
      const w = tf.add(rand([H], 2, 0.5), 1);
      check(
        (a, b) => rmsNorm(a, b as tf.Tensor, 1e-6),
        (a, b) => rmsNormReference(a, b as tf.Tensor, 1e-6),
        [x, w],
        3,
      );
      tf.dispose([x, w]);
    },
  );

  it.each([[[1, 1, 1, 2]], [[2, 3, 5, 8]], [[3, 4, 17, 64]]])(
    "rotary %j matches the reference",
    async (shape) => {
      await selectBackend("native");
      const [B, , T, D] = shape as [number, number, number, number];
      const x = rand(shape, 11);
      const angle = rand([B, 1, T, D], 12, 20);
      const cos = tf.cos(angle);
      const sin = tf.sin(angle);
      check(
        (a) => rotary(a, cos, sin),
        (a) => rotaryReference(a, cos, sin),
        [x],
        13,
      );
      tf.dispose([x, angle, cos, sin]);
    },
  );

  it.each([[[7]], [[3, 5, 11]], [[64, 300]]])("SwiGLU %j matches the reference", async (shape) => {
    await selectBackend("native");
    const g = rand(shape, 4, 6);
    const u = rand(shape, 5);
    check(swiglu, swigluReference, [g, u], 6);
    tf.dispose([g, u]);
  });

  it.each([
    [[4], 10],
    [[2, 3], 50],
    [[3, 5], 2000],
  ] as [number[], number][])(
    "token log-prob + entropy %j x %d matches the reference",
    async (rows, V) => {
      await selectBackend("native");
      const z = rand([...rows, V], 7, 12);
      const t = ids(rows, V, 8);
      const both = (f: typeof tokenLogProbEntropy) => (zz: tf.Tensor) => {
        const { logProb, entropy } = f(zz, t);
        return tf.concat([logProb, entropy], -1);
      };
      check(both(tokenLogProbEntropy), both(tokenLogProbEntropyReference), [z], 9);
      tf.dispose([z, t]);
    },
  );
});

describe("fused dispatch without the kernels", () => {
  it("runs the reference on the cpu backend", async () => {
    await selectBackend("cpu");
    expect(hasFused(FUSED_KERNELS.rmsNorm)).toBe(false);
    const x = rand([3, 4], 1);
    const w = tf.ones([4]);
    expect(relErr(rmsNorm(x, w, 1e-6), rmsNormReference(x, w, 1e-6))).toBe(0);
    tf.dispose([x, w]);
  });
});
