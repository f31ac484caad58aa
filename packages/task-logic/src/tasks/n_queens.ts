import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/n_queens.py
// A solved n-queens board (uniform over all solutions) with num_removed queens taken away; the
// task is to put them back. Scoring: 1.0 for a board, in the question's format, that is a valid
// solution keeping every given queen; 0.5 for such a board written as a Python/JSON list of rows
// (['Q', '_', ...]), as RG gives for that form; else 0.
// Fix of RG: RG's scorer calls Python eval() on the answer to read the list form; here a small
// literal reader parses it. RG also needs the text board to match one of its strings exactly;
// here rows may differ in whitespace (any run of spaces, trailing blanks, blank lines), since
// that is the same board. Valid boards are checked directly (rows, columns, diagonals and the
// given queens), which accepts exactly RG's `valid_answers`.

const QUESTION = (
  n: number,
  removed: number,
  puzzle: string,
) => `Your job is to complete an n x n chess board with n Queens in total, such that no two attack each other.

No two queens attack each other if they are not in the same row, column, or diagonal.

You can place a queen by replacing an underscore (_) with a Q.

Your output should be also a board in the same format as the input, with queens placed on the board by replacing underscores with the letter Q.

Given the below board of size ${n} x ${n} your job is to place ${removed} queen(s) on the board such that no two queens attack each other.
${puzzle}
`;

const MAX_ANSWER = 20_000;

/** Every solution of n queens as column-per-row arrays, in RG's backtracking order. */
function allSolutions(n: number, fixed: (number | null)[] = []): number[][] {
  const out: number[][] = [];
  const cols = new Set<number>();
  const diag = new Set<number>();
  const anti = new Set<number>();
  const placed: number[] = [];
  const go = (row: number) => {
    if (row === n) {
      out.push(placed.slice());
      return;
    }
    const only = fixed[row];
    for (let c = 0; c < n; c++) {
      if ((only !== undefined && only !== null && c !== only) || cols.has(c)) continue;
      if (diag.has(row + c) || anti.has(row - c)) continue;
      cols.add(c);
      diag.add(row + c);
      anti.add(row - c);
      placed.push(c);
      go(row + 1);
      placed.pop();
      cols.delete(c);
      diag.delete(row + c);
      anti.delete(row - c);
    }
  };
  go(0);
  return out;
}

const cache = new Map<number, number[][]>();
const solutionsOf = (n: number) => {
  let s = cache.get(n);
  if (!s) {
    s = allSolutions(n);
    cache.set(n, s);
  }
  return s;
};

const toBoard = (n: number, cols: number[]) =>
  cols.map((c) => Array.from({ length: n }, (_, j) => (j === c ? "Q" : "_")));
const boardText = (board: string[][]) => board.map((row) => row.join(" ")).join("\n");

/** Reads a Python/JSON literal list of rows of one-character strings; null when it is not one. */
function readListLiteral(text: string): string[][] | null {
  const rows: string[][] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const expect = (ch: string) => {
    skip();
    if (text[i] !== ch) return false;
    i++;
    return true;
  };
  if (!expect("[")) return null;
  skip();
  if (text[i] === "]") return null;
  for (;;) {
    if (!expect("[")) return null;
    const row: string[] = [];
    for (;;) {
      skip();
      const quote = text[i];
      if (quote !== "'" && quote !== '"') return null;
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return null;
      row.push(text.slice(i + 1, end));
      i = end + 1;
      skip();
      if (text[i] === ",") {
        i++;
        skip();
        if (text[i] === "]") break; // trailing comma
        continue;
      }
      break;
    }
    if (!expect("]")) return null;
    rows.push(row);
    skip();
    if (text[i] === ",") {
      i++;
      skip();
      if (text[i] === "]") break;
      continue;
    }
    break;
  }
  if (!expect("]")) return null;
  skip();
  return i === text.length ? rows : null;
}

/** Whether `board` solves the puzzle: n x n of Q/_, n non-attacking queens, givens kept. */
function solves(board: string[][], puzzle: string[][]): boolean {
  const n = puzzle.length;
  if (board.length !== n) return false;
  const cols = new Set<number>();
  const diag = new Set<number>();
  const anti = new Set<number>();
  for (let r = 0; r < n; r++) {
    const row = board[r] as string[];
    if (row.length !== n) return false;
    let queens = 0;
    for (let c = 0; c < n; c++) {
      const cell = row[c];
      if (cell !== "Q" && cell !== "_") return false;
      if (puzzle[r]?.[c] === "Q" && cell !== "Q") return false;
      if (cell !== "Q") continue;
      queens++;
      if (cols.has(c) || diag.has(r + c) || anti.has(r - c)) return false;
      cols.add(c);
      diag.add(r + c);
      anti.add(r - c);
    }
    if (queens !== 1) return false;
  }
  return true;
}

export const nQueens = defineLogicTask({
  name: "n_queens",
  category: "games",
  curriculum: {
    n: scalar("n", [4, 6, 8, 10, 12]),
    num_removed: range("min_remove", "max_remove", [2, 4, 6, 8, 10], true),
  },
  description: "Complete an n-queens board from which some queens were removed.",
  config: z.object({
    n: z.number().int().min(4).max(12).default(8),
    min_remove: z.number().int().min(1).default(1),
    max_remove: z.number().int().min(1).default(7),
  }),
  generate(rng, config) {
    const n = config.n;
    const solved = rng.pick(solutionsOf(n));
    const removed = Math.min(n, rng.int(config.min_remove, config.max_remove));
    const drop = new Set(rng.shuffle(Array.from({ length: n }, (_, r) => r)).slice(0, removed));
    const fixed = solved.map((c, r) => (drop.has(r) ? null : c));
    const puzzle = fixed.map((c) => Array.from({ length: n }, (_, j) => (j === c ? "Q" : "_")));
    const valid = allSolutions(n, fixed).map((cols) => toBoard(n, cols));
    const validText = [...new Set(valid.map(boardText))].sort();
    return {
      question: QUESTION(n, removed, boardText(puzzle)),
      answer: rng.pick(validText),
      metadata: {
        puzzle,
        solutions: valid,
        num_removed: removed,
        valid_answers: validText,
        difficulty: { n, num_removed: [config.min_remove, config.max_remove] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length > MAX_ANSWER) return 0;
    const puzzle = entry.metadata.puzzle as string[][];
    const valid = entry.metadata.valid_answers as string[] | undefined;
    if (valid?.includes(answer)) return 1;
    const trimmed = answer.trim();
    if (trimmed.startsWith("[")) {
      const rows = readListLiteral(trimmed);
      return rows && solves(rows, puzzle) ? 0.5 : 0;
    }
    const board = trimmed
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((line) => line.split(/\s+/));
    return solves(board, puzzle) ? 1 : 0;
  },
});
