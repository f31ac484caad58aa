import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { computeDecimalReward, randomBigInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/products.py
// Scoring: RG's compute_decimal_reward (sign, leading zeros, trailing decimals, commas tolerated).
export const products = defineLogicTask({
  name: "products",
  category: "arithmetic",
  curriculum: {
    num_terms: range("min_terms", "max_terms", steps(2, 12)),
    num_digits: range("min_digits", "max_digits", steps(1, 10)),
  },
  description: "Multiply integers.",
  config: z.object({
    min_terms: z.number().int().positive().default(2),
    max_terms: z.number().int().positive().default(2),
    min_digits: z.number().int().positive().default(1),
    max_digits: z.number().int().positive().default(5),
    allow_negation: z.boolean().default(false),
  }),
  generate(rng, config) {
    const numTerms = rng.int(config.min_terms, config.max_terms);
    const numDigits = rng.int(config.min_digits, config.max_digits);
    const maxValue = 10n ** BigInt(numDigits) - 1n;
    const minValue = config.allow_negation
      ? -(10n ** BigInt(numDigits)) + 1n
      : numDigits === 1
        ? 0n
        : 10n ** BigInt(numDigits - 1);
    const constants = Array.from({ length: numTerms }, () => randomBigInt(rng, minValue, maxValue));
    const result = constants.reduce((a, b) => a * b, 1n);
    const expression = constants.map(String).join(" * ");
    return {
      question: `Solve the following multiplication: ${expression}. Give only the result as your final answer.`,
      answer: String(result),
      metadata: {
        expression,
        num_terms: numTerms,
        num_digits: numDigits,
        difficulty: {
          num_terms: [config.min_terms, config.max_terms],
          num_digits: [config.min_digits, config.max_digits],
        },
      },
    };
  },
  score: (answer, entry) => computeDecimalReward(answer, entry.answer ?? ""),
});
