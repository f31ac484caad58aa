import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { neighbours4 } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/graphs/largest_island.py
// Islands drawn by random walks on a binary grid; the answer is the area of the largest
// 4-connected island. Scoring: RG's default (exact 1.0, contained len(oracle)/len(answer)).

const QUESTION = (
  rows: number,
  cols: number,
  grid: string,
) => `You are given the following ${rows} x ${cols} binary matrix grid:
${grid}

An island is a group of 1's (representing land) connected 4-directionally (horizontal or vertical).
You may assume all four edges of the grid are surrounded by water.

The area of an island is the number of cells with a value 1 in the island.

Return the maximum area of an island in grid. If there is no island, return 0.
`;

export function largestIslandArea(grid: number[][]): number {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const seen = new Set<number>();
  let best = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r]?.[c] !== 1 || seen.has(r * cols + c)) continue;
      let area = 0;
      const stack: [number, number][] = [[r, c]];
      seen.add(r * cols + c);
      while (stack.length > 0) {
        const [x, y] = stack.pop() as [number, number];
        area++;
        for (const [nx, ny] of neighbours4(x, y, rows, cols)) {
          if (grid[nx]?.[ny] === 1 && !seen.has(nx * cols + ny)) {
            seen.add(nx * cols + ny);
            stack.push([nx, ny]);
          }
        }
      }
      best = Math.max(best, area);
    }
  }
  return best;
}

export const largestIsland = defineLogicTask({
  name: "largest_island",
  category: "graphs",
  curriculum: {
    rows: range("min_rows", "max_rows", [5, 25, 50, 100]),
    cols: range("min_cols", "max_cols", [5, 25, 50, 100]),
    num_islands: range("min_num_islands", "max_num_islands", [2, 5, 10, 20]),
    island_size: range("min_island_size", "max_island_size", [5, 10, 20, 30]),
  },
  description: "Find the area of the largest island in a binary grid.",
  config: z.object({
    min_rows: z.number().int().min(1).default(5),
    max_rows: z.number().int().min(1).default(10),
    min_cols: z.number().int().min(1).default(5),
    max_cols: z.number().int().min(1).default(10),
    min_num_islands: z.number().int().min(0).default(0),
    max_num_islands: z.number().int().min(0).default(5),
    min_island_size: z.number().int().min(0).default(0),
    max_island_size: z.number().int().min(0).default(10),
  }),
  generate(rng, config) {
    const rows = rng.int(config.min_rows, config.max_rows);
    const cols = rng.int(config.min_cols, config.max_cols);
    const islands = rng.int(config.min_num_islands, config.max_num_islands);
    const grid = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
    let directions: [number, number][] = [
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1],
    ];
    for (let k = 0; k < islands; k++) {
      let r = rng.int(0, rows - 1);
      let c = rng.int(0, cols - 1);
      const size = Math.min(rng.int(config.min_island_size, config.max_island_size), rows * cols);
      for (let s = 0; s < size; s++) {
        (grid[r] as number[])[c] = 1;
        directions = rng.shuffle(directions);
        for (const [dr, dc] of directions) {
          const nr = r + dr;
          const nc = c + dc;
          if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr]?.[nc] === 0) {
            r = nr;
            c = nc;
            break;
          }
        }
      }
    }
    const answer = largestIslandArea(grid);
    return {
      question: QUESTION(rows, cols, grid.map((row) => row.join(" ")).join("\n")),
      answer: String(answer),
      metadata: {
        grid,
        solution: answer,
        difficulty: {
          rows: [config.min_rows, config.max_rows],
          cols: [config.min_cols, config.max_cols],
          num_islands: [config.min_num_islands, config.max_num_islands],
          island_size: [config.min_island_size, config.max_island_size],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
