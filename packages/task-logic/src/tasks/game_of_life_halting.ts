import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { lifeStep, numpyStr2d } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/algorithmic/game_of_life_halting.py
// A board with num_oscillators patterns placed apart (a one-cell free border around each): either
// oscillators of the configured difficulty (which never die) or short diagonal lines (which die
// within a few steps), chosen by a coin flip. The board is printed as numpy prints it.
// Fixes of RG: (1) RG's scorer returns 1.0 for any non-empty answer (it compares bool(answer)
// with bool(entry["answer"]), and both are non-empty strings); here the answer must be "True"
// or "False" (case-insensitive, trimmed) and equal the entry's answer. (2) RG's answer is
// `str(not should_oscillate)`, wrong when no pattern fits the grid or patterns interact; here the
// answer comes from simulating the board (Moore neighbourhood, wrapping edges) for
// max_simulation_steps steps. (3) numpy summarises boards over 1000 cells with "..."; the full
// board is always printed here.

interface Pattern {
  name: string;
  difficulty: number;
  rows: string[];
}

// Oscillators from https://conwaylife.com/wiki/oscillator, as RG lists them ("#" = alive).
const OSCILLATORS: Pattern[] = [
  { name: "blinker", difficulty: 1, rows: ["...", "###", "..."] },
  { name: "toad", difficulty: 1, rows: [".##.", "#...", "...#", ".##."] },
  { name: "clock", difficulty: 1, rows: ["..#.", "#.#.", ".#.#", ".#.."] },
  { name: "bipole", difficulty: 1, rows: ["...##", "..#.#", ".....", "#.#..", "##..."] },
  {
    name: "tripole",
    difficulty: 1,
    rows: ["....##", "...#.#", "......", ".#.#..", "#.....", "##...."],
  },
  {
    name: "caterer",
    difficulty: 2,
    rows: [
      ".###..",
      ".....#",
      "#....#",
      "....#.",
      ".##...",
      ".#....",
      ".#....",
      ".#....",
      "......",
    ],
  },
  {
    name: "mold",
    difficulty: 2,
    rows: ["...##.", "..#..#", "#..#.#", "....#.", "#.##..", ".#...."],
  },
  {
    name: "pinwheel",
    difficulty: 2,
    rows: [
      "......##....",
      "......##....",
      "............",
      "....####....",
      "##.#....#...",
      "##.#..#.#...",
      "...#...##.##",
      "...#.#..#.##",
      "....####....",
      "............",
      "....##......",
      "....##......",
    ],
  },
  {
    name: "pentadecathlon",
    difficulty: 3,
    rows: [
      "................",
      "................",
      "................",
      ".#..##....##..#.",
      "#...###..###...#",
      ".#..##....##..#.",
      "................",
      "................",
      "................",
    ],
  },
];

/** Diagonal lines and arrow heads: every one dies within a few steps when isolated. */
const NON_OSCILLATORS: Pattern[] = [
  ["#..", ".#.", "..#"],
  ["..#", ".#.", "#.."],
  ["#..", ".#.", "#.."],
  ["..#", ".#.", "..#"],
  ["#...", ".#..", "..#.", "...#"],
  ["#....", ".#...", "..#..", "...#.", "....#"],
  ["#.....", ".#....", "..#...", "...#..", "....#.", ".....#"],
].map((rows) => ({ name: "non-oscillator", difficulty: 0, rows }));

/** Whether the board has no live cell at some step 0..steps (wrapping Moore neighbourhood). */
export function haltsWithin(board: number[][], steps: number): boolean {
  const h = board.length;
  const w = board[0]?.length ?? 0;
  let cells = Uint8Array.from(board.flat());
  let next = new Uint8Array(h * w);
  for (let t = 0; ; t++) {
    if (!cells.includes(1)) return true;
    if (t === steps) return false;
    lifeStep(cells, next, h, w);
    [cells, next] = [next, cells];
  }
}

export const gameOfLifeHalting = defineLogicTask({
  name: "game_of_life_halting",
  category: "algorithmic",
  curriculum: {
    grid_size_x: scalar("grid_size_x", [10, 25, 50, 100]),
    grid_size_y: scalar("grid_size_y", [10, 25, 50, 100]),
    difficulty: scalar("difficulty", [1, 2, 3]),
    num_oscillators: scalar("num_oscillators", [3, 7, 10, 20]),
    max_simulation_steps: scalar("max_simulation_steps", [20, 50, 100, 200]),
  },
  description: "Decide whether a Game of Life board dies out within n steps.",
  config: z.object({
    grid_size_x: z.number().int().min(3).max(200).default(12),
    grid_size_y: z.number().int().min(3).max(200).default(12),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
    num_oscillators: z.number().int().min(0).default(5),
    max_simulation_steps: z.number().int().min(0).max(1000).default(20),
  }),
  generate(rng, config) {
    const shouldOscillate = rng.bool();
    const gx = config.grid_size_x;
    const gy = config.grid_size_y;
    const board = Array.from({ length: gx }, () => new Array<number>(gy).fill(0));
    const occupied = Array.from({ length: gx }, () => new Array<boolean>(gy).fill(false));
    const patterns = shouldOscillate
      ? OSCILLATORS.filter((p) => p.difficulty === config.difficulty)
      : NON_OSCILLATORS;
    const placed: { name: string; position: [number, number] }[] = [];
    for (let k = 0; k < config.num_oscillators; k++) {
      const pattern = rng.pick(patterns);
      const height = pattern.rows.length;
      const width = pattern.rows[0]?.length ?? 0;
      if (gx - height - 1 < 1 || gy - width - 1 < 1) continue; // does not fit (RG raises)
      for (let attempt = 0; attempt < 1000; attempt++) {
        const i = rng.int(1, gx - height - 1);
        const j = rng.int(1, gy - width - 1);
        let free = true;
        for (let x = i - 1; x <= i + height && free; x++)
          for (let y = j - 1; y <= j + width && free; y++) if (occupied[x]?.[y]) free = false;
        if (!free) continue;
        for (let x = i - 1; x <= i + height; x++)
          for (let y = j - 1; y <= j + width; y++) (occupied[x] as boolean[])[y] = true;
        pattern.rows.forEach((row, dx) => {
          for (let dy = 0; dy < width; dy++)
            (board[i + dx] as number[])[j + dy] = row[dy] === "#" ? 1 : 0;
        });
        placed.push({ name: pattern.name, position: [i, j] });
        break;
      }
    }
    const steps = config.max_simulation_steps;
    return {
      question:
        "This is a 'Game of Life' grid. We consider a game halted if there are no cells alive.\n" +
        `Will this game halt at or before ${steps} steps? Assume a Moore neighborhood and wrapping topology. If it will halt, reply 'True'. If it won't halt, reply 'False'.\n\n` +
        `Initial board:\n${numpyStr2d(board)}`,
      answer: haltsWithin(board, steps) ? "True" : "False",
      metadata: {
        grid_size_x: gx,
        grid_size_y: gy,
        placed_patterns: placed,
        simulation_steps: steps,
        should_oscillate: shouldOscillate,
        difficulty: {
          grid_size_x: gx,
          grid_size_y: gy,
          difficulty: config.difficulty,
          num_oscillators: config.num_oscillators,
          max_simulation_steps: steps,
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = answer.trim().toLowerCase();
    if (given !== "true" && given !== "false") return 0;
    return given === entry.answer.trim().toLowerCase() ? 1 : 0;
  },
});
