import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, type LogicEntry } from "../define.js";

// Reasoning Gym: reasoning_gym/games/sudoku.py (and games/mini_sudoku.py, which shares the
// engine and scorer below). A solved board (diagonal boxes shuffled, the rest by backtracking; here a
// fewest-candidates search rather than RG's first-empty-cell order),
// then cells removed in random order while the solution stays unique.
// Scoring as RG: 1.0 when the answer equals the solution line by line (trailing blanks
// ignored); otherwise, reading each line's digits 1-9 and skipping lines without exactly n of
// them, 0.9 x (cells equal to the solution) / n²; either way times len(oracle)/len(answer)
// when the answer is longer than the oracle. Alternative solutions: a board that satisfies every
// rule and keeps the givens counts as the solution (in both rules); RG's own puzzles have a
// unique solution, so this only matters for entries made elsewhere.

/** A board of n x n cells (n = box²), 0 for empty. */
export type Board = number[][];

const TABLES = new Map<number, { rowOf: Int8Array; colOf: Int8Array; boxOf: Int8Array }>();
/** Row, column and box of every cell index, per box size. */
function tables(box: number) {
  let t = TABLES.get(box);
  if (!t) {
    const n = box * box;
    const idx = Array.from({ length: n * n }, (_, i) => i);
    t = {
      rowOf: Int8Array.from(idx, (i) => Math.floor(i / n)),
      colOf: Int8Array.from(idx, (i) => i % n),
      boxOf: Int8Array.from(
        idx,
        (i) => box * Math.floor(Math.floor(i / n) / box) + Math.floor((i % n) / box),
      ),
    };
    TABLES.set(box, t);
  }
  return t;
}

/**
 * Bitmask search, fewest-candidates cell first, values ascending: the number of solutions up to
 * `limit`; with `fill`, the first solution found is written into `board`.
 */
function search(board: Board, box: number, limit: number, fill: boolean): number {
  const n = box * box;
  const cells = Int8Array.from(board.flat());
  const rows = new Int32Array(n);
  const cols = new Int32Array(n);
  const boxes = new Int32Array(n);
  const { rowOf, colOf, boxOf } = tables(box);
  for (let i = 0; i < n * n; i++) {
    const v = cells[i] as number;
    if (v === 0) continue;
    const bit = 1 << v;
    const r = rowOf[i] as number;
    const c = colOf[i] as number;
    const b = boxOf[i] as number;
    if ((rows[r] as number) & bit || (cols[c] as number) & bit || (boxes[b] as number) & bit)
      return 0;
    rows[r] = (rows[r] as number) | bit;
    cols[c] = (cols[c] as number) | bit;
    boxes[b] = (boxes[b] as number) | bit;
  }
  const full = ((1 << (n + 1)) - 1) & ~1;
  const popcount = (x: number) => {
    let k = 0;
    for (let y = x; y; y &= y - 1) k++;
    return k;
  };
  const go = (): number => {
    let best = -1;
    let bestFree = 0;
    let bestCount = n + 1;
    for (let i = 0; i < n * n; i++) {
      if (cells[i] !== 0) continue;
      const free =
        full &
        ~(
          (rows[rowOf[i] as number] as number) |
          (cols[colOf[i] as number] as number) |
          (boxes[boxOf[i] as number] as number)
        );
      const k = popcount(free);
      if (k < bestCount) {
        best = i;
        bestFree = free;
        bestCount = k;
        if (k <= 1) break;
      }
    }
    if (best < 0) {
      if (fill)
        for (let i = 0; i < n * n; i++)
          (board[Math.floor(i / n)] as number[])[i % n] = cells[i] as number;
      return 1;
    }
    const r = rowOf[best] as number;
    const c = colOf[best] as number;
    const b = boxOf[best] as number;
    let count = 0;
    for (let v = 1; v <= n && count < limit; v++) {
      const bit = 1 << v;
      if (!(bestFree & bit)) continue;
      cells[best] = v;
      rows[r] = (rows[r] as number) | bit;
      cols[c] = (cols[c] as number) | bit;
      boxes[b] = (boxes[b] as number) | bit;
      count += go();
      rows[r] = (rows[r] as number) & ~bit;
      cols[c] = (cols[c] as number) & ~bit;
      boxes[b] = (boxes[b] as number) & ~bit;
      cells[best] = 0;
    }
    return count;
  };
  return go();
}

/** Number of solutions of `board`, stopping at `limit`. */
export function countSolutions(board: Board, box: number, limit = 2): number {
  return search(board, box, limit, false);
}

/** Solves `board` in place (RG fills the rest of the board by backtracking); false if none. */
export function solveBoard(board: Board, box: number): boolean {
  return search(board, box, 1, true) === 1;
}

/** A random solved board and a puzzle with up to `numEmpty` cells removed, still unique. */
export function makeSudoku(
  rng: Rng,
  box: number,
  numEmpty: number,
): { solution: Board; puzzle: Board } {
  const n = box * box;
  for (;;) {
    const board: Board = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let b = 0; b < n; b += box) {
      const nums = rng.shuffle(Array.from({ length: n }, (_, i) => i + 1));
      let k = 0;
      for (let r = b; r < b + box; r++)
        for (let c = b; c < b + box; c++) (board[r] as number[])[c] = nums[k++] as number;
    }
    if (!solveBoard(board, box)) continue;
    const puzzle = board.map((row) => row.slice());
    const cells = rng.shuffle(Array.from({ length: n * n }, (_, i) => i));
    let removed = 0;
    for (const cell of cells) {
      if (removed >= numEmpty) break;
      const r = Math.floor(cell / n);
      const c = cell % n;
      const saved = puzzle[r]?.[c] as number;
      (puzzle[r] as number[])[c] = 0;
      if (
        countSolutions(
          puzzle.map((row) => row.slice()),
          box,
        ) > 1
      )
        (puzzle[r] as number[])[c] = saved;
      else removed++;
    }
    return { solution: board, puzzle };
  }
}

export const boardText = (board: Board) =>
  board.map((row) => row.map((x) => (x === 0 ? "_" : String(x))).join(" ")).join("\n");

/** Whether `board` follows every rule and keeps the givens of `puzzle`. */
function validSolution(board: Board, puzzle: Board): boolean {
  const n = puzzle.length;
  const box = Math.round(Math.sqrt(n));
  if (board.length !== n) return false;
  for (let r = 0; r < n; r++) {
    const row = board[r] as number[];
    if (row.length !== n) return false;
    for (let c = 0; c < n; c++) {
      const v = row[c] as number;
      if (!(v >= 1 && v <= n)) return false;
      const given = puzzle[r]?.[c] ?? 0;
      if (given !== 0 && given !== v) return false;
    }
  }
  for (let i = 0; i < n; i++) {
    const rowSeen = new Set<number>();
    const colSeen = new Set<number>();
    const boxSeen = new Set<number>();
    for (let j = 0; j < n; j++) {
      rowSeen.add(board[i]?.[j] as number);
      colSeen.add(board[j]?.[i] as number);
      const r = box * Math.floor(i / box) + Math.floor(j / box);
      const c = box * (i % box) + (j % box);
      boxSeen.add(board[r]?.[c] as number);
    }
    if (rowSeen.size !== n || colSeen.size !== n || boxSeen.size !== n) return false;
  }
  return true;
}

/** RG's sudoku score_answer, accepting alternative valid solutions. Linear in the answer. */
export function scoreSudoku(answer: string | null, entry: LogicEntry): number {
  if (answer === null || answer.length === 0 || entry.answer === null) return 0;
  const oracle = entry.answer;
  const solution = entry.metadata.solution as Board;
  const puzzle = (entry.metadata.puzzle as Board | undefined) ?? solution;
  const n = solution[0]?.length ?? 0;
  const stripLines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n");
  const lines = answer.split("\n");
  // The rows RG's second rule reads: lines with exactly n digits 1-9.
  const rows: number[][] = [];
  for (const line of lines) {
    if (rows.length >= solution.length) break;
    const digits: number[] = [];
    for (const ch of line) if (ch >= "1" && ch <= "9") digits.push(Number(ch));
    if (digits.length === n) rows.push(digits);
  }
  const alternative = rows.length === n && validSolution(rows, puzzle) ? rows : null;
  let reward: number;
  const given = stripLines(answer);
  if (given === stripLines(oracle) || (alternative && given === boardText(alternative))) {
    reward = 1;
  } else {
    const target = alternative ?? solution;
    let matching = 0;
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (target[r]?.[c] === v) matching++;
      });
    });
    reward = (0.9 * matching) / (n * n);
  }
  if (answer.length > oracle.length) reward *= oracle.length / answer.length;
  return reward;
}

export const sudoku = defineLogicTask({
  name: "sudoku",
  category: "games",
  curriculum: { empty: range("min_empty", "max_empty", [20, 30, 40, 50, 60], true) },
  description: "Solve a 9x9 Sudoku with a unique solution.",
  config: z.object({
    min_empty: z.number().int().min(0).max(64).default(30),
    max_empty: z.number().int().min(0).max(64).default(50),
  }),
  generate(rng, config) {
    const numEmpty = rng.int(config.min_empty, config.max_empty);
    const { solution, puzzle } = makeSudoku(rng, 3, numEmpty);
    return {
      question:
        `Solve this Sudoku puzzle:\n${boardText(puzzle)}\n` +
        "Respond with only your answer, formatted as the puzzle, a 9x9 grid with numbers separated by spaces, and rows separated by newlines.",
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
