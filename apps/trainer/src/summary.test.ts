import { describe, expect, it } from "vitest";
import type { MetricsRecord } from "./metrics-log.js";
import { reportCharts } from "./report.js";
import { formatSummary, summarizeRun } from "./summary.js";

const validation = (step: number, a: number, b: number, a8: number): MetricsRecord => ({
  type: "validation",
  step,
  score: (a + b) / 2,
  tasks: {
    "logic/x": { problems: 4, passAtK: { "1": a, "2": a, "8": a8 }, meanReward: a },
    math: { problems: 4, passAtK: { "1": b, "2": b, "8": b }, meanReward: b },
  },
  domains: {
    logic: { problems: 4, passAtK: { "1": a, "2": a, "8": a8 }, meanReward: a },
    math: { problems: 4, passAtK: { "1": b, "2": b, "8": b }, meanReward: b },
  },
  responseLength: 10,
});

const step = (s: number): MetricsRecord => ({
  type: "step",
  step: s,
  rewardByDomain: { logic: 0.1 * s },
  klRef: 0.01 * s,
  entropy: 1,
  responseLength: 5,
  clipFracLow: 0,
  clipFracHigh: 0.1,
});

describe("run summary", () => {
  it("compares the first and last validation per task, with pass@1 and the largest k", () => {
    const records = [
      validation(0, 0.25, 0.5, 0.5),
      step(1),
      { type: "reset", step: 1 },
      validation(10, 0.5, 0.5, 0.75),
    ];
    const s = summarizeRun(records);
    expect(s).toMatchObject({ from: 0, to: 10, ks: ["1", "8"], resets: 1 });
    expect(s?.rows.map((r) => r.name)).toEqual(["logic/x", "math", "mean over tasks"]);
    expect(s?.rows[0]).toMatchObject({
      before: { "1": 0.25, "8": 0.5 },
      after: { "1": 0.5, "8": 0.75 },
    });
    expect(s?.rows[2]?.after["1"]).toBeCloseTo(0.5);
    const table = formatSummary(s);
    expect(table).toContain("| logic/x | 25.0 | 50.0 | +25.0 | 50.0 | 75.0 | +25.0 |");
  });

  it("says so when no validation ran", () => {
    expect(formatSummary(summarizeRun([step(1)]))).toMatch(/No validation/);
  });

  it("draws six charts with the resets marked", () => {
    const charts = reportCharts([
      validation(0, 0, 0, 0),
      step(1),
      step(2),
      { type: "reset", step: 2 },
      step(3),
    ]);
    expect(charts).toHaveLength(6);
    for (const svg of charts) expect(svg.startsWith("<svg")).toBe(true);
    const kl = charts.find((c) => c.includes("KL to the reference")) as string;
    expect(kl.match(/class="reset"/g)).toHaveLength(1);
    expect(kl).toContain("step 3, 0.03");
  });
});
