// Each fused kernel of the native backend against its plain-ops reference (values and gradients,
// on fresh seeded inputs of several shapes), and the dispatch falling back to the reference on a
// backend without the kernels. Skips the native part, saying why, where the addon is not built.
import "@tensorflow/tfjs-backend-cpu";
import { Rng } from "@prorl/core";
import { nativeBackendStatus } from "@prorl/kernels-cuda";
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import {
  CausalMask,
  causalAttention,
  causalAttentionReference,
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

const rand = (shape: number[], seed: number, scale = 2) => {
  const r = new Rng("fused-test", seed);
  return tf.tensor(
    Float32Array.from(
      { length: shape.reduce((a, b) => a * b, 1) },
      () => (r.float() - 0.5) * scale,
    ),
    shape,
  );
};
const ids = (shape: number[], V: number, seed: number) => {
  const r = new Rng("fused-test", seed);
  return tf.tensor(
    Int32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => r.int(0, V - 1)),
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

  // [B, H, G, T, S, D, keys]: prefill, left padding (its first queries see no key), decoding one
  // token after a cache, a decoding query that sees no key, chunked prefill, tiles of 128 rows.
  const full = (S: number) => new Array<number>(S).fill(1);
  const padded = (S: number, pad: number) => full(S).map((_, s) => (s < pad ? 0 : 1));
  it.each([
    [2, 4, 4, 6, 6, 8, [full(6), padded(6, 2)]],
    [3, 4, 1, 1, 9, 16, [full(9), padded(9, 5), padded(9, 1)]],
    [2, 2, 2, 1, 3, 4, [full(3), [0, 0, 0]]],
    [1, 8, 2, 33, 40, 64, [padded(40, 3)]],
    [2, 4, 2, 130, 130, 32, [full(130), padded(130, 9)]],
  ] as [number, number, number, number, number, number, number[][]][])(
    "causal attention B %i, H %i, G %i, T %i, S %i, D %i matches the reference",
    async (B, H, G, T, S, D, keys) => {
      await selectBackend("native");
      const mask = new CausalMask(keys, T);
      const q = rand([B, H, T, D], 21);
      const k = rand([B, G, S, D], 22);
      const v = rand([B, G, S, D], 23);
      const scale = 1 / Math.sqrt(D);
      check(
        (a, b, c) => causalAttention(a, b as tf.Tensor, c as tf.Tensor, mask, scale),
        (a, b, c) => causalAttentionReference(a, b as tf.Tensor, c as tf.Tensor, mask, scale),
        [q, k, v],
        24,
      );
      tf.dispose([q, k, v]);
    },
  );

  it("causal attention runs the fused kernels, and names itself in a shape error", async () => {
    await selectBackend("native");
    const mask = new CausalMask([[1, 1, 1]], 2);
    const q = rand([1, 2, 2, 4], 31);
    const k = rand([1, 1, 3, 4], 32);
    const { kernelNames } = await tf.profile(() =>
      tf.grads((a: tf.Tensor) => tf.sum(causalAttention(a, k, k, mask, 0.5)))([q]),
    );
    expect(kernelNames).toContain(FUSED_KERNELS.attention);
    expect(kernelNames).toContain(FUSED_KERNELS.attentionGrad);
    expect(kernelNames).not.toContain("Softmax");
    expect(() => causalAttention(q, k, k, new CausalMask([[1, 1]], 2), 0.5)).toThrow(
      /causalAttention: needs/,
    );
    tf.dispose([q, k]);
  });
});

describe("fused dispatch without the kernels", () => {
  it("runs the reference on the cpu backend", async () => {
    await selectBackend("cpu");
    expect(hasFused(FUSED_KERNELS.rmsNorm)).toBe(false);
    const x = rand([3, 4], 1);
    const w = tf.ones([4]);
    expect(relErr(rmsNorm(x, w, 1e-6), rmsNormReference(x, w, 1e-6))).toBe(0);
    const mask = new CausalMask([[0, 1, 1]], 3);
    const q = rand([1, 2, 3, 4], 2);
    const k = rand([1, 1, 3, 4], 3);
    expect(hasFused(FUSED_KERNELS.attention)).toBe(false);
    expect(
      relErr(causalAttention(q, k, k, mask, 0.5), causalAttentionReference(q, k, k, mask, 0.5)),
    ).toBe(0);
    tf.dispose([x, w, q, k]);
  });
});
