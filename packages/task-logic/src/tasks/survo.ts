import { pySplit, pyStrip } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyRepr } from "../lib/grid.js";
import { pyInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/games/survo.py (after SynLogic's survo task)
// An n x n matrix whose last row and column hold the sums of the others; num_empty inner cells
// are 0 and their values are given as a list. Scoring: the answer is read as RG does (lines of
// whitespace-separated integers, other tokens and empty lines skipped); it must be n x n.
// Fix of RG: RG scores 1.0 only for its stored matrix, but 1.2% of its default puzzles have
// another completion (e.g. four empty cells in a rectangle); here any matrix that keeps the
// given cells, fills the empty ones with exactly the listed numbers and satisfies every sum
// scores 1.0, anything else 0. RG's curriculum asks for up to 25 empty cells with boards from
// 4 x 4 (its validate rejects that: a 4 x 4 board has 9 inner cells); here the number of empty
// cells is capped at (n − 1)².

const TEMPLATES = [
  "Given a {n}*{n} matrix where the last element of each row and column equals the sum of the other elements in that row or column. The matrix is:\n{matrix}\nwhere some elements are replaced with 0. You have a set of numbers {numbers} that can be filled into the 0 positions to satisfy the rules. Please fill in the matrix. Each number can only be used once.",
  "You have a {n}*{n} matrix with some positions already filled with numbers and others marked with 0. The matrix is:\n{matrix}\nThe last number in each row and column represents the sum of all other numbers in that row or column. You need to fill in the 0 positions using the numbers {numbers} to satisfy these conditions. Each number can only be used once.",
  "Complete the following Survo puzzle. In this {n}*{n} matrix:\n{matrix}\nthe cells marked with 0 need to be filled with numbers. The last number in each row and column equals the sum of all other numbers in that row or column. You can use the following numbers: {numbers}. Each number can only be used once.",
  "In this {n}*{n} Survo matrix puzzle:\n{matrix}\nthe 0 cells need to be filled with numbers from the set {numbers}. The last element in each row and column is the sum of all other elements in that row or column. Each number can only be used once. Provide the completed matrix.",
  "Solve this {n}*{n} matrix puzzle:\n{matrix}\nwhere 0 represents empty cells that need to be filled. The last number in each row and column equals the sum of all other numbers in that row or column. You have the numbers {numbers} to place in the empty cells. Each number can only be used once.",
] as const;

const MAX_ANSWER = 100_000;

const gridText = (grid: number[][]) => grid.map((row) => row.join(" ")).join("\n");

/** RG's _parse_grid: rows of the integers each line holds (Python int() per token). */
function parseGrid(answer: string): number[][] {
  const grid: number[][] = [];
  for (const line of pyStrip(answer).split("\n")) {
    const row: number[] = [];
    for (const token of pySplit(line)) {
      const value = pyInt(token);
      if (value !== null) row.push(Number(value));
    }
    if (row.length > 0) grid.push(row);
  }
  return grid;
}

/** Whether `grid` completes `puzzle` with exactly the candidate numbers and all sums hold. */
function completes(grid: number[][], puzzle: number[][], candidates: number[]): boolean {
  const n = puzzle.length;
  const used: number[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const given = (puzzle[r] as number[])[c] as number;
      const value = (grid[r] as number[])[c] as number;
      if (given === 0) used.push(value);
      else if (value !== given) return false;
    }
  }
  const sorted = (xs: number[]) =>
    xs
      .slice()
      .sort((a, b) => a - b)
      .join(",");
  if (sorted(used) !== sorted(candidates)) return false;
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    let colSum = 0;
    for (let k = 0; k < n - 1; k++) {
      rowSum += (grid[i] as number[])[k] as number;
      colSum += (grid[k] as number[])[i] as number;
    }
    if (rowSum !== (grid[i] as number[])[n - 1] || colSum !== (grid[n - 1] as number[])[i])
      return false;
  }
  return true;
}

export const survo = defineLogicTask({
  name: "survo",
  category: "games",
  curriculum: {
    board_size: range("min_board_size", "max_board_size", [4, 5, 6, 7]),
    empty: range("min_empty", "max_empty", [4, 9, 16, 25]),
  },
  description: "Fill a Survo matrix so that its last row and column are the sums.",
  config: z.object({
    min_board_size: z.number().int().min(4).default(4),
    max_board_size: z.number().int().min(4).max(50).default(5),
    min_empty: z.number().int().positive().default(3),
    max_empty: z.number().int().positive().default(5),
    min_num: z.number().int().positive().default(1),
    max_num: z.number().int().positive().max(1_000_000).default(9),
  }),
  generate(rng, config, index) {
    const n = rng.int(config.min_board_size, config.max_board_size);
    const numEmpty = Math.min((n - 1) ** 2, rng.int(config.min_empty, config.max_empty));
    const solution = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n - 1; i++)
      for (let j = 0; j < n - 1; j++)
        (solution[i] as number[])[j] = rng.int(config.min_num, config.max_num);
    for (let i = 0; i < n - 1; i++) {
      const row = solution[i] as number[];
      row[n - 1] = row.slice(0, n - 1).reduce((a, b) => a + b, 0);
      (solution[n - 1] as number[])[i] = solution
        .slice(0, n - 1)
        .reduce((a, r) => a + (r[i] as number), 0);
    }
    (solution[n - 1] as number[])[n - 1] = solution
      .slice(0, n - 1)
      .reduce((a, r) => a + (r[n - 1] as number), 0);
    const puzzle = solution.map((row) => row.slice());
    const inner = Array.from({ length: (n - 1) ** 2 }, (_, k) => [
      Math.floor(k / (n - 1)),
      k % (n - 1),
    ]);
    const candidates: number[] = [];
    for (const [r, c] of rng.sample(inner, numEmpty) as [number, number][]) {
      candidates.push((puzzle[r] as number[])[c] as number);
      (puzzle[r] as number[])[c] = 0;
    }
    const question = rng
      .pick(TEMPLATES)
      .replaceAll("{n}", String(n))
      .replace("{matrix}", gridText(puzzle))
      .replace("{numbers}", pyRepr(candidates));
    return {
      question,
      answer: gridText(solution),
      metadata: {
        source_idx: index,
        puzzle,
        solution,
        candidate_numbers: candidates,
        board_size: n,
        num_empty: numEmpty,
        min_num: config.min_num,
        max_num: config.max_num,
        difficulty: {
          board_size: [config.min_board_size, config.max_board_size],
          empty: [config.min_empty, config.max_empty],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length > MAX_ANSWER) return 0;
    const n = Number(entry.metadata.board_size);
    const grid = parseGrid(answer);
    if (grid.length !== n || grid.some((row) => row.length !== n)) return 0;
    const puzzle = entry.metadata.puzzle as number[][];
    const candidates = (entry.metadata.candidate_numbers as unknown[]).map(Number);
    return completes(grid, puzzle, candidates) ? 1 : 0;
  },
});
