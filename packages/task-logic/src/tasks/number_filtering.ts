import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { pyStrList } from "../lib/numbers.js";
import { pyFixed } from "../lib/python.js";

// Reasoning Gym: reasoning_gym/algorithmic/number_filtering.py
// Numbers drawn uniformly from [min_value, max_value], each printed with a random number of
// decimals as Python's f"{x:.{d}f}" prints (half-even on the exact binary value); a threshold
// drawn between the smallest and largest, printed the same way; keep or remove the numbers
// larger or smaller than it. The answer is Python's str() of the kept strings ("[]" when none).
// Scoring: RG's default (exact, or the contained fraction).
export const numberFiltering = defineLogicTask({
  name: "number_filtering",
  category: "algorithmic",
  curriculum: {
    numbers: range("min_numbers", "max_numbers", [10, 50, 100, 200], true),
    decimals: range("min_decimals", "max_decimals", [0, 2, 4, 6], true),
    min_value: scalar("min_value", [-100, -500, -1000, -10000]),
    max_value: scalar("max_value", [100, 500, 1000, 10000]),
  },
  description: "Keep or remove the numbers above or below a threshold.",
  config: z.object({
    min_numbers: z.number().int().positive().default(3),
    max_numbers: z.number().int().positive().default(10),
    min_decimals: z.number().int().min(0).max(20).default(0),
    max_decimals: z.number().int().min(0).max(20).default(4),
    min_value: z.number().default(-100),
    max_value: z.number().default(100),
  }),
  generate(rng, config) {
    if (!(config.max_value > config.min_value))
      throw new Error("number_filtering: max_value must be greater than min_value");
    const uniform = (low: number, high: number) => low + (high - low) * rng.float();
    const decimals = () => rng.int(config.min_decimals, config.max_decimals);
    const count = rng.int(config.min_numbers, config.max_numbers);
    const strings: string[] = [];
    for (let k = 0; k < count; k++)
      strings.push(pyFixed(uniform(config.min_value, config.max_value), decimals()));
    const numbers = strings.map(Number);
    const filterStr = pyFixed(uniform(Math.min(...numbers), Math.max(...numbers)), decimals());
    const threshold = Number(filterStr);
    const keepLarger = rng.bool();
    const keep = rng.bool();
    const larger = (n: number) => (keep ? n > threshold : n <= threshold);
    const smaller = (n: number) => (keep ? n < threshold : n >= threshold);
    // Each kept value is printed as the first number string with that value (RG's list.index).
    const result = numbers
      .filter(keepLarger ? larger : smaller)
      .map((n) => strings[numbers.indexOf(n)] as string);
    const sizeWord = keepLarger ? "larger" : "smaller";
    const verb = keep ? "keep" : "remove";
    return {
      question: `${keep ? "Keep" : "Remove"} all numbers ${sizeWord} than ${filterStr} in this list: ${pyStrList(strings)}\nReturn the new list in the same format.`,
      answer: pyStrList(result),
      metadata: {
        original_numbers: strings,
        filter_value: filterStr,
        operation: `${verb}_${sizeWord}`,
        result,
        numbers: count,
        difficulty: {
          numbers: [config.min_numbers, config.max_numbers],
          decimals: [config.min_decimals, config.max_decimals],
          value: [config.min_value, config.max_value],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
