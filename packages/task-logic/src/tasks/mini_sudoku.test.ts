import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { miniSudoku } from "./mini_sudoku.js";
import { countSolutions } from "./sudoku.js";

describe("logic/mini_sudoku", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(miniSudoku, {
      perturb: (answer) => {
        const [first = "", ...rest] = answer.split("\n");
        const cells = first.split(" ");
        [cells[0], cells[1]] = [cells[1] as string, cells[0] as string];
        return [cells.join(" "), ...rest].join("\n");
      },
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question: "In 4x4 Mini Sudoku:\n...",
    answer: "1 2 3 4\n3 4 1 2\n2 1 4 3\n4 3 2 1",
    metadata: {
      source_dataset: "mini_sudoku",
      source_index: 0,
      puzzle: [
        [1, 0, 0, 0],
        [0, 4, 0, 0],
        [0, 0, 4, 0],
        [0, 0, 0, 1],
      ],
      solution: [
        [1, 2, 3, 4],
        [3, 4, 1, 2],
        [2, 1, 4, 3],
        [4, 3, 2, 1],
      ],
      num_empty: 12,
    },
  };

  it("scores as RG's mini sudoku scorer", async () => {
    expect(
      (await miniSudoku.verify("<answer>1 2 3 4\n3 4 1 2\n2 1 4 3\n4 3 2 1</answer>", rgEntry))
        .reward,
    ).toBe(1);
    expect(miniSudoku.scoreAnswer("1234\n3412\n2143\n4321", rgEntry)).toBeCloseTo(0.9);
    expect(miniSudoku.scoreAnswer("1 2 3 4\n3 4 1 2", rgEntry)).toBeCloseTo(0.45);
  });

  it("generates unique puzzles and reports the blanks actually made", () => {
    for (const entry of miniSudoku.dataset({ seed: 1 }, 50)) {
      const board = (entry.metadata.puzzle as number[][]).map((r) => r.slice());
      expect(countSolutions(board, 2)).toBe(1);
      expect(board.flat().filter((x) => x === 0).length).toBe(entry.metadata.num_empty);
    }
  });
});
