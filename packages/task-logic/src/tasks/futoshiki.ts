import { isPySpace, type Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/futoshiki.py
// A random Latin square, inequality signs between some neighbouring cells (probability
// 0.03 + 0.07·difficulty each), then clues removed in random order while the puzzle keeps a
// unique solution (down to 10% of the cells; a second pass when more than twice that remain).
// Scoring as RG: 1.0 when the answer equals the solved board up to trailing whitespace on each
// line; otherwise 0.9 × the fraction of cells right, reading each line that holds exactly n
// digits 1–9 as the next row; in both cases times len(oracle)/len(answer) when the answer is
// longer than the board.
// Deviation: uniqueness is decided by a bitmask backtracking counter (RG: its logical solver
// plus a plain backtracking count); the puzzles are the same kind, not the same items.

type Grid = number[][];
/** [r1, c1, r2, c2, sign]: cell 1 < or > cell 2; cell 2 is right of or below cell 1. */
type Constraint = [number, number, number, number, "<" | ">"];

const popcount = (x: number) => {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
};

/** A random Latin square: rows filled cell by cell in random order, with backtracking. */
function randomLatinSquare(rng: Rng, n: number): Grid {
  const grid: Grid = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const rowUsed = new Array<number>(n).fill(0);
  const colUsed = new Array<number>(n).fill(0);
  const fill = (k: number): boolean => {
    if (k === n * n) return true;
    const r = Math.floor(k / n);
    const c = k % n;
    for (const v of rng.shuffle(Array.from({ length: n }, (_, i) => i + 1))) {
      const b = 1 << v;
      if ((rowUsed[r] as number) & b || (colUsed[c] as number) & b) continue;
      (grid[r] as number[])[c] = v;
      rowUsed[r] = (rowUsed[r] as number) | b;
      colUsed[c] = (colUsed[c] as number) | b;
      if (fill(k + 1)) return true;
      rowUsed[r] = (rowUsed[r] as number) & ~b;
      colUsed[c] = (colUsed[c] as number) & ~b;
    }
    (grid[r] as number[])[c] = 0;
    return false;
  };
  fill(0);
  return grid;
}

function randomConstraints(rng: Rng, solution: Grid, difficulty: number): Constraint[] {
  const n = solution.length;
  const p = 0.03 + 0.07 * difficulty;
  const out: Constraint[] = [];
  const at = (r: number, c: number) => (solution[r] as number[])[c] as number;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      if (c < n - 1 && rng.float() < p)
        out.push([r, c, r, c + 1, at(r, c) < at(r, c + 1) ? "<" : ">"]);
      if (r < n - 1 && rng.float() < p)
        out.push([r, c, r + 1, c, at(r, c) < at(r + 1, c) ? "<" : ">"]);
    }
  return out;
}

/** Solutions of the puzzle, counted up to `limit` (MRV backtracking on candidate bitmasks). */
function countSolutions(puzzle: Grid, constraints: Constraint[], limit = 2): number {
  const n = puzzle.length;
  const grid = puzzle.map((row) => row.slice());
  const full = ((1 << (n + 1)) - 1) & ~1;
  const rowUsed = grid.map((row) => row.reduce((m, v) => (v ? m | (1 << v) : m), 0));
  const colUsed = Array.from({ length: n }, (_, c) =>
    grid.reduce((m, row) => (row[c] ? m | (1 << (row[c] as number)) : m), 0),
  );
  // Per cell: [other cell index, +1 when this cell must be greater, -1 when smaller].
  const relations: [number, number][][] = Array.from({ length: n * n }, () => []);
  for (const [r1, c1, r2, c2, sign] of constraints) {
    const a = r1 * n + c1;
    const b = r2 * n + c2;
    const s = sign === ">" ? 1 : -1;
    relations[a]?.push([b, s]);
    relations[b]?.push([a, -s]);
  }
  const candidates = (k: number): number => {
    const r = Math.floor(k / n);
    const c = k % n;
    let mask = full & ~(rowUsed[r] as number) & ~(colUsed[c] as number);
    for (const [other, s] of relations[k] as [number, number][]) {
      const v = (grid[Math.floor(other / n)] as number[])[other % n] as number;
      if (v === 0) continue;
      // Greater than v: bits above v; smaller than v: bits below v.
      mask &= s > 0 ? ~((1 << (v + 1)) - 1) : (1 << v) - 1;
    }
    return mask;
  };
  let found = 0;
  const masks = new Array<number>(n * n).fill(0);
  /** A value with one place left in a row or column: [cell, mask]; -1 when a value has none. */
  const hiddenSingle = (): [number, number] | null | -1 => {
    for (let line = 0; line < 2 * n; line++) {
      const used = line < n ? (rowUsed[line] as number) : (colUsed[line - n] as number);
      for (let v = 1; v <= n; v++) {
        if (used & (1 << v)) continue;
        let places = 0;
        let at = -1;
        for (let i = 0; i < n && places < 2; i++) {
          const k = line < n ? line * n + i : i * n + (line - n);
          if ((masks[k] as number) & (1 << v)) {
            places++;
            at = k;
          }
        }
        if (places === 0) return -1;
        if (places === 1) return [at, 1 << v];
      }
    }
    return null;
  };
  const search = (): void => {
    let best = -1;
    let bestMask = 0;
    let bestCount = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n * n; k++) {
      masks[k] = 0;
      if ((grid[Math.floor(k / n)] as number[])[k % n] !== 0) continue;
      const mask = candidates(k);
      const count = popcount(mask);
      if (count === 0) return;
      masks[k] = mask;
      if (count < bestCount) {
        best = k;
        bestMask = mask;
        bestCount = count;
      }
    }
    if (best < 0) {
      found++;
      return;
    }
    if (bestCount > 1) {
      const single = hiddenSingle();
      if (single === -1) return;
      if (single !== null) [best, bestMask] = single;
    }
    const r = Math.floor(best / n);
    const c = best % n;
    for (let v = 1; v <= n && found < limit; v++) {
      const b = 1 << v;
      if (!(bestMask & b)) continue;
      (grid[r] as number[])[c] = v;
      rowUsed[r] = (rowUsed[r] as number) | b;
      colUsed[c] = (colUsed[c] as number) | b;
      search();
      rowUsed[r] = (rowUsed[r] as number) & ~b;
      colUsed[c] = (colUsed[c] as number) & ~b;
      (grid[r] as number[])[c] = 0;
    }
  };
  search();
  return found;
}

/** RG's _remove_clues: blank cells in random order while the solution stays unique. */
function removeClues(rng: Rng, solution: Grid, constraints: Constraint[]): Grid {
  const n = solution.length;
  const grid = solution.map((row) => row.slice());
  const target = Math.floor(0.1 * n * n);
  let coords = rng.shuffle(Array.from({ length: n * n }, (_, k) => [Math.floor(k / n), k % n]));
  let filled = n * n;
  const pass = () => {
    for (const [r, c] of coords as [number, number][]) {
      if (filled <= target) break;
      const row = grid[r] as number[];
      const saved = row[c] as number;
      if (saved === 0) continue;
      row[c] = 0;
      if (countSolutions(grid, constraints) > 1) row[c] = saved;
      else filled--;
    }
  };
  pass();
  if (filled > 2 * target) {
    coords = rng.shuffle(coords);
    pass();
  }
  return grid;
}

/** The board as RG prints it: signs between cells, ∧/∨ on the lines between rows. */
function boardText(grid: Grid, constraints: Constraint[]): string {
  const n = grid.length;
  const signs = new Map(constraints.map(([r1, c1, r2, c2, s]) => [`${r1},${c1},${r2},${c2}`, s]));
  const lines: string[] = [];
  for (let r = 0; r < n; r++) {
    const cells: string[] = [];
    for (let c = 0; c < n; c++) {
      const v = (grid[r] as number[])[c] as number;
      cells.push(v === 0 ? "_" : String(v));
      if (c < n - 1) cells.push(signs.get(`${r},${c},${r},${c + 1}`) ?? " ");
    }
    lines.push(cells.join(" "));
    if (r === n - 1) break;
    const vertical: string[] = [];
    for (let c = 0; c < n; c++) {
      const s = signs.get(`${r},${c},${r + 1},${c}`);
      vertical.push(s === ">" ? "∨" : s === "<" ? "∧" : " ");
      if (c < n - 1) vertical.push(" ");
    }
    lines.push(vertical.join(" "));
  }
  return lines.join("\n");
}

/** Python's str.rstrip(). */
function rstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPySpace(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

const stripLines = (text: string) => text.split("\n").map(rstrip).join("\n");

/** RG's fallback: 0.9 × fraction of cells right, over lines with exactly n digits 1–9. */
function digitsScore(answer: string, solution: Grid): number {
  const n = solution.length;
  let row = 0;
  let matching = 0;
  for (const line of answer.split("\n")) {
    if (row >= n) break;
    const digits = [...line].filter((ch) => ch >= "1" && ch <= "9").map(Number);
    if (digits.length !== n) continue;
    digits.forEach((d, c) => {
      if ((solution[row] as number[])[c] === d) matching++;
    });
    row++;
  }
  return 0.9 * (matching / (n * n));
}

export const futoshiki = defineLogicTask({
  name: "futoshiki",
  category: "games",
  curriculum: {
    board_size: range("min_board_size", "max_board_size", [4, 6, 7, 9]),
    difficulty: range("min_difficulty", "max_difficulty", [0, 1, 2, 3]),
  },
  description: "Fill a Latin square that obeys inequality signs between neighbouring cells.",
  config: z.object({
    min_board_size: z.number().int().min(4).max(9).default(4),
    max_board_size: z.number().int().min(4).max(9).default(9),
    min_difficulty: z.number().int().min(0).max(3).default(0),
    max_difficulty: z.number().int().min(0).max(3).default(3),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_board_size, config.max_board_size);
    const difficulty = rng.int(config.min_difficulty, config.max_difficulty);
    const solution = randomLatinSquare(rng, n);
    const constraints = randomConstraints(rng, solution, difficulty);
    const puzzle = removeClues(rng, solution, constraints);
    return {
      question:
        `Solve the following ${n}x${n} Futoshiki puzzle:\n\n${boardText(puzzle, constraints)}\n\n` +
        "Ensure your answer follows the same format as the puzzle above, just replace blanks (_) with the correct value for the cell.\n" +
        "Use < and > for horizontal constraints. Use ∧ and ∨ for vertical constraints.\n" +
        `Remember, in Futoshiki each row and column must contain each number from 1 to ${n} exactly once.`,
      answer: boardText(solution, constraints),
      metadata: {
        puzzle,
        constraints,
        solution,
        board_size: n,
        difficulty_rating: difficulty,
        difficulty: {
          board_size: [config.min_board_size, config.max_board_size],
          difficulty: [config.min_difficulty, config.max_difficulty],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const oracle = entry.answer;
    const solution = entry.metadata.solution as Grid;
    let reward = stripLines(answer) === stripLines(oracle) ? 1 : digitsScore(answer, solution);
    const answerLength = [...answer].length;
    const oracleLength = [...oracle].length;
    if (answerLength > oracleLength) reward *= oracleLength / answerLength;
    return reward;
  },
});
