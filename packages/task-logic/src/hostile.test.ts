import { describe, expect, it } from "vitest";
import { MissingDataError } from "./define.js";
import { logicTasks } from "./tasks/index.js";

/** Long, deeply nested or numerically extreme answers a policy might produce. */
const HOSTILE = [
  "9".repeat(100_000),
  "[".repeat(50_000),
  `[${"1, ".repeat(30_000)}1]`,
  `['${"1', '".repeat(30_000)}1']`,
  "a,".repeat(50_000),
  "2 × ".repeat(20_000),
  "1:".repeat(30_000),
  `[${'"fill A", '.repeat(20_000)}"fill A"]`,
  `${"1".repeat(5_000)} days, ${"2".repeat(5_000)}:00`,
  `\\frac{${"1".repeat(50_000)}}{2}`,
  `${"-".repeat(100_000)}1`,
  `${"1_".repeat(50_000)}1`,
  "1e999999999",
  "-0.0",
  "nan, inf, -inf",
  "Yes".repeat(30_000),
  `${" ".repeat(100_000)}x`,
];

/** Two entries; none for tasks whose data is not shipped (their own tests use fixtures). */
function entriesOf(task: (typeof logicTasks)[number]) {
  try {
    return task.dataset({ seed: 99 }, 2);
  } catch (error) {
    if (error instanceof MissingDataError) return [];
    throw error;
  }
}

describe("every verifier on hostile answers", () => {
  it("returns a reward below 1 in [0, 1] without throwing", async () => {
    for (const task of logicTasks) {
      for (const entry of entriesOf(task)) {
        for (const answer of HOSTILE) {
          const verdict = await task.verify(`<answer>${answer}</answer>`, entry);
          expect(Number.isFinite(verdict.reward), `${task.name}: ${answer.slice(0, 20)}`).toBe(
            true,
          );
          expect(verdict.reward, `${task.name}: ${answer.slice(0, 20)}`).toBeLessThan(1);
          expect(verdict.reward).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
