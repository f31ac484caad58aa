import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/graphs/shortest_path.py
// A random grid of open (O) and blocked (X) cells with a start (*) and a destination (#); the
// answer is a shortest path as directions ("right down ...") or "infeasible". Scoring as RG:
// 1.0 for the oracle or any valid path of the same length (so every shortest path), 0.5 for a
// valid longer path, else 0. Work is linear in the answer.

const QUESTION = (
  grid: string,
) => `Your task is to find the shortest path from the start to the destination point in a grid.

The grid is represented as a matrix with the following types of cells:
- *: your starting point
- #: your destination point
- O: an open cell
- X: a blocked cell

Therefore, you need to find the shortest path from * to #, moving only through open cells.

You may only move in four directions: up, down, left, and right.

If there is no path from * to #, simply write "infeasible" (without quotes).

Your output should be a sequence of directions that leads from * to #, e.g. right right down down up left

Now, find the shortest path from * to # in the following grid:
${grid}
`;

const DIRS: [number, number, string][] = [
  [0, 1, "right"],
  [1, 0, "down"],
  [0, -1, "left"],
  [-1, 0, "up"],
];
const STEP: Record<string, [number, number]> = {
  right: [0, 1],
  down: [1, 0],
  left: [0, -1],
  up: [-1, 0],
};

function find(matrix: string[][], mark: string): [number, number] {
  for (let r = 0; r < matrix.length; r++) {
    const c = (matrix[r] as string[]).indexOf(mark);
    if (c >= 0) return [r, c];
  }
  throw new Error(`no ${mark} in grid`);
}

/** Breadth-first search from * to #, directions tried right, down, left, up (as RG). */
function shortestPath(matrix: string[][]): string[] {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  const [sr, sc] = find(matrix, "*");
  const previous = new Map<number, [number, string]>();
  const seen = new Set<number>([sr * cols + sc]);
  let frontier = [sr * cols + sc];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const cell of frontier) {
      const r = Math.floor(cell / cols);
      const c = cell % cols;
      for (const [dr, dc, name] of DIRS) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen.has(nr * cols + nc)) continue;
        const value = matrix[nr]?.[nc];
        if (value === "#") {
          const path = [name];
          for (let at = cell; previous.has(at); at = (previous.get(at) as [number, string])[0])
            path.push((previous.get(at) as [number, string])[1]);
          return path.reverse();
        }
        if (value === "O") {
          seen.add(nr * cols + nc);
          previous.set(nr * cols + nc, [cell, name]);
          next.push(nr * cols + nc);
        }
      }
    }
    frontier = next;
  }
  return [];
}

function isValidPath(matrix: string[][], path: string[]): boolean {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  let [r, c] = find(matrix, "*");
  const [er, ec] = find(matrix, "#");
  for (const direction of path) {
    const step = Object.hasOwn(STEP, direction) ? STEP[direction] : undefined;
    if (!step) return false;
    r += step[0];
    c += step[1];
    if (r < 0 || r >= rows || c < 0 || c >= cols || matrix[r]?.[c] === "X") return false;
  }
  return r === er && c === ec;
}

export const shortestPathTask = defineLogicTask({
  name: "shortest_path",
  category: "graphs",
  curriculum: {
    rows: range("min_rows", "max_rows", [10, 25, 50, 100]),
    cols: range("min_cols", "max_cols", [10, 25, 50, 100]),
  },
  description: "Find a shortest path through a grid with blocked cells.",
  config: z.object({
    min_rows: z.number().int().min(1).default(5),
    max_rows: z.number().int().min(1).default(8),
    min_cols: z.number().int().min(1).default(5),
    max_cols: z.number().int().min(1).default(8),
    p_blocked: z.number().min(0).max(1).default(0.4),
  }),
  generate(rng, config) {
    const rows = rng.int(config.min_rows, config.max_rows);
    let cols = rng.int(config.min_cols, config.max_cols);
    if (rows * cols < 2) cols = 2; // RG loops forever placing # on a 1x1 grid
    const matrix = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => (rng.float() < config.p_blocked ? "X" : "O")),
    );
    const sr = rng.int(0, rows - 1);
    const sc = rng.int(0, cols - 1);
    (matrix[sr] as string[])[sc] = "*";
    for (;;) {
      const er = rng.int(0, rows - 1);
      const ec = rng.int(0, cols - 1);
      if (er !== sr || ec !== sc) {
        (matrix[er] as string[])[ec] = "#";
        break;
      }
    }
    const solution = shortestPath(matrix);
    return {
      question: QUESTION(matrix.map((row) => row.join(" ")).join("\n")),
      answer: solution.length > 0 ? solution.join(" ") : "infeasible",
      metadata: {
        matrix,
        solution,
        difficulty: {
          rows: [config.min_rows, config.max_rows],
          cols: [config.min_cols, config.max_cols],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    const oracle = entry.answer.trim();
    const given = answer.trim();
    if (given === oracle) return 1;
    const matrix = entry.metadata.matrix as string[][];
    const path = given.split(/\s+/).filter((p) => p.length > 0);
    if (!isValidPath(matrix, path)) return 0;
    return path.length === oracle.split(/\s+/).filter((p) => p.length > 0).length ? 1 : 0.5;
  },
});
