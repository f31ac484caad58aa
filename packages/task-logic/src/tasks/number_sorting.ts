import { z } from "zod";
import { range, scalar, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyFloat, pyFloatRepr, pyStrList, roundHalfEven } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/algorithmic/number_sorting.py
// Scoring as RG: the answer is a list (single quotes read as double quotes, then JSON) of the
// same length as the oracle, sorted in the asked direction, each value within 1 of the oracle's
// value at that position: 1.0, else 0.
// Fix: RG's tolerance test `abs(a - b) > 1` is false for NaN, so a list of "nan" strings scores
// 1.0 there; here every value must be a finite number.
const INSTRUCTION = `
Please follow the instruction below:
## 1. Let all your answers be a list of numbers. Instead of reporting your answer as -69, -13, 1, 7, 11, 43, 59, 61, use ['-69', '-13', '1', '7', '11', '43', '59', '61'] instead
## 2. Convert all numbers in the square brackets as strings. For example, ['-69', '-13', '1', '7', '11', '43', '59', '61']
`;

function parseList(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(text.replaceAll("'", '"'));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export const numberSorting = defineLogicTask({
  name: "number_sorting",
  category: "algorithmic",
  curriculum: {
    numbers: range("min_numbers", "max_numbers", [10, 100, 500, 1000], true),
    decimals: range("min_decimals", "max_decimals", steps(0, 7), true),
    min_value: scalar("min_value", [-100, -500, -1000, -10000]),
    max_value: scalar("max_value", [100, 500, 1000, 10000]),
  },
  description: "Sort decimal numbers ascending or descending.",
  config: z.object({
    min_numbers: z.number().int().positive().default(3),
    max_numbers: z.number().int().positive().default(10),
    min_decimals: z.number().int().min(0).max(15).default(0),
    max_decimals: z.number().int().min(0).max(15).default(2),
    min_value: z.number().default(-100),
    max_value: z.number().default(100),
  }),
  generate(rng, config) {
    const count = rng.int(config.min_numbers, config.max_numbers);
    const numbers: number[] = [];
    for (let k = 0; k < count; k++) {
      const raw = config.min_value + (config.max_value - config.min_value) * rng.float();
      numbers.push(roundHalfEven(raw, rng.int(config.min_decimals, config.max_decimals)));
    }
    const numberStrs = numbers.map(pyFloatRepr);
    const ascending = rng.bool();
    const sorted = numbers.slice().sort((a, b) => (ascending ? a - b : b - a));
    const answer = sorted.map(pyFloatRepr);
    const direction = ascending ? "ascending" : "descending";
    return {
      question: `Sort these numbers in ${direction} order: ${numberStrs.join(", ")}${INSTRUCTION}`,
      answer: pyStrList(answer),
      metadata: {
        original_numbers: numberStrs,
        direction,
        sorted_numbers: answer,
        numbers: count,
        difficulty: {
          numbers: [config.min_numbers, config.max_numbers],
          decimals: [config.min_decimals, config.max_decimals],
          value: [config.min_value, config.max_value],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = parseList(answer);
    const expected = parseList(entry.answer);
    if (given === null || expected === null || given.length !== expected.length) return 0;
    const user = given.map(pyFloat);
    const oracle = expected.map(pyFloat);
    const ascending = entry.metadata.direction === "ascending";
    for (let k = 0; k < user.length; k++) {
      const u = user[k];
      const o = oracle[k];
      if (u === null || u === undefined || o === null || o === undefined) return 0;
      if (!Number.isFinite(u) || Math.abs(u - o) > 1) return 0;
      const next = user[k + 1];
      if (typeof next === "number" && (ascending ? u > next : u < next)) return 0;
    }
    return 1;
  },
});
