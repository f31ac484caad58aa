import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { matrixToString, parseIntLiteral } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/binary_matrix.py
// Scoring as RG: the printed distance matrix scores 1.0; the same matrix as a Python nested
// list 0.1; anything else 0.
// Fix: RG reads the list form with eval(); here a literal parser for integer lists and tuples.
const QUESTION = (matrix: string) =>
  `Given a square matrix, your job is to find the taxicab (Manhattan) distance of the nearest 0 for each cell.\n\nThe output should be a matrix of the same size as the input matrix, where each cell contains the distance to the nearest 0.\n\nFind the distance to the nearest 0 for each cell in the matrix below:\n${matrix}\n`;

/** Multi-source BFS from every 0: the Manhattan distance to the nearest 0 (all cells reach one). */
export function nearestZero(matrix: number[][]): number[][] {
  const n = matrix.length;
  const out = matrix.map((row) => row.map(() => -1));
  let frontier: [number, number][] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if ((matrix[r] as number[])[c] === 0) {
        (out[r] as number[])[c] = 0;
        frontier.push([r, c]);
      }
  for (let d = 1; frontier.length > 0; d++) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ] as const) {
        if (nr >= 0 && nr < n && nc >= 0 && nc < n && (out[nr] as number[])[nc] === -1) {
          (out[nr] as number[])[nc] = d;
          next.push([nr, nc]);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export const binaryMatrix = defineLogicTask({
  name: "binary_matrix",
  category: "algorithmic",
  curriculum: {
    p_zero: scalar("p_zero", [0.5, 0.25, 0.1, 0.05]),
    n: range("min_n", "max_n", [10, 25, 50, 100]),
  },
  description: "Distance from each cell of a binary matrix to the nearest 0.",
  config: z.object({
    min_n: z.number().int().min(1).default(3),
    max_n: z.number().int().min(1).default(10),
    p_zero: z.number().gt(0).max(1).default(0.25),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_n, config.max_n);
    const cells = [
      0,
      ...Array.from({ length: n * n - 1 }, () => (rng.float() < config.p_zero ? 0 : 1)),
    ];
    const numbers = rng.shuffle(cells);
    const matrix = Array.from({ length: n }, (_, r) => numbers.slice(r * n, (r + 1) * n));
    const solution = nearestZero(matrix);
    return {
      question: QUESTION(matrixToString(matrix)),
      answer: matrixToString(solution),
      metadata: {
        matrix,
        solution,
        n,
        difficulty: { n: [config.min_n, config.max_n], p_zero: config.p_zero },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    if (answer === entry.answer) return 1;
    const parsed = parseIntLiteral(answer);
    if (Array.isArray(parsed) && parsed.every(Array.isArray)) {
      if (matrixToString(parsed as unknown[][]) === entry.answer) return 0.1;
    }
    return 0;
  },
});
