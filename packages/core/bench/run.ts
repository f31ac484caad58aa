// Extraction on hostile 1 MB responses, against one charCodeAt pass over the same text (what
// any scanner written in JavaScript must at least do), and pass@k throughput. Prints Markdown.
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

/** Reads every character once: the reference a linear scanner is compared with. */
function onePass(text: string): number {
  let braces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 123) braces++;
  return braces;
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
  const floor = timeMs(() => onePass(text));
  const boxed = timeMs(() => lastBoxed(text));
  const answer = timeMs(() => lastAnswerTag(text));
  const code = timeMs(() => lastCodeBlock(text, "python"));
  const cell = (ms: number) => `${ms.toFixed(1)} (${(ms / floor).toFixed(1)}×)`;
  rows.push(`| ${name} | ${floor.toFixed(1)} | ${cell(boxed)} | ${cell(answer)} | ${cell(code)} |`);
}

const passStart = performance.now();
let sink = 0;
for (let i = 0; i < 100_000; i++) sink += passAtK(1024, i % 1024, 1 + (i % 512));
const passPerSecond = 100_000 / ((performance.now() - passStart) / 1000);

console.log(`## @prorl/core

Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}.
Command: \`pnpm --filter @prorl/core bench\`. Best of 5 runs, milliseconds (and × the reference pass).

| 1 MB hostile input | one pass (reference) | lastBoxed | lastAnswerTag | lastCodeBlock |
| --- | ---: | ---: | ---: | ---: |
${rows.join("\n")}

pass@k (n = 1024): ${Math.round(passPerSecond).toLocaleString("en-US")} evaluations/s (checksum ${sink.toFixed(3)}).`);
