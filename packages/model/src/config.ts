// Hugging Face config.json for Qwen2 / Qwen2.5 / DeepSeek-R1-Distill-Qwen and Llama-style models,
// validated with zod and normalised into the one shape the forward pass reads.
import { readFile } from "node:fs/promises";
import { z } from "zod";

const ropeScalingSchema = z
  .object({
    type: z.string().optional(),
    rope_type: z.string().optional(),
    factor: z.number().positive().optional(),
    low_freq_factor: z.number().positive().optional(),
    high_freq_factor: z.number().positive().optional(),
    original_max_position_embeddings: z.number().int().positive().optional(),
  })
  .loose();

const tokenIds = z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative())]);

/** The fields of config.json that the architecture needs (others are kept but ignored). */
export const hfConfigSchema = z
  .object({
    architectures: z.array(z.string()).optional(),
    model_type: z.string(),
    vocab_size: z.number().int().positive(),
    hidden_size: z.number().int().positive(),
    intermediate_size: z.number().int().positive(),
    num_hidden_layers: z.number().int().positive(),
    num_attention_heads: z.number().int().positive(),
    num_key_value_heads: z.number().int().positive().optional(),
    head_dim: z.number().int().positive().nullish(),
    max_position_embeddings: z.number().int().positive().default(32768),
    rms_norm_eps: z.number().positive().default(1e-6),
    rope_theta: z.number().positive().default(10000),
    rope_scaling: ropeScalingSchema.nullish(),
    tie_word_embeddings: z.boolean().default(false),
    attention_bias: z.boolean().optional(),
    mlp_bias: z.boolean().optional(),
    hidden_act: z.string().default("silu"),
    use_sliding_window: z.boolean().optional(),
    bos_token_id: tokenIds.nullish(),
    eos_token_id: tokenIds.nullish(),
    torch_dtype: z.string().nullish(),
  })
  .loose();

export type HfConfig = z.infer<typeof hfConfigSchema>;

export type RopeScaling =
  | { type: "linear"; factor: number }
  | {
      type: "llama3";
      factor: number;
      lowFreqFactor: number;
      highFreqFactor: number;
      originalMaxPositionEmbeddings: number;
    };

/** The normalised configuration the model code uses. */
export interface ModelConfig {
  architecture: "qwen2" | "llama";
  vocabSize: number;
  hiddenSize: number;
  intermediateSize: number;
  numLayers: number;
  numHeads: number;
  numKvHeads: number;
  headDim: number;
  maxPositionEmbeddings: number;
  rmsNormEps: number;
  ropeTheta: number;
  ropeScaling: RopeScaling | null;
  tieWordEmbeddings: boolean;
  /** q/k/v projections carry biases (always for Qwen2; `attention_bias` for Llama). */
  attentionBias: boolean;
  bosTokenId: number | null;
  eosTokenIds: number[];
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const QWEN2_ARCHS = new Set(["Qwen2ForCausalLM"]);
const LLAMA_ARCHS = new Set(["LlamaForCausalLM", "MistralForCausalLM"]);

function architectureOf(raw: HfConfig, where: string): "qwen2" | "llama" {
  const archs = raw.architectures ?? [];
  if (raw.model_type === "qwen2" || archs.some((a) => QWEN2_ARCHS.has(a))) return "qwen2";
  if (raw.model_type === "llama" || raw.model_type === "mistral") return "llama";
  if (archs.some((a) => LLAMA_ARCHS.has(a))) return "llama";
  throw new ConfigError(
    `${where}: unknown architecture (model_type "${raw.model_type}", architectures ${JSON.stringify(archs)}); supported: qwen2 (Qwen2ForCausalLM) and llama (LlamaForCausalLM)`,
  );
}

function ropeScalingOf(raw: HfConfig, where: string): RopeScaling | null {
  const s = raw.rope_scaling;
  if (s == null) return null;
  const kind = s.rope_type ?? s.type ?? "default";
  if (kind === "default") return null;
  if (kind === "linear") {
    if (s.factor === undefined)
      throw new ConfigError(`${where}: rope_scaling "linear" needs factor`);
    return { type: "linear", factor: s.factor };
  }
  if (kind === "llama3") {
    if (s.factor === undefined)
      throw new ConfigError(`${where}: rope_scaling "llama3" needs factor`);
    return {
      type: "llama3",
      factor: s.factor,
      lowFreqFactor: s.low_freq_factor ?? 1,
      highFreqFactor: s.high_freq_factor ?? 4,
      originalMaxPositionEmbeddings: s.original_max_position_embeddings ?? 8192,
    };
  }
  throw new ConfigError(
    `${where}: rope_scaling type "${kind}" is not supported (supported: default, linear, llama3)`,
  );
}

const asList = (v: number | number[] | null | undefined): number[] =>
  v == null ? [] : Array.isArray(v) ? v : [v];

/** Validates a parsed config.json object and normalises it. `where` names the source in errors. */
export function parseConfig(json: unknown, where = "config.json"): ModelConfig {
  const parsed = hfConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    throw new ConfigError(`${where}: invalid config: ${issues}`);
  }
  const raw = parsed.data;
  const architecture = architectureOf(raw, where);
  if (raw.hidden_act !== "silu") {
    throw new ConfigError(`${where}: hidden_act "${raw.hidden_act}" is not supported (only silu)`);
  }
  if (raw.mlp_bias) throw new ConfigError(`${where}: mlp_bias is not supported`);
  if (raw.use_sliding_window) {
    throw new ConfigError(`${where}: use_sliding_window is not supported`);
  }
  const numHeads = raw.num_attention_heads;
  const numKvHeads = raw.num_key_value_heads ?? numHeads;
  if (numHeads % numKvHeads !== 0) {
    throw new ConfigError(
      `${where}: num_attention_heads (${numHeads}) must be a multiple of num_key_value_heads (${numKvHeads})`,
    );
  }
  const headDim = raw.head_dim ?? raw.hidden_size / numHeads;
  if (!Number.isInteger(headDim) || headDim % 2 !== 0) {
    throw new ConfigError(
      `${where}: head dimension ${headDim} (hidden_size / num_attention_heads) must be an even integer`,
    );
  }
  return {
    architecture,
    vocabSize: raw.vocab_size,
    hiddenSize: raw.hidden_size,
    intermediateSize: raw.intermediate_size,
    numLayers: raw.num_hidden_layers,
    numHeads,
    numKvHeads,
    headDim,
    maxPositionEmbeddings: raw.max_position_embeddings,
    rmsNormEps: raw.rms_norm_eps,
    ropeTheta: raw.rope_theta,
    ropeScaling: ropeScalingOf(raw, where),
    tieWordEmbeddings: raw.tie_word_embeddings,
    attentionBias: architecture === "qwen2" ? true : (raw.attention_bias ?? false),
    bosTokenId: asList(raw.bos_token_id)[0] ?? null,
    eosTokenIds: asList(raw.eos_token_id),
  };
}

/** Reads and parses `config.json` from a file path. */
export async function readConfig(path: string): Promise<ModelConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new ConfigError(`${path}: cannot read config: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON: ${(e as Error).message}`);
  }
  return parseConfig(json, path);
}

/** The config.json a saved model carries (Hugging Face field names). */
export function toHfConfig(c: ModelConfig): Record<string, unknown> {
  const rope =
    c.ropeScaling === null
      ? null
      : c.ropeScaling.type === "linear"
        ? { rope_type: "linear", factor: c.ropeScaling.factor }
        : {
            rope_type: "llama3",
            factor: c.ropeScaling.factor,
            low_freq_factor: c.ropeScaling.lowFreqFactor,
            high_freq_factor: c.ropeScaling.highFreqFactor,
            original_max_position_embeddings: c.ropeScaling.originalMaxPositionEmbeddings,
          };
  return {
    architectures: [c.architecture === "qwen2" ? "Qwen2ForCausalLM" : "LlamaForCausalLM"],
    model_type: c.architecture,
    vocab_size: c.vocabSize,
    hidden_size: c.hiddenSize,
    intermediate_size: c.intermediateSize,
    num_hidden_layers: c.numLayers,
    num_attention_heads: c.numHeads,
    num_key_value_heads: c.numKvHeads,
    head_dim: c.headDim,
    max_position_embeddings: c.maxPositionEmbeddings,
    rms_norm_eps: c.rmsNormEps,
    rope_theta: c.ropeTheta,
    rope_scaling: rope,
    tie_word_embeddings: c.tieWordEmbeddings,
    hidden_act: "silu",
    ...(c.architecture === "llama" ? { attention_bias: c.attentionBias } : {}),
    bos_token_id: c.bosTokenId,
    eos_token_id: c.eosTokenIds.length === 1 ? c.eosTokenIds[0] : c.eosTokenIds,
    torch_dtype: "float32",
  };
}
