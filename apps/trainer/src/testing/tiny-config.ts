import type { TrainConfigInput } from "../config.js";

/** The tiny config's model: a 1-layer, 16-wide Qwen2 over the byte tokenizer (config.json fields). */
export const TINY_MODEL_INIT = {
  model_type: "qwen2",
  vocab_size: 259,
  hidden_size: 16,
  intermediate_size: 32,
  num_hidden_layers: 1,
  num_attention_heads: 2,
  num_key_value_heads: 1,
  eos_token_id: 258,
  tie_word_embeddings: true,
};

/** A tiny, fast training config (byte tokenizer, 1-layer model) for tests; override what you need. */
export function tinyConfig(overrides: Partial<TrainConfigInput> = {}): TrainConfigInput {
  return {
    name: "tiny",
    seed: 3,
    backend: "wasm",
    model: {
      init: { ...TINY_MODEL_INIT },
      initSeed: 1,
    },
    blend: {
      name: "tiny",
      seed: 1,
      validation: { count: 4 },
      components: [
        {
          task: "logic/basic_arithmetic",
          source: {
            generator: {
              min_terms: 2,
              max_terms: 2,
              min_digits: 1,
              max_digits: 1,
              operators: ["+"],
              allow_parentheses: false,
              allow_negation: false,
            },
          },
          count: 24,
        },
      ],
    },
    prompts: { "logic/*": "{question}" },
    warmStart: {
      steps: 2,
      batchSize: 4,
      lr: 0.01,
      responses: { "logic/*": "<answer>{answer}</answer>" },
    },
    steps: 4,
    rollout: { n: 3, temperature: 1.5, maxTokens: 6, generationBatch: 64 },
    batch: { prompts: 4, miniBatch: 2, microBatch: 8 },
    dynamicSampling: { enabled: false },
    // A large rate so a few steps visibly move the weights.
    optimizer: { lr: 0.01 },
    validation: { every: 2, n: 2, maxTokens: 6 },
    checkpoint: { every: 2, keepLast: 1 },
    ...overrides,
  };
}
