import { pyStrip } from "@prorl/core";
import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyRepr } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/games/kakurasu.py (after SynLogic's kukurasu task)
// Place 1s in an n_rows x n_cols grid so that each row's sum of the (1-based) column numbers of
// its 1s and each column's sum of row numbers match the given sums. Grids are drawn with
// probability p_ones per cell (every row and column gets a 1), kept when the sums have a
// unique solution (after max_retries draws the last one is kept anyway, as RG). Scoring as RG:
// the answer's lines, keeping only the characters 0 and 1 of each line, must form an
// n_rows x n_cols grid whose weighted sums all match (any such grid): 1.0, else 0.

const TEMPLATES = [
  "You are given a {n_rows} x {n_cols} grid representing a Kukurasu puzzle. In this puzzle, you need to place 1s in the grid so that the weighted sum of each row and column matches the given constraints. The row sums are {row_sums} and the column sums are {col_sums}.\n1. Rules:\n  1. Each cell can contain either a 1 or an 0.\n  2. The weight of a 1 in a row is its column position (1 to {n_cols}).\n  3. The weight of a 1 in a column is its row position (1 to {n_rows}).\n  4. The weighted sum of each row must match the corresponding row constraint.\n  5. The weighted sum of each column must match the corresponding column constraint.\n2. Input:\n{puzzle}",
  "This is a {n_rows} x {n_cols} Kukurasu puzzle grid. Your task is to fill in the grid with 1s and 0s such that the weighted sums match the given constraints. The row sums are {row_sums} and the column sums are {col_sums}.\n1. Rules:\n  1. Each cell must contain either a 1 or an 0.\n  2. In each row, a 1 in position j contributes j points to that row's sum (positions are 1-indexed).\n  3. In each column, a 1 in position i contributes i points to that column's sum (positions are 1-indexed).\n  4. The weighted sum of each row must equal its constraint value.\n  5. The weighted sum of each column must equal its constraint value.\n2. Input:\n{puzzle}",
  "You're presented with a {n_rows} x {n_cols} Kukurasu puzzle grid. The goal is to place 1s in the grid so that the weighted sums of rows and columns match the given constraints: row sums {row_sums} and column sums {col_sums}.\n1. Rules:\n  1. Each cell must be filled with either a 1 or an 0.\n  2. A 1 in column j of any row contributes j points to that row's sum (j ranges from 1 to {n_cols}).\n  3. A 1 in row i of any column contributes i points to that column's sum (i ranges from 1 to {n_rows}).\n  4. Each row's weighted sum must match its constraint value.\n  5. Each column's weighted sum must match its constraint value.\n2. Input:\n{puzzle}",
  "Below is a {n_rows} x {n_cols} Kukurasu puzzle grid. Your objective is to place 1s in the grid such that the weighted sums of rows and columns match the given constraints. Row sums: {row_sums}. Column sums: {col_sums}.\n1. Rules:\n  1. Each cell must contain either a 1 or an 0.\n  2. The weight of a 1 in a row equals its column number (1 to {n_cols}).\n  3. The weight of a 1 in a column equals its row number (1 to {n_rows}).\n  4. The sum of weighted 1s in each row must equal the row constraint.\n  5. The sum of weighted 1s in each column must equal the column constraint.\n2. Input:\n{puzzle}",
  "Here's a {n_rows} x {n_cols} Kukurasu logic puzzle. You need to place 1s in the grid so that the weighted sums match the constraints. Row sums: {row_sums}. Column sums: {col_sums}.\n1. Rules:\n  1. Each cell can be filled with either a 1 or an 0.\n  2. A 1 in the jth position of a row contributes j points to that row's sum.\n  3. A 1 in the ith position of a column contributes i points to that column's sum.\n  4. The weighted sum of each row must equal its constraint value.\n  5. The weighted sum of each column must equal its constraint value.\n2. Input:\n{puzzle}",
  "I'm presenting you with a {n_rows} x {n_cols} Kukurasu puzzle. Your task is to place 1s in the grid so that the weighted sums match the given constraints: row sums {row_sums} and column sums {col_sums}.\n1. Rules:\n  1. Each cell must be filled with either a 1 or an 0.\n  2. In each row, a 1 in position j has a weight of j (where j ranges from 1 to {n_cols}).\n  3. In each column, a 1 in position i has a weight of i (where i ranges from 1 to {n_rows}).\n  4. The weighted sum of each row must match its constraint.\n  5. The weighted sum of each column must match its constraint.\n2. Input:\n{puzzle}",
  "Consider this {n_rows} x {n_cols} Kukurasu puzzle grid. You need to place 1s in the grid such that the weighted sums match the constraints. Row sums: {row_sums}. Column sums: {col_sums}.\n1. Rules:\n  1. Each cell must contain either a 1 or an 0.\n  2. A 1 in column position j contributes j points to its row's sum.\n  3. A 1 in row position i contributes i points to its column's sum.\n  4. Each row's weighted sum must equal its constraint value.\n  5. Each column's weighted sum must equal its constraint value.\n2. Input:\n{puzzle}",
  "You have a {n_rows} x {n_cols} Kukurasu puzzle grid. Your goal is to place 1s in the grid so that the weighted sums match the given constraints: row sums {row_sums} and column sums {col_sums}.\n1. Rules:\n  1. Each cell must be filled with either a 1 or an 0.\n  2. The weight of a 1 in a row is its column position (1 to {n_cols}).\n  3. The weight of a 1 in a column is its row position (1 to {n_rows}).\n  4. The weighted sum of each row must match its constraint.\n  5. The weighted sum of each column must match its constraint.\n2. Input:\n{puzzle}",
  "This {n_rows} x {n_cols} grid represents a Kukurasu puzzle. Your task is to place 1s in the grid so that the weighted sums match the constraints. Row sums: {row_sums}. Column sums: {col_sums}.\n1. Rules:\n  1. Each cell must contain either a 1 or an 0.\n  2. A 1 in the jth position of a row contributes j points to that row's sum.\n  3. A 1 in the ith position of a column contributes i points to that column's sum.\n  4. The weighted sum of each row must equal its constraint value.\n  5. The weighted sum of each column must equal its constraint value.\n2. Input:\n{puzzle}",
  "Examine this {n_rows} x {n_cols} Kukurasu puzzle grid. Your objective is to place 1s in the grid such that the weighted sums match the given constraints: row sums {row_sums} and column sums {col_sums}.\n1. Rules:\n  1. Each cell must be filled with either a 1 or an 0.\n  2. The weight of a 1 in a row equals its column number (1 to {n_cols}).\n  3. The weight of a 1 in a column equals its row number (1 to {n_rows}).\n  4. The weighted sum of each row must match its constraint.\n  5. The weighted sum of each column must match its constraint.\n2. Input:\n{puzzle}",
] as const;

const MAX_ANSWER = 100_000;

type Grid = number[][];

const gridText = (grid: Grid) => grid.map((row) => row.join(" ")).join("\n");

/** Each row's sum of the 1-based column numbers of its 1s. */
const rowSums = (grid: Grid) =>
  grid.map((row) => row.reduce((sum, cell, j) => sum + (cell === 1 ? j + 1 : 0), 0));

/** Each column's sum of the 1-based row numbers of its 1s. */
const colSums = (grid: Grid, cols: number) =>
  Array.from({ length: cols }, (_, j) =>
    grid.reduce((sum, row, i) => sum + (row[j] === 1 ? i + 1 : 0), 0),
  );

/** Rows and columns without a 1 get one in a random place (RG's _repair_grid). */
function repair(rng: { int(a: number, b: number): number }, grid: Grid, cols: number): void {
  for (const row of grid) if (!row.includes(1)) row[rng.int(0, cols - 1)] = 1;
  for (let j = 0; j < cols; j++)
    if (grid.every((row) => row[j] === 0)) (grid[rng.int(0, grid.length - 1)] as number[])[j] = 1;
}

/** Number of grids with these sums, counting no further than `limit` (row patterns + DFS). */
function countSolutions(rows: number[], cols: number[], limit = 2): number {
  const m = cols.length;
  const patterns: number[][] = [];
  for (const target of rows) {
    const fits: number[] = [];
    for (let mask = 0; mask < 1 << m; mask++) {
      let sum = 0;
      for (let j = 0; j < m; j++) if ((mask >> j) & 1) sum += j + 1;
      if (sum === target) fits.push(mask);
    }
    if (fits.length === 0) return 0;
    patterns.push(fits);
  }
  const remaining = cols.slice();
  let found = 0;
  const search = (r: number): void => {
    if (r === rows.length) {
      if (remaining.every((c) => c === 0)) found++;
      return;
    }
    for (const mask of patterns[r] as number[]) {
      let ok = true;
      for (let j = 0; j < m; j++) {
        if ((mask >> j) & 1) {
          remaining[j] = (remaining[j] as number) - (r + 1);
          if ((remaining[j] as number) < 0) ok = false;
        }
      }
      if (ok) search(r + 1);
      for (let j = 0; j < m; j++)
        if ((mask >> j) & 1) remaining[j] = (remaining[j] as number) + r + 1;
      if (found >= limit) return;
    }
  };
  search(0);
  return found;
}

/** RG's _parse_grid: each line of the stripped answer, keeping its 0 and 1 characters. */
const parseGrid = (answer: string): Grid =>
  pyStrip(answer)
    .split("\n")
    .map((line) => [...line].filter((ch) => ch === "0" || ch === "1").map(Number));

const sameList = (a: number[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === Number(b[i]));

export const kakurasu = defineLogicTask({
  name: "kakurasu",
  category: "games",
  curriculum: {
    rows: range("min_rows", "max_rows", [4, 6, 7, 9]),
    cols: range("min_cols", "max_cols", [4, 6, 7, 9]),
    p_ones: scalar("p_ones", [0.5, 0.4, 0.3, 0.2]),
  },
  description: "Place 1s in a grid so that weighted row and column sums match.",
  config: z.object({
    min_rows: z.number().int().min(3).max(9).default(4),
    max_rows: z.number().int().min(3).max(9).default(5),
    min_cols: z.number().int().min(3).max(9).default(4),
    max_cols: z.number().int().min(3).max(9).default(5),
    p_ones: z.number().min(0).max(1).default(0.3),
    max_retries: z.number().int().positive().default(1000),
  }),
  generate(rng, config, index) {
    const nRows = rng.int(config.min_rows, config.max_rows);
    const nCols = rng.int(config.min_cols, config.max_cols);
    for (let retry = 0; ; retry++) {
      const solution: Grid = Array.from({ length: nRows }, () =>
        Array.from({ length: nCols }, () => (rng.float() < config.p_ones ? 1 : 0)),
      );
      repair(rng, solution, nCols);
      const rows = rowSums(solution);
      const cols = colSums(solution, nCols);
      if (retry < config.max_retries - 1) {
        const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        if (rows.includes(0) || cols.includes(0) || total(rows) !== total(cols)) continue;
        if (countSolutions(rows, cols) !== 1) continue;
      }
      const empty: Grid = Array.from({ length: nRows }, () => new Array<number>(nCols).fill(0));
      const question = rng
        .pick(TEMPLATES)
        .replaceAll("{n_rows}", String(nRows))
        .replaceAll("{n_cols}", String(nCols))
        .replaceAll("{row_sums}", pyRepr(rows))
        .replaceAll("{col_sums}", pyRepr(cols))
        .replace("{puzzle}", gridText(empty));
      return {
        question,
        answer: gridText(solution),
        metadata: {
          source_idx: index,
          n_rows: nRows,
          n_cols: nCols,
          p_ones: config.p_ones,
          puzzle: empty,
          row_sums: rows,
          col_sums: cols,
          solution,
          difficulty: {
            rows: [config.min_rows, config.max_rows],
            cols: [config.min_cols, config.max_cols],
            p_ones: config.p_ones,
          },
        },
      };
    }
  },
  score(answer, entry) {
    if (answer === null || answer.length > MAX_ANSWER) return 0;
    const { n_rows: nRows, n_cols: nCols } = entry.metadata as { n_rows: number; n_cols: number };
    const grid = parseGrid(answer);
    if (grid.length !== nRows || grid.some((row) => row.length !== nCols)) return 0;
    if (!sameList(rowSums(grid), entry.metadata.row_sums as unknown[])) return 0;
    return sameList(colSums(grid, nCols), entry.metadata.col_sums as unknown[]) ? 1 : 0;
  },
});
