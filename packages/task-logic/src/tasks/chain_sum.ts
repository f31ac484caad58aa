import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { computeDecimalReward, randomBigInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/chain_sum.py
// Scoring: RG's compute_decimal_reward (sign, leading zeros, trailing decimals and commas
// tolerated: "+01,000.00" equals "1000"), else the contained fraction.
export const chainSum = defineLogicTask({
  name: "chain_sum",
  category: "arithmetic",
  curriculum: {
    num_terms: range("min_terms", "max_terms", steps(2, 12)),
    num_digits: range("min_digits", "max_digits", steps(1, 10)),
  },
  description: "Add and subtract a chain of integers.",
  config: z.object({
    min_terms: z.number().int().positive().default(2),
    max_terms: z.number().int().positive().default(6),
    min_digits: z.number().int().positive().default(1),
    max_digits: z.number().int().positive().default(4),
    allow_negation: z.boolean().default(false),
  }),
  generate(rng, config) {
    const numTerms = rng.int(config.min_terms, config.max_terms);
    const numDigits = rng.int(config.min_digits, config.max_digits);
    const minValue = numDigits === 1 ? 0n : 10n ** BigInt(numDigits - 1);
    const maxValue = 10n ** BigInt(numDigits) - 1n;
    const constants = Array.from({ length: numTerms }, () =>
      config.allow_negation
        ? randomBigInt(rng, -maxValue, maxValue)
        : randomBigInt(rng, minValue, maxValue),
    );
    const operators = Array.from({ length: numTerms - 1 }, () => rng.pick(["+", "-"]));
    let result = constants[0] as bigint;
    const parts = [String(result)];
    for (const [k, op] of operators.entries()) {
      const c = constants[k + 1] as bigint;
      parts.push(op, String(c));
      result = op === "+" ? result + c : result - c;
    }
    const expression = parts.join(" ");
    return {
      question: `State the final answer to the following arithmetic problem: ${expression} =`,
      answer: String(result),
      metadata: {
        num_terms: numTerms,
        num_digits: numDigits,
        expression,
        difficulty: {
          num_terms: [config.min_terms, config.max_terms],
          num_digits: [config.min_digits, config.max_digits],
        },
      },
    };
  },
  score: (answer, entry) => computeDecimalReward(answer, entry.answer ?? ""),
});
