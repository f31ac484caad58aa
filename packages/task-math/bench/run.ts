/**
 * Verification throughput and latency over a mixed corpus; prints a Markdown section.
 * Corpus: our own equivalence cases (as boxed responses), the shared reference cases (if
 * present, lenient mode), generated problems with right and wrong answers, and adversarial
 * responses (huge boxes, deep nesting, towers of exponents).
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { referenceFile } from "@prorl/core/reference";
import { allCases } from "../src/cases.js";
import {
  generateMath,
  MathGeneratorConfigSchema,
  verifyMath,
  warmUpEquivalence,
} from "../src/index.js";

interface Item {
  kind: string;
  response: string;
  gold: string;
  mode: "strict" | "lenient";
}

const corpus: Item[] = [];
for (const c of allCases()) {
  corpus.push({
    kind: "own cases",
    response: `So the answer is $\\boxed{${c.predicted}}$.`,
    gold: c.gold,
    mode: "strict",
  });
}
const refPath = referenceFile("math/equivalence.jsonl", import.meta.url);
if (refPath) {
  for (const line of readFileSync(refPath, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as { gold: string; response: string };
    corpus.push({ kind: "reference", response: c.response, gold: c.gold, mode: "lenient" });
  }
}
const config = MathGeneratorConfigSchema.parse({ seed: 1, difficulty: 3 });
for (let i = 0; i < 400; i++) {
  const e = generateMath(config, i);
  const wrong = i % 2 === 1;
  const response = wrong ? `${e.solution.replace(/\\boxed\{/, "\\boxed{1+")}` : e.solution;
  corpus.push({
    kind: "generated",
    response: `<think>working...</think>${response}`,
    gold: e.answer,
    mode: "strict",
  });
}
const adversarial = [
  `\\boxed{${"1+".repeat(50_000)}1}`,
  `\\boxed{10^{10^{10}}}`,
  `\\boxed{${"\\sqrt{".repeat(1000)}2${"}".repeat(1000)}}`,
  `\\boxed{${"(".repeat(1000)}1${")".repeat(1000)}}`,
  `\\boxed{${Array.from({ length: 150 }, (_, i) => `(${i}, ${i + 1})`).join(", ")}}`,
  `${"x ".repeat(50_000)}\\boxed{2^{2^{2^{2^{2}}}}}`,
  `\\boxed{${"x^{".repeat(35)}2${"}".repeat(35)}}`,
  `\\boxed{${"-".repeat(900)}1}`,
];
for (const response of adversarial) {
  corpus.push({ kind: "adversarial", response, gold: "7", mode: "strict" });
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/** CPU time of this process in ms: unlike wall time, it does not count time spent descheduled. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const cpuTimes: number[] = [];

function run(items: Item[]): number[] {
  const times: number[] = [];
  for (const item of items) {
    const c0 = cpuMs();
    const t0 = performance.now();
    verifyMath(item.response, item.gold, { mode: item.mode });
    times.push(performance.now() - t0);
    cpuTimes.push(cpuMs() - c0);
  }
  return times;
}

// Warm-up on other inputs: JIT and the CAS's one-time start-up (~0.4 s CPU), not the corpus.
const startupCpu = cpuMs();
warmUpEquivalence();
const startupMs = cpuMs() - startupCpu;
for (let i = 0; i < 200; i++) {
  const e = generateMath(MathGeneratorConfigSchema.parse({ seed: 999 }), i);
  verifyMath(e.solution, e.answer);
}
cpuTimes.length = 0;

// Round 1 is cold: every answer string is new to the parse cache, as a fresh model answer is.
// Rounds 2 and 3 are warm: the same strings again, as when the gold of a prompt is checked
// against 16 samples and samples repeat.
const rounds = 3;
const cold: number[] = [];
const warm: number[] = [];
const byKind = new Map<string, number[]>();
const start = performance.now();
for (let r = 0; r < rounds; r++) {
  const times = run(corpus);
  for (const [i, t] of times.entries()) {
    (r === 0 ? cold : warm).push(t);
    if (r > 0) continue;
    const kind = (corpus[i] as Item).kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), t]);
  }
}
const wall = performance.now() - start;
const all = [...cold, ...warm];

const fmt = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const row = (name: string, times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `| ${name} | ${s.length} | ${fmt(percentile(s, 50))} | ${fmt(percentile(s, 99))} | ${fmt(s[s.length - 1] as number)} | ${fmt(mean)} |`;
};

const lines = [
  "## @prorl/task-math: verification latency",
  "",
  `- date: ${new Date().toISOString()}`,
  `- machine: ${cpus().length}-core, ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`,
  `- corpus: ${corpus.length} verifications (${[...byKind.keys()].join(", ")}), ${rounds} rounds after a warm-up; time budget 2000 ms`,
  `- load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")} (the VM is shared; wall times include time spent descheduled, CPU times do not)`,
  `- one-time CAS start-up (warmUpEquivalence): ${startupMs.toFixed(0)} ms CPU, excluded below`,
  `- throughput: ${((all.length / wall) * 1000).toFixed(0)} verifications/s (single thread)`,
  "",
  "| slice | n | p50 ms | p99 ms | max ms | mean ms |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  row("all rounds", all),
  row("cold (round 1)", cold),
  row("warm (rounds 2-3)", warm),
  row("all rounds, CPU time", cpuTimes),
  ...[...byKind.entries()].map(([k, t]) => row(`cold: ${k}`, t)),
  "",
  "Targets (issue #3): p50 < 1 ms, p99 < 25 ms, max within the 2000 ms budget.",
];
console.log(lines.join("\n"));
