import { describe, expect, it } from "vitest";
import type { ResetRecord, ValidationRecord } from "./records.js";
import { reportCharts } from "./report.js";
import { formatSummary, summarizeRun } from "./summary.js";
import { stepRecord } from "./testing/records.js";

const validation = (
  step: number,
  a: number,
  b: number,
  a8: number,
  truncated?: number,
): ValidationRecord => ({
  type: "validation",
  step,
  score: (a + b) / 2,
  tasks: {
    "logic/x": {
      problems: 4,
      passAtK: { "1": a, "2": a, "8": a8 },
      meanReward: a,
      ...(truncated === undefined ? {} : { truncated }),
    },
    math: {
      problems: 4,
      passAtK: { "1": b, "2": b, "8": b },
      meanReward: b,
      ...(truncated === undefined ? {} : { truncated: 0 }),
    },
  },
  domains: {
    logic: { problems: 4, passAtK: { "1": a, "2": a, "8": a8 }, meanReward: a },
    math: { problems: 4, passAtK: { "1": b, "2": b, "8": b }, meanReward: b },
  },
  responseLength: 10,
  ...(truncated === undefined ? {} : { truncated: truncated / 2 }),
});

const step = (s: number, truncated = 0) =>
  stepRecord(s, {
    rewardByDomain: { logic: 0.1 * s },
    klRef: 0.01 * s,
    clipFracHigh: 0.1,
    truncated,
  });

const reset = (s: number): ResetRecord => ({
  type: "reset",
  step: s,
  reason: "manual",
  detail: "",
});

describe("run summary", () => {
  it("compares the first and last validation per task, with pass@1, the largest k and truncation", () => {
    const records = [
      validation(0, 0.25, 0.5, 0.5, 0.125),
      step(1),
      reset(1),
      validation(10, 0.5, 0.5, 0.75, 0.5),
    ];
    const s = summarizeRun(records);
    expect(s).toMatchObject({ from: 0, to: 10, ks: ["1", "8"], resets: 1 });
    expect(s?.rows.map((r) => r.name)).toEqual(["logic/x", "math", "mean over tasks"]);
    expect(s?.rows[0]).toMatchObject({
      before: { "1": 0.25, "8": 0.5 },
      after: { "1": 0.5, "8": 0.75 },
      truncatedBefore: 0.125,
      truncatedAfter: 0.5,
    });
    expect(s?.rows[2]?.after["1"]).toBeCloseTo(0.5);
    const table = formatSummary(s);
    expect(table).toContain(
      "| task | pass@1 step 0 | pass@1 step 10 | change | pass@8 step 0 | pass@8 step 10 | change | truncated step 0 | truncated step 10 |",
    );
    expect(table).toContain(
      "| logic/x | 25.0 | 50.0 | +25.0 | 50.0 | 75.0 | +25.0 | 12.5 | 50.0 |",
    );
    expect(table).toContain(
      "| mean over tasks | 37.5 | 50.0 | +12.5 | 50.0 | 62.5 | +12.5 | 6.3 | 25.0 |",
    );
  });

  it("shows n/a for truncation where an older run did not record it", () => {
    const table = formatSummary(summarizeRun([validation(0, 0, 0, 0), validation(5, 1, 1, 1)]));
    expect(table).toContain(
      "| logic/x | 0.0 | 100.0 | +100.0 | 0.0 | 100.0 | +100.0 | n/a | n/a |",
    );
  });

  it("says so when no validation ran", () => {
    expect(formatSummary(summarizeRun([step(1)]))).toMatch(/No validation/);
  });

  it("draws seven charts with the resets marked, truncation among them", () => {
    const charts = reportCharts([
      validation(0, 0, 0, 0, 0),
      step(1),
      step(2, 0.5),
      reset(2),
      step(3, 1),
      validation(3, 0, 0, 0, 1),
    ]);
    expect(charts).toHaveLength(7);
    for (const svg of charts) expect(svg.startsWith("<svg")).toBe(true);
    const kl = charts.find((c) => c.includes("KL to the reference")) as string;
    expect(kl.match(/class="reset"/g)).toHaveLength(1);
    expect(kl).toContain("step 3, 0.03");
    const truncation = charts.find((c) => c.includes("Truncation rate")) as string;
    expect(truncation).toContain("training: step 2, 0.5");
    expect(truncation).toContain("validation: step 3, 0.5");
  });
});
