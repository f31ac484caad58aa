import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { nQueens } from "./n_queens.js";

describe("logic/n_queens", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(nQueens, {
      // Move a queen one column right: that column already holds another queen.
      perturb: (answer) => answer.replace("Q _", "_ Q"),
    });
    expect(failures).toEqual([]);
  });

  // 4 queens, two given: solutions (1,3,0,2) and (2,0,3,1); givens allow only the first.
  const puzzle = [
    ["_", "Q", "_", "_"],
    ["_", "_", "_", "_"],
    ["Q", "_", "_", "_"],
    ["_", "_", "_", "_"],
  ];
  const solution = "_ Q _ _\n_ _ _ Q\nQ _ _ _\n_ _ Q _";
  const rgEntry = {
    question: "Your job is to complete an n x n chess board ...",
    answer: solution,
    metadata: {
      source_dataset: "n_queens",
      source_index: 0,
      puzzle,
      solutions: [solution.split("\n").map((r) => r.split(" "))],
      num_removed: 2,
      valid_answers: [solution],
    },
  };

  it("scores boards as RG, without eval: 1.0 text, 0.5 list literal, 0 invalid", async () => {
    expect((await nQueens.verify(`<answer>\n${solution}\n</answer>`, rgEntry)).reward).toBe(1);
    expect(nQueens.scoreAnswer("_  Q _ _ \n_ _ _ Q\n\nQ _ _ _\n_ _ Q _", rgEntry)).toBe(1);
    expect(nQueens.scoreAnswer(JSON.stringify(rgEntry.metadata.solutions[0]), rgEntry)).toBe(0.5);
    expect(
      nQueens.scoreAnswer(
        "[['_', 'Q', '_', '_'], ['_', '_', '_', 'Q'], ['Q', '_', '_', '_'], ['_', '_', 'Q', '_']]",
        rgEntry,
      ),
    ).toBe(0.5);
    expect(nQueens.scoreAnswer("__import__('os').system('true')", rgEntry)).toBe(0);
    // The other 4-queens solution drops a given queen.
    expect(nQueens.scoreAnswer("_ _ Q _\nQ _ _ _\n_ _ _ Q\n_ Q _ _", rgEntry)).toBe(0);
    expect(nQueens.scoreAnswer("_ Q _ _\n_ _ _ Q\nQ _ _ _\n_ _ _ Q", rgEntry)).toBe(0);
    expect(nQueens.scoreAnswer(`[${"[".repeat(5000)}`, rgEntry)).toBe(0);
  });

  it("accepts every completion consistent with the givens", () => {
    for (const entry of nQueens.dataset({ seed: 2, n: 6, min_remove: 4, max_remove: 6 }, 20)) {
      const valid = entry.metadata.valid_answers as string[];
      expect(valid.length).toBeGreaterThanOrEqual(1);
      for (const board of valid) expect(nQueens.scoreAnswer(board, entry)).toBe(1);
      expect(entry.question).toContain(`place ${entry.metadata.num_removed} queen(s)`);
    }
  });
});
