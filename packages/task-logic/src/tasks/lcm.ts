import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { lcmBig } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/lcm.py
// Scoring: RG's default (exact, or the contained fraction). Up to three draws to get an LCM
// below the product of the numbers. bigint arithmetic: LCMs of 5 numbers near 10^5 pass 2^53.
export const lcm = defineLogicTask({
  name: "lcm",
  category: "arithmetic",
  curriculum: {
    numbers: range("min_numbers", "max_numbers", [2, 3, 4, 5]),
    value: range("min_value", "max_value", [100, 1000, 10000, 100000], true),
  },
  description: "Least common multiple of a few integers.",
  config: z.object({
    min_numbers: z.number().int().positive().default(2),
    max_numbers: z.number().int().positive().default(2),
    min_value: z.number().int().positive().default(1),
    max_value: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).default(100),
  }),
  generate(rng, config) {
    let numbers: number[] = [];
    let result = 0n;
    for (let attempt = 0; attempt < 3; attempt++) {
      const count = rng.int(config.min_numbers, config.max_numbers);
      numbers = Array.from({ length: count }, () => rng.int(config.min_value, config.max_value));
      const big = numbers.map(BigInt);
      result = big.reduce(lcmBig);
      if (result < big.reduce((a, b) => a * b, 1n)) break;
    }
    return {
      question: `Find the Least Common Multiple (LCM) of these numbers: ${numbers.join(", ")}`,
      answer: String(result),
      metadata: {
        numbers,
        result: result <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(result) : String(result),
        difficulty: {
          numbers: [config.min_numbers, config.max_numbers],
          value: [config.min_value, config.max_value],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
