// `prorl-eval run` overheads: the generations cache (append + fdatasync per request, against
// plain appends without a sync), and whole runs against a local fake OpenAI-compatible server
// and with the replay engine, on the test fixture's tasks (instant verifiers), so what is timed
// is the evaluator itself, not a model.
import { copyFile, mkdtemp, open, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { TaskRegistry } from "@prorl/core";
import { GenerationCache } from "../src/cache.js";
import { startFakeOpenAI } from "../src/fake-openai.js";
import { runEval } from "../src/run.js";
import { parseEvalConfig } from "../src/run-config.js";

const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 500);
const N = 16;
const APPENDS = Number(process.env.BENCH_APPENDS ?? 500);
const dir = await mkdtemp(join(tmpdir(), "prorl-bench-run-"));
const response = "reasoning ".repeat(200);

// 1. Cache appends: 16 responses of ~2 KB per request.
const entry = { key: "k", task: "demo/add", prompt: "1+2=", responses: Array(N).fill(response) };
const cache = await GenerationCache.open(join(dir, "cache.jsonl"), "bench");
let t0 = performance.now();
for (let i = 0; i < APPENDS; i++) await cache.append({ ...entry, key: `k${i}` });
const synced = (performance.now() - t0) / 1000;
await cache.close();
const plain = await open(join(dir, "plain.jsonl"), "a");
t0 = performance.now();
for (let i = 0; i < APPENDS; i++) {
  await plain.appendFile(`${JSON.stringify({ ...entry, key: `k${i}`, fingerprint: "bench" })}\n`);
}
const unsynced = (performance.now() - t0) / 1000;
await plain.close();

// 2. Whole runs.
const registry = new TaskRegistry();
await registry.load(resolve(import.meta.dirname, "../test-fixtures/eval-tasks.mjs"));
const benchmarks = {
  seed: 1,
  components: [{ task: "demo/add", source: { generator: {} }, count: PROMPTS }],
};
const server = await startFakeOpenAI({
  answer: (prompt, i) => (i % 3 === 0 ? "?" : String(eval0(prompt))),
  maxRequests: PROMPTS + 10,
  lifetimeMs: 600_000,
});
function eval0(prompt: string): number {
  const [a, b] = prompt.replace("=", "").split("+").map(Number);
  return (a ?? 0) + (b ?? 0);
}
const openaiConfig = parseEvalConfig({
  name: "bench",
  output: join(dir, "openai"),
  engine: { type: "openai", baseURL: server.baseURL, model: "m", concurrency: 8 },
  sampling: { n: N },
  benchmarks,
});
t0 = performance.now();
const openaiResults = await runEval(openaiConfig, { registry });
const openaiSeconds = (performance.now() - t0) / 1000;
t0 = performance.now();
await runEval(openaiConfig, { registry });
const resumedSeconds = (performance.now() - t0) / 1000;
await server.close();

// Replay the same generations.
await copyFile(join(dir, "openai/generations.jsonl"), join(dir, "replay.jsonl"));
const replayConfig = parseEvalConfig({
  name: "bench",
  output: join(dir, "replay"),
  engine: { type: "replay", file: join(dir, "replay.jsonl") },
  sampling: { n: N },
  benchmarks,
});
t0 = performance.now();
const replayResults = await runEval(replayConfig, { registry });
const replaySeconds = (performance.now() - t0) / 1000;
await rm(dir, { recursive: true, force: true });

const samples = PROMPTS * N;
const row = (label: string, seconds: number, count: number, unit: string) =>
  `| ${label} | ${Math.round(count / seconds).toLocaleString("en-US")} ${unit}/s | ${seconds.toFixed(2)} |`;
console.log(`## @prorl/eval: \`prorl-eval run\`

Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}.
Command: \`pnpm --filter @prorl/eval bench\` (BENCH_PROMPTS=${PROMPTS}, n=${N}, BENCH_APPENDS=${APPENDS}).

| | rate | seconds |
| --- | ---: | ---: |
${row("cache append + fdatasync (16 × 2 KB responses per request)", synced, APPENDS, "requests")}
${row("plain append, no sync (reference)", unsynced, APPENDS, "requests")}
${row(`run, openai engine vs local fake server (${PROMPTS} prompts, concurrency 8)`, openaiSeconds, samples, "samples")}
${row("the same run again, everything cached (no requests)", resumedSeconds, samples, "samples")}
${row("run, replay engine on those generations", replaySeconds, samples, "samples")}

The fsync'd cache runs at ${(unsynced / synced).toFixed(2)}× the speed of plain appends.
pass@1 = ${openaiResults.tasks[0]?.passAtK["1"]?.toFixed(4)} (openai) and ${replayResults.tasks[0]?.passAtK["1"]?.toFixed(4)} (replay) (10 of 16 samples correct by construction: 0.6250).
`);
