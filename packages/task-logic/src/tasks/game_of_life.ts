import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { lifeStep } from "../lib/grid.js";
import { PyDict, type PyJson, pyEquals, pyJsonDumps, pyJsonLoads } from "../lib/python.js";

// Reasoning Gym: reasoning_gym/algorithmic/game_of_life.py (RG simulates with cellpylib's
// evolve2d and game_of_life_rule: B3/S23, Moore neighbourhood, wrapping edges).
// filled_cells random cells (repeats allowed, so at most that many) on a grid_size_x-row by
// grid_size_y-column board, run simulation_steps steps; boards are printed as compact JSON.
// Scoring as RG: the answer parsed as JSON (NaN and Infinity allowed, as Python's json does);
// the fraction of the oracle's cells whose answer cell at [i][j] equals it by Python's == (so
// true counts as 1 and 1.0 as 1); missing rows or cells count as wrong; unparseable 0.
// Fixes: (1) RG's filled_cells is a class-level default computed once from the 10x10 defaults
// (always 10, so the curriculum's filled_cells_weights changed nothing); here it defaults to
// int(filled_cells_weights * grid_size_x * grid_size_y), which is 10 for the defaults.
// (2) An answer whose rows are JSON objects makes RG raise KeyError; here it scores 0.
const QUESTION = (steps: number, board: string) =>
  `What will this Game of Life board look like after ${steps} steps of simulation? Assume a Moore neighborhood and wrapping topology. Reply as array of arrays representing rows in the grid from top to bottom in JSON format. (An empty 3x3 grid would look like this: [[0,0,0],[0,0,0],[0,0,0]])\n\n${board}.`;

/** The board after `steps` Game of Life steps. */
export function evolveLife(board: readonly (readonly number[])[], steps: number): number[][] {
  const h = board.length;
  const w = board[0]?.length ?? 0;
  let cells = Uint8Array.from(board.flat());
  let next = new Uint8Array(h * w);
  for (let t = 0; t < steps; t++) {
    lifeStep(cells, next, h, w);
    [cells, next] = [next, cells];
  }
  return Array.from({ length: h }, (_, r) => Array.from(cells.subarray(r * w, (r + 1) * w)));
}

/** Python's value[index] on a json.loads value: undefined where Python raises IndexError or TypeError. */
function pyItem(value: PyJson | undefined, index: number): PyJson | undefined {
  if (Array.isArray(value)) return value[index];
  if (typeof value === "string") {
    let k = 0;
    for (const ch of value) if (k++ === index) return ch;
    return undefined;
  }
  // A dict has no integer keys after json.loads: RG raises KeyError, which nothing catches.
  if (value instanceof PyDict) throw new Error("KeyError");
  return undefined;
}

export const gameOfLife = defineLogicTask({
  name: "game_of_life",
  category: "algorithmic",
  curriculum: {
    grid_size_x: scalar("grid_size_x", [10, 25, 50, 100]),
    grid_size_y: scalar("grid_size_y", [10, 25, 50, 100]),
    filled_cells_weights: scalar("filled_cells_weights", [0.1, 0.2, 0.5, 0.8]),
    simulation_steps: scalar("simulation_steps", [1, 2, 5, 10]),
  },
  description: "Give a Game of Life board after n steps, as JSON.",
  config: z.object({
    grid_size_x: z.number().int().min(3).max(999).default(10),
    grid_size_y: z.number().int().min(3).max(999).default(10),
    filled_cells_weights: z.number().min(0).max(1).default(0.1),
    filled_cells: z.number().int().min(0).optional(),
    simulation_steps: z.number().int().min(0).default(1),
  }),
  generate(rng, config) {
    const rows = config.grid_size_x;
    const cols = config.grid_size_y;
    const filled = config.filled_cells ?? Math.floor(config.filled_cells_weights * rows * cols);
    if (filled > rows * cols)
      throw new Error("game_of_life: filled_cells must fit in grid_size_x * grid_size_y");
    const board = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
    for (let k = 0; k < filled; k++)
      (board[rng.int(0, rows - 1)] as number[])[rng.int(0, cols - 1)] = 1;
    const final = evolveLife(board, config.simulation_steps);
    return {
      question: QUESTION(
        config.simulation_steps,
        `[${board.map((row) => pyJsonDumps(row, true)).join(",\n ")}]`,
      ),
      answer: pyJsonDumps(final, true),
      metadata: {
        grid_size_x: rows,
        grid_size_y: cols,
        filled_cells: filled,
        simulation_steps: config.simulation_steps,
        difficulty: {
          grid_size_x: rows,
          grid_size_y: cols,
          filled_cells_weights: config.filled_cells_weights,
          simulation_steps: config.simulation_steps,
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = pyJsonLoads(answer);
    const oracle = pyJsonLoads(entry.answer) as number[][];
    let total = 0;
    let right = 0;
    for (const [i, row] of oracle.entries()) {
      for (const [j, expected] of row.entries()) {
        total++;
        const cell = pyItem(pyItem(given, i), j);
        if (cell !== undefined && pyEquals(cell, expected)) right++;
      }
    }
    return total === 0 ? 0 : right / total;
  },
});
