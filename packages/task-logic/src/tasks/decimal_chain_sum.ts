import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { decToString } from "../lib/decimal.js";
import { decimalEquals, randomBigInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/decimal_chain_sum.py
// 2-6 terms joined by + and -, each an integer of num_digits digits plus a fraction of its own
// number of decimal places (the fraction's first digit non-zero); the answer is the exact sum
// with as many decimals as the longest term.
// Scoring as RG: Decimal(answer) == Decimal(oracle) after trimming: 1.0, else 0.
// Deviation: the sum is exact at any size (RG's Decimal context rounds past 28 digits).

const pow10 = (n: number) => 10n ** BigInt(n);

/** A decimal with `places` decimals from its scaled integer value: "-4.75", "0.05", "12". */
function fixed(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, "0");
  const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return `${negative ? "-" : ""}${body}`;
}

export const decimalChainSum = defineLogicTask({
  name: "decimal_chain_sum",
  category: "arithmetic",
  curriculum: {
    num_terms: range("min_terms", "max_terms", [2, 5, 8, 10]),
    num_digits: range("min_digits", "max_digits", [1, 2, 4, 8, 10], true),
    decimal_places: range("min_decimal_places", "max_decimal_places", [1, 2, 4, 6, 8], true),
  },
  description: "Add and subtract decimal numbers exactly.",
  config: z.object({
    min_terms: z.number().int().positive().default(2),
    max_terms: z.number().int().positive().default(6),
    min_digits: z.number().int().positive().default(1),
    max_digits: z.number().int().positive().default(4),
    min_decimal_places: z.number().int().min(0).default(1),
    max_decimal_places: z.number().int().min(0).default(4),
    allow_negation: z.boolean().default(false),
  }),
  generate(rng, config) {
    const terms = rng.int(config.min_terms, config.max_terms);
    const digits = rng.int(config.min_digits, config.max_digits);
    const maxValue = pow10(digits) - 1n;
    const minValue = digits === 1 ? 0n : pow10(digits - 1);
    const integers = Array.from({ length: terms }, () =>
      config.allow_negation
        ? randomBigInt(rng, -maxValue, maxValue)
        : randomBigInt(rng, minValue, maxValue),
    );
    const places = Array.from({ length: terms }, () =>
      rng.int(config.min_decimal_places, config.max_decimal_places),
    );
    const widest = Math.max(...places);
    // Every term scaled by 10^widest: integer part plus a fraction whose first digit is non-zero.
    const scaled = integers.map((integer, k) => {
      const p = places[k] as number;
      const fraction = p === 0 ? 0n : randomBigInt(rng, pow10(p - 1), pow10(p) - 1n);
      return integer * pow10(widest) + fraction * pow10(widest - p);
    });
    const operators = Array.from({ length: terms - 1 }, () => rng.pick(["+", "-"] as const));
    let total = scaled[0] as bigint;
    const parts = [
      fixed((scaled[0] as bigint) / pow10(widest - (places[0] as number)), places[0] as number),
    ];
    for (const [k, op] of operators.entries()) {
      const value = scaled[k + 1] as bigint;
      const p = places[k + 1] as number;
      parts.push(op, fixed(value / pow10(widest - p), p));
      total = op === "+" ? total + value : total - value;
    }
    const expression = parts.join(" ");
    return {
      question: `State the final answer to the following arithmetic problem: ${expression} =`,
      // str() of the Decimal quantized to `widest` places ("-2.2017", or "1E-8" when tiny).
      answer: decToString({
        negative: total < 0n,
        coefficient: total < 0n ? -total : total,
        exponent: -widest,
      }),
      metadata: {
        num_terms: terms,
        num_digits: digits,
        expression,
        difficulty: {
          num_terms: [config.min_terms, config.max_terms],
          num_digits: [config.min_digits, config.max_digits],
          decimal_places: [config.min_decimal_places, config.max_decimal_places],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null || answer.trim().length === 0) return 0;
    return decimalEquals(answer, entry.answer) ? 1 : 0;
  },
});
