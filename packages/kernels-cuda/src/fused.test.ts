// The fused kernels (rotary embedding, RMSNorm, SwiGLU, token log-prob + entropy) and their
// gradient kernels on every kernel target, against the same math in plain TensorFlow.js ops on the
// cpu backend (values, and gradients by tf.grads of the plain-ops version), on fresh seeded random
// inputs: relative error (max |got - want| / max |want|) under 1e-5, no NaN. New buffers of the
// target are poisoned (0xFF bytes: NaN in float32) so that an unwritten element shows up.
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import { describe, expect, it } from "vitest";
import { FUSED } from "./index.js";
import {
  kernelTargets,
  relativeError,
  warnSkipped,
  withPoisonedBuffers,
  xorshift32,
} from "./testing.js";

const targets = kernelTargets();
warnSkipped(targets, "fused kernel tests");

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function uniformArray(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const r = xorshift32(seed);
  return Float32Array.from({ length: n }, () => lo + r() * (hi - lo));
}

function uniform(shape: number[], seed: number, lo = -1, hi = 1): tf.Tensor {
  return tf.tensor(uniformArray(size(shape), seed, lo, hi), shape);
}

/**
 * A fused kernel and its gradient kernel with the plain-ops math they compute, over inputs named
 * K: `inputs` draws one case's inputs (the same on every backend for a seed); `reference` is the
 * forward pass in plain ops, whose gradients (of sum(outputs * dys)) with respect to the inputs
 * `wrt` are what the gradient kernel, given the probes dys, must return.
 */
interface FusedCase<K extends string = string> {
  name: string;
  inputs(seed: number): Record<K, tf.Tensor>;
  reference(x: Record<K, tf.Tensor>): tf.Tensor[];
  wrt: K[];
  forward(x: Record<K, tf.Tensor>): tf.Tensor[];
  gradient(x: Record<K, tf.Tensor>, dys: tf.Tensor[]): tf.Tensor[];
  /** The gradients in plain ops where they are not those of `reference` (else tf.grads). */
  gradientReference?(x: Record<K, tf.Tensor>, dys: tf.Tensor[]): tf.Tensor[];
}

function run(
  name: string,
  inputs: Record<string, tf.Tensor | undefined>,
  attrs: tf.NamedAttrMap = {},
): tf.Tensor[] {
  const out = tf.engine().runKernel(name, inputs as tf.NamedTensorMap, attrs);
  return Array.isArray(out) ? (out as tf.Tensor[]) : [out as tf.Tensor];
}

function ropeCase(shape: [number, number, number, number]): FusedCase<"x" | "cos" | "sin"> {
  const [B, , T, D] = shape;
  return {
    name: `rotary [${shape}]`,
    // The tables from angles drawn in JavaScript, so that making the inputs runs no kernel of the
    // target under test.
    inputs: (seed) => {
      const angle = uniformArray(B * T * D, seed + 1, -10, 10);
      return {
        x: uniform(shape, seed),
        cos: tf.tensor(angle.map(Math.cos), [B, 1, T, D]),
        sin: tf.tensor(angle.map(Math.sin), [B, 1, T, D]),
      };
    },
    // x * cos + rotate_half(x) * sin, rotate_half(x) = [-x2, x1].
    reference: ({ x, cos, sin }) => {
      const [x1, x2] = tf.split(x, 2, -1) as [tf.Tensor, tf.Tensor];
      const rotated = tf.concat([tf.neg(x2), x1], -1);
      return [tf.add(tf.mul(x, cos), tf.mul(rotated, sin))];
    },
    wrt: ["x"],
    forward: ({ x, cos, sin }) => run(FUSED.rope, { x, cos, sin }),
    gradient: ({ cos, sin }, [dy]) => run(FUSED.ropeGrad, { dy, cos, sin }),
  };
}

function rmsNormCase(shape: number[], eps = 1e-6): FusedCase<"x" | "w"> {
  const H = shape[shape.length - 1] as number;
  return {
    name: `RMSNorm [${shape}] eps ${eps}`,
    inputs: (seed) => ({ x: uniform(shape, seed), w: uniform([H], seed + 1, 0.75, 1.25) }),
    // x * rsqrt(mean(x^2) + eps) * w.
    reference: ({ x, w }) => {
      const ms = tf.mean(tf.square(x), -1, true);
      return [tf.mul(tf.mul(x, tf.rsqrt(tf.add(ms, eps))), w)];
    },
    wrt: ["x", "w"],
    forward: ({ x, w }) => run(FUSED.rmsNorm, { x, w }, { eps }),
    gradient: ({ x, w }, [dy]) => run(FUSED.rmsNormGrad, { dy, x, w }, { eps }),
  };
}

function swigluCase(shape: number[]): FusedCase<"g" | "u"> {
  return {
    name: `SwiGLU [${shape}]`,
    inputs: (seed) => ({ g: uniform(shape, seed, -6, 6), u: uniform(shape, seed + 1) }),
    // g * sigmoid(g) * u.
    reference: ({ g, u }) => [tf.mul(tf.mul(g, tf.sigmoid(g)), u)],
    wrt: ["g", "u"],
    forward: ({ g, u }) => run(FUSED.swiglu, { g, u }),
    gradient: ({ g, u }, [dy]) => run(FUSED.swigluGrad, { dy, g, u }),
  };
}

/** Targets drawn in [0, V), or the given ids (which may lie outside [0, V): no target). */
function logProbCase(rows: number[], V: number, ids?: number[]): FusedCase<"logits" | "targets"> {
  return {
    name: `token log-prob + entropy [${rows}] x ${V}${ids ? ` targets ${ids}` : ""}`,
    inputs: (seed) => {
      const r = xorshift32(seed + 1);
      const t = ids ?? Array.from({ length: size(rows) }, () => Math.floor(r() * V));
      return { logits: uniform([...rows, V], seed, -6, 6), targets: tf.tensor(t, rows, "int32") };
    },
    // log softmax at the target (0 when it is outside [0, V): its one-hot row is all zeros), and
    // the entropy -sum p log p.
    reference: ({ logits, targets }) => {
      const lsm = tf.logSoftmax(logits);
      const logp = tf.sum(tf.mul(lsm, tf.oneHot(targets, V)), -1);
      return [logp, tf.neg(tf.sum(tf.mul(tf.exp(lsm), lsm), -1))];
    },
    wrt: ["logits"],
    // With a target outside [0, V) the kernels' log-prob is 0 but its gradient is still
    // dlogp * (0 - p) (the CPU target's documented formula), not the 0 of tf.grads:
    // dz = dlogp * (onehot - p) - dent * p * (log p + H).
    gradientReference: ids
      ? ({ logits, targets }, [dLogProb, dEntropy]) => {
          const lsm = tf.logSoftmax(logits);
          const p = tf.exp(lsm);
          const ent = tf.neg(tf.sum(tf.mul(p, lsm), -1, true));
          const a = tf.expandDims(dLogProb as tf.Tensor, -1);
          const b = tf.expandDims(dEntropy as tf.Tensor, -1);
          const oneHot = tf.oneHot(targets, V);
          return [tf.sub(tf.mul(a, tf.sub(oneHot, p)), tf.mul(b, tf.mul(p, tf.add(lsm, ent))))];
        }
      : undefined,
    forward: ({ logits, targets }) => run(FUSED.logProbEntropy, { logits, targets }),
    gradient: ({ logits, targets }, [dLogProb, dEntropy]) =>
      run(FUSED.logProbEntropyGrad, { logits, targets, dLogProb, dEntropy }),
  };
}

const cases: FusedCase[] = [
  ropeCase([1, 1, 1, 2]),
  ropeCase([2, 3, 5, 8]),
  ropeCase([3, 4, 17, 64]),
  ropeCase([2, 2, 3, 70]), // half of a row is 35, not a multiple of 32
  rmsNormCase([1, 7]), // a single row shorter than a warp
  rmsNormCase([5, 8]),
  rmsNormCase([2, 3, 64]),
  rmsNormCase([3, 1000]), // rows longer than a block, not a multiple of 32
  rmsNormCase([130, 256]), // several chunks of rows for the weight gradient
  rmsNormCase([70, 45], 1e-2),
  swigluCase([7]),
  swigluCase([3, 5, 11]),
  swigluCase([64, 300]),
  logProbCase([4], 10),
  logProbCase([2, 3], 50),
  logProbCase([3, 5], 2000),
  logProbCase([1], 5003), // a single row of a large vocabulary
  logProbCase([2], 5003),
  logProbCase([4], 37, [-1, 36, 37, 1000]),
];

/** Forward outputs, then the gradients, as arrays; reference on the cpu backend, else fused. */
function outputs(c: FusedCase, backend: string, seed: number, fused: boolean): Float32Array[] {
  tf.setBackend(backend);
  return tf.tidy(() => {
    const x = c.inputs(seed);
    const ys = fused ? c.forward(x) : c.reference(x);
    const dys = ys.map((y, i) => uniform(y.shape, seed + 10 + i));
    let grads: tf.Tensor[];
    if (fused) {
      grads = c.gradient(x, dys);
    } else if (c.gradientReference) {
      grads = c.gradientReference(x, dys);
    } else {
      const f = (...args: tf.Tensor[]) => {
        const xs = { ...x };
        for (const [i, name] of c.wrt.entries()) xs[name] = args[i] as tf.Tensor;
        return tf.addN(c.reference(xs).map((y, i) => tf.sum(tf.mul(y, dys[i] as tf.Tensor))));
      };
      grads = tf.grads(f)(c.wrt.map((name) => x[name] as tf.Tensor));
    }
    return [...ys, ...grads].map((t) => t.dataSync() as Float32Array);
  });
}

for (const target of targets) {
  describe.skipIf(!target.available)(
    `${target.label}: fused kernels vs plain ops on the cpu backend`,
    () => {
      withPoisonedBuffers(target);

      it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        for (const seed of [1, 20]) {
          const want = outputs(c, "cpu", seed, false);
          const got = outputs(c, target.backend, seed, true);
          expect(got.length).toBe(want.length);
          for (const [i, w] of want.entries()) {
            const err = relativeError(got[i] as Float32Array, w);
            expect(err, `output ${i}, seed ${seed}`).toBeLessThan(1e-5);
          }
        }
      });

      it("the RMSNorm weight gradient is the same on every run", () => {
        const c = rmsNormCase([100, 40]); // 4 chunks of rows
        const [, , dw1] = outputs(c, target.backend, 3, true);
        const [, , dw2] = outputs(c, target.backend, 3, true);
        expect(dw2).toEqual(dw1);
      });
    },
  );
}
