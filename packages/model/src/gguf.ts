// Export to GGUF (version 3) for llama.cpp, Ollama and LM Studio, following the layout of
// llama.cpp's gguf-py (constants.py, gguf_writer.py) and convert_hf_to_gguf.py: metadata
// key/values, tensor infos with dimensions innermost-first, 32-byte aligned data.
import { open } from "node:fs/promises";
import type * as tf from "@tensorflow/tfjs-core";
import { f32ToF16 } from "./dtype.js";
import type { CausalLM } from "./model.js";
import { weightSpecs } from "./weights.js";

const ALIGN = 32;

enum T {
  UINT32 = 4,
  INT32 = 5,
  FLOAT32 = 6,
  BOOL = 7,
  STRING = 8,
  ARRAY = 9,
}

type Value =
  | { t: T.UINT32 | T.INT32 | T.FLOAT32; v: number }
  | { t: T.BOOL; v: boolean }
  | { t: T.STRING; v: string }
  | { t: T.ARRAY; of: T.STRING; v: readonly string[] }
  | { t: T.ARRAY; of: T.INT32; v: readonly number[] };

class Bytes {
  chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer) {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(n: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  i32(n: number) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }
  u64(n: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  f32(n: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(n);
    this.push(b);
  }
  str(s: string) {
    const b = Buffer.from(s, "utf8");
    this.u64(b.length);
    this.push(b);
  }
  value(v: Value) {
    this.u32(v.t);
    switch (v.t) {
      case T.UINT32:
        return this.u32(v.v);
      case T.INT32:
        return this.i32(v.v);
      case T.FLOAT32:
        return this.f32(v.v);
      case T.BOOL:
        return this.push(Buffer.from([v.v ? 1 : 0]));
      case T.STRING:
        return this.str(v.v);
      case T.ARRAY:
        this.u32(v.of);
        this.u64(v.v.length);
        if (v.of === T.STRING) for (const s of v.v as readonly string[]) this.str(s);
        else for (const n of v.v as readonly number[]) this.i32(n);
    }
  }
}

export interface GgufVocab {
  /** Token strings by id (byte-level BPE form, as in tokenizer.json). */
  tokens: string[];
  /** 1 normal, 3 control, 4 user-defined (llama.cpp's token types). */
  types: number[];
  /** BPE merges as "a b". */
  merges: string[];
  /** llama.cpp pre-tokenizer name ("qwen2" for Qwen's tokenizer). */
  pre: string;
  bosTokenId?: number | null;
  eosTokenId?: number | null;
  padTokenId?: number | null;
  chatTemplate?: string | null;
}

/**
 * The vocabulary of a byte-level BPE tokenizer.json, padded to `vocabSize` with `[PAD<i>]`
 * entries as convert_hf_to_gguf.py does.
 */
export function ggufVocabFromTokenizerJson(
  json: unknown,
  vocabSize: number,
  opts: { pre?: string; config?: Record<string, unknown> } = {},
): GgufVocab {
  const j = json as {
    model?: {
      type?: string;
      vocab?: Record<string, number>;
      merges?: (string | [string, string])[];
    };
    added_tokens?: { id: number; content: string; special?: boolean }[];
  };
  if (j.model?.type !== "BPE" || !j.model.vocab) {
    throw new Error("GGUF export: only byte-level BPE tokenizer.json files are supported");
  }
  const tokens = new Array<string | undefined>(vocabSize);
  const types = new Array<number>(vocabSize).fill(1);
  for (const [tok, id] of Object.entries(j.model.vocab)) if (id < vocabSize) tokens[id] = tok;
  for (const a of j.added_tokens ?? []) {
    if (a.id >= vocabSize) continue;
    tokens[a.id] = a.content;
    types[a.id] = a.special ? 3 : 4;
  }
  // Array.from visits the holes that map would skip.
  const filled = Array.from(tokens, (t, i) => {
    if (t !== undefined) return t;
    types[i] = 4;
    return `[PAD${i}]`;
  });
  const merges = (j.model.merges ?? []).map((m) => (Array.isArray(m) ? m.join(" ") : m));
  const config = opts.config ?? {};
  const idOf = (key: string): number | null => {
    const v = config[key];
    const s =
      typeof v === "string"
        ? v
        : v && typeof v === "object" && "content" in v
          ? String(v.content)
          : null;
    if (s === null) return null;
    const i = filled.indexOf(s);
    return i >= 0 ? i : null;
  };
  return {
    tokens: filled,
    types,
    merges,
    pre: opts.pre ?? "qwen2",
    bosTokenId: idOf("bos_token"),
    eosTokenId: idOf("eos_token"),
    padTokenId: idOf("pad_token"),
    chatTemplate: typeof config.chat_template === "string" ? config.chat_template : null,
  };
}

/** HF name to GGUF name. */
function ggufName(name: string): string {
  if (name === "model.embed_tokens.weight") return "token_embd.weight";
  if (name === "model.norm.weight") return "output_norm.weight";
  if (name === "lm_head.weight") return "output.weight";
  const m = /^model\.layers\.(\d+)\.(.+)$/.exec(name);
  if (!m) throw new Error(`GGUF export: no GGUF name for ${name}`);
  const map: Record<string, string> = {
    "input_layernorm.weight": "attn_norm.weight",
    "self_attn.q_proj.weight": "attn_q.weight",
    "self_attn.q_proj.bias": "attn_q.bias",
    "self_attn.k_proj.weight": "attn_k.weight",
    "self_attn.k_proj.bias": "attn_k.bias",
    "self_attn.v_proj.weight": "attn_v.weight",
    "self_attn.v_proj.bias": "attn_v.bias",
    "self_attn.o_proj.weight": "attn_output.weight",
    "post_attention_layernorm.weight": "ffn_norm.weight",
    "mlp.gate_proj.weight": "ffn_gate.weight",
    "mlp.up_proj.weight": "ffn_up.weight",
    "mlp.down_proj.weight": "ffn_down.weight",
  };
  const rest = map[m[2] as string];
  if (!rest) throw new Error(`GGUF export: no GGUF name for ${name}`);
  return `blk.${m[1]}.${rest}`;
}

/**
 * llama.cpp's llama architecture rotates interleaved pairs, transformers' Llama rotates halves:
 * convert_hf_to_gguf.py permutes the rows of q/k (and their biases) per head. Qwen2 uses the NeoX
 * (halves) layout in llama.cpp too, so it needs none.
 */
function permuteRows(data: Float32Array, rows: number, heads: number): Float32Array {
  const cols = data.length / rows;
  const hd = rows / heads;
  const out = new Float32Array(data.length);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < hd / 2; i++) {
      for (const [half, dst] of [
        [0, 2 * i],
        [1, 2 * i + 1],
      ] as const) {
        const src = h * hd + half * (hd / 2) + i;
        out.set(data.subarray(src * cols, (src + 1) * cols), (h * hd + dst) * cols);
      }
    }
  }
  return out;
}

export interface GgufOptions {
  /** Storage of the matrices: F32 or F16 (norms and biases stay F32, as llama.cpp expects). */
  dtype?: "F32" | "F16";
  vocab: GgufVocab;
  name?: string;
}

/** Writes the model as a GGUF v3 file. */
export async function exportGguf(model: CausalLM, path: string, opts: GgufOptions): Promise<void> {
  const c = model.config;
  const dtype = opts.dtype ?? "F32";
  if (c.ropeScaling?.type === "llama3") {
    throw new Error(
      "GGUF export: llama3 rope scaling is not supported yet (needs a rope_freqs tensor)",
    );
  }
  if (opts.vocab.tokens.length !== c.vocabSize) {
    throw new Error(
      `GGUF export: vocabulary has ${opts.vocab.tokens.length} tokens, the model ${c.vocabSize}`,
    );
  }
  const arch = c.architecture;
  const kv: [string, Value][] = [
    ["general.architecture", { t: T.STRING, v: arch }],
    ["general.name", { t: T.STRING, v: opts.name ?? "prorl-model" }],
    ["general.file_type", { t: T.UINT32, v: dtype === "F16" ? 1 : 0 }],
    [`${arch}.context_length`, { t: T.UINT32, v: c.maxPositionEmbeddings }],
    [`${arch}.embedding_length`, { t: T.UINT32, v: c.hiddenSize }],
    [`${arch}.block_count`, { t: T.UINT32, v: c.numLayers }],
    [`${arch}.feed_forward_length`, { t: T.UINT32, v: c.intermediateSize }],
    [`${arch}.attention.head_count`, { t: T.UINT32, v: c.numHeads }],
    [`${arch}.attention.head_count_kv`, { t: T.UINT32, v: c.numKvHeads }],
    [`${arch}.attention.key_length`, { t: T.UINT32, v: c.headDim }],
    [`${arch}.attention.value_length`, { t: T.UINT32, v: c.headDim }],
    [`${arch}.rope.dimension_count`, { t: T.UINT32, v: c.headDim }],
    [`${arch}.rope.freq_base`, { t: T.FLOAT32, v: c.ropeTheta }],
    [`${arch}.attention.layer_norm_rms_epsilon`, { t: T.FLOAT32, v: c.rmsNormEps }],
    [`${arch}.vocab_size`, { t: T.UINT32, v: c.vocabSize }],
  ];
  if (c.ropeScaling?.type === "linear") {
    kv.push([`${arch}.rope.scaling.type`, { t: T.STRING, v: "linear" }]);
    kv.push([`${arch}.rope.scaling.factor`, { t: T.FLOAT32, v: c.ropeScaling.factor }]);
  }
  const v = opts.vocab;
  kv.push(["tokenizer.ggml.model", { t: T.STRING, v: "gpt2" }]);
  kv.push(["tokenizer.ggml.pre", { t: T.STRING, v: v.pre }]);
  kv.push(["tokenizer.ggml.tokens", { t: T.ARRAY, of: T.STRING, v: v.tokens }]);
  kv.push(["tokenizer.ggml.token_type", { t: T.ARRAY, of: T.INT32, v: v.types }]);
  kv.push(["tokenizer.ggml.merges", { t: T.ARRAY, of: T.STRING, v: v.merges }]);
  const eos = v.eosTokenId ?? c.eosTokenIds[0] ?? null;
  const bos = v.bosTokenId ?? c.bosTokenId ?? eos;
  if (bos !== null) kv.push(["tokenizer.ggml.bos_token_id", { t: T.UINT32, v: bos }]);
  if (eos !== null) kv.push(["tokenizer.ggml.eos_token_id", { t: T.UINT32, v: eos }]);
  if (v.padTokenId != null)
    kv.push(["tokenizer.ggml.padding_token_id", { t: T.UINT32, v: v.padTokenId }]);
  kv.push(["tokenizer.ggml.add_bos_token", { t: T.BOOL, v: false }]);
  if (v.chatTemplate) kv.push(["tokenizer.chat_template", { t: T.STRING, v: v.chatTemplate }]);

  const specs = weightSpecs(c);
  const header = new Bytes();
  header.push(Buffer.from("GGUF", "ascii"));
  header.u32(3);
  header.u64(specs.length);
  header.u64(kv.length);
  for (const [k, val] of kv) {
    header.str(k);
    header.value(val);
  }
  const plan = specs.map((s) => {
    const half = dtype === "F16" && s.shape.length === 2;
    return { spec: s, half, bytes: s.shape.reduce((a, d) => a * d, 1) * (half ? 2 : 4) };
  });
  let offset = 0;
  for (const p of plan) {
    header.str(ggufName(p.spec.name));
    header.u32(p.spec.shape.length);
    for (const d of [...p.spec.shape].reverse()) header.u64(d);
    header.u32(p.half ? 1 : 0);
    header.u64(offset);
    offset += Math.ceil(p.bytes / ALIGN) * ALIGN;
  }
  const pad = (n: number) => Buffer.alloc((ALIGN - (n % ALIGN)) % ALIGN);
  header.push(pad(header.length));
  const fh = await open(path, "w");
  try {
    await fh.write(Buffer.concat(header.chunks));
    for (const p of plan) {
      let data = (await (model.params.get(p.spec.name) as tf.Variable).data()) as Float32Array;
      if (arch === "llama") {
        const n = p.spec.name;
        const rows = p.spec.shape[0] as number;
        if (/self_attn\.q_proj\.(weight|bias)$/.test(n)) data = permuteRows(data, rows, c.numHeads);
        if (/self_attn\.k_proj\.(weight|bias)$/.test(n))
          data = permuteRows(data, rows, c.numKvHeads);
      }
      let buf: Buffer;
      if (p.half) {
        buf = Buffer.alloc(data.length * 2);
        for (let i = 0; i < data.length; i++) buf.writeUInt16LE(f32ToF16(data[i] as number), i * 2);
      } else {
        buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      }
      await fh.write(buf);
      await fh.write(pad(buf.length));
    }
  } finally {
    await fh.close();
  }
}
