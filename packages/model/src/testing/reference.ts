// Test-only: a plain float64 JavaScript forward pass of the same decoder, written from the
// transformers Qwen2 / Llama modelling code independently of the TensorFlow.js implementation,
// one row at a time with explicit loops.
import { Rng } from "@prorl/core";
import { type ModelConfig, parseConfig } from "../config.js";

type W = ReadonlyMap<string, Float32Array>;

function get(w: W, name: string): Float32Array {
  const t = w.get(name);
  if (!t) throw new Error(`reference: missing ${name}`);
  return t;
}

/** y = W x (+ b), W row-major [out, in]. */
function linear(w: Float32Array, b: Float32Array | undefined, x: number[], out: number): number[] {
  const n = x.length;
  const y = new Array<number>(out).fill(0);
  for (let o = 0; o < out; o++) {
    let s = b ? (b[o] as number) : 0;
    for (let i = 0; i < n; i++) s += (w[o * n + i] as number) * (x[i] as number);
    y[o] = s;
  }
  return y;
}

function rmsnorm(x: number[], w: Float32Array, eps: number): number[] {
  let ms = 0;
  for (const v of x) ms += v * v;
  const r = 1 / Math.sqrt(ms / x.length + eps);
  return x.map((v, i) => v * r * (w[i] as number));
}

function invFreq(c: ModelConfig): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.headDim; i += 2) {
    let f = c.ropeTheta ** (-i / c.headDim);
    const s = c.ropeScaling;
    if (s?.type === "linear") f /= s.factor;
    else if (s?.type === "llama3") {
      const wl = (2 * Math.PI) / f;
      const lo = s.originalMaxPositionEmbeddings / s.lowFreqFactor;
      const hi = s.originalMaxPositionEmbeddings / s.highFreqFactor;
      if (wl > lo) f /= s.factor;
      else if (wl >= hi) {
        const k =
          (s.originalMaxPositionEmbeddings / wl - s.lowFreqFactor) /
          (s.highFreqFactor - s.lowFreqFactor);
        f = (1 - k) * (f / s.factor) + k * f;
      }
    }
    out.push(f);
  }
  return out;
}

function rope(x: number[], pos: number, inv: number[]): number[] {
  const half = inv.length;
  const y = x.slice();
  for (let i = 0; i < half; i++) {
    const a = pos * (inv[i] as number);
    const x1 = x[i] as number;
    const x2 = x[i + half] as number;
    y[i] = x1 * Math.cos(a) - x2 * Math.sin(a);
    y[i + half] = x2 * Math.cos(a) + x1 * Math.sin(a);
  }
  return y;
}

/** Logits [row][position][vocab] in float64. */
export function referenceLogits(
  c: ModelConfig,
  w: W,
  ids: number[][],
  mask?: number[][],
): number[][][] {
  const inv = invFreq(c);
  const hd = c.headDim;
  const H = c.hiddenSize;
  return ids.map((row, b) => {
    const m = mask?.[b] ?? row.map(() => 1);
    const T = row.length;
    const pos: number[] = [];
    let seen = 0;
    for (let t = 0; t < T; t++) {
      if (m[t]) seen++;
      pos.push(m[t] ? seen - 1 : 0);
    }
    const emb = get(w, "model.embed_tokens.weight");
    let xs = row.map((id) => Array.from(emb.subarray(id * H, (id + 1) * H)));
    for (let l = 0; l < c.numLayers; l++) {
      const p = `model.layers.${l}`;
      const bias = (n: string) =>
        c.attentionBias ? get(w, `${p}.self_attn.${n}_proj.bias`) : undefined;
      const hs = xs.map((x) => rmsnorm(x, get(w, `${p}.input_layernorm.weight`), c.rmsNormEps));
      const qs = hs.map((h) =>
        linear(get(w, `${p}.self_attn.q_proj.weight`), bias("q"), h, c.numHeads * hd),
      );
      const ks = hs.map((h) =>
        linear(get(w, `${p}.self_attn.k_proj.weight`), bias("k"), h, c.numKvHeads * hd),
      );
      const vs = hs.map((h) =>
        linear(get(w, `${p}.self_attn.v_proj.weight`), bias("v"), h, c.numKvHeads * hd),
      );
      const attnOut = xs.map((_, t) => {
        const out = new Array<number>(c.numHeads * hd).fill(0);
        for (let h = 0; h < c.numHeads; h++) {
          const kvh = Math.floor(h / (c.numHeads / c.numKvHeads));
          const q = rope((qs[t] as number[]).slice(h * hd, (h + 1) * hd), pos[t] as number, inv);
          const scores: number[] = [];
          for (let s = 0; s < T; s++) {
            if (s > t || !m[s]) {
              scores.push(Number.NEGATIVE_INFINITY);
              continue;
            }
            const k = rope(
              (ks[s] as number[]).slice(kvh * hd, (kvh + 1) * hd),
              pos[s] as number,
              inv,
            );
            let d = 0;
            for (let i = 0; i < hd; i++) d += (q[i] as number) * (k[i] as number);
            scores.push(d / Math.sqrt(hd));
          }
          const mx = Math.max(...scores);
          // A query with nothing visible (padding before any real token) averages uniformly, as
          // an additive mask does; its output is never used.
          const e =
            mx === Number.NEGATIVE_INFINITY
              ? scores.map((_, s) => (s <= t ? 1 : 0))
              : scores.map((s) => Math.exp(s - mx));
          const z = e.reduce((a, v) => a + v, 0);
          for (let s = 0; s < T; s++) {
            const pr = (e[s] as number) / z;
            if (pr === 0) continue;
            for (let i = 0; i < hd; i++) {
              out[h * hd + i] =
                (out[h * hd + i] as number) + pr * ((vs[s] as number[])[kvh * hd + i] as number);
            }
          }
        }
        return out;
      });
      xs = xs.map((x, t) => {
        const o = linear(
          get(w, `${p}.self_attn.o_proj.weight`),
          undefined,
          attnOut[t] as number[],
          H,
        );
        const x1 = x.map((v, i) => v + (o[i] as number));
        const n = rmsnorm(x1, get(w, `${p}.post_attention_layernorm.weight`), c.rmsNormEps);
        const g = linear(get(w, `${p}.mlp.gate_proj.weight`), undefined, n, c.intermediateSize);
        const u = linear(get(w, `${p}.mlp.up_proj.weight`), undefined, n, c.intermediateSize);
        const a = g.map((v, i) => (v / (1 + Math.exp(-v))) * (u[i] as number));
        const d = linear(get(w, `${p}.mlp.down_proj.weight`), undefined, a, H);
        return x1.map((v, i) => v + (d[i] as number));
      });
    }
    const head = get(w, c.tieWordEmbeddings ? "model.embed_tokens.weight" : "lm_head.weight");
    return xs.map((x) =>
      linear(head, undefined, rmsnorm(x, get(w, "model.norm.weight"), c.rmsNormEps), c.vocabSize),
    );
  });
}

/** A tiny random config (2 layers, hidden 32, GQA 4:2) in Hugging Face form. */
export function tinyHfConfig(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    architectures: ["Qwen2ForCausalLM"],
    model_type: "qwen2",
    vocab_size: 64,
    hidden_size: 32,
    intermediate_size: 48,
    num_hidden_layers: 2,
    num_attention_heads: 4,
    num_key_value_heads: 2,
    max_position_embeddings: 256,
    rms_norm_eps: 1e-6,
    rope_theta: 10000,
    tie_word_embeddings: false,
    eos_token_id: 1,
    bos_token_id: 0,
    ...over,
  };
}

export function tinyConfig(over: Record<string, unknown> = {}): ModelConfig {
  return parseConfig(tinyHfConfig(over));
}

/** Random weights for every parameter, norms and biases included (so the test exercises them). */
export function randomTensors(
  c: ModelConfig,
  specs: readonly { name: string; shape: number[]; kind: string }[],
  seed = 1,
): Map<string, Float32Array> {
  const rng = new Rng("reference-weights", seed);
  const out = new Map<string, Float32Array>();
  for (const s of specs) {
    const n = s.shape.reduce((a, d) => a * d, 1);
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const u = rng.float() * 2 - 1;
      data[i] = s.kind === "norm" ? 1 + 0.3 * u : s.kind === "bias" ? 0.2 * u : 0.25 * u;
    }
    out.set(s.name, data);
  }
  void c;
  return out;
}
