import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AdamW, ReferenceResetController } from "@prorl/grpo";
import { ByteTokenizer, CausalLM, parseConfig, selectBackend } from "@prorl/model";
import * as tf from "@tensorflow/tfjs-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  listCheckpoints,
  pruneCheckpoints,
  readCheckpoint,
  type TrainerState,
  writeCheckpoint,
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

const state = (step: number): TrainerState => ({
  version: 1,
  step,
  cursor: 17 * step,
  controller: new ReferenceResetController().state(),
  badSteps: 0,
  best: { score: 0.5, step },
  lastScore: 0.5,
});

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
    tf.dispose(Object.values(grads));
  });

  it("keeps the last K and the best, and ignores unfinished ones", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-ck-"));
    const model = CausalLM.random(config, 1);
    const optimizer = new AdamW();
    for (const step of [2, 4, 6, 8]) {
      await writeCheckpoint(dir, {
        policy: model,
        reference: model,
        optimizer,
        state: state(step),
        tokenizer: new ByteTokenizer(),
      });
    }
    await rm(join(dir, "checkpoints", "step-000008", "state.json"));
    expect((await listCheckpoints(dir)).map((c) => c.step)).toEqual([2, 4, 6]);
    await pruneCheckpoints(dir, 1, 2);
    expect((await listCheckpoints(dir)).map((c) => c.step)).toEqual([2, 6]);
  });
});
