import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countSolutions, sudoku } from "./sudoku.js";

/** Swap two different digits of the first row: the board breaks a column rule. */
const swapFirstRow = (answer: string) => {
  const [first = "", ...rest] = answer.split("\n");
  const cells = first.split(" ");
  [cells[0], cells[1]] = [cells[1] as string, cells[0] as string];
  return [cells.join(" "), ...rest].join("\n");
};

describe("logic/sudoku", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(sudoku, { perturb: swapFirstRow });
    expect(failures).toEqual([]);
  });

  const rows = [
    "5 3 4 6 7 8 9 1 2",
    "6 7 2 1 9 5 3 4 8",
    "1 9 8 3 4 2 5 6 7",
    "8 5 9 7 6 1 4 2 3",
    "4 2 6 8 5 3 7 9 1",
    "7 1 3 9 2 4 8 5 6",
    "9 6 1 5 3 7 2 8 4",
    "2 8 7 4 1 9 6 3 5",
    "3 4 5 2 8 6 1 7 9",
  ];
  const solution = rows.map((r) => r.split(" ").map(Number));
  const puzzle = solution.map((row, r) => row.map((v, c) => ((r + c) % 3 === 0 ? 0 : v)));
  const rgEntry = {
    question: "Solve this Sudoku puzzle:\n...",
    answer: rows.join("\n"),
    metadata: { source_dataset: "sudoku", source_index: 0, puzzle, solution, num_empty: 27 },
  };

  it("gives RG's scores: exact, 0.9 x cells for other layouts, a length penalty", async () => {
    expect((await sudoku.verify(`<answer>${rows.join("\n")}</answer>`, rgEntry)).reward).toBe(1);
    expect(
      sudoku.scoreAnswer(rows.map((r) => r.replaceAll(" ", "")).join("\n"), rgEntry),
    ).toBeCloseTo(0.9);
    const trailing = rows.map((r) => `${r}  `).join("\n");
    expect(sudoku.scoreAnswer(trailing, rgEntry)).toBeCloseTo(
      rgEntry.answer.length / trailing.length,
    );
    const wrongLast = [...rows.slice(0, 8), "3 4 5 2 8 6 1 9 7"].join("\n");
    expect(sudoku.scoreAnswer(wrongLast, rgEntry)).toBeCloseTo((0.9 * 79) / 81);
    expect(sudoku.scoreAnswer("no idea", rgEntry)).toBe(0);
  });

  it("accepts another valid solution that keeps the givens", () => {
    // Relabel digits 1<->2 everywhere: still valid; with no givens it solves an empty puzzle.
    const relabelled = rows
      .map((r) => r.replace(/[12]/g, (d) => (d === "1" ? "2" : "1")))
      .join("\n");
    const open = {
      ...rgEntry,
      metadata: { ...rgEntry.metadata, puzzle: solution.map((row) => row.map(() => 0)) },
    };
    expect(sudoku.scoreAnswer(relabelled, open)).toBe(1);
    expect(sudoku.scoreAnswer(relabelled, rgEntry)).toBeLessThan(1);
  });

  it("generates puzzles with a unique solution and the requested blanks", () => {
    for (const entry of sudoku.dataset({ seed: 3, min_empty: 40, max_empty: 50 }, 5)) {
      const board = (entry.metadata.puzzle as number[][]).map((r) => r.slice());
      expect(countSolutions(board, 3)).toBe(1);
      expect(board.flat().filter((x) => x === 0).length).toBe(entry.metadata.num_empty);
    }
  });
});
