import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, saveModel } from "./checkpoint.js";
import { CausalLM } from "./model.js";
import { writeSafetensors } from "./safetensors.js";
import { randomTensors, tinyConfig, tinyHfConfig } from "./testing/reference.js";
import "./testing/tf.js";
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
