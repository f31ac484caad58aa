import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { gcd as gcd2 } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/gcd.py
// Scoring: RG's default (exact, or the contained fraction). Up to three draws to get a GCD > 1.
export const gcd = defineLogicTask({
  name: "gcd",
  category: "arithmetic",
  curriculum: {
    num_terms: range("min_numbers", "max_numbers", [2, 3, 4, 5]),
    value: range("min_value", "max_value", [100, 1000, 10000, 100000], true),
  },
  description: "Greatest common divisor of a few integers.",
  config: z.object({
    min_numbers: z.number().int().positive().default(2),
    max_numbers: z.number().int().positive().default(2),
    min_value: z.number().int().positive().default(1),
    max_value: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).default(1000),
  }),
  generate(rng, config) {
    let numbers: number[] = [];
    let result = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const count = rng.int(config.min_numbers, config.max_numbers);
      numbers = Array.from({ length: count }, () => rng.int(config.min_value, config.max_value));
      result = numbers.reduce(gcd2);
      if (result > 1) break;
    }
    return {
      question: `Find the Greatest Common Divisor (GCD) of these numbers: ${numbers.join(", ")}. Give only the GCD as your final answer.`,
      answer: String(result),
      metadata: {
        numbers,
        result,
        num_terms: numbers.length,
        difficulty: {
          num_terms: [config.min_numbers, config.max_numbers],
          value: [config.min_value, config.max_value],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
