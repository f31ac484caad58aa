import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { commonKs, formatMarkdown } from "./report.js";
import { RESULT_FILES, type RunResults } from "./run.js";

export type Regime = "diminish" | "plateau" | "sustained";

export interface BenchmarkComparison {
  benchmark: string;
  domain: string;
  /** pass@1 per run, in the order given (undefined where a run lacks the benchmark). */
  pass1: (number | undefined)[];
  /** pass@K per run, K the largest k every run has. */
  passK: (number | undefined)[];
  /** With three runs: the regime of the third relative to the first two. */
  regime?: Regime;
}

export interface Comparison {
  runs: string[];
  k: number;
  epsilon: number;
  benchmarks: BenchmarkComparison[];
}

/** Reads a run's results: its output directory, or its results.json. */
export async function loadResults(path: string): Promise<RunResults> {
  let file = path;
  try {
    if ((await stat(path)).isDirectory()) file = join(path, RESULT_FILES.json);
  } catch {
    throw new Error(`${path}: no such run directory or results file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw new Error(`${file}: not a prorl-eval results file (missing or not JSON)`);
  }
  const results = value as Partial<RunResults> | null;
  if (results?.format !== "prorl-eval-results/1" || !Array.isArray(results.tasks)) {
    throw new Error(`${file}: not a prorl-eval results file (format prorl-eval-results/1)`);
  }
  return results as RunResults;
}

/**
 * The paper's three regimes (ProRL, section 5: base -> intermediate -> final checkpoint), decided
 * per benchmark from pass@K (K the largest k all runs have), with runs A (base), B (an earlier
 * RL checkpoint) and C (the final one), and a tolerance epsilon (default 0.02 = 2 points):
 *
 * - diminish: C < A - epsilon. The reasoning boundary shrank: RL made the model worse at K
 *   samples than the base, whatever pass@1 did.
 * - sustained: otherwise, if C > B + epsilon. pass@K kept rising between the two checkpoints:
 *   prolonged training still widens the boundary.
 * - plateau: otherwise. pass@K stopped moving (within epsilon) or receded late, staying above
 *   the base.
 */
export function classifyRegime(a: number, b: number, c: number, epsilon = 0.02): Regime {
  if (c < a - epsilon) return "diminish";
  if (c > b + epsilon) return "sustained";
  return "plateau";
}

export function compareRuns(runs: readonly RunResults[], epsilon = 0.02): Comparison {
  const ks = commonKs(runs);
  const k = ks[ks.length - 1];
  if (k === undefined) throw new Error("the runs share no k: nothing to compare");
  const benchmarks = [...new Set(runs.flatMap((r) => r.tasks.map((t) => t.benchmark)))];
  return {
    runs: runs.map((r) => r.name),
    k,
    epsilon,
    benchmarks: benchmarks.map((benchmark) => {
      const tasks = runs.map((r) => r.tasks.find((t) => t.benchmark === benchmark));
      const row: BenchmarkComparison = {
        benchmark,
        domain: tasks.find((t) => t)?.domain ?? "",
        pass1: tasks.map((t) => t?.passAtK["1"]),
        passK: tasks.map((t) => t?.passAtK[String(k)]),
      };
      const [a, b, c] = row.passK;
      if (runs.length === 3 && a !== undefined && b !== undefined && c !== undefined) {
        row.regime = classifyRegime(a, b, c, epsilon);
      }
      return row;
    }),
  };
}

const pct = (v: number | undefined) => (v === undefined ? "–" : (100 * v).toFixed(2));
const delta = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? "–" : `${b >= a ? "+" : ""}${(100 * (b - a)).toFixed(2)}`;

/** The paper-layout tables of every run, then a per-benchmark change table (and regimes). */
export function formatComparison(runs: readonly RunResults[], comparison: Comparison): string {
  const { k } = comparison;
  const names = comparison.runs;
  const first = 0;
  const last = names.length - 1;
  const header = [
    "Benchmark",
    "Domain",
    ...names.map((n) => `${n} pass@1`),
    `Δ pass@1`,
    ...(k === 1 ? [] : [...names.map((n) => `${n} pass@${k}`), `Δ pass@${k}`]),
    ...(names.length === 3 ? ["Regime"] : []),
  ];
  const rows = comparison.benchmarks.map((b) => [
    b.benchmark,
    b.domain,
    ...b.pass1.map(pct),
    delta(b.pass1[first], b.pass1[last]),
    ...(k === 1 ? [] : [...b.passK.map(pct), delta(b.passK[first], b.passK[last])]),
    ...(names.length === 3 ? [b.regime ?? "–"] : []),
  ]);
  const align = header.map((_, i) => (i < 2 ? ":--" : "--:"));
  const lines = [
    formatMarkdown(runs),
    `## Change per benchmark (${names[last]} vs ${names[first]})`,
    "",
    ...[header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`),
    "",
  ];
  if (names.length === 3) {
    const counts = { diminish: 0, plateau: 0, sustained: 0 };
    for (const b of comparison.benchmarks) if (b.regime) counts[b.regime]++;
    lines.push(
      `Regimes from pass@${k} of ${names[0]} (A), ${names[1]} (B), ${names[2]} (C), ε = ${comparison.epsilon}: ` +
        "diminish when C < A − ε; otherwise sustained when C > B + ε; otherwise plateau. " +
        `Counts: ${counts.diminish} diminish, ${counts.plateau} plateau, ${counts.sustained} sustained.`,
      "",
    );
  }
  return lines.join("\n");
}
