import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyRegime, compareRuns } from "./compare.js";
import { main } from "./program.js";
import { domainAverages, type RunResults, type TaskResult } from "./run.js";
import { captureOutput } from "./testing/capture-output.js";

const { stdout, stderr } = captureOutput();

function task(
  benchmark: string,
  domain: TaskResult["domain"],
  p1: number,
  p16: number,
): TaskResult {
  return {
    benchmark,
    task: benchmark,
    domain,
    rewardType: "binary",
    problems: 2,
    samplesPerProblem: 16,
    passAtK: { "1": p1, "16": p16 },
    meanReward: p1,
    truncated: null,
    pass1PerProblem: [p1, p1],
  };
}

function results(name: string, tasks: TaskResult[]): RunResults {
  return {
    format: "prorl-eval-results/1",
    truncated: null,
    name,
    engine: "replay",
    sampling: { n: 16, temperature: 0.6, topP: 0.95, maxTokens: 8192 },
    k: [1, 16],
    tasks,
    domains: domainAverages(tasks, [1, 16]),
  };
}

// pass@16 of base, mid, final per benchmark: one of each regime.
const base = results("base", [
  task("AIME24", "math", 0.2, 0.6),
  task("graph_color", "logic", 0.1, 0.3),
  task("IFEval", "if", 0.5, 0.8),
]);
const mid = results("mid", [
  task("AIME24", "math", 0.4, 0.55),
  task("graph_color", "logic", 0.3, 0.5),
  task("IFEval", "if", 0.6, 0.85),
]);
const final = results("final", [
  task("AIME24", "math", 0.5, 0.5),
  task("graph_color", "logic", 0.6, 0.8),
  task("IFEval", "if", 0.65, 0.86),
]);

async function writeRun(root: string, run: RunResults): Promise<string> {
  const dir = join(root, run.name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "results.json"), JSON.stringify(run));
  return dir;
}

describe("regimes", () => {
  it("follows the documented rule at and around the tolerance", () => {
    expect(classifyRegime(0.6, 0.55, 0.5)).toBe("diminish");
    expect(classifyRegime(0.6, 0.6, 0.585)).toBe("plateau"); // within ε of the base
    expect(classifyRegime(0.3, 0.5, 0.8)).toBe("sustained");
    expect(classifyRegime(0.3, 0.5, 0.51)).toBe("plateau");
    expect(classifyRegime(0.3, 0.7, 0.5)).toBe("plateau"); // receded late, still above base
    expect(classifyRegime(0.3, 0.5, 0.51, 0.005)).toBe("sustained");
  });

  it("classifies each benchmark from the largest common k", () => {
    const comparison = compareRuns([base, mid, final]);
    expect(comparison.k).toBe(16);
    expect(Object.fromEntries(comparison.benchmarks.map((b) => [b.benchmark, b.regime]))).toEqual({
      AIME24: "diminish",
      graph_color: "sustained",
      IFEval: "plateau",
    });
    expect(compareRuns([base, final]).benchmarks[0]?.regime).toBeUndefined();
  });
});

describe("prorl-eval compare", () => {
  it("prints the side-by-side tables with regimes and writes the report and plots", async () => {
    const root = await mkdtemp(join(tmpdir(), "prorl-compare-"));
    const dirs = [
      await writeRun(root, base),
      await writeRun(root, mid),
      await writeRun(root, final),
    ];
    const out = join(root, "cmp");
    expect(await main(["node", "prorl-eval", "compare", ...dirs, "--output", out])).toBe(0);
    const text = stdout.join("");
    expect(text).toMatch(/\| base pass@1 \| 20\.00 \| 20\.00 \|/);
    expect(text).toMatch(/\| final pass@16 \| 50\.00 \| 50\.00 \|/);
    expect(text).toMatch(
      /\| AIME24 \| math \| 20\.00 \| 40\.00 \| 50\.00 \| \+30\.00 \| 60\.00 \| 55\.00 \| 50\.00 \| -10\.00 \| diminish \|/,
    );
    expect(text).toMatch(/Counts: 1 diminish, 1 plateau, 1 sustained/);
    expect(await readFile(join(out, "compare.md"), "utf8")).toBe(text);
    expect(JSON.parse(await readFile(join(out, "compare.json"), "utf8")).runs).toEqual([
      "base",
      "mid",
      "final",
    ]);
    const plots = await readdir(join(out, "plots"));
    expect(plots).toContain("gain-base-vs-final.svg");
    expect(plots).toContain("passk-graph_color.svg");
  });

  it("two runs: no regime column", async () => {
    const root = await mkdtemp(join(tmpdir(), "prorl-compare-"));
    const a = await writeRun(root, base);
    const b = await writeRun(root, final);
    expect(await main(["node", "prorl-eval", "compare", a, join(b, "results.json")])).toBe(0);
    expect(stdout.join("")).not.toMatch(/Regime/);
  });

  it("rejects one run, four runs and a directory that is not a run, in one line", async () => {
    const root = await mkdtemp(join(tmpdir(), "prorl-compare-"));
    const a = await writeRun(root, base);
    expect(await main(["node", "prorl-eval", "compare", a])).toBe(1);
    expect(await main(["node", "prorl-eval", "compare", a, a, a, a])).toBe(1);
    expect(await main(["node", "prorl-eval", "compare", a, root])).toBe(1);
    const lines = stderr.join("").trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("prorl-eval: compare takes two or three runs, got 1");
    expect(lines[2]).toMatch(/results\.json: not a prorl-eval results file/);
  });
});
