import * as tf from "@tensorflow/tfjs-core";
import { z } from "zod";

export const adamWOptionsSchema = z.object({
  /** Base learning rate; ProRL uses a constant 2e-6. A schedule can override it per step. */
  lr: z.number().min(0).default(2e-6),
  beta1: z.number().min(0).lt(1).default(0.9),
  beta2: z.number().min(0).lt(1).default(0.999),
  eps: z.number().positive().default(1e-8),
  /** Decoupled weight decay lambda (p <- p - lr * lambda * p); 0.01 is torch's and verl's default. */
  weightDecay: z.number().min(0).default(0.01),
});
export type AdamWOptions = z.infer<typeof adamWOptionsSchema>;

// m_t = b1 m_{t-1} + (1 - b1) g ;  v_t = b2 v_{t-1} + (1 - b2) g^2
export function adamMoments(
  m: tf.Tensor,
  v: tf.Tensor,
  g: tf.Tensor,
  beta1: number,
  beta2: number,
): { m: tf.Tensor; v: tf.Tensor } {
  return tf.tidy(() => ({
    m: tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)),
    v: tf.add(tf.mul(v, beta2), tf.mul(tf.square(g), 1 - beta2)),
  }));
}

// p_t = p (1 - lr lambda) - lr (m_t / (1 - b1^t)) / (sqrt(v_t / (1 - b2^t)) + eps)
export function adamwParamUpdate(
  p: tf.Tensor,
  m: tf.Tensor,
  v: tf.Tensor,
  t: number,
  lr: number,
  opts: AdamWOptions,
): tf.Tensor {
  return tf.tidy(() => {
    const mHat = tf.div(m, 1 - opts.beta1 ** t);
    const vHat = tf.div(v, 1 - opts.beta2 ** t);
    const adam = tf.div(mHat, tf.add(tf.sqrt(vHat), opts.eps));
    return tf.sub(tf.mul(p, 1 - lr * opts.weightDecay), tf.mul(adam, lr));
  });
}

/** A non-trainable variable holding `init`'s data; `init` itself is released. */
function ownedVariable(init: tf.Tensor): tf.Variable {
  const v = tf.variable(init, false);
  init.dispose();
  return v;
}

/** One parameter's moments, as plain arrays. */
export interface AdamWMoments {
  shape: number[];
  m: Float32Array;
  v: Float32Array;
}

/** Serialised optimizer state: write it with the checkpoint, `restore` it on resume. */
export interface AdamWState {
  version: 1;
  step: number;
  options: AdamWOptions;
  moments: Record<string, AdamWMoments>;
}

/**
 * AdamW (Loshchilov & Hutter) with bias correction, over named tf.Variables. The state (step and
 * per-parameter moments) serialises, restores, and resets: ProRL re-initialises it at every
 * reference reset.
 */
export class AdamW {
  readonly options: AdamWOptions;
  private t = 0;
  private moments = new Map<string, { m: tf.Variable; v: tf.Variable }>();

  constructor(options: z.input<typeof adamWOptionsSchema> = {}) {
    this.options = adamWOptionsSchema.parse(options);
  }

  /** Updates taken since construction or the last reset. */
  get step(): number {
    return this.t;
  }

  /** Apply one update to every parameter that has a gradient; `lr` overrides options.lr. */
  apply(
    params: Readonly<Record<string, tf.Variable>>,
    grads: Readonly<Record<string, tf.Tensor>>,
    lr: number = this.options.lr,
  ): void {
    const t = this.t + 1;
    for (const [name, g] of Object.entries(grads)) {
      const p = params[name];
      if (p === undefined) throw new Error(`AdamW: gradient for unknown parameter ${name}`);
      if (!tf.util.arraysEqual(p.shape, g.shape)) {
        throw new Error(`AdamW: gradient of ${name} has shape ${g.shape}, parameter ${p.shape}`);
      }
      let s = this.moments.get(name);
      if (s === undefined) {
        s = { m: ownedVariable(tf.zerosLike(p)), v: ownedVariable(tf.zerosLike(p)) };
        this.moments.set(name, s);
      }
      const state = s;
      tf.tidy(() => {
        const { m, v } = adamMoments(state.m, state.v, g, this.options.beta1, this.options.beta2);
        state.m.assign(m);
        state.v.assign(v);
        p.assign(adamwParamUpdate(p, m, v, t, lr, this.options));
      });
    }
    this.t = t;
  }

  /** Forget all moments and the step count (a fresh optimizer). */
  reset(): void {
    for (const { m, v } of this.moments.values()) {
      m.dispose();
      v.dispose();
    }
    this.moments.clear();
    this.t = 0;
  }

  async serialize(): Promise<AdamWState> {
    const moments: Record<string, AdamWMoments> = {};
    for (const [name, { m, v }] of this.moments) {
      moments[name] = {
        shape: [...m.shape],
        m: (await m.data()) as Float32Array,
        v: (await v.data()) as Float32Array,
      };
    }
    return { version: 1, step: this.t, options: { ...this.options }, moments };
  }

  /** Replace the state with a serialised one (options stay those of this instance). */
  restore(state: AdamWState): void {
    if (state.version !== 1) throw new Error(`AdamW: unknown state version ${state.version}`);
    this.reset();
    for (const [name, s] of Object.entries(state.moments)) {
      const size = s.shape.reduce((a, b) => a * b, 1);
      if (s.m.length !== size || s.v.length !== size) {
        throw new Error(`AdamW: state of ${name} does not match its shape ${s.shape}`);
      }
      this.moments.set(name, {
        m: ownedVariable(tf.tensor(Float32Array.from(s.m), s.shape)),
        v: ownedVariable(tf.tensor(Float32Array.from(s.v), s.shape)),
      });
    }
    this.t = state.step;
  }

  dispose(): void {
    this.reset();
  }
}
