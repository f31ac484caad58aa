import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, saveModel } from "./checkpoint.js";
import { parseConfig } from "./config.js";
import { CausalLM } from "./model.js";
import { writeSafetensors } from "./safetensors.js";
import { randomTensors, tinyConfig, tinyHfConfig } from "./testing/reference.js";
import "./testing/tf.js";
import { ByteTokenizer, HfTokenizer, loadTokenizer } from "./tokenizer.js";
import { weightSpecs } from "./weights.js";

const tmp = () => mkdtemp(join(tmpdir(), "prorl-ckpt-"));
const ids = [[3, 9, 27, 1, 44]];

describe("model directories", () => {
  it("saves and reloads f32 (sharded) with identical logits, f16/bf16 within rounding", async () => {
    const c = tinyConfig();
    const model = CausalLM.fromArrays(c, randomTensors(c, weightSpecs(c), 2));
    const want = Array.from(model.forward(ids).dataSync());
    for (const [dtype, tol, shard] of [
      ["F32", 1e-6, 8000],
      ["F16", 2e-2, undefined],
      ["BF16", 2e-1, undefined],
    ] as const) {
      const dir = await tmp();
      const files = await saveModel(model, dir, {
        dtype,
        ...(shard ? { maxShardBytes: shard } : {}),
      });
      if (shard) expect(files.length).toBeGreaterThan(1);
      const back = await loadModel(dir);
      expect(back.config).toEqual(c);
      const got = Array.from(back.forward(ids).dataSync());
      const err = Math.max(...got.map((v, i) => Math.abs(v - (want[i] ?? 0))));
      expect(err).toBeLessThan(tol);
      back.dispose();
    }
    model.dispose();
  });

  it("names file and tensor on a shape mismatch, an unknown tensor or a missing one", async () => {
    const c = tinyConfig();
    const specs = weightSpecs(c);
    const w = randomTensors(c, specs, 1);
    const write = async (mutate: (s: { name: string; shape: number[] }[]) => void) => {
      const dir = await tmp();
      await writeFile(join(dir, "config.json"), JSON.stringify(tinyHfConfig()));
      const list = specs.map((s) => ({ name: s.name, shape: [...s.shape] }));
      mutate(list);
      await writeSafetensors(
        join(dir, "model.safetensors"),
        list.map((s) => ({
          name: s.name,
          shape: s.shape,
          values: () => w.get(s.name) ?? new Float32Array(s.shape.reduce((a, d) => a * d, 1)),
        })),
      );
      return dir;
    };
    const transposed = await write((l) => {
      const e = l.find((s) => s.name === "model.layers.1.mlp.down_proj.weight");
      if (e) e.shape = [48, 32];
    });
    await expect(loadModel(transposed)).rejects.toThrow(
      /model\.safetensors: tensor "model\.layers\.1\.mlp\.down_proj\.weight" has shape \[48, 32\], the config needs \[32, 48\]/,
    );
    const extra = await write((l) =>
      l.push({ name: "model.layers.2.mlp.up_proj.weight", shape: [2] }),
    );
    await expect(loadModel(extra)).rejects.toThrow(
      /"model\.layers\.2\.mlp\.up_proj\.weight" is not a parameter/,
    );
    const missing = await write((l) => l.splice(3, 1));
    await expect(loadModel(missing)).rejects.toThrow(
      /missing tensors model\.layers\.0\.self_attn\.q_proj\.bias/,
    );
  });

  it("reports an unknown architecture from config.json", async () => {
    const dir = await tmp();
    await writeFile(
      join(dir, "config.json"),
      JSON.stringify(tinyHfConfig({ model_type: "gpt2", architectures: ["GPT2LMHeadModel"] })),
    );
    await expect(loadModel(dir)).rejects.toThrow(/config\.json: unknown architecture/);
    expect(JSON.parse(await readFile(join(dir, "config.json"), "utf8")).model_type).toBe("gpt2");
  });
});

describe("saving the tokenizer with the model", () => {
  const texts = [
    "<|im_start|>user\nnaïve ∑ 😀 \t tabs  and  spaces<|im_end|>\n",
    "plain ascii 12+30=42, \\boxed{42}",
    "",
  ];

  it("writes a ByteTokenizer that reloads as itself and as a Hugging Face tokenizer", async () => {
    const tok = new ByteTokenizer();
    const c = parseConfig({
      ...tinyHfConfig(),
      vocab_size: tok.vocabSize,
      eos_token_id: tok.eosTokenId,
    });
    const model = CausalLM.random(c, 3);
    const dir = await tmp();
    await saveModel(model, dir, { tokenizer: tok });
    const names = await readdir(dir);
    for (const f of ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]) {
      expect(names).toContain(f);
    }
    const back = await loadModel(dir);
    const again = await loadTokenizer(dir);
    expect(again).toBeInstanceOf(ByteTokenizer);
    // The tokenizer.json alone (what prorl-eval's local engine and other tools read) encodes the
    // same ids as the byte tokenizer, specials included.
    const hf = await HfTokenizer.fromDirectory(dir);
    expect(hf.vocabSize).toBe(tok.vocabSize);
    expect(hf.eosTokenId).toBe(tok.eosTokenId);
    const chat = tok.applyChatTemplate([{ role: "user", content: "2+2?" }]);
    expect(again.applyChatTemplate([{ role: "user", content: "2+2?" }])).toBe(chat);
    expect(hf.applyChatTemplate([{ role: "user", content: "2+2?" }])).toBe(chat);
    for (const text of [...texts, chat]) {
      const ids = tok.encode(text);
      expect(again.encode(text)).toEqual(ids);
      expect(hf.encode(text)).toEqual(ids);
      expect(hf.decode(ids)).toBe(text);
      expect(again.decode(ids)).toBe(text);
    }
    const ids = [tok.encode(chat)];
    const want = Array.from(model.forward(ids).dataSync());
    expect(Array.from(back.forward(ids).dataSync())).toEqual(want);
    model.dispose();
    back.dispose();
  });

  it("copies the files of a Hugging Face tokenizer directory", async () => {
    // A Hugging Face tokenizer directory (the byte tokenizer's files without the prorl marker, so
    // that it opens as an HfTokenizer) plus a generation_config.json.
    const src = await tmp();
    const files = new ByteTokenizer().toHfFiles();
    const { prorl_tokenizer: _, ...config } = files["tokenizer_config.json"] as Record<
      string,
      unknown
    >;
    await writeFile(join(src, "tokenizer.json"), JSON.stringify(files["tokenizer.json"]));
    await writeFile(join(src, "tokenizer_config.json"), JSON.stringify(config));
    await writeFile(join(src, "generation_config.json"), '{"eos_token_id": 258}');
    const c = tinyConfig();
    const model = CausalLM.fromArrays(c, randomTensors(c, weightSpecs(c), 4));
    const dir = await tmp();
    await saveModel(model, dir, { tokenizer: src });
    const names = await readdir(dir);
    for (const f of ["tokenizer.json", "tokenizer_config.json", "generation_config.json"]) {
      expect(names).toContain(f);
      expect(await readFile(join(dir, f), "utf8")).toBe(await readFile(join(src, f), "utf8"));
    }
    expect(names).not.toContain("special_tokens_map.json");
    const again = await loadTokenizer(dir);
    expect(again).toBeInstanceOf(HfTokenizer);
    const tok = new ByteTokenizer();
    for (const text of texts) expect(again.encode(text)).toEqual(tok.encode(text));
    await expect(saveModel(model, await tmp(), { tokenizer: await tmp() })).rejects.toThrow(
      /tokenizer\.json: cannot copy the tokenizer/,
    );
    model.dispose();
  });
});
