import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPromptsFile } from "@prorl/core";
import { loadModel } from "@prorl/model";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrainConfig, type TrainConfigInput } from "./config.js";
import { readMetrics } from "./metrics-log.js";
import type { MetricsRecord } from "./records.js";
import { tinyConfig } from "./testing/tiny-config.js";
import { type ProgressEvent, train } from "./trainer.js";

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function run(input: TrainConfigInput, out: string, resume = false) {
  const events: ProgressEvent[] = [];
  const result = await train(parseTrainConfig(input, out), {
    out,
    resume,
    onProgress: (e) => events.push(e),
  });
  return { result, events, metrics: await readMetrics(join(out, "metrics.jsonl")) };
}

/** Metrics without wall-clock times: what two runs with the same seed must agree on. */
const withoutTimes = (records: MetricsRecord[]) =>
  records.map((r) => (r.type === "step" ? { ...r, time: null } : r));

describe("prorl-train loop", { timeout: 300_000 }, () => {
  it("warm-starts, trains, validates, checkpoints and saves a policy that loads", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-train-"));
    const { result, events, metrics } = await run(tinyConfig(), dir);
    expect(result).toMatchObject({ steps: 4, stopped: false });
    const steps = metrics.filter((r) => r.type === "step");
    expect(steps.map((r) => r.step)).toEqual([1, 2, 3, 4]);
    for (const s of steps) {
      expect(Number.isFinite(s.loss)).toBe(true);
      expect(s.updates).toBe(2); // 4 prompts per step, mini-batches of 2
      expect(s.samples).toBe(12);
    }
    // The updates move the policy away from the reference: KL is 0 before, positive after.
    expect(steps.some((s) => (s.klRef as number) > 0)).toBe(true);
    expect(metrics.filter((r) => r.type === "validation").map((r) => r.step)).toEqual([0, 2, 4]);
    expect(events.filter((e) => e.kind === "warm-start")).toHaveLength(2);
    const final = await loadModel(join(dir, "final"));
    expect(final.config.numLayers).toBe(1);
    final.dispose();
    expect(await stat(join(dir, "base", "model.safetensors"))).toBeTruthy();
    const report = await readFile(join(dir, "report.html"), "utf8");
    expect(report.match(/<svg /g)).toHaveLength(7);
    // Every saved policy says how it was prompted, for prorl-eval.
    for (const policy of ["base", "final", "checkpoints/step-000004/policy"]) {
      expect(await readPromptsFile(join(dir, policy))).toEqual({
        format: "prorl-prompts/1",
        templates: { "logic/*": "{question}" },
        chatTemplate: true,
      });
    }
    expect(result.summary).toContain("| logic/basic_arithmetic |");
    // keepLast 1, plus the best checkpoint when it is an older one.
    const kept = await readdir(join(dir, "checkpoints"));
    expect(kept).toContain("step-000004");
    expect(kept.length).toBeLessThanOrEqual(2);
  });

  it("resumed from a checkpoint, ends with the same metrics as an uninterrupted run", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-train-"));
    const whole = await run(tinyConfig(), join(dir, "whole"));
    await run(tinyConfig({ steps: 2 }), join(dir, "split"));
    const resumed = await run(tinyConfig(), join(dir, "split"), true);
    expect(resumed.result.steps).toBe(4);
    expect(withoutTimes(resumed.metrics)).toEqual(withoutTimes(whole.metrics));
  });

  it("will not overwrite a run without resume", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-train-"));
    await run(tinyConfig({ steps: 2 }), dir);
    await expect(run(tinyConfig(), dir)).rejects.toThrow(/already holds checkpoints.*--resume/);
  });

  it("resets the reference on a signal file and at a stage boundary", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-train-"));
    await writeFile(join(dir, "RESET"), "");
    const { metrics } = await run(
      tinyConfig({ stages: [{ name: "longer", start: 3, rollout: { maxTokens: 8 } }] }),
      dir,
    );
    const resets = metrics.filter((r) => r.type === "reset");
    expect(resets.map((r) => [r.step, r.reason])).toEqual([
      [1, "manual"],
      [3, "manual"],
    ]);
    expect(resets[1]?.detail).toMatch(/stage longer/);
    const steps = metrics.filter((r) => r.type === "step");
    expect(steps.map((s) => s.stage)).toEqual(["base", "base", "longer", "longer"]);
    await expect(stat(join(dir, "RESET"))).rejects.toThrow();
  });

  it("stops with a clear message after repeated non-finite losses", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-train-"));
    // A learning rate this large sends the weights to infinity on the first update.
    const config = tinyConfig({
      warmStart: undefined,
      optimizer: { lr: 1e38, maxGradNorm: 0 },
      maxBadSteps: 2,
    });
    await expect(run(config, dir)).rejects.toThrow(/2 steps in a row with a non-finite loss/);
  });
});
