// Hugging Face parameter names and shapes of a Qwen2 / Llama causal LM.
import type { ModelConfig } from "./config.js";

export interface WeightSpec {
  name: string;
  shape: number[];
  /** RMSNorm scales start at one; everything else is drawn at random by initWeights. */
  kind: "norm" | "matrix" | "bias";
}

/** Every parameter the config needs, in the order transformers saves them. */
export function weightSpecs(c: ModelConfig): WeightSpec[] {
  const q = c.numHeads * c.headDim;
  const kv = c.numKvHeads * c.headDim;
  const h = c.hiddenSize;
  const specs: WeightSpec[] = [
    { name: "model.embed_tokens.weight", shape: [c.vocabSize, h], kind: "matrix" },
  ];
  for (let i = 0; i < c.numLayers; i++) {
    const p = `model.layers.${i}`;
    specs.push({ name: `${p}.input_layernorm.weight`, shape: [h], kind: "norm" });
    specs.push({ name: `${p}.self_attn.q_proj.weight`, shape: [q, h], kind: "matrix" });
    if (c.attentionBias)
      specs.push({ name: `${p}.self_attn.q_proj.bias`, shape: [q], kind: "bias" });
    specs.push({ name: `${p}.self_attn.k_proj.weight`, shape: [kv, h], kind: "matrix" });
    if (c.attentionBias)
      specs.push({ name: `${p}.self_attn.k_proj.bias`, shape: [kv], kind: "bias" });
    specs.push({ name: `${p}.self_attn.v_proj.weight`, shape: [kv, h], kind: "matrix" });
    if (c.attentionBias)
      specs.push({ name: `${p}.self_attn.v_proj.bias`, shape: [kv], kind: "bias" });
    specs.push({ name: `${p}.self_attn.o_proj.weight`, shape: [h, q], kind: "matrix" });
    specs.push({ name: `${p}.post_attention_layernorm.weight`, shape: [h], kind: "norm" });
    specs.push({
      name: `${p}.mlp.gate_proj.weight`,
      shape: [c.intermediateSize, h],
      kind: "matrix",
    });
    specs.push({ name: `${p}.mlp.up_proj.weight`, shape: [c.intermediateSize, h], kind: "matrix" });
    specs.push({
      name: `${p}.mlp.down_proj.weight`,
      shape: [h, c.intermediateSize],
      kind: "matrix",
    });
  }
  specs.push({ name: "model.norm.weight", shape: [h], kind: "norm" });
  if (!c.tieWordEmbeddings) {
    specs.push({ name: "lm_head.weight", shape: [c.vocabSize, h], kind: "matrix" });
  }
  return specs;
}

export const numel = (shape: readonly number[]): number => shape.reduce((a, d) => a * d, 1);

/** Parameter count of a config (tied heads counted once). */
export function parameterCount(c: ModelConfig): number {
  return weightSpecs(c).reduce((a, s) => a + numel(s.shape), 0);
}
