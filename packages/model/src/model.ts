// The Qwen2 / Llama decoder written once against TensorFlow.js ops, as in transformers'
// modeling_qwen2.py: embeddings, pre-norm blocks of RMSNorm + grouped-query attention with rotary
// embeddings (q/k/v biases for Qwen2) + SwiGLU MLP, a final RMSNorm and a tied or untied head.
import * as tf from "@tensorflow/tfjs-core";
import "./gradients.js";
import { Rng } from "@prorl/core";
import type { ModelConfig } from "./config.js";
import { CausalMask, causalAttention, rmsNorm, rotary, swiglu } from "./fused.js";
import { inverseFrequencies, ropeTables } from "./rope.js";
import { numel, weightSpecs } from "./weights.js";

interface Layer {
  inputNorm: tf.Variable;
  q: tf.Variable;
  qBias: tf.Variable | null;
  k: tf.Variable;
  kBias: tf.Variable | null;
  v: tf.Variable;
  vBias: tf.Variable | null;
  o: tf.Variable;
  postNorm: tf.Variable;
  gate: tf.Variable;
  up: tf.Variable;
  down: tf.Variable;
}

/** Keys and values of the positions seen so far, per layer: [batch, kvHeads, length, headDim]. */
export interface KVCache {
  keys: tf.Tensor4D[];
  values: tf.Tensor4D[];
  /** Number of positions cached. */
  length: number;
}

export interface ForwardOptions {
  /**
   * 1 for real tokens, 0 for padding, over the cached positions plus the new ones
   * ([batch][cache.length + ids[0].length]). Defaults to all ones.
   */
  attentionMask?: readonly (readonly number[])[];
  /** Positions cached by an earlier call; the new positions attend to them. */
  cache?: KVCache;
}

export class ModelError extends Error {
  override name = "ModelError";
}

function gaussian(rng: Rng): number {
  const u = 1 - rng.float();
  const v = rng.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export class CausalLM {
  readonly config: ModelConfig;
  /** Trainable parameters by Hugging Face name. */
  readonly params: Map<string, tf.Variable>;
  readonly #layers: Layer[];
  readonly #invFreq: Float64Array;

  /**
   * Wraps variables named as in Hugging Face checkpoints; every parameter the config needs must be
   * present with its shape. The model owns them (dispose() frees them).
   */
  constructor(config: ModelConfig, params: ReadonlyMap<string, tf.Variable>) {
    this.config = config;
    this.params = new Map();
    const specs = weightSpecs(config);
    const missing = specs.filter((s) => !params.has(s.name)).map((s) => s.name);
    if (missing.length > 0) {
      throw new ModelError(
        `missing weights: ${missing.slice(0, 8).join(", ")}${missing.length > 8 ? ", ..." : ""}`,
      );
    }
    for (const s of specs) {
      const v = params.get(s.name) as tf.Variable;
      if (v.shape.join(",") !== s.shape.join(",")) {
        throw new ModelError(
          `weight "${s.name}": shape [${v.shape.join(", ")}], expected [${s.shape.join(", ")}]`,
        );
      }
      this.params.set(s.name, v);
    }
    const p = (n: string) => this.params.get(n) as tf.Variable;
    const o = (n: string) => this.params.get(n) ?? null;
    this.#layers = Array.from({ length: config.numLayers }, (_, i) => {
      const x = `model.layers.${i}`;
      return {
        inputNorm: p(`${x}.input_layernorm.weight`),
        q: p(`${x}.self_attn.q_proj.weight`),
        qBias: o(`${x}.self_attn.q_proj.bias`),
        k: p(`${x}.self_attn.k_proj.weight`),
        kBias: o(`${x}.self_attn.k_proj.bias`),
        v: p(`${x}.self_attn.v_proj.weight`),
        vBias: o(`${x}.self_attn.v_proj.bias`),
        o: p(`${x}.self_attn.o_proj.weight`),
        postNorm: p(`${x}.post_attention_layernorm.weight`),
        gate: p(`${x}.mlp.gate_proj.weight`),
        up: p(`${x}.mlp.up_proj.weight`),
        down: p(`${x}.mlp.down_proj.weight`),
      };
    });
    this.#invFreq = inverseFrequencies(config);
  }

  /** A model from float32 arrays by Hugging Face name (checked against the config's shapes). */
  static fromArrays(config: ModelConfig, tensors: ReadonlyMap<string, Float32Array>): CausalLM {
    const params = new Map<string, tf.Variable>();
    try {
      for (const s of weightSpecs(config)) {
        const data = tensors.get(s.name);
        if (!data) continue;
        if (data.length !== numel(s.shape)) {
          throw new ModelError(
            `weight "${s.name}": ${data.length} values, expected shape [${s.shape.join(", ")}]`,
          );
        }
        params.set(s.name, toVariable(data, s.shape));
      }
      return new CausalLM(config, params);
    } catch (e) {
      for (const v of params.values()) v.dispose();
      throw e;
    }
  }

  /** A model with random weights (normal, std `std`; norms at one), seeded. */
  static random(config: ModelConfig, seed: number | string = 0, std = 0.02): CausalLM {
    const rng = new Rng("prorl-model-init", seed);
    const tensors = new Map<string, Float32Array>();
    for (const s of weightSpecs(config)) {
      const data = new Float32Array(numel(s.shape));
      if (s.kind === "norm") data.fill(1);
      else for (let i = 0; i < data.length; i++) data[i] = std * gaussian(rng);
      tensors.set(s.name, data);
    }
    return CausalLM.fromArrays(config, tensors);
  }

  /** Trainable variables, in Hugging Face order (the list tf.variableGrads takes). */
  get variables(): tf.Variable[] {
    return [...this.params.values()];
  }

  dispose(): void {
    for (const v of this.params.values()) v.dispose();
  }

  #norm(x: tf.Tensor, w: tf.Tensor): tf.Tensor {
    return rmsNorm(x, w, this.config.rmsNormEps);
  }

  #linear(x2d: tf.Tensor, w: tf.Tensor, b: tf.Tensor | null): tf.Tensor2D {
    const y = tf.matMul(x2d as tf.Tensor2D, w as tf.Tensor2D, false, true);
    return (b === null ? y : tf.add(y, b)) as tf.Tensor2D;
  }

  #rope(x: tf.Tensor4D, cos: tf.Tensor, sin: tf.Tensor): tf.Tensor4D {
    return rotary(x, cos, sin) as tf.Tensor4D;
  }

  /**
   * Runs the decoder on `ids` ([batch][newLength], rectangular; padding positions are any id with
   * mask 0) and returns the final hidden states [batch, newLength, hidden] and the cache extended
   * by the new positions (its tensors are new; the caller disposes the old cache).
   */
  hidden(
    ids: readonly (readonly number[])[],
    opts: ForwardOptions = {},
  ): { hidden: tf.Tensor3D; cache: KVCache } {
    const c = this.config;
    const B = ids.length;
    const T = ids[0]?.length ?? 0;
    if (B === 0 || T === 0) throw new ModelError("forward needs at least one row and one token");
    if (ids.some((r) => r.length !== T)) throw new ModelError("rows of ids must have equal length");
    for (const r of ids) {
      for (const t of r) {
        if (!Number.isInteger(t) || t < 0 || t >= c.vocabSize) {
          throw new ModelError(`token id ${t} is outside the vocabulary [0, ${c.vocabSize})`);
        }
      }
    }
    const past = opts.cache?.length ?? 0;
    const S = past + T;
    const mask =
      opts.attentionMask ?? Array.from({ length: B }, () => new Array<number>(S).fill(1));
    if (mask.length !== B || mask.some((r) => r.length !== S)) {
      throw new ModelError(`attentionMask must be [${B}][${S}] (cached ${past} + new ${T})`);
    }
    // Positions count real tokens only, so left-padded rows start at 0 as in transformers.
    const positions: number[][] = [];
    for (let b = 0; b < B; b++) {
      const m = mask[b] as readonly number[];
      let seen = 0;
      const pos: number[] = [];
      for (let s = 0; s < S; s++) {
        if (m[s]) seen++;
        if (s >= past) pos.push(m[s] ? seen - 1 : 0);
      }
      positions.push(pos);
    }
    const causal = new CausalMask(mask, T);
    const { cos: cosArr, sin: sinArr } = ropeTables(this.#invFreq, positions);
    const nH = c.numHeads;
    const nKV = c.numKvHeads;
    const hd = c.headDim;
    const newKeys: tf.Tensor4D[] = [];
    const newValues: tf.Tensor4D[] = [];
    const hidden = tf.tidy(() => {
      const cos = tf.tensor4d(cosArr, [B, 1, T, hd]);
      const sin = tf.tensor4d(sinArr, [B, 1, T, hd]);
      const embed = this.params.get("model.embed_tokens.weight") as tf.Variable;
      let x: tf.Tensor = tf.gather(
        embed,
        tf.tensor2d(
          ids.map((r) => [...r]),
          [B, T],
          "int32",
        ),
      );
      const scale = 1 / Math.sqrt(hd);
      for (const [li, L] of this.#layers.entries()) {
        const h2 = tf.reshape(this.#norm(x, L.inputNorm), [B * T, c.hiddenSize]) as tf.Tensor2D;
        const heads = (y: tf.Tensor, n: number) =>
          tf.transpose(tf.reshape(y, [B, T, n, hd]), [0, 2, 1, 3]) as tf.Tensor4D;
        const q = this.#rope(heads(this.#linear(h2, L.q, L.qBias), nH), cos, sin);
        let k = this.#rope(heads(this.#linear(h2, L.k, L.kBias), nKV), cos, sin);
        let v = heads(this.#linear(h2, L.v, L.vBias), nKV);
        if (opts.cache) {
          k = tf.concat([opts.cache.keys[li] as tf.Tensor4D, k], 2);
          v = tf.concat([opts.cache.values[li] as tf.Tensor4D, v], 2);
        }
        newKeys.push(tf.keep(k));
        newValues.push(tf.keep(v));
        const attn = causalAttention(q, k, v, causal, scale);
        const merged = tf.reshape(tf.transpose(attn, [0, 2, 1, 3]), [
          B * T,
          nH * hd,
        ]) as tf.Tensor2D;
        x = tf.add(x, tf.reshape(this.#linear(merged, L.o, null), [B, T, c.hiddenSize]));
        const m2 = tf.reshape(this.#norm(x, L.postNorm), [B * T, c.hiddenSize]) as tf.Tensor2D;
        const g = this.#linear(m2, L.gate, null);
        const act = swiglu(g, this.#linear(m2, L.up, null));
        x = tf.add(x, tf.reshape(this.#linear(act, L.down, null), [B, T, c.hiddenSize]));
      }
      return this.#norm(x, this.params.get("model.norm.weight") as tf.Variable) as tf.Tensor3D;
    });
    return { hidden, cache: { keys: newKeys, values: newValues, length: S } };
  }

  /** Logits [batch, length, vocab] of final hidden states. */
  logitsOf(hidden: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const [B, T, H] = hidden.shape;
      const head = this.params.get(
        this.config.tieWordEmbeddings ? "model.embed_tokens.weight" : "lm_head.weight",
      ) as tf.Variable;
      const y = tf.matMul(tf.reshape(hidden, [B * T, H]) as tf.Tensor2D, head, false, true);
      return tf.reshape(y, [B, T, this.config.vocabSize]) as tf.Tensor3D;
    });
  }

  /** Logits [batch, length, vocab] of `ids`, without a cache. Differentiable. */
  forward(
    ids: readonly (readonly number[])[],
    attentionMask?: readonly (readonly number[])[],
  ): tf.Tensor3D {
    const { hidden, cache } = this.hidden(ids, attentionMask ? { attentionMask } : {});
    disposeCache(cache);
    const logits = this.logitsOf(hidden);
    hidden.dispose();
    return logits;
  }
}

/** A trainable variable holding `data` (tfjs variable names are global, so it stays unnamed). */
export function toVariable(data: Float32Array, shape: number[]): tf.Variable {
  const init = tf.tensor(data, shape, "float32");
  const v = tf.variable(init, true);
  init.dispose();
  return v;
}

export function disposeCache(cache: KVCache): void {
  for (const t of cache.keys) t.dispose();
  for (const t of cache.values) t.dispose();
}
