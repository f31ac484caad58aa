import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gguf } from "@huggingface/gguf";
import { describe, expect, it } from "vitest";
import { f16ToF32 } from "./dtype.js";
import { exportGguf, type GgufVocab, ggufVocabFromTokenizerJson } from "./gguf.js";
import { CausalLM } from "./model.js";
import { randomTensors, tinyConfig } from "./testing/reference.js";
import "./testing/tf.js";
import { weightSpecs } from "./weights.js";

const vocab = (n: number): GgufVocab => ({
  tokens: Array.from({ length: n }, (_, i) => `t${i}`),
  types: Array.from({ length: n }, (_, i) => (i === 1 ? 3 : 1)),
  merges: ["t 1"],
  pre: "qwen2",
  eosTokenId: 1,
});

describe("exportGguf", () => {
  for (const dtype of ["F32", "F16"] as const) {
    it(`writes a ${dtype} file that an independent parser (@huggingface/gguf) reads back`, async () => {
      const c = tinyConfig();
      const w = randomTensors(c, weightSpecs(c), 9);
      const model = CausalLM.fromArrays(c, w);
      const path = join(await mkdtemp(join(tmpdir(), "prorl-gguf-")), "m.gguf");
      await exportGguf(model, path, { dtype, vocab: vocab(c.vocabSize) });
      const parsed = await gguf(path, { allowLocalFile: true });
      const { tensorInfos, tensorDataOffset } = parsed;
      const metadata = parsed.metadata as unknown as Record<string, unknown>;
      expect(metadata["general.architecture"]).toBe("qwen2");
      expect(metadata["qwen2.block_count"]).toBe(2);
      expect(metadata["qwen2.attention.head_count_kv"]).toBe(2);
      expect(metadata["tokenizer.ggml.tokens"]).toHaveLength(64);
      expect(metadata["tokenizer.ggml.eos_token_id"]).toBe(1);
      expect(tensorInfos).toHaveLength(weightSpecs(c).length);
      const q = tensorInfos.find((t) => t.name === "blk.1.attn_q.weight");
      expect(q?.shape.map(Number)).toEqual([32, 32]);
      expect(q?.dtype).toBe(dtype === "F32" ? 0 : 1);
      const down = tensorInfos.find((t) => t.name === "blk.0.ffn_down.weight");
      expect(down?.shape.map(Number)).toEqual([48, 32]); // innermost first: [in, out]
      expect(tensorInfos.find((t) => t.name === "output_norm.weight")?.dtype).toBe(0);
      // The stored values of one matrix, read by offset.
      const bytes = await readFile(path);
      const start = Number(tensorDataOffset) + Number(down?.offset);
      const want = w.get("model.layers.0.mlp.down_proj.weight") as Float32Array;
      for (const i of [0, 1, 100, want.length - 1]) {
        const got =
          dtype === "F32"
            ? bytes.readFloatLE(start + 4 * i)
            : f16ToF32(bytes.readUInt16LE(start + 2 * i));
        expect(got).toBeCloseTo(want[i] as number, dtype === "F32" ? 6 : 3);
      }
      model.dispose();
    });
  }

  it("builds the vocabulary of a BPE tokenizer.json, padding to the model's size", () => {
    const v = ggufVocabFromTokenizerJson(
      {
        model: { type: "BPE", vocab: { a: 0, b: 1, ab: 2 }, merges: [["a", "b"]] },
        added_tokens: [{ id: 3, content: "<|im_end|>", special: true }],
      },
      6,
      { config: { eos_token: "<|im_end|>" } },
    );
    expect(v.tokens).toEqual(["a", "b", "ab", "<|im_end|>", "[PAD4]", "[PAD5]"]);
    expect(v.types).toEqual([1, 1, 1, 3, 4, 4]);
    expect(v.merges).toEqual(["a b"]);
    expect(v.eosTokenId).toBe(3);
  });

  it("refuses a vocabulary of the wrong size", async () => {
    const c = tinyConfig();
    const model = CausalLM.random(c, 1);
    const path = join(await mkdtemp(join(tmpdir(), "prorl-gguf-")), "m.gguf");
    await expect(exportGguf(model, path, { vocab: vocab(10) })).rejects.toThrow(
      /10 tokens, the model 64/,
    );
    model.dispose();
  });
});
