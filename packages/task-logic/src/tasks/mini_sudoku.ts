import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { boardText, makeSudoku, scoreSudoku } from "./sudoku.js";

// Reasoning Gym: reasoning_gym/games/mini_sudoku.py
// 4x4 Sudoku with 2x2 boxes and a unique solution; engine and scorer shared with sudoku.ts
// (RG's two scorers are the same code). num_empty in the metadata is the number of cells
// actually emptied (removal stops early where it would break uniqueness), as RG.

export const miniSudoku = defineLogicTask({
  name: "mini_sudoku",
  category: "games",
  curriculum: { empty: range("min_empty", "max_empty", [4, 6, 8, 10, 12], true) },
  description: "Solve a 4x4 Sudoku with a unique solution.",
  config: z.object({
    min_empty: z.number().int().min(0).max(12).default(8),
    max_empty: z.number().int().min(0).max(12).default(12),
  }),
  generate(rng, config) {
    const target = rng.int(config.min_empty, config.max_empty);
    const { solution, puzzle } = makeSudoku(rng, 2, target);
    const numEmpty = puzzle.flat().filter((x) => x === 0).length;
    return {
      question:
        "In 4x4 Mini Sudoku:\n" +
        "- Each row must contain each number from 1-4 exactly once\n" +
        "- Each column must contain each number 1-4 exactly once\n" +
        "- Each 2x2 subgrid must contain each number 1-4 exactly once\n" +
        `Solve this 4x4 Mini Sudoku puzzle:\n${boardText(puzzle)}\n` +
        "Format your response as the puzzle above, with spaces separating each number within a row, and newlines separating rows.\n",
      answer: boardText(solution),
      metadata: {
        puzzle,
        solution,
        num_empty: numEmpty,
        difficulty: { empty: [config.min_empty, config.max_empty] },
      },
    };
  },
  score: scoreSudoku,
});
