/**
 * What a RE-ARC generator is, and Reasoning Gym's measures on its examples
 * (reasoning_gym/arc/rearc_utils/utils.py): the PSO difficulty and the grid check.
 */
import { type Grid, height, palette, width } from "./dsl.js";
import type { PyRandom } from "./random.js";

/** One input/output pair. */
export interface Example {
  input: Grid;
  output: Grid;
}

/** A RE-ARC example generator: difficulty bounds in [0, 1] scale sizes and counts. */
export type Generator = (rng: PyRandom, diff_lb: number, diff_ub: number) => Example;

/**
 * RE-ARC's PSO difficulty: the mean of the pixel share ((hw_in + hw_out) / 1800), the colour
 * share (|colours| / 10) and the object density (objects per cell, averaged over both grids).
 */
export function psoDifficulty(example: Example): number {
  const { input: i, output: o } = example;
  const hwi = height(i) * width(i);
  const hwo = height(o) * width(o);
  const pixPct = (hwi + hwo) / 1800;
  const colPct = palette(i).union(palette(o)).size / 10;
  const objDens = (countObjects(i) / hwi + countObjects(o) / hwo) / 2;
  return (pixPct + colPct + objDens) / 3;
}

/**
 * `len(objects(grid, T, F, F))`: the number of 4-connected single-colour regions, counted by a
 * flood fill without building the objects (they are distinct, so the counts agree).
 */
export function countObjects(grid: Grid): number {
  const h = grid.length;
  const w = grid[0]?.length ?? 0;
  const colourAt = (cell: number) => (grid[Math.floor(cell / w)] as readonly number[])[cell % w];
  const seen = new Uint8Array(h * w);
  const stack: number[] = [];
  let count = 0;
  for (let start = 0; start < h * w; start++) {
    if (seen[start]) continue;
    count++;
    const colour = colourAt(start);
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const cell = stack.pop() as number;
      const j = cell % w;
      const next = [cell - w, cell + w, j > 0 ? cell - 1 : -1, j < w - 1 ? cell + 1 : -1];
      for (const n of next) {
        if (n >= 0 && n < h * w && !seen[n] && colourAt(n) === colour) {
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
  }
  return count;
}

/** RE-ARC's is_grid: 1 to 30 rows of 1 to 30 equal-length integer rows of colours 0 to 9. */
export function isGrid(grid: unknown): grid is Grid {
  if (!Array.isArray(grid) || grid.length === 0 || grid.length > 30) return false;
  const w = Array.isArray(grid[0]) ? grid[0].length : -1;
  if (w < 1 || w > 30) return false;
  return grid.every(
    (r) =>
      Array.isArray(r) && r.length === w && r.every((x) => Number.isInteger(x) && x >= 0 && x <= 9),
  );
}
