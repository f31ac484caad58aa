/**
 * `pnpm --filter @prorl/task-stem bench`: verifications per second of the `stem` task,
 * printed as a Markdown section. All inputs are generated here (no data set needed).
 */
import { cpus } from "node:os";
import { Rng } from "@prorl/core";
import { type StemExample, StemExampleSchema, stemTask } from "../src/index.js";

function rate(label: string, items: number, run: () => void, minMs = 2000): string {
  for (let i = 0; i < 3; i++) run(); // warm-up
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    run();
    done += items;
  }
  const seconds = (performance.now() - start) / 1000;
  return `| ${label} | ${items} | ${(done / seconds).toFixed(0)} | ${((1e6 * seconds) / done).toFixed(1)} |`;
}

const rng = new Rng(42, "bench");
const mcExamples: StemExample[] = Array.from({ length: 500 }, (_, i) =>
  StemExampleSchema.parse({
    question: `Question ${i}: which statement about the system is correct?`,
    choices: ["first option", "second option", "third option", "fourth option"],
    answer: rng.pick(["A", "B", "C", "D"]),
  }),
);
const reasoning =
  "Let us think step by step. The first option ignores conservation of energy (A is out). " +
  "Option (B) fits the data, while C contradicts the boundary condition. ".repeat(8);
const mcResponses = mcExamples.map(
  (ex, i) => `<think>${reasoning}</think>${reasoning}\nAnswer: ${i % 2 ? ex.answer : "A"}`,
);

const generator = stemTask.generator as NonNullable<typeof stemTask.generator>;
const config = generator.configSchema.parse({ seed: 7 });
const numeric = Array.from({ length: 500 }, (_, i) => generator.generate(config, i) as StemExample);
const numericResponses = numeric.map(
  (ex, i) =>
    `${reasoning}\nSo the result is \\boxed{${i % 2 ? ex.answer : "1.234 \\times 10^{3}\\,\\mathrm{kg}"}}.`,
);
const big = "The answer might be (A) or B, let us see. ".repeat(25_000);

const rows = [
  rate("multiple choice, ~1.3 kB responses", mcExamples.length, () => {
    for (const [i, ex] of mcExamples.entries()) stemTask.verify(mcResponses[i] as string, ex);
  }),
  rate("numeric with units (generated), ~1.2 kB responses", numeric.length, () => {
    for (const [i, ex] of numeric.entries()) stemTask.verify(numericResponses[i] as string, ex);
  }),
  rate("1 MB response, multiple choice", 1, () => {
    stemTask.verify(big, mcExamples[0] as StemExample);
  }),
  rate("1 MB response, numeric", 1, () => {
    stemTask.verify(big, numeric[0] as StemExample);
  }),
];

console.log(
  [
    "## @prorl/task-stem: verifications per second",
    "",
    `Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "| workload | items per pass | verifications/s | µs per verification |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n"),
);
