import { describe, expect, it } from "vitest";
import { formatMarkdown, MAX_BENCHMARK_COLUMNS } from "./report.js";
import { domainAverages, type RunResults, type TaskResult } from "./run.js";

function task(
  benchmark: string,
  domain: TaskResult["domain"],
  rewardType: TaskResult["rewardType"],
  p1: number,
  p4: number,
  meanReward = p1,
): TaskResult {
  return {
    benchmark,
    task: benchmark,
    domain,
    rewardType,
    problems: 1,
    samplesPerProblem: 4,
    passAtK: { "1": p1, "4": p4 },
    meanReward,
    truncated: null,
    pass1PerProblem: [p1],
  };
}

function run(name: string, tasks: TaskResult[], k = [1, 4]): RunResults {
  return {
    format: "prorl-eval-results/1",
    truncated: null,
    name,
    engine: "replay x",
    sampling: { n: 4, temperature: 0.6, topP: 0.95, maxTokens: 100 },
    k,
    tasks,
    domains: domainAverages(tasks, k),
  };
}

describe("Markdown tables", () => {
  it("puts benchmarks in columns with the domain average last, one row per run and metric", () => {
    const base = run("base", [
      task("AIME24", "math", "binary", 0.1, 0.3),
      task("AMC", "math", "binary", 0.3, 0.5),
    ]);
    const trained = run("prorl", [
      task("AIME24", "math", "binary", 0.2, 0.4),
      task("AMC", "math", "binary", 0.5, 0.6),
    ]);
    const text = formatMarkdown([base, trained]);
    expect(text).toContain(
      [
        "## Math",
        "",
        "| Run | AIME24 | AMC | Avg |",
        "| :-- | --: | --: | --: |",
        "| base pass@1 | 10.00 | 30.00 | 20.00 |",
        "| base pass@4 | 30.00 | 50.00 | 40.00 |",
        "| prorl pass@1 | 20.00 | 50.00 | 35.00 |",
        "| prorl pass@4 | 40.00 | 60.00 | 50.00 |",
      ].join("\n"),
    );
    // No continuous task in math: no mean-reward row.
    expect(text).not.toMatch(/mean reward \|/);
  });

  it("shows only the k every run has, and a dash for a benchmark a run lacks", () => {
    const a = run("a", [
      task("AIME24", "math", "binary", 0.1, 0.3),
      task("AMC", "math", "binary", 0.3, 0.5),
    ]);
    const b = run("b", [task("AIME24", "math", "binary", 0.2, 0.4)], [1]);
    const text = formatMarkdown([a, b]);
    expect(text).not.toMatch(/pass@4/);
    expect(text).toContain("| b pass@1 | 20.00 | – | 20.00 |");
  });

  it("transposes a domain with many benchmarks and adds mean reward for continuous tasks", () => {
    const count = MAX_BENCHMARK_COLUMNS + 1;
    const tasks = Array.from({ length: count }, (_, i) =>
      task(`logic/t${i}`, "logic", "continuous", i / 100, (2 * i) / 100, 0.5),
    );
    const text = formatMarkdown([run("base", tasks)]);
    expect(text).toContain("| Benchmark | base pass@1 | base pass@4 | base mean reward |");
    expect(text).toContain("| logic/t3 | 3.00 | 6.00 | 50.00 |");
    // Avg of 0..8 percent = 4, of 0..16 = 8.
    expect(text).toContain("| **Avg** | 4.00 | 8.00 | 50.00 |");
  });

  it("averages each many-task component apart when a domain has other benchmarks too", () => {
    const inDistribution = Array.from({ length: MAX_BENCHMARK_COLUMNS }, (_, i) => ({
      ...task(`logic/t${i}`, "logic", "continuous", 0.5, 1),
      component: "logic-puzzles",
    }));
    const held = ["logic/acre", "logic/boxnet"].map((b) => ({
      ...task(b, "logic", "continuous", 0.2, 0.4),
      component: "logic-ood",
    }));
    const text = formatMarkdown([run("base", [...inDistribution, ...held])]);
    // 8 tasks at 50% and 2 at 20%: 44% over all ten.
    expect(text).toContain("| **Avg** | 44.00 | 88.00 | 44.00 |");
    expect(text).toContain("| **Avg logic-puzzles** | 50.00 | 100.00 | 50.00 |");
    expect(text).toContain("| **Avg logic-ood** | 20.00 | 40.00 | 20.00 |");
    // One component alone needs no second average.
    expect(formatMarkdown([run("base", inDistribution)])).not.toContain("**Avg logic-puzzles**");
  });
});
