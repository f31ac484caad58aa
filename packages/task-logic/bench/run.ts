/**
 * Throughput of every logic task on one core: entries generated per second and verifications
 * per second (full `verify` path: <think> stripping, <answer> extraction, scoring) of the
 * reference answer. Prints a Markdown section; `--out FILE` also writes it there.
 * Run: pnpm --filter @prorl/task-logic bench [-- --out docs/benchmarks/task-logic.md]
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { logicTasks, MissingDataError } from "../src/index.js";

const BUDGET_MS = Number(process.env.BENCH_MS ?? 400);
const SLOW = 1000;
/**
 * Config for tasks whose data is not shipped, by task name, e.g.
 * BENCH_CONFIG='{"arc_agi":{"data_path":"../ARC-AGI"}}'; without it they are listed as skipped.
 */
const EXTRA_CONFIG: Record<string, Record<string, unknown>> = JSON.parse(
  process.env.BENCH_CONFIG ?? "{}",
);

/** Runs `step` repeatedly for about BUDGET_MS (at least `min` times); returns calls per second. */
function rate(step: (i: number) => void, min = 5): number {
  let i = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < BUDGET_MS || i < min) {
    step(i++);
    elapsed = performance.now() - start;
  }
  return (i / elapsed) * 1000;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1));

async function main(): Promise<void> {
  const rows: string[] = [];
  const slow: string[] = [];
  const skipped: string[] = [];
  for (const task of logicTasks) {
    const config = task.configSchema.parse({ seed: 1, ...EXTRA_CONFIG[task.name] });
    // Warm up (word lists, caches, JIT) before timing.
    let warm: ReturnType<typeof task.generator.generate>[];
    try {
      warm = Array.from({ length: 5 }, (_, i) => task.generator.generate(config, i));
    } catch (error) {
      if (!(error instanceof MissingDataError)) throw error;
      skipped.push(task.name);
      continue;
    }
    const generated = rate((i) => task.generator.generate(config, 1000 + i));
    const entries = warm.concat(
      Array.from({ length: 45 }, (_, i) => task.generator.generate(config, 5 + i)),
    );
    const responses = entries.map(
      (e) => `<think>working it out</think><answer>${task.referenceAnswer(e)}</answer>`,
    );
    let wrong = 0;
    const verified = rate((i) => {
      const k = i % entries.length;
      const v = task.verify(responses[k] as string, entries[k] as (typeof entries)[number]);
      if (!(v instanceof Promise) && v.reward !== 1) wrong++;
    }, entries.length);
    if (wrong > 0) throw new Error(`${task.name}: reference answers did not score 1`);
    const meanQuestion = entries.reduce((s, e) => s + e.question.length, 0) / entries.length;
    rows.push(
      `| ${task.name} | ${fmt(generated)} | ${fmt(verified)} | ${Math.round(meanQuestion)} |`,
    );
    if (verified < SLOW) slow.push(task.name);
  }
  const date = new Date().toISOString().slice(0, 10);
  const out = [
    `## @prorl/task-logic throughput (${date})`,
    "",
    `Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}; one core (single thread), about ${BUDGET_MS} ms per measurement, default config of each task, seed 1.`,
    "Verification is the full `verify` path on the reference answer wrapped in `<think>…</think><answer>…</answer>`.",
    "",
    "| task | entries generated/s | verifications/s | mean question chars |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
    "",
    slow.length === 0
      ? `Every task verifies more than ${SLOW.toLocaleString("en-US")} answers per second.`
      : `Under ${SLOW.toLocaleString("en-US")} verifications/s: ${slow.join(", ")}.`,
    ...(skipped.length > 0
      ? [
          "",
          `Not measured (their data is not shipped; give it with BENCH_CONFIG): ${skipped.join(", ")}.`,
        ]
      : []),
    "",
  ].join("\n");
  process.stdout.write(out);
  const at = process.argv.indexOf("--out");
  const file = at >= 0 ? process.argv[at + 1] : undefined;
  if (file) writeFileSync(file, out);
}

await main();
