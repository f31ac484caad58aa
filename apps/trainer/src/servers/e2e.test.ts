// Short training runs with rollouts on two test inference servers per engine.
import { mkdir, mkdtemp, readdir, realpath, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ByteTokenizer,
  CausalLM,
  loadModel,
  parseConfig,
  saveModel,
  selectBackend,
} from "@prorl/model";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseTrainConfig, type TrainConfigInput } from "../config.js";
import { readMetrics } from "../metrics-log.js";
import { recordsOf, type StepRecord } from "../records.js";
import { TestInferenceServer, weightsHash } from "../testing/inference-server.js";
import { TINY_MODEL_INIT, tinyConfig } from "../testing/tiny-config.js";
import { type ProgressEvent, train } from "../trainer.js";
import type { EngineType } from "./protocols.js";
import { CURRENT_LINK } from "./weight-sync.js";

let dir: string;
const servers: TestInferenceServer[] = [];
beforeAll(async () => {
  await selectBackend("wasm");
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.kill().catch(() => {});
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Two test servers of `type` on a random model of the tiny config's shape (the trainer pushes its
 * own policy before the first rollout); vLLM ones start on WEIGHTS/current, as documented.
 */
async function startServers(type: EngineType, count = 2) {
  const weightsDir = join(dir, `weights-${type}`);
  const initial = join(dir, `initial-model-${type}`);
  const model = CausalLM.random(parseConfig(TINY_MODEL_INIT), 99);
  await saveModel(model, initial, { tokenizer: new ByteTokenizer() });
  model.dispose();
  let launch = initial;
  if (type === "vllm") {
    await mkdir(weightsDir, { recursive: true });
    launch = join(weightsDir, CURRENT_LINK);
    await symlink(initial, launch);
  }
  const started: TestInferenceServer[] = [];
  for (let i = 0; i < count; i++) {
    started.push(await TestInferenceServer.start({ modelDir: launch }));
  }
  servers.push(...started);
  return { started, weightsDir };
}

function serverConfig(
  type: EngineType,
  started: TestInferenceServer[],
  weightsDir: string,
  overrides: Partial<TrainConfigInput> = {},
): TrainConfigInput {
  const base = tinyConfig();
  return {
    ...base,
    rollout: {
      ...base.rollout,
      engine: {
        type,
        urls: started.map((s) => s.url),
        weightsDir,
        timeoutS: 10,
        backoffMs: 1,
      },
    },
    ...overrides,
  };
}

async function run(
  input: TrainConfigInput,
  out: string,
  onEvent?: (e: ProgressEvent) => void,
  resume = false,
) {
  const events: ProgressEvent[] = [];
  const result = await train(parseTrainConfig(input, out), {
    out,
    resume,
    onProgress: (e) => {
      events.push(e);
      onEvent?.(e);
    },
  });
  const steps = recordsOf(await readMetrics(join(out, "metrics.jsonl")), "step");
  return { result, events, steps };
}

const messages = (events: ProgressEvent[]) =>
  events.flatMap((e) => (e.kind === "message" ? [e.text] : []));

/** A step record without what differs between engines (times, the server block). */
const comparable = ({ time: _t, server: _s, ...rest }: StepRecord) => rest;

describe("prorl-train with rollouts on inference servers", { timeout: 120_000 }, () => {
  it("sglang and vllm: servers hold the trainer's weights after every sync, same seeded run", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-e2e-"));
    const runs: Record<string, StepRecord[]> = {};
    for (const type of ["sglang", "vllm"] as const) {
      const { started, weightsDir } = await startServers(type);
      const out = join(dir, `run-${type}`);
      const { result, steps } = await run(
        serverConfig(type, started, weightsDir, { checkpoint: { every: 1, keepLast: 10 } }),
        out,
      );
      expect(result.steps).toBe(4);
      // Sync 0 loads the warm-started policy; sync k the policy after step k (vLLM servers
      // reload through the `current` link, which points at that version).
      const published = await realpath(weightsDir);
      for (const s of started) {
        expect(s.loads.map((l) => l.dir)).toEqual(
          [0, 1, 2, 3, 4].map((k) => join(published, `v-00000${k}`)),
        );
        expect(s.generated).toBeGreaterThan(0);
      }
      for (const k of [1, 2, 3, 4]) {
        const policy = await loadModel(join(out, "checkpoints", `step-00000${k}`, "policy"));
        for (const s of started) expect(s.loads[k]?.hash).toBe(weightsHash(policy));
        policy.dispose();
      }
      const base = await loadModel(join(out, "base"));
      expect(started[0]?.loads[0]?.hash).toBe(weightsHash(base));
      base.dispose();
      expect((await readdir(weightsDir)).sort()).toEqual([CURRENT_LINK, "v-000004"]);
      for (const step of steps) {
        const server = step.server as NonNullable<StepRecord["server"]>;
        expect(server.servers).toBe(2);
        expect(server.retries).toBe(0);
        expect(server.syncTime).toBeGreaterThan(0);
        // The servers sampled from exactly the policy the trainer scores with.
        expect(server.logProbDiff).toBeLessThan(1e-4);
        expect(step.samples).toBe(12);
        expect(Number.isFinite(step.loss)).toBe(true);
      }
      runs[type] = steps;
      for (const s of servers.splice(0)) await s.kill();
    }
    // Both engines seed each prompt's request the same way, and the test servers sample the
    // same way, so the two runs agree on everything but times.
    expect((runs.vllm ?? []).map(comparable)).toEqual((runs.sglang ?? []).map(comparable));
  });

  it("resumed from a checkpoint, the servers load its policy and the run ends as an uninterrupted one", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-e2e-"));
    const { started, weightsDir } = await startServers("sglang");
    const config = (steps: number) =>
      serverConfig("sglang", started, weightsDir, { steps, checkpoint: { every: 2, keepLast: 5 } });
    const whole = await run(config(4), join(dir, "whole"));
    await run(config(2), join(dir, "split"));
    const loadsBefore = started.map((s) => s.loads.length);
    const resumed = await run(config(4), join(dir, "split"), undefined, true);
    // The first load after resuming is the step-2 checkpoint's policy.
    const checkpoint = await loadModel(join(dir, "split", "checkpoints", "step-000002", "policy"));
    started.forEach((s, i) => {
      expect(s.loads[loadsBefore[i] as number]?.hash).toBe(weightsHash(checkpoint));
    });
    checkpoint.dispose();
    const all = recordsOf(await readMetrics(join(dir, "split", "metrics.jsonl")), "step");
    expect(all.map(comparable)).toEqual(whole.steps.map(comparable));
    expect(resumed.result.steps).toBe(4);
  });

  it("a server killed mid-run leaves the rotation and the run finishes on the other", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-e2e-"));
    const { started, weightsDir } = await startServers("sglang");
    const [, victim] = started as [TestInferenceServer, TestInferenceServer];
    const { result, steps, events } = await run(
      serverConfig("sglang", started, weightsDir),
      join(dir, "run"),
      (e) => {
        if (e.kind === "step" && e.step === 2) void victim.kill();
      },
    );
    expect(result.steps).toBe(4);
    expect(steps.map((s) => s.server?.servers)).toEqual([2, 2, 1, 1]);
    expect(steps.every((s) => s.samples === 12)).toBe(true);
    expect(messages(events).join("\n")).toMatch(
      new RegExp(
        `inference server ${victim.url} taken out of rotation .*(ECONNREFUSED|other side closed).*; 1 left`,
      ),
    );
  });

  it("servers that fail mid-run: retries, then one clear error, and the last checkpoint stands", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-e2e-"));
    const { started, weightsDir } = await startServers("vllm");
    const out = join(dir, "run");
    const failure = await run(serverConfig("vllm", started, weightsDir), out, (e) => {
      // After step 2's checkpoint, both servers start answering 500.
      if (e.kind === "validation" && e.record.step === 2) {
        for (const s of started) s.failure = "500";
      }
    }).then(
      () => new Error("the run finished"),
      (e: unknown) => e as Error,
    );
    expect(failure.message).toMatch(
      /no inference server left in rotation \(last failure: .*HTTP 500/,
    );
    expect(failure.message).not.toContain("\n");
    expect(await readdir(join(out, "checkpoints"))).toEqual(["step-000002"]);
    const steps = recordsOf(await readMetrics(join(out, "metrics.jsonl")), "step");
    expect(steps.map((s) => s.step)).toEqual([1, 2]);
  });

  it("refuses to start on a server that serves another model", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-e2e-"));
    const other = join(dir, "other");
    const model = CausalLM.random(parseConfig({ ...TINY_MODEL_INIT, num_hidden_layers: 2 }), 1);
    await saveModel(model, other, { tokenizer: new ByteTokenizer() });
    model.dispose();
    const server = await TestInferenceServer.start({ modelDir: other });
    servers.push(server);
    await expect(
      run(serverConfig("sglang", [server], join(dir, "weights")), join(dir, "run")),
    ).rejects.toThrow(
      new RegExp(
        `^inference server ${server.url} \\(sglang\\): serves .*other, which does not match the policy: numLayers 2 \\(policy 1\\)$`,
      ),
    );
  });
});
