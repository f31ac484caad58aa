// The fused causal attention kernels (ProrlCausalAttention and its gradient) on the native backend
// against the plain-ops attention of @prorl/model (BatchMatMul, an additive -1e9 mask, Softmax)
// on TensorFlow.js's cpu backend, on fresh seeded random inputs: relative error (max |native -
// cpu| / max |cpu|) under 1e-5 for the output and for dq, dk and dv, no NaN. New native buffers
// are poisoned (0xFF bytes: NaN in float32) so an element the kernels forget to write shows up.
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
warnSkipped(targets, "fused attention tests");

function uniform(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const r = xorshift32(seed);
  return Float32Array.from({ length: n }, () => lo + r() * (hi - lo));
}

interface Case {
  name: string;
  B: number;
  H: number;
  G: number;
  T: number;
  S: number;
  D: number;
  /** keyMask[b][s]: 1 for real tokens, 0 for padding. */
  mask: number[][];
}

const ones = (S: number) => new Array<number>(S).fill(1);
/** A row of `pad` padding positions then real tokens, as left-padded prompts are. */
const leftPadded = (S: number, pad: number) => ones(S).map((_, s) => (s < pad ? 0 : 1));

const cases: Case[] = [
  {
    name: "prefill, B 2, H = G (MHA)",
    B: 2,
    H: 4,
    G: 4,
    T: 5,
    S: 5,
    D: 8,
    mask: [ones(5), ones(5)],
  },
  {
    // Query rows 0-2 of the second sequence see no key at all (padding queries).
    name: "prefill, GQA H/G 2, left padding, fully masked rows",
    B: 2,
    H: 4,
    G: 2,
    T: 7,
    S: 7,
    D: 16,
    mask: [ones(7), leftPadded(7, 3)],
  },
  {
    name: "decoding, T 1 with past 8, H/G 4, left padding",
    B: 3,
    H: 4,
    G: 1,
    T: 1,
    S: 9,
    D: 8,
    mask: [ones(9), leftPadded(9, 4), leftPadded(9, 1)],
  },
  {
    // The second row decodes a padding token after padding only: its one query sees no key.
    name: "decoding, a query that sees no key",
    B: 2,
    H: 2,
    G: 2,
    T: 1,
    S: 4,
    D: 4,
    mask: [ones(4), [0, 0, 0, 0]],
  },
  {
    name: "chunked prefill, T 33 after past 7, H/G 4, D 64",
    B: 1,
    H: 8,
    G: 2,
    T: 33,
    S: 40,
    D: 64,
    mask: [leftPadded(40, 2)],
  },
  {
    // Large enough for the OpenMP paths.
    name: "prefill T 130, GQA H/G 2, B 2 with padding",
    B: 2,
    H: 4,
    G: 2,
    T: 130,
    S: 130,
    D: 32,
    mask: [ones(130), leftPadded(130, 17)],
  },
  {
    // D 128 and T 21 after past 3 (tiles of 16 rows of the CUDA target's D 128 kernels): query
    // rows 0-1 see no key.
    name: "chunked prefill, T 21 after past 3, H/G 2, D 128, fully masked rows",
    B: 1,
    H: 4,
    G: 2,
    T: 21,
    S: 24,
    D: 128,
    mask: [leftPadded(24, 5)],
  },
  {
    // A head dim that is no multiple of 8, up to 256 (the CUDA target's tiles of 8 rows).
    name: "prefill, H/G 3, D 200, left padding",
    B: 2,
    H: 3,
    G: 1,
    T: 11,
    S: 11,
    D: 200,
    mask: [ones(11), leftPadded(11, 4)],
  },
];

/** @prorl/model's attention in plain ops: q [B, H, T, D], k, v [B, G, S, D], additive mask. */
function reference(c: Case, q: tf.Tensor, k: tf.Tensor, v: tf.Tensor): tf.Tensor {
  const { B, H, G, T, S, D } = c;
  const past = S - T;
  const additive = new Float32Array(B * T * S);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      for (let s = 0; s < S; s++) {
        additive[(b * T + t) * S + s] = s <= past + t && c.mask[b]?.[s] ? 0 : -1e9;
      }
    }
  }
  const rep = H / G;
  const qg = tf.reshape(q, [B, G, rep * T, D]);
  const scores = tf.mul(tf.matMul(qg, k, false, true), 1 / Math.sqrt(D));
  const masked = tf.add(
    tf.reshape(scores, [B, G, rep, T, S]),
    tf.tensor(additive, [B, 1, 1, T, S]),
  );
  const probs = tf.reshape(tf.softmax(masked), [B, G, rep * T, S]);
  return tf.reshape(tf.matMul(probs, v), [B, H, T, D]);
}

function inputs(c: Case, seed: number) {
  const { B, H, G, T, S, D } = c;
  return {
    q: tf.tensor(uniform(B * H * T * D, seed), [B, H, T, D]),
    k: tf.tensor(uniform(B * G * S * D, seed + 1), [B, G, S, D]),
    v: tf.tensor(uniform(B * G * S * D, seed + 2), [B, G, S, D]),
    dy: tf.tensor(uniform(B * H * T * D, seed + 3), [B, H, T, D]),
  };
}

/** Output, dq, dk, dv of the reference on the cpu backend (gradients of sum(out * dy)). */
function onCpu(c: Case, seed: number): Float32Array[] {
  tf.setBackend("cpu");
  return tf.tidy(() => {
    const { q, k, v, dy } = inputs(c, seed);
    const out = reference(c, q, k, v);
    const grads = tf.grads((a: tf.Tensor, b: tf.Tensor, d: tf.Tensor) =>
      tf.sum(tf.mul(reference(c, a, b, d), dy)),
    )([q, k, v]);
    return [out, ...grads].map((t) => t.dataSync() as Float32Array);
  });
}

const attrs = (c: Case) => ({ past: c.S - c.T, scale: 1 / Math.sqrt(c.D) });

/** Output, dq, dk, dv of the fused kernels on a native backend. */
function onNative(backend: string, c: Case, seed: number): Float32Array[] {
  tf.setBackend(backend);
  return tf.tidy(() => {
    const { q, k, v, dy } = inputs(c, seed);
    const keyMask = tf.tensor(c.mask.flat(), [c.B, c.S]);
    const out = tf.engine().runKernel(FUSED.attention, { q, k, v, keyMask }, attrs(c)) as tf.Tensor;
    const grads = tf
      .engine()
      .runKernel(FUSED.attentionGrad, { dy, q, k, v, keyMask }, attrs(c)) as tf.Tensor[];
    return [out, ...grads].map((t) => t.dataSync() as Float32Array);
  });
}

for (const target of targets) {
  describe.skipIf(!target.available)(
    `${target.label}: fused causal attention vs the plain-ops reference`,
    () => {
      withPoisonedBuffers(target);

      it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        for (const seed of [1, 20]) {
          const want = onCpu(c, seed);
          const got = onNative(target.backend, c, seed);
          for (const [i, what] of ["output", "dq", "dk", "dv"].entries()) {
            const err = relativeError(got[i] as Float32Array, want[i] as Float32Array);
            expect(err, `${what}, seed ${seed}`).toBeLessThan(1e-5);
          }
        }
      });

      it("a shape error names the kernel", () => {
        tf.setBackend(target.backend);
        const run = (
          name: string,
          qShape: number[],
          kShape: number[],
          maskShape: number[],
          past: number,
        ) =>
          tf.tidy(() =>
            tf.engine().runKernel(
              name,
              {
                q: tf.zeros(qShape),
                k: tf.zeros(kShape),
                v: tf.zeros(kShape),
                keyMask: tf.ones(maskShape),
                dy: tf.zeros(qShape),
              },
              { past, scale: 1 },
            ),
          );
        // 3 query heads over 2 key/value heads.
        expect(() => run(FUSED.attention, [1, 3, 2, 4], [1, 2, 2, 4], [1, 2], 0)).toThrow(
          /ProrlCausalAttention: needs/,
        );
        // past must be S - T.
        expect(() => run(FUSED.attention, [1, 2, 2, 4], [1, 2, 5, 4], [1, 5], 2)).toThrow(
          /ProrlCausalAttention: needs/,
        );
        // keyMask over the wrong length.
        expect(() => run(FUSED.attentionGrad, [1, 2, 2, 4], [1, 1, 2, 4], [1, 3], 0)).toThrow(
          /ProrlCausalAttentionGrad: needs/,
        );
      });
    },
  );
}
