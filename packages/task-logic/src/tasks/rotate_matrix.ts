import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { matrixToString } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/rotate_matrix.py
// Scoring: RG's default (exact, or the contained fraction) on the printed matrix.
const QUESTION = (degrees: number, matrix: string) =>
  `Given a square matrix, your job is to rotate it clockwise.\n\nYour output should be a matrix in the same format as the input.\n\nRotate the matrix below by ${degrees} degrees clockwise:\n${matrix}\n`;

/** One quarter turn clockwise. */
export function rotate90(matrix: number[][]): number[][] {
  const n = matrix.length;
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => (matrix[n - 1 - c] as number[])[r] as number),
  );
}

export const rotateMatrix = defineLogicTask({
  name: "rotate_matrix",
  category: "algorithmic",
  curriculum: {
    n: range("min_n", "max_n", [10, 25, 50, 100]),
    num_rotations: range("min_rotations", "max_rotations", [1, 5, 10, 15, 20], true),
  },
  description: "Rotate a square matrix clockwise by a multiple of 90 degrees.",
  config: z.object({
    min_n: z.number().int().min(2).default(2),
    max_n: z.number().int().min(2).default(10),
    min_rotations: z.number().int().min(0).default(0),
    max_rotations: z.number().int().min(0).default(10),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_n, config.max_n);
    const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.int(0, 9)));
    const rotations = rng.int(config.min_rotations, config.max_rotations);
    let solution = matrix.map((row) => row.slice());
    for (let k = 0; k < rotations % 4; k++) solution = rotate90(solution);
    return {
      question: QUESTION(rotations * 90, matrixToString(matrix)),
      answer: matrixToString(solution),
      metadata: {
        matrix,
        num_rotations: rotations,
        solution,
        n,
        difficulty: {
          n: [config.min_n, config.max_n],
          num_rotations: [config.min_rotations, config.max_rotations],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
