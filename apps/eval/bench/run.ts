// Scoring throughput and memory: a generated JSONL file scored end to end by scoreFile, against
// a pass-through that reads and writes the same lines without verifying (the I/O floor).
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { scoreFile } from "../src/score.js";
import { loadTaskRegistry } from "../src/task-packages.js";

const LINES = Number(process.env.BENCH_LINES ?? 200_000);
const dir = await mkdtemp(join(tmpdir(), "prorl-bench-"));
const input = join(dir, "in.jsonl");
const word = "gardens";
const example = {
  question: `Spell this word backward (example: sun -> nus): ${word}`,
  answer: "snedrag",
  metadata: { source_dataset: "spell_backward", source_index: 0, word },
};
const padding = "reasoning ".repeat(200);
const writer = createWriteStream(input);
for (let i = 0; i < LINES; i++) {
  const response = `<think>${padding}</think><answer>${i % 3 ? "snedrag" : "sendrag"}</answer>`;
  const line = `${JSON.stringify({ task: "logic/spell_backward", example, response })}\n`;
  if (!writer.write(line)) await new Promise<void>((r) => writer.once("drain", () => r()));
}
writer.end();
await finished(writer);
const size = (await stat(input)).size;

async function passThrough(): Promise<void> {
  const out = createWriteStream(join(dir, "copy.jsonl"));
  for await (const line of createInterface({ input: createReadStream(input) })) {
    const record = JSON.parse(line);
    if (!out.write(`${JSON.stringify({ ...record, reward: 0 })}\n`))
      await new Promise<void>((r) => out.once("drain", () => r()));
  }
  out.end();
  await finished(out);
}

const { registry } = await loadTaskRegistry();
const t0 = performance.now();
await passThrough();
const floorSeconds = (performance.now() - t0) / 1000;
global.gc?.();
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const t1 = performance.now();
await scoreFile({ input, output: join(dir, "out.jsonl"), registry, concurrency: cpus().length });
const scoreSeconds = (performance.now() - t1) / 1000;
clearInterval(sampler);
const growthMb = (peakRss - baselineRss) / 1e6;
await rm(dir, { recursive: true, force: true });

console.log(`## @prorl/eval: \`prorl-eval score\`

Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}.
Command: \`pnpm --filter @prorl/eval bench\` (BENCH_LINES=${LINES}).

| | lines/s | MB/s | seconds |
| --- | ---: | ---: | ---: |
| read + parse + write, no verification (floor) | ${Math.round(LINES / floorSeconds).toLocaleString("en-US")} | ${(size / 1e6 / floorSeconds).toFixed(1)} | ${floorSeconds.toFixed(2)} |
| \`scoreFile\` (logic/spell_backward) | ${Math.round(LINES / scoreSeconds).toLocaleString("en-US")} | ${(size / 1e6 / scoreSeconds).toFixed(1)} | ${scoreSeconds.toFixed(2)} |

Scoring runs at ${(floorSeconds / scoreSeconds).toFixed(2)}× the speed of the I/O floor. Input ${(size / 1e6).toFixed(0)} MB;
resident memory grew by at most ${growthMb.toFixed(0)} MB while scoring it (sampled every 20 ms).`);
