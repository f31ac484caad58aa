/**
 * The verifier on the paper's math benchmarks as DeepScaleR ships them (its five test files,
 * 1,560 rows, from ../shared/reference/data or PRORL_REFERENCE_DIR): each row is verified once
 * per round against its own reference solution, and the verdicts say how often the verifier
 * agrees with the gold. Prints a Markdown section.
 *
 * The response of a row: the last \boxed{} of its solution (strict mode), or, where the
 * solution boxes nothing (OlympiadBench, 5 AIME rows), the whole first solution (lenient mode,
 * as an evaluation of an unboxing model reads it); AMC and MATH-500 rows have no solution, so
 * their gold answer, boxed, is the response (a round trip through normalisation).
 */

import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { emptyReadStats, lastBoxed } from "@prorl/core";
import { referenceFile } from "@prorl/core/reference";
import { mathSpans } from "../src/extract.js";
import {
  checkEquivalence,
  extractMathAnswer,
  loadDeepScaleR,
  type MathExample,
  verifyMath,
  warmUpEquivalence,
} from "../src/index.js";

const FILES = ["aime", "amc", "math", "minerva", "olympiad_bench"] as const;
type Lane = "boxed solution" | "whole solution (lenient)" | "gold round trip";

interface Item {
  file: (typeof FILES)[number];
  row: number;
  lane: Lane;
  response: string;
  example: MathExample;
}

const first = referenceFile("data/test-aime.json", import.meta.url);
if (!first) {
  console.log(
    "## @prorl/task-math: DeepScaleR's test files\n\nskipped: data/test-aime.json not found in ../shared/reference (set PRORL_REFERENCE_DIR)",
  );
  process.exit(0);
}

function golds(example: MathExample): readonly string[] {
  return typeof example.answer === "string" ? [example.answer] : example.answer;
}

function itemOf(file: Item["file"], row: number, example: MathExample): Item {
  const solution = Array.isArray(example.solution) ? example.solution[0] : example.solution;
  const box = solution ? lastBoxed(solution) : null;
  if (box !== null) {
    return {
      file,
      row,
      lane: "boxed solution",
      response: `So the answer is $\\boxed{${box}}$.`,
      example,
    };
  }
  if (solution) return { file, row, lane: "whole solution (lenient)", response: solution, example };
  return { file, row, lane: "gold round trip", response: `\\boxed{${golds(example)[0]}}`, example };
}

const corpus: Item[] = [];
for (const file of FILES) {
  const stats = emptyReadStats();
  let row = 0;
  for await (const example of loadDeepScaleR(join(dirname(first), `test-${file}.json`), {
    onInvalid: "skip",
    stats,
  })) {
    corpus.push(itemOf(file, row++, example));
  }
  if (stats.skipped) throw new Error(`${file}: ${stats.skipped} rows skipped`);
}

const modeOf = (item: Item) => (item.lane === "whole solution (lenient)" ? "lenient" : "strict");
const verify = (item: Item) =>
  verifyMath(item.response, item.example.answer, { mode: modeOf(item) });

/** CPU time of this process in ms (time spent descheduled on a shared machine is not counted). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

warmUpEquivalence();
const rounds = 3;
const wall: number[][] = corpus.map(() => []);
const cpu: number[] = [];
const correct: boolean[] = [];
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const [i, item] of corpus.entries()) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const v = verify(item);
    (wall[i] as number[]).push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
    if (r === 0) correct.push(v.correct);
  }
}
const elapsed = performance.now() - started;

/**
 * Why a lenient reading of a whole solution disagrees: the answer appears in an earlier math
 * span (the solution goes on after it), the gold lists several answers and the end names one,
 * or something else (read by hand).
 */
function kindOf(item: Item): string {
  const extracted = extractMathAnswer(item.response, "lenient")?.answer ?? "";
  const gold = golds(item.example)[0] as string;
  const spans = mathSpans(item.response).map((s) => s.content);
  const sides = spans.flatMap((s) => [s, ...s.split(/=|\\approx/).slice(1)]);
  const says = (text: string) =>
    text.length < 400 && checkEquivalence(gold, text, { timeoutMs: 200 }).equivalent;
  if (sides.some(says)) return "answer stated earlier";
  const parts = gold.replace(/\$/g, "").split(/,(?![^()[\]{}]*[)\]}])/);
  const one = (p: string) => checkEquivalence(p, extracted, { timeoutMs: 200 }).equivalent;
  if (parts.length > 1 && parts.some(one)) return "one of several answers at the end";
  return "other";
}

const fmt = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ] as number;
}
function latencyRow(name: string, times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `| ${name} | ${s.length} | ${fmt(percentile(s, 50))} | ${fmt(percentile(s, 99))} | ${fmt(s[s.length - 1] as number)} | ${fmt(mean)} |`;
}

const lanes: Lane[] = ["boxed solution", "whole solution (lenient)", "gold round trip"];
const agreementRows: string[] = [];
const disagreements: string[] = [];
for (const file of FILES) {
  for (const lane of lanes) {
    const idx = corpus.flatMap((item, i) => (item.file === file && item.lane === lane ? [i] : []));
    if (idx.length === 0) continue;
    const agree = idx.filter((i) => correct[i]).length;
    agreementRows.push(`| ${file} | ${lane} | ${idx.length} | ${agree} | ${idx.length - agree} |`);
    const missed = idx.filter((i) => !correct[i]).map((i) => corpus[i] as Item);
    if (missed.length === 0) continue;
    if (lane !== "whole solution (lenient)") {
      disagreements.push(`- ${file}, ${lane}: rows ${missed.map((m) => m.row).join(", ")}`);
      continue;
    }
    const byKind = new Map<string, number[]>();
    for (const m of missed) {
      const kind = kindOf(m);
      byKind.set(kind, [...(byKind.get(kind) ?? []), m.row]);
    }
    for (const [kind, rows] of [...byKind].sort()) {
      disagreements.push(`- ${file}, ${lane}, ${kind}: ${rows.length} (rows ${rows.join(", ")})`);
    }
  }
}

const total = corpus.length;
const agreeing = correct.filter(Boolean).length;
const lines = [
  "## @prorl/task-math: DeepScaleR's test files (the paper's math benchmarks)",
  "",
  `- date: ${new Date().toISOString()}`,
  `- machine: ${cpus().length}-core, ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`,
  `- load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")} (shared machine: wall times include time spent descheduled)`,
  `- rows: ${total} (one verification each per round), ${rounds} rounds after warmUpEquivalence(); budget 2000 ms`,
  `- throughput: ${((total * rounds) / (elapsed / 1000)).toFixed(0)} verifications/s (single thread, wall clock)`,
  `- agreement with the gold: ${agreeing}/${total}`,
  "",
  "| file | response | rows | agree | disagree |",
  "| --- | --- | ---: | ---: | ---: |",
  ...agreementRows,
  "",
  "| slice | n | p50 ms | p99 ms | max ms | mean ms |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  latencyRow(
    "round 1 (cold), wall",
    wall.map((t) => t[0] as number),
  ),
  latencyRow(
    "rounds 2-3 (warm), wall",
    wall.flatMap((t) => t.slice(1)),
  ),
  latencyRow("all rounds, CPU time", cpu),
  ...lanes.map((lane) =>
    latencyRow(
      `cold: ${lane}`,
      corpus.flatMap((item, i) => (item.lane === lane ? [wall[i]?.[0] as number] : [])),
    ),
  ),
  "",
  "Disagreements (0-based rows of each file):",
  "",
  ...disagreements,
];
console.log(lines.join("\n"));
