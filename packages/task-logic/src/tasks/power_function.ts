import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { adjustedDec, compareDec, type Dec, parseDec, quantizeDec } from "../lib/decimal.js";
import { pyFloatRepr } from "../lib/numbers.js";
import { pyFixed } from "../lib/pyformat.js";

// Reasoning Gym: reasoning_gym/arithmetic/power_function.py
// base^exponent for a base in [-1000, 1000] with 4 decimals and an exponent in [0, 8], negated
// half the time; the answer is repr(math.pow(base, exponent)).
// Scoring as RG: both sides read as Python Decimals and rounded half-even to 3 significant
// figures: equal 1.0, else 0.01 (also when the answer does not parse); no answer 0.
// Deviation: a draw Python's math.pow would reject (0.0 to a negative power, overflow) is drawn
// again (RG raises). Exponents past ±5000 in an answer do not parse (0.01, as any mismatch).

const QUESTION = (
  base: string,
  exponent: number,
) => `Your task is to compute an exponentiation of a number.

Compute ${base}^${exponent}. Return your final answer correct to 3 significant figures.
Provide your answer in scientific notation using 'e' notation (e.g., 1.23e+4).
`;

/** RG's _format_sig_figs: null stands for zero (RG returns the string "0.00" there). */
function toSignificantFigures(d: Dec, figures: number): Dec | null {
  if (d.coefficient === 0n) return null;
  return quantizeDec(d, adjustedDec(d) - figures + 1);
}

function sameToSignificantFigures(a: Dec, b: Dec, figures: number): boolean {
  const x = toSignificantFigures(a, figures);
  const y = toSignificantFigures(b, figures);
  if (x === null || y === null) return x === y;
  return compareDec(x, y) === 0;
}

const MAX_DRAWS = 1000;

export const powerFunction = defineLogicTask({
  name: "power_function",
  category: "arithmetic",
  curriculum: { exponent: range("min_exponent", "max_exponent", [2, 4, 6, 8, 10]) },
  description: "Compute a decimal base to an integer power, to 3 significant figures.",
  config: z.object({
    min_base: z.number().default(-1e3),
    max_base: z.number().default(1e3),
    min_exponent: z.number().int().default(0),
    max_exponent: z.number().int().default(8),
  }),
  generate(rng, config) {
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const base = Number(
        pyFixed(config.min_base + (config.max_base - config.min_base) * rng.float(), 4),
      );
      let exponent = rng.int(config.min_exponent, config.max_exponent);
      if (rng.float() < 0.5) exponent = 0 - exponent; // 0 - 0 is +0, as Python prints it
      const solution = base ** exponent;
      if (!Number.isFinite(solution)) continue;
      return {
        question: QUESTION(pyFloatRepr(base), exponent),
        answer: pyFloatRepr(solution),
        metadata: {
          base,
          exponent,
          solution,
          difficulty: { exponent: [config.min_exponent, config.max_exponent] },
        },
      };
    }
    throw new Error("power_function: every draw overflowed or divided by zero");
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = parseDec(answer);
    const expected = parseDec(entry.answer);
    if (given === null || expected === null) return 0.01;
    return sameToSignificantFigures(given, expected, 3) ? 1 : 0.01;
  },
});
