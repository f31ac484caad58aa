import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/cognition/modulo_grid.py
// A size_x by size_y grid of ✅/❌: cell (x, y) is ✅ when op(x, y) mod divisor == target, op one
// of x + y, |x − y|, x·y, x^y; up to max_holes cells become ❔ and the whole grid is the answer.
// Scoring: RG's default (exact, or the contained fraction).
// Deviations: x^y mod divisor is computed by modular exponentiation (RG builds x**y exactly; same
// residues). RG's curriculum sets max_target to 0 at level 1, where its randint(1, 0) raises;
// here max_target 0 means target 0. RG loops forever when no draw gives a ✅ (e.g.
// max_divisor 1); here generation stops with an error after 10,000 draws.

const YES = "✅";
const NO = "❌";
const HOLE = "❔";
const OPERATIONS = ["sum", "diff", "prod", "pow"] as const;
type Operation = (typeof OPERATIONS)[number];
const MAX_DRAWS = 10_000;

/** base^exponent mod m by square-and-multiply (0^0 = 1, as Python's 0**0). */
function powMod(base: number, exponent: number, m: number): number {
  let result = 1 % m;
  let b = base % m;
  let e = exponent;
  while (e > 0) {
    if (e & 1) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1;
  }
  return result;
}

/** op(x, y) mod m for non-negative x, y (Python's % is non-negative for m > 0). */
function residue(operation: Operation, x: number, y: number, m: number): number {
  switch (operation) {
    case "sum":
      return (x + y) % m;
    case "diff":
      return Math.abs(x - y) % m;
    case "prod":
      return (x * y) % m;
    case "pow":
      return powMod(x, y, m);
  }
}

function makeGrid(
  sizeX: number,
  sizeY: number,
  operation: Operation,
  divisor: number,
  target: number,
): string[][] {
  return Array.from({ length: sizeY }, (_, y) =>
    Array.from({ length: sizeX }, (_, x) =>
      residue(operation, x, y, divisor) === target ? YES : NO,
    ),
  );
}

const flatten = (grid: string[][]) => grid.map((row) => row.join("")).join("\n");

export const moduloGrid = defineLogicTask({
  name: "modulo_grid",
  category: "cognition",
  curriculum: {
    size_x: scalar("size_x", [20, 40, 60, 80]),
    size_y: scalar("size_y", [20, 40, 60, 80]),
    max_holes: scalar("max_holes", [1, 5, 10, 15]),
    max_divisor: scalar("max_divisor", [3, 5, 7, 15, 17, 49]),
    max_target: scalar("max_target", [1, 0, 3, 7, 9, 21]),
  },
  description: "Find the modular rule behind a ✅/❌ grid and fill in its missing cells.",
  config: z.object({
    size_x: z.number().int().min(6).max(1000).default(20),
    size_y: z.number().int().min(6).max(1000).default(20),
    max_divisor: z.number().int().positive().max(1_000_000).default(20),
    max_target: z.number().int().nonnegative().default(20),
    max_holes: z.number().int().positive().default(1),
  }),
  generate(rng, config) {
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const divisor = rng.int(1, config.max_divisor);
      const target = rng.int(Math.min(1, config.max_target), config.max_target);
      const operation = rng.pick(OPERATIONS);
      const grid = makeGrid(config.size_x, config.size_y, operation, divisor, target);
      if (!grid.some((row) => row.includes(YES))) continue;
      const holes = grid.map((row) => row.slice());
      for (let i = 0; i < config.max_holes; i++)
        (holes[rng.int(0, holes.length - 1)] as string[])[rng.int(0, config.size_x - 1)] = HOLE;
      return {
        question: `Identify the mathematical pattern which defines this grid, then use that pattern to fill in the question marks. Return the entire completed grid as your answer.\n\n${flatten(holes)}`,
        answer: flatten(grid),
        metadata: {
          divisor,
          target,
          operation,
          difficulty: {
            size_x: config.size_x,
            size_y: config.size_y,
            holes: config.max_holes,
            divisor: config.max_divisor,
            target: config.max_target,
          },
        },
      };
    }
    throw new Error(
      `modulo_grid: no grid with a ✅ after ${MAX_DRAWS} draws (max_divisor ${config.max_divisor}, max_target ${config.max_target})`,
    );
  },
  score: scoreExactOrContained,
});
