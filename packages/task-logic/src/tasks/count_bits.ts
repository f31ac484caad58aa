import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/arithmetic/count_bits.py
// Scoring: RG's default (exact, or the contained fraction).
export const countBits = defineLogicTask({
  name: "count_bits",
  category: "arithmetic",
  curriculum: {
    n: range("min_n", "max_n", [10, 1_000, 1_000_000, 100_000_000, 2 ** 31 - 1], true),
  },
  description: "Count the 1 bits in the binary representation of a number.",
  config: z.object({
    min_n: z.number().int().positive().default(1),
    max_n: z
      .number()
      .int()
      .positive()
      .max(Number.MAX_SAFE_INTEGER)
      .default(2 ** 31 - 1),
  }),
  generate(rng, config) {
    const number = rng.int(config.min_n, config.max_n);
    const binary = number.toString(2);
    let ones = 0;
    for (const bit of binary) if (bit === "1") ones++;
    return {
      question: `How many 1 bits are there in the binary representation of the number ${number}?`,
      answer: String(ones),
      metadata: {
        number,
        solution: ones,
        binary,
        n: number,
        difficulty: { n: [config.min_n, config.max_n] },
      },
    };
  },
  score: scoreExactOrContained,
});
