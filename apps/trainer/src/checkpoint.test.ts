import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPromptsFile } from "@prorl/core";
import { AdamW, ReferenceResetController } from "@prorl/grpo";
import { ByteTokenizer, CausalLM, parseConfig, selectBackend } from "@prorl/model";
import * as tf from "@tensorflow/tfjs-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  listCheckpoints,
  pruneCheckpoints,
  readCheckpoint,
  readLatestCheckpoint,
  removeTemporaries,
  type TrainerState,
  writeCheckpoint,
  writeDirectoryAtomic,
} from "./checkpoint.js";

const config = parseConfig({
  model_type: "qwen2",
  vocab_size: 259,
  hidden_size: 8,
  intermediate_size: 16,
  num_hidden_layers: 1,
  num_attention_heads: 2,
  num_key_value_heads: 1,
});

const prompts = { templates: { "logic/*": "{question}" }, chatTemplate: true };

const state = (step: number): TrainerState => ({
  version: 1,
  step,
  cursor: 17 * step,
  controller: new ReferenceResetController().state(),
  badSteps: 0,
  best: { score: 0.5, step },
  lastScore: 0.5,
});

/** Checkpoints of one random model at these steps. */
async function writeCheckpoints(runDir: string, steps: number[]): Promise<void> {
  const model = CausalLM.random(config, 1);
  const optimizer = new AdamW();
  for (const step of steps) {
    await writeCheckpoint(runDir, {
      policy: model,
      reference: model,
      optimizer,
      state: state(step),
      tokenizer: new ByteTokenizer(),
      prompts,
    });
  }
  model.dispose();
  optimizer.dispose();
}

let dir: string;
beforeAll(async () => {
  await selectBackend("cpu");
});
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("checkpoints", () => {
  it("round-trips policy, reference, optimizer moments and state exactly", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-ck-"));
    const policy = CausalLM.random(config, 1);
    const reference = CausalLM.random(config, 2);
    const optimizer = new AdamW({ lr: 0.1 });
    const grads = Object.fromEntries(
      [...policy.params].map(([n, v]) => [n, tf.randomNormal(v.shape, 0, 1, "float32", 3)]),
    );
    optimizer.apply(Object.fromEntries(policy.params), grads);
    const path = await writeCheckpoint(dir, {
      policy,
      reference,
      optimizer,
      state: state(4),
      tokenizer: new ByteTokenizer(),
      prompts,
    });
    const back = await readCheckpoint(path);
    expect(back.state).toEqual(state(4));
    for (const [name, v] of policy.params) {
      expect(back.policy.params.get(name)?.dataSync()).toEqual(v.dataSync());
      expect(back.reference.params.get(name)?.dataSync()).toEqual(
        reference.params.get(name)?.dataSync(),
      );
    }
    const saved = await optimizer.serialize();
    expect(back.optimizer.step).toBe(1);
    for (const [name, m] of Object.entries(saved.moments)) {
      expect(back.optimizer.moments[name]?.m).toEqual(m.m);
      expect(back.optimizer.moments[name]?.v).toEqual(m.v);
    }
    expect(await readdir(join(dir, "checkpoints"))).toEqual(["step-000004"]);
    expect(await readPromptsFile(join(path, "policy"))).toEqual({
      format: "prorl-prompts/1",
      ...prompts,
    });
    tf.dispose(Object.values(grads));
  });

  it("keeps the last K and the best, and ignores unfinished ones", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-ck-"));
    await writeCheckpoints(dir, [2, 4, 6, 8]);
    await rm(join(dir, "checkpoints", "step-000008", "state.json"));
    expect((await listCheckpoints(dir)).map((c) => c.step)).toEqual([2, 4, 6]);
    await pruneCheckpoints(dir, 1, 2);
    expect((await listCheckpoints(dir)).map((c) => c.step)).toEqual([2, 6]);
  });

  it("falls back to the checkpoint before a damaged one, naming what it skipped", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-ck-"));
    await writeCheckpoints(dir, [2, 4]);
    const damaged = join(dir, "checkpoints", "step-000004", "state.json");
    await writeFile(damaged, '{"version": 1, "st');
    const skipped: string[] = [];
    const latest = await readLatestCheckpoint(dir, (d, why) => skipped.push(`${d}: ${why}`));
    expect(latest?.checkpoint.state.step).toBe(2);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/step-000004: .*step-000004\/state\.json: .*JSON/);
    latest?.checkpoint.policy.dispose();
    latest?.checkpoint.reference.dispose();
    await writeFile(join(dir, "checkpoints", "step-000002", "state.json"), "");
    expect(await readLatestCheckpoint(dir, () => {})).toBeNull();
  });

  it("removes the temporary directories of interrupted writes, and only those", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-ck-"));
    await mkdir(join(dir, ".final.4242.tmp", "x"), { recursive: true });
    await mkdir(join(dir, "checkpoints", ".step-000008.17.tmp"), { recursive: true });
    await writeFile(join(dir, ".metrics.jsonl.99.tmp"), "");
    await mkdir(join(dir, "final"));
    await writeFile(join(dir, ".keep.tmp"), "");
    expect((await removeTemporaries(dir)).sort()).toEqual([
      ".final.4242.tmp",
      ".metrics.jsonl.99.tmp",
      ".step-000008.17.tmp",
    ]);
    expect((await readdir(dir)).sort()).toEqual([".keep.tmp", "checkpoints", "final"]);
    expect(await readdir(join(dir, "checkpoints"))).toEqual([]);
  });

  it("removes its temporary directory when writing fails", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-ck-"));
    await expect(
      writeDirectoryAtomic(join(dir, "final"), async (temporary) => {
        await writeFile(join(temporary, "a"), "partial");
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
        });
      }),
    ).rejects.toThrow(/ENOSPC/);
    expect(await readdir(dir)).toEqual([]);
  });
});
