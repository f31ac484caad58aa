/**
 * `pnpm --filter @prorl/task-if bench`: verifications per second of the `if` task, printed
 * as a Markdown section. Uses the IFEval reference cases when shared/reference is present,
 * and always the seeded generator.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { referenceFile } from "@prorl/core/reference";
import type { IfExample } from "../src/index.js";

const importStart = performance.now();
const { evaluateRow, IfExampleSchema, ifTask, scoreIf } = await import("../src/index.js");
const importMs = performance.now() - importStart;

const casesPath = referenceFile("ifeval/cases.jsonl", import.meta.url);

function rate(label: string, items: number, run: () => void, minMs = 2000): string {
  for (let i = 0; i < 3; i++) run(); // warm-up
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    run();
    done += items;
  }
  const seconds = (performance.now() - start) / 1000;
  return `| ${label} | ${items} | ${(done / seconds).toFixed(0)} | ${((1000 * seconds) / done).toFixed(3)} |`;
}

const rows: string[] = [];

if (casesPath) {
  const cases = readFileSync(casesPath, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as IfExample & { response: string });
  rows.push(
    rate("IFEval GPT-4 responses, strict reward (`ifTask.verify`)", cases.length, () => {
      for (const c of cases) ifTask.verify(c.response, c);
    }),
  );
  rows.push(
    rate("IFEval GPT-4 responses, loose (`evaluateRow`, 8 variants)", cases.length, () => {
      for (const c of cases) evaluateRow(c, c.response, "loose");
    }),
  );
}

const generator = ifTask.generator as NonNullable<typeof ifTask.generator>;
const config = generator.configSchema.parse({ seed: 1 });
const generated = Array.from({ length: 500 }, (_, i) => generator.generate(config, i) as IfExample);
const reply =
  '<think>Plan the answer first.</think>"SECTION 1\n* A first point about the topic.\n* A second point, with [placeholder].\n\n' +
  "Here is a *highlighted* part and a longer paragraph that talks about the task in plain words. It has several sentences. " +
  'Some are SHORT. Others run on a little longer to make the text realistic.\n\nP.S. Is there anything else I can help with?"';
rows.push(
  rate("generated prompts (1-3 instructions), 600-char reply", generated.length, () => {
    for (const ex of generated) scoreIf(reply, ex);
  }),
);
const allInstructions = IfExampleSchema.parse({
  prompt: "p",
  instruction_id_list: [
    "change_case:capital_word_frequency",
    "length_constraints:number_sentences",
    "language:response_language",
    "detectable_format:json_format",
    "detectable_format:number_highlighted_sections",
  ],
  kwargs: [
    { capital_frequency: 3, capital_relation: "at least" },
    { num_sentences: 3, relation: "at least" },
    { language: "en" },
    {},
    { num_highlights: 2 },
  ],
});
const big = "All WORK and no play makes Jack a dull boy. ".repeat(24_000);
rows.push(
  rate("1 MB response, 5 costly instructions", 1, () => {
    ifTask.verify(big, allInstructions);
  }),
);

const lines = [
  "## @prorl/task-if: verifications per second",
  "",
  `Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), ${new Date().toISOString().slice(0, 10)}.`,
  `Importing the package (loads the eld language model): ${importMs.toFixed(0)} ms.`,
  "",
  "| workload | items per pass | verifications/s | ms per verification |",
  "| --- | ---: | ---: | ---: |",
  ...rows,
];
if (!casesPath) lines.push("", "(reference cases not found: the IFEval rows were skipped)");
console.log(lines.join("\n"));
