// Extraction on hostile 1 MB responses, against a single indexOf pass over the same text
// (the floor for any scanner), and pass@k throughput. Prints a Markdown section.
import { cpus } from "node:os";
import { lastAnswerTag, lastBoxed, lastCodeBlock, passAtK } from "../src/index.js";

function timeMs(fn: () => unknown, repeats = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const MB = 1 << 20;
const inputs: Record<string, string> = {
  "100k unbalanced `{`": `\\boxed{${"{".repeat(100_000)}${"x".repeat(MB - 100_008)}`,
  "100k `\\boxed{` openings": "\\boxed{".repeat(Math.floor(MB / 7)),
  "100k `\\boxed x` without spaces": "\\boxed x".repeat(Math.floor(MB / 8)),
  "100k `<answer>` openings": "<answer>".repeat(Math.floor(MB / 8)),
  "100k code fences": "```py\n".repeat(Math.floor(MB / 6)),
  "1 MB of prose, one box at the end": `${"lorem ipsum ".repeat(MB / 12)}\\boxed{42}`,
};

const rows: string[] = [];
for (const [name, text] of Object.entries(inputs)) {
  const floor = timeMs(() => text.indexOf("\u0000"));
  const boxed = timeMs(() => lastBoxed(text));
  const answer = timeMs(() => lastAnswerTag(text));
  const code = timeMs(() => lastCodeBlock(text, "python"));
  rows.push(
    `| ${name} | ${floor.toFixed(2)} | ${boxed.toFixed(1)} (${(boxed / floor).toFixed(0)}x) | ${answer.toFixed(1)} | ${code.toFixed(1)} |`,
  );
}

const passStart = performance.now();
let sink = 0;
for (let i = 0; i < 100_000; i++) sink += passAtK(1024, i % 1024, 1 + (i % 512));
const passPerSecond = 100_000 / ((performance.now() - passStart) / 1000);

console.log(`## @prorl/core

Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}.
Command: \`pnpm --filter @prorl/core bench\`. Best of 5 runs, milliseconds.

| 1 MB hostile input | indexOf floor | lastBoxed (× floor) | lastAnswerTag | lastCodeBlock |
| --- | ---: | ---: | ---: | ---: |
${rows.join("\n")}

pass@k (n = 1024): ${Math.round(passPerSecond).toLocaleString("en-US")} evaluations/s (checksum ${sink.toFixed(3)}).`);
