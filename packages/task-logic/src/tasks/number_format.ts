import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyFloat, pyFloatRepr } from "../lib/numbers.js";
import { pyExponential, pyFixed, pyThousands } from "../lib/pyformat.js";
import { pyStrip } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/arithmetic/number_format.py
// A base value with 3 decimals and up to four neighbours within ±max_delta, each printed as
// Python's "{:f}", "{:,}" or "{:.15e}" would; the answer is the largest or smallest as repr().
// Scoring as RG: float(answer with commas removed) within 0.01 of metadata.solution: 1.0,
// else 0. No deviations.

const QUESTION = (
  size: string,
  numbers: string,
) => `Your task is to pick the largest/smallest number out of several options.

Your output should be only the number of interest.

Now, pick the ${size} number of the following candidates: ${numbers}
`;

/** Python's round(x, places): the double nearest the correctly rounded decimal. */
const pyRound = (x: number, places: number) => Number(pyFixed(x, places));

const FORMATS = [(x: number) => pyFixed(x, 6), pyThousands, (x: number) => pyExponential(x, 15)];

export const numberFormat = defineLogicTask({
  name: "number_format",
  category: "arithmetic",
  curriculum: {
    num_candidates: range("min_num_candidates", "max_num_candidates", [5, 25, 100, 500], true),
    n: range("min_n", "max_n", [1_000, 100_000, 1_000_000, 1_000_000_000], true),
    max_delta: scalar("max_delta", [1e1, 1, 1e-3, 1e-6]),
  },
  description: "Pick the largest or smallest of numbers written in mixed formats.",
  config: z.object({
    min_num_candidates: z.number().int().min(2).default(2),
    max_num_candidates: z.number().int().min(2).default(5),
    min_n: z.number().min(1).default(1_000),
    max_n: z.number().min(1).default(1_000_000_000),
    max_delta: z.number().positive().default(10.0),
  }),
  generate(rng, config) {
    const uniform = (a: number, b: number) => a + (b - a) * rng.float();
    const count = rng.int(config.min_num_candidates, config.max_num_candidates);
    const base = pyRound(uniform(config.min_n, config.max_n), 3);
    const candidates = [base];
    for (let k = 1; k < count; k++)
      candidates.push(base + pyRound(uniform(-config.max_delta, config.max_delta), 3));
    const formatted = candidates.map((c) => rng.pick(FORMATS)(c));
    const size = rng.pick(["largest", "smallest"] as const);
    const solution = size === "largest" ? Math.max(...candidates) : Math.min(...candidates);
    return {
      question: QUESTION(size, formatted.join(" ")),
      answer: pyFloatRepr(solution),
      metadata: {
        candidates,
        solution,
        formatted_candidates: formatted,
        size,
        num_candidates: count,
        difficulty: {
          num_candidates: [config.min_num_candidates, config.max_num_candidates],
          n: [config.min_n, config.max_n],
          min_delta: config.max_delta,
        },
      },
    };
  },
  score(answer, entry) {
    const solution = entry.metadata.solution;
    if (answer === null || answer.length === 0 || typeof solution !== "number") return 0;
    const value = pyFloat(pyStrip(answer).replaceAll(",", ""));
    return value !== null && Math.abs(value - solution) < 1e-2 ? 1 : 0;
  },
});
