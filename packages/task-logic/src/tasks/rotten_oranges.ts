import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { neighbours4 } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/algorithmic/rotten_oranges.py
// An n x n grid of empty cells, fresh and rotten oranges; the answer is the number of minutes
// until no fresh orange is left (rot spreads 4-directionally each minute), or -1.
// Scoring: RG's default (exact 1.0, contained len(oracle)/len(answer)).

const QUESTION = (
  matrix: string,
) => `You are given an n x n grid where each cell can have one of three values:
- 0 representing an empty cell
- 1 representing a fresh orange
- 2 representing a rotten orange

Every minute, any fresh orange that is 4-directionally adjacent to a rotten orange becomes rotten.

Your task is determine the minimum number of minutes that must elapse until no cell has a fresh orange.
If this is impossible, return -1.

Now, determine the minimum number of minutes that must elapse until no cell in the grid below has a fresh orange:
${matrix}
`;

export function minutesToRot(matrix: number[][]): number {
  const n = matrix.length;
  const m = matrix[0]?.length ?? 0;
  const state = matrix.map((row) => row.slice());
  let fresh = 0;
  let frontier: [number, number][] = [];
  state.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === 1) fresh++;
      if (v === 2) frontier.push([r, c]);
    });
  });
  let minutes = 0;
  for (;;) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier)
      for (const [nr, nc] of neighbours4(r, c, n, m))
        if (state[nr]?.[nc] === 1) {
          (state[nr] as number[])[nc] = 2;
          fresh--;
          next.push([nr, nc]);
        }
    if (next.length === 0) break;
    frontier = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
}

export const rottenOranges = defineLogicTask({
  name: "rotten_oranges",
  category: "algorithmic",
  curriculum: { n: range("min_n", "max_n", [10, 25, 50, 100]) },
  description: "Count the minutes until every orange in a grid has rotted.",
  config: z.object({
    min_n: z.number().int().min(2).default(10),
    max_n: z.number().int().min(2).default(30),
    p_oranges: z.number().gt(0).max(1).default(0.85),
    p_rotten: z.number().gt(0).max(1).default(0.1),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_n, config.max_n);
    const matrix = Array.from({ length: n }, () =>
      Array.from({ length: n }, () =>
        rng.float() < config.p_oranges ? (rng.float() < config.p_rotten ? 2 : 1) : 0,
      ),
    );
    const answer = minutesToRot(matrix);
    return {
      question: QUESTION(matrix.map((row) => row.join(" ")).join("\n")),
      answer: String(answer),
      metadata: { matrix, solution: answer, n, difficulty: { n: [config.min_n, config.max_n] } },
    };
  },
  score: scoreExactOrContained,
});
