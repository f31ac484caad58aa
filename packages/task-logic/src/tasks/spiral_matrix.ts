import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { matrixToString, parseIntLiteral } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/spiral_matrix.py
// Scoring as RG: the space-separated spiral (trimmed) scores 1.0; the same numbers written as
// a Python list or tuple 0.1; anything else 0.
// Fix: RG reads the list form with eval(); here a literal parser for integer lists and tuples.
const QUESTION = (matrix: string) =>
  `Given a matrix, your job is to generate a list of elements in spiral order, starting from the top-left element.\n\nThe spiral order is clockwise, starting from the top-left corner. More precisely:\n- Start from the top-left corner and move right along the top row.\n- Move down along the right column.\n- Move left along the bottom row.\n- Move up along the left column.\n- Repeat the steps for the inner elements of the matrix until every entry is visited.\n\nHint: Think of peeling the matrix layer by layer from the outside inward. Each layer forms a rectangular frame, and you traverse each frame clockwise starting from its top-left corner.\n\nYour output should be a space-separated list of integers, e.g. 1 2 3 4 5 6\n\nFor the matrix below, what is the list of elements in spiral order?\n${matrix}\n`;

export function spiralOrder(matrix: number[][]): number[] {
  let t = 0;
  let b = matrix.length;
  let l = 0;
  let r = matrix[0]?.length ?? 0;
  const out: number[] = [];
  const at = (row: number, col: number) => (matrix[row] as number[])[col] as number;
  for (;;) {
    for (let i = l; i < r; i++) out.push(at(t, i));
    if (++t === b) break;
    for (let i = t; i < b; i++) out.push(at(i, r - 1));
    if (l === --r) break;
    for (let i = r - 1; i >= l; i--) out.push(at(b - 1, i));
    if (t === --b) break;
    for (let i = b - 1; i >= t; i--) out.push(at(i, l));
    if (++l === r) break;
  }
  return out;
}

export const spiralMatrix = defineLogicTask({
  name: "spiral_matrix",
  category: "algorithmic",
  curriculum: { n: range("min_n", "max_n", [10, 25, 50, 100]) },
  description: "List a matrix's elements in clockwise spiral order.",
  config: z.object({
    min_n: z.number().int().min(2).default(2),
    max_n: z.number().int().min(2).default(10),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_n, config.max_n);
    const numbers = rng.shuffle(Array.from({ length: n * n }, () => rng.int(0, 9)));
    const matrix = Array.from({ length: n }, (_, r) => numbers.slice(r * n, (r + 1) * n));
    const solution = spiralOrder(matrix);
    return {
      question: QUESTION(matrixToString(matrix)),
      answer: solution.join(" "),
      metadata: { matrix, solution, n, difficulty: { n: [config.min_n, config.max_n] } },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    const oracle = entry.answer.trim();
    if (answer.trim() === oracle) return 1;
    const parsed = parseIntLiteral(answer);
    if (Array.isArray(parsed) && parsed.map(String).join(" ") === oracle) return 0.1;
    return 0;
  },
});
