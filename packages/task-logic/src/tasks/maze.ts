import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { neighbours4 } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/games/maze.py
// A square grid with a wall border and random inner walls (passage probability 0.7), drawn with
// four random printable characters; the answer is the length of the shortest path from start to
// goal, kept only when it lies in [min_dist, max_dist] (up to 1000 grids are tried, as RG).
// Scoring: RG's default (exact 1.0, contained len(oracle)/len(answer)).

/** Python's string.printable[:94]: digits, letters, punctuation. */
const PRINTABLE =
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const PROB_PATH = 0.7;
const RETRIES = 1000;

function distance(
  grid: string[][],
  wall: string,
  from: [number, number],
  to: [number, number],
): number | null {
  const n = grid.length;
  const seen = new Set([from[0] * n + from[1]]);
  let frontier = [from];
  for (let d = 0; frontier.length > 0; d++) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      if (r === to[0] && c === to[1]) return d;
      for (const [nr, nc] of neighbours4(r, c, n, n)) {
        if (grid[nr]?.[nc] === wall || seen.has(nr * n + nc)) continue;
        seen.add(nr * n + nc);
        next.push([nr, nc]);
      }
    }
    frontier = next;
  }
  return null;
}

export const maze = defineLogicTask({
  name: "maze",
  category: "games",
  curriculum: {
    dist: range("min_dist", "max_dist", [5, 10, 15, 20], true),
    grid_size: range("min_grid_size", "max_grid_size", [10, 25, 50, 100], true),
  },
  description: "Count the steps of the shortest path through an ASCII maze.",
  config: z.object({
    min_dist: z.number().int().min(1).default(5),
    max_dist: z.number().int().min(1).default(10),
    min_grid_size: z.number().int().min(3).default(5),
    max_grid_size: z.number().int().min(3).default(10),
  }),
  generate(rng, config) {
    const [wall, path, start, goal] = rng.sample([...PRINTABLE], 4) as [
      string,
      string,
      string,
      string,
    ];
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const size = rng.int(config.min_grid_size, config.max_grid_size);
      const grid = Array.from({ length: size }, (_, r) =>
        Array.from({ length: size }, (_, c) =>
          r > 0 && r < size - 1 && c > 0 && c < size - 1 && rng.float() < PROB_PATH ? path : wall,
        ),
      );
      const floor = (): [number, number] | null => {
        for (let k = 0; k < RETRIES; k++) {
          const r = rng.int(1, size - 2);
          const c = rng.int(1, size - 2);
          if (grid[r]?.[c] === path) return [r, c];
        }
        return null;
      };
      const s = floor();
      if (!s) continue;
      (grid[s[0]] as string[])[s[1]] = start;
      const g = floor();
      if (!g) continue;
      (grid[g[0]] as string[])[g[1]] = goal;
      const dist = distance(grid, wall, s, g);
      if (dist === null || dist < config.min_dist || dist > config.max_dist) continue;
      const rows = grid.map((row) => row.join(""));
      return {
        question:
          `Navigate from '${start}' (start) to '${goal}' (goal):\n\n\`\`\`\n${rows.join("\n")}\n\`\`\`` +
          `\nLegend: '${wall}' = Wall, '${path}' = Passage\n\n` +
          "What is the minimum number of steps to reach the goal?\n" +
          "Give only the number of steps as your final answer, no other text or formatting.",
        answer: String(dist),
        metadata: {
          grid_size: size,
          grid: rows,
          shortest_path_length: dist,
          start,
          goal,
          wall,
          path,
          difficulty: {
            dist: [config.min_dist, config.max_dist],
            grid_size: [config.min_grid_size, config.max_grid_size],
          },
        },
      };
    }
    throw new Error("maze: no maze with a path length in range; widen the config");
  },
  score: scoreExactOrContained,
});
