// `pnpm bench` for the trainer: the time split of a training step (generation, reward, log-probs,
// update) and loop throughput on the embedded default's model and blend. The warm start is the
// preset's own: from an untrained model every group scores 0, dynamic sampling drops them all and
// a step would be generation only.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTrainConfig } from "./config.js";
import { readMetrics } from "./metrics-log.js";
import { presetPath } from "./program.js";
import { recordsOf, type StepRecord } from "./records.js";
import { train } from "./trainer.js";

const STEPS = Number(process.env.PRORL_BENCH_STEPS ?? 10);

const config = await loadTrainConfig(presetPath("default"));
const dir = await mkdtemp(join(tmpdir(), "prorl-train-bench-"));
try {
  const t0 = performance.now();
  let warmStartEnd = t0;
  await train(
    {
      ...config,
      steps: STEPS,
      validation: { ...config.validation, every: 1000, limit: 1 },
    },
    {
      out: dir,
      onProgress: (e) => {
        if (e.kind === "warm-start") warmStartEnd = performance.now();
      },
    },
  );
  const wall = (performance.now() - t0) / 1000;
  const steps = recordsOf(await readMetrics(join(dir, "metrics.jsonl")), "step");
  const sum = (f: (s: StepRecord) => number) => steps.reduce((a, s) => a + f(s), 0);
  const total = sum((s) => s.time.total);
  const part = (f: (s: StepRecord) => number) =>
    `${(sum(f) / steps.length / 1000).toFixed(2)} s (${((100 * sum(f)) / total).toFixed(0)}%)`;
  const lines = [
    `### prorl-train step time, embedded default (${new Date().toISOString().slice(0, 10)})`,
    "",
    `Command: \`pnpm --filter @prorl/trainer bench\` (the default preset's warm start, then ${steps.length} RL steps; validation of one prompt).`,
    "",
    "| part | mean per step |",
    "| --- | ---: |",
    `| generation | ${part((s) => s.time.generation)} |`,
    `| reward (verifiers) | ${part((s) => s.time.reward)} |`,
    `| log-probs without gradients (reference; sampling policy only with several updates per step) | ${part((s) => s.time.logProbs)} |`,
    `| update (forward + backward + AdamW) | ${part((s) => s.time.update)} |`,
    `| whole step | ${(total / steps.length / 1000).toFixed(2)} s |`,
    "",
    `Loop throughput: ${((sum((s) => s.tokens) / total) * 1000).toFixed(0)} response tokens/s over the steps; ${(sum((s) => s.samples) / (total / 1000)).toFixed(1)} rollouts/s; wall time with set-up ${wall.toFixed(0)} s, of which the warm start (${config.warmStart?.steps ?? 0} steps of ${config.warmStart?.batchSize ?? 0} examples) took ${((warmStartEnd - t0) / 1000).toFixed(0)} s.`,
  ];
  console.log(lines.join("\n"));
} finally {
  await rm(dir, { recursive: true, force: true });
}
