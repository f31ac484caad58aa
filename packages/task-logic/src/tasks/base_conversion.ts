import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/algorithmic/base_conversion.py
// Scoring: RG's default (exact, or the contained fraction); digits above 9 are lowercase.
function baseName(base: number): string {
  if (base === 2) return "binary";
  if (base === 16) return "hexadecimal";
  return `base-${base}`;
}

export const baseConversion = defineLogicTask({
  name: "base_conversion",
  category: "algorithmic",
  curriculum: {
    base: range("min_base", "max_base", [2, 9, 18, 27, 36], true),
    value: range("min_value", "max_value", [1_000, 10_000, 100_000, 1_000_000], true),
  },
  description: "Convert an integer between two bases (2 to 36).",
  config: z.object({
    min_base: z.number().int().min(2).max(36).default(2),
    max_base: z.number().int().min(2).max(36).default(16),
    min_value: z.number().int().min(0).default(0),
    max_value: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1000),
  }),
  generate(rng, config) {
    const value = rng.int(config.min_value, config.max_value);
    const sourceBase = rng.int(config.min_base, config.max_base);
    let targetBase = rng.int(config.min_base, config.max_base);
    if (config.min_base === config.max_base)
      throw new RangeError("base_conversion needs min_base < max_base");
    while (targetBase === sourceBase) targetBase = rng.int(config.min_base, config.max_base);
    const sourceRepr = value.toString(sourceBase);
    const targetRepr = value.toString(targetBase);
    return {
      question: `Your task is to convert a number between two different bases.\n\nIf the target base is > 10, use lowercase letters a-z for digits above 9.\n\nNow, convert the ${baseName(sourceBase)} number ${sourceRepr} to ${baseName(targetBase)}\n`,
      answer: targetRepr,
      metadata: {
        decimal_value: value,
        source_base: sourceBase,
        target_base: targetBase,
        source_repr: sourceRepr,
        target_repr: targetRepr,
        difficulty: {
          base: [config.min_base, config.max_base],
          value: [config.min_value, config.max_value],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
