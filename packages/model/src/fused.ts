// Fused-kernel dispatch. Hot paths call a custom kernel by name (tf.engine().runKernel) when the
// active backend registers it, with its gradient from the matching *Grad kernel; on every other
// backend they run the plain-ops reference below, which is what the model computed before. The
// names come from @prorl/kernels-cuda's side-effect-free `fused-names` entry: the package itself,
// which loads the addon, is imported only when a backend is selected.
import { FUSED as FUSED_KERNELS } from "@prorl/kernels-cuda/fused-names";
import * as tf from "@tensorflow/tfjs-core";

export { FUSED_KERNELS };

let enabled = true;

/** Turns fused kernels off (plain ops everywhere) or back on; returns the previous setting. */
export function setFusedKernels(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

/** Whether the active backend has the kernel (and fused kernels are on). */
export function hasFused(name: string): boolean {
  return enabled && tf.getKernel(name, tf.getBackend()) !== undefined;
}

function run(name: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}) {
  return tf.engine().runKernel(name, inputs, attrs) as tf.Tensor | tf.Tensor[];
}

/** Reference: x * cos + rotate_half(x) * sin, rotate_half(x) = [-x2, x1]. */
export function rotaryReference(x: tf.Tensor, cos: tf.Tensor, sin: tf.Tensor): tf.Tensor {
  const half = (x.shape[x.shape.length - 1] as number) / 2;
  const [x1, x2] = tf.split(x, [half, half], -1) as [tf.Tensor, tf.Tensor];
  const rotated = tf.concat([tf.neg(x2), x1], -1);
  return tf.add(tf.mul(x, cos), tf.mul(rotated, sin));
}

/**
 * Rotary embedding of x [B, heads, T, D] with tables cos, sin [B, 1, T, D] (constants: their
 * gradients are zero).
 */
export function rotary(x: tf.Tensor, cos: tf.Tensor, sin: tf.Tensor): tf.Tensor {
  if (!hasFused(FUSED_KERNELS.rope) || x.dtype !== "float32" || x.rank !== 4) {
    return rotaryReference(x, cos, sin);
  }
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xs, cs, sn, save] = args as [tf.Tensor, tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([cs, sn]);
    return {
      value: run(FUSED_KERNELS.rope, { x: xs, cos: cs, sin: sn }) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sc, ss] = saved as [tf.Tensor, tf.Tensor];
        const dx = run(FUSED_KERNELS.ropeGrad, { dy, cos: sc, sin: ss }) as tf.Tensor;
        return [dx, tf.zerosLike(sc), tf.zerosLike(ss)];
      },
    };
  });
  return f(x, cos, sin);
}

/** Reference: x * rsqrt(mean(x^2, -1) + eps) * w. */
export function rmsNormReference(x: tf.Tensor, w: tf.Tensor, eps: number): tf.Tensor {
  const ms = tf.mean(tf.square(x), -1, true);
  return tf.mul(tf.mul(x, tf.rsqrt(tf.add(ms, eps))), w);
}

/** RMSNorm over the last dimension with weight `w` ([H]). */
export function rmsNorm(x: tf.Tensor, w: tf.Tensor, eps: number): tf.Tensor {
  if (!hasFused(FUSED_KERNELS.rmsNorm) || x.dtype !== "float32") {
    return rmsNormReference(x, w, eps);
  }
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xs, ws, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([xs, ws]);
    return {
      value: run(FUSED_KERNELS.rmsNorm, { x: xs, w: ws }, { eps }) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sx, sw] = saved as [tf.Tensor, tf.Tensor];
        return run(FUSED_KERNELS.rmsNormGrad, { dy, x: sx, w: sw }, { eps }) as tf.Tensor[];
      },
    };
  });
  return f(x, w);
}

/** Reference: g * sigmoid(g) * u. */
export function swigluReference(g: tf.Tensor, u: tf.Tensor): tf.Tensor {
  return tf.mul(tf.mul(g, tf.sigmoid(g)), u);
}

/** SwiGLU gate: silu(g) * u (same shapes). */
export function swiglu(g: tf.Tensor, u: tf.Tensor): tf.Tensor {
  if (!hasFused(FUSED_KERNELS.swiglu) || g.dtype !== "float32" || u.dtype !== "float32") {
    return swigluReference(g, u);
  }
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [gs, us, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([gs, us]);
    return {
      value: run(FUSED_KERNELS.swiglu, { g: gs, u: us }) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sg, su] = saved as [tf.Tensor, tf.Tensor];
        return run(FUSED_KERNELS.swigluGrad, { dy, g: sg, u: su }) as tf.Tensor[];
      },
    };
  });
  return f(g, u);
}

/** Reference: log-softmax picked at the targets, and the entropy of the softmax. */
export function tokenLogProbEntropyReference(
  logits: tf.Tensor,
  targets: tf.Tensor,
): { logProb: tf.Tensor; entropy: tf.Tensor } {
  const V = logits.shape[logits.shape.length - 1] as number;
  const lsm = tf.logSoftmax(logits);
  const logProb = tf.sum(tf.mul(lsm, tf.oneHot(targets, V)), -1);
  const entropy = tf.neg(tf.sum(tf.mul(tf.exp(lsm), lsm), -1));
  return { logProb, entropy };
}

/**
 * log softmax(logits)[target] and the entropy of softmax(logits) per row of `logits`
 * ([..., V]; `targets` int32 [...]). The fused kernel never materialises the softmax.
 */
export function tokenLogProbEntropy(
  logits: tf.Tensor,
  targets: tf.Tensor,
): { logProb: tf.Tensor; entropy: tf.Tensor } {
  if (!hasFused(FUSED_KERNELS.logProbEntropy) || logits.dtype !== "float32") {
    return tokenLogProbEntropyReference(logits, targets);
  }
  const t = targets.dtype === "int32" ? targets : tf.cast(targets, "int32");
  const rowShape = logits.shape.slice(0, -1);
  // customGrad wants one output: [logProb, entropy] side by side on a last axis (Concat and
  // SplitV, kernels every backend has), and the targets as an input so the tape keeps them.
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [z, ids, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([z, ids]);
    const [lp, ent] = run(FUSED_KERNELS.logProbEntropy, { logits: z, targets: ids }) as [
      tf.Tensor,
      tf.Tensor,
    ];
    const value = tf.concat([tf.expandDims(lp, -1), tf.expandDims(ent, -1)], -1);
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sz, sids] = saved as [tf.Tensor, tf.Tensor];
        const [dLogProb, dEntropy] = tf.split(dy, 2, -1).map((d) => tf.reshape(d, rowShape));
        const dz = run(FUSED_KERNELS.logProbEntropyGrad, {
          logits: sz,
          targets: sids,
          dLogProb: dLogProb as tf.Tensor,
          dEntropy: dEntropy as tf.Tensor,
        }) as tf.Tensor;
        return [dz, tf.zerosLike(sids)];
      },
    };
  });
  const both = f(logits, t);
  const [a, b] = tf.split(both, 2, -1) as [tf.Tensor, tf.Tensor];
  const logProb = tf.reshape(a, rowShape);
  const entropy = tf.reshape(b, rowShape);
  tf.dispose([both, a, b]);
  if (t !== targets) t.dispose();
  return { logProb, entropy };
}

/**
 * Which keys causal attention lets each query see: the T queries are the positions past .. past +
 * T - 1 of S = past + T keys, and query t sees key s when s <= past + t and keys[b][s] is nonzero
 * (1 for real tokens, 0 for padding). Plain data: causalAttention makes the tensor its path needs,
 * so the fused path never builds the [B, T, S] additive mask.
 */
export class CausalMask {
  readonly B: number;
  readonly S: number;
  readonly T: number;
  readonly #keys: Float32Array;
  #additive: Float32Array | null = null;

  /** `keys` is [B][S] with S >= T. */
  constructor(keys: readonly (readonly number[])[], T: number) {
    this.B = keys.length;
    this.S = keys[0]?.length ?? 0;
    this.T = T;
    if (keys.some((r) => r.length !== this.S) || T > this.S) {
      throw new Error(`CausalMask: keys must be [B][S] with S >= T = ${T}`);
    }
    this.#keys = Float32Array.from(keys.flat(), (m) => (m ? 1 : 0));
  }

  get past(): number {
    return this.S - this.T;
  }

  /** [B, S]: 1 for a real key, 0 for padding (the fused kernel's input). */
  keyMask(): tf.Tensor2D {
    return tf.tensor2d(this.#keys, [this.B, this.S]);
  }

  /** [B, 1, 1, T, S]: 0 where query t sees key s, -1e9 elsewhere (what the reference adds). */
  additive(): tf.Tensor {
    this.#additive ??= this.#additiveValues();
    return tf.tensor(this.#additive, [this.B, 1, 1, this.T, this.S]);
  }

  #additiveValues(): Float32Array {
    const { B, S, T, past } = this;
    const out = new Float32Array(B * T * S);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < T; t++) {
        for (let s = 0; s < S; s++) {
          out[(b * T + t) * S + s] = s <= past + t && this.#keys[b * S + s] ? 0 : -1e9;
        }
      }
    }
    return out;
  }
}

/** Shapes of causal attention: q [B, H, T, D], k and v [B, G, S, D] (G divides H), the mask's. */
function attentionShape(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, mask: CausalMask) {
  const [B, H, T, D] = q.shape as [number, number, number, number];
  const [, G, S] = k.shape as [number, number, number, number];
  if (
    q.rank !== 4 ||
    k.rank !== 4 ||
    !tf.util.arraysEqual(k.shape, [B, G, S, D]) ||
    !tf.util.arraysEqual(v.shape, [B, G, S, D]) ||
    H % G !== 0 ||
    mask.B !== B ||
    mask.S !== S ||
    mask.T !== T
  ) {
    throw new Error(
      `causalAttention: needs q [B, H, T, D], k and v [B, G, S, D] with H % G = 0 and a mask of [B][S] keys for T queries; got [${q.shape}], [${k.shape}], [${v.shape}], mask ${mask.B} x ${mask.S} for ${mask.T}`,
    );
  }
  return { B, H, G, T, S, D };
}

/**
 * Reference: softmax(scale q k^T + mask.additive()) v, the heads sharing a key/value head folded
 * into the query length (the ops the model used before the fused kernel).
 */
export function causalAttentionReference(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  mask: CausalMask,
  scale: number,
): tf.Tensor4D {
  const { B, H, G, T, S, D } = attentionShape(q, k, v, mask);
  const rep = H / G;
  const qg = tf.reshape(q, [B, G, rep * T, D]);
  const scores = tf.mul(tf.matMul(qg, k, false, true), scale);
  const probs = tf.reshape(
    tf.softmax(tf.add(tf.reshape(scores, [B, G, rep, T, S]), mask.additive())),
    [B, G, rep * T, S],
  );
  return tf.reshape(tf.matMul(probs, v), [B, H, T, D]) as tf.Tensor4D;
}

/**
 * Causal grouped-query attention: softmax(scale q k^T + mask) v with q [B, H, T, D], k and v
 * [B, G, S, D] (query head h reads key/value head h / (H / G)); out [B, H, T, D]. The fused kernel
 * works a tile of query rows at a time and never holds the [T, S] scores; a query that sees no key
 * gets the average of all S values in both paths.
 */
export function causalAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  mask: CausalMask,
  scale: number,
): tf.Tensor4D {
  attentionShape(q, k, v, mask);
  const float32 = q.dtype === "float32" && k.dtype === "float32" && v.dtype === "float32";
  if (!hasFused(FUSED_KERNELS.attention) || !float32) {
    return causalAttentionReference(q, k, v, mask, scale);
  }
  const attrs = { past: mask.past, scale };
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [qs, ks, vs, km, save] = args as [
      tf.Tensor,
      tf.Tensor,
      tf.Tensor,
      tf.Tensor,
      tf.GradSaveFunc,
    ];
    save([qs, ks, vs, km]);
    return {
      value: run(FUSED_KERNELS.attention, { q: qs, k: ks, v: vs, keyMask: km }, attrs) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sq, sk, sv, sm] = saved as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];
        const grads = run(
          FUSED_KERNELS.attentionGrad,
          { dy, q: sq, k: sk, v: sv, keyMask: sm },
          attrs,
        ) as tf.Tensor[];
        return [...grads, tf.zerosLike(sm)];
      },
    };
  });
  const keyMask = mask.keyMask();
  const out = f(q, k, v, keyMask) as tf.Tensor4D;
  keyMask.dispose();
  return out;
}
