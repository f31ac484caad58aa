import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, readConfig, toHfConfig } from "./config.js";

// Field values as in the DeepSeek-R1-Distill-Qwen-1.5B config.json.
const r1Distill = {
  architectures: ["Qwen2ForCausalLM"],
  attention_dropout: 0.0,
  bos_token_id: 151643,
  eos_token_id: 151643,
  hidden_act: "silu",
  hidden_size: 1536,
  initializer_range: 0.02,
  intermediate_size: 8960,
  max_position_embeddings: 131072,
  max_window_layers: 21,
  model_type: "qwen2",
  num_attention_heads: 12,
  num_hidden_layers: 28,
  num_key_value_heads: 2,
  rms_norm_eps: 1e-6,
  rope_theta: 10000,
  sliding_window: 4096,
  tie_word_embeddings: false,
  torch_dtype: "bfloat16",
  use_cache: true,
  use_mrope: false,
  use_sliding_window: false,
  vocab_size: 151936,
};

describe("parseConfig", () => {
  it("reads a DeepSeek-R1-Distill-Qwen config", () => {
    const c = parseConfig(r1Distill);
    expect(c.architecture).toBe("qwen2");
    expect(c.headDim).toBe(128);
    expect(c.numKvHeads).toBe(2);
    expect(c.attentionBias).toBe(true);
    expect(c.tieWordEmbeddings).toBe(false);
    expect(c.eosTokenIds).toEqual([151643]);
    expect(c.ropeScaling).toBeNull();
  });

  it("reads a Llama-style config with llama3 rope scaling and a list of EOS ids", () => {
    const c = parseConfig({
      architectures: ["LlamaForCausalLM"],
      model_type: "llama",
      vocab_size: 128256,
      hidden_size: 2048,
      intermediate_size: 8192,
      num_hidden_layers: 16,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      rope_theta: 500000,
      rope_scaling: {
        factor: 32,
        high_freq_factor: 4,
        low_freq_factor: 1,
        original_max_position_embeddings: 8192,
        rope_type: "llama3",
      },
      tie_word_embeddings: true,
      eos_token_id: [128001, 128008, 128009],
    });
    expect(c.architecture).toBe("llama");
    expect(c.attentionBias).toBe(false);
    expect(c.headDim).toBe(64);
    expect(c.ropeScaling).toEqual({
      type: "llama3",
      factor: 32,
      lowFreqFactor: 1,
      highFreqFactor: 4,
      originalMaxPositionEmbeddings: 8192,
    });
    expect(c.eosTokenIds).toEqual([128001, 128008, 128009]);
  });

  it("names the field that is wrong", () => {
    expect(() => parseConfig({ ...r1Distill, hidden_size: "big" }, "m/config.json")).toThrow(
      /m\/config\.json: invalid config: hidden_size/,
    );
  });

  it("rejects unknown architectures, bad head counts and unsupported rope scaling", () => {
    expect(() =>
      parseConfig({ ...r1Distill, model_type: "gpt2", architectures: ["GPT2LMHeadModel"] }),
    ).toThrow(/unknown architecture.*gpt2/);
    expect(() => parseConfig({ ...r1Distill, num_key_value_heads: 5 })).toThrow(ConfigError);
    expect(() => parseConfig({ ...r1Distill, rope_scaling: { type: "yarn", factor: 4 } })).toThrow(
      /yarn/,
    );
  });

  it("round-trips through toHfConfig", () => {
    const c = parseConfig(r1Distill);
    expect(parseConfig(toHfConfig(c))).toEqual(c);
  });

  it("reports unreadable and non-JSON files with their path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-config-"));
    await expect(readConfig(join(dir, "missing.json"))).rejects.toThrow(
      /missing\.json: cannot read/,
    );
    await writeFile(join(dir, "config.json"), "{nope");
    await expect(readConfig(join(dir, "config.json"))).rejects.toThrow(
      /config\.json: not valid JSON/,
    );
  });
});
