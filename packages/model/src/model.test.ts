import { describe, expect, it } from "vitest";
import { CausalLM, disposeCache } from "./model.js";
import { randomTensors, referenceLogits, tinyConfig } from "./testing/reference.js";
import { tf } from "./testing/tf.js";
import { parameterCount, weightSpecs } from "./weights.js";

function maxDiff(a: number[][][], b: number[][][], mask?: number[][]): number {
  let d = 0;
  for (const [i, row] of a.entries()) {
    for (const [t, pos] of row.entries()) {
      if (mask && !mask[i]?.[t]) continue;
      for (const [k, v] of pos.entries()) {
        d = Math.max(d, Math.abs(v - (b[i]?.[t]?.[k] ?? Number.NaN)));
      }
    }
  }
  return d;
}

const configs = {
  "qwen2 untied": tinyConfig(),
  "qwen2 tied, MHA": tinyConfig({ tie_word_embeddings: true, num_key_value_heads: 4 }),
  "llama, linear rope scaling": tinyConfig({
    model_type: "llama",
    architectures: ["LlamaForCausalLM"],
    rope_scaling: { type: "linear", factor: 2 },
    rope_theta: 500,
  }),
  "llama3 rope scaling, 1 kv head": tinyConfig({
    model_type: "llama",
    architectures: ["LlamaForCausalLM"],
    num_key_value_heads: 1,
    rope_theta: 50,
    rope_scaling: {
      rope_type: "llama3",
      factor: 8,
      low_freq_factor: 1,
      high_freq_factor: 4,
      original_max_position_embeddings: 16,
    },
  }),
};

describe("CausalLM forward against a float64 reference", () => {
  for (const [label, c] of Object.entries(configs)) {
    it(label, () => {
      const w = randomTensors(c, weightSpecs(c), 7);
      const model = CausalLM.fromArrays(c, w);
      const ids = [
        [3, 17, 42, 5, 9, 60, 2],
        [8, 8, 1, 33, 0, 12, 63],
      ];
      const logits = model.forward(ids);
      const got = logits.arraySync() as number[][][];
      const want = referenceLogits(c, w, ids);
      expect(maxDiff(got, want)).toBeLessThan(1e-4);
      logits.dispose();
      model.dispose();
    });
  }

  it("masks padding: a padded row gives the logits of the unpadded row alone", () => {
    const c = tinyConfig();
    const w = randomTensors(c, weightSpecs(c), 3);
    const model = CausalLM.fromArrays(c, w);
    const ids = [
      [0, 0, 5, 6, 7, 8], // left-padded: real tokens 5..8
      [9, 10, 11, 12, 4, 4], // right-padded
      [1, 2, 3, 4, 5, 6],
    ];
    const mask = [
      [0, 0, 1, 1, 1, 1],
      [1, 1, 1, 1, 0, 0],
      [1, 1, 1, 1, 1, 1],
    ];
    const got = model.forward(ids, mask).arraySync() as number[][][];
    expect(maxDiff(got, referenceLogits(c, w, ids, mask), mask)).toBeLessThan(1e-4);
    const alone = model.forward([[5, 6, 7, 8]]).arraySync() as number[][][];
    expect(maxDiff([got[0]?.slice(2) ?? []], alone)).toBeLessThan(1e-4);
    const alone2 = model.forward([[9, 10, 11, 12]]).arraySync() as number[][][];
    expect(maxDiff([got[1]?.slice(0, 4) ?? []], alone2)).toBeLessThan(1e-4);
    model.dispose();
  });

  it("a KV cache gives the logits of the uncached forward", () => {
    const c = tinyConfig();
    const model = CausalLM.fromArrays(c, randomTensors(c, weightSpecs(c), 5));
    const ids = [
      [0, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14, 15, 16],
    ];
    const mask = [
      [0, 1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 1, 1],
    ];
    const full = model.forward(ids, mask).arraySync() as number[][][];
    const first = model.hidden(
      ids.map((r) => r.slice(0, 4)),
      { attentionMask: mask.map((r) => r.slice(0, 4)) },
    );
    let cache = first.cache;
    const pieces = [model.logitsOf(first.hidden).arraySync() as number[][][]];
    for (let t = 4; t < 7; t++) {
      const step = model.hidden(
        ids.map((r) => [r[t] as number]),
        { cache, attentionMask: mask.map((r) => r.slice(0, t + 1)) },
      );
      disposeCache(cache);
      cache = step.cache;
      pieces.push(model.logitsOf(step.hidden).arraySync() as number[][][]);
    }
    const stitched = [0, 1].map((b) => pieces.flatMap((p) => p[b] ?? []));
    expect(maxDiff(stitched, full, mask)).toBeLessThan(1e-4);
    disposeCache(cache);
    model.dispose();
  });

  it("rejects out-of-vocabulary ids, ragged rows and wrong weight shapes", () => {
    const c = tinyConfig();
    const w = randomTensors(c, weightSpecs(c), 1);
    const model = CausalLM.fromArrays(c, w);
    expect(() => model.forward([[64]])).toThrow(/outside the vocabulary/);
    expect(() => model.forward([[1, 2], [3]])).toThrow(/equal length/);
    model.dispose();
    const bad = new Map(w);
    bad.set("model.norm.weight", new Float32Array(5));
    expect(() => CausalLM.fromArrays(c, bad)).toThrow(/"model.norm.weight": 5 values/);
    const gone = new Map(w);
    gone.delete("lm_head.weight");
    expect(() => CausalLM.fromArrays(c, gone)).toThrow(/missing weights: lm_head.weight/);
  });

  it("counts parameters, seeds random init and leaks no tensors", () => {
    const before = tf.memory().numTensors;
    const c = tinyConfig();
    expect(parameterCount(c)).toBe(
      2 * 64 * 32 + 32 + 2 * (32 + 32 * 32 + 32 + 2 * (16 * 32 + 16) + 32 * 32 + 32 + 3 * 48 * 32),
    );
    const a = CausalLM.random(c, 1);
    const b = CausalLM.random(c, 1);
    const d = CausalLM.random(c, 2);
    const x = (m: CausalLM) => Array.from(m.params.get("lm_head.weight")?.dataSync() ?? []);
    expect(x(a)).toEqual(x(b));
    expect(x(a)).not.toEqual(x(d));
    a.forward([[1, 2, 3]]).dispose();
    for (const m of [a, b, d]) m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
