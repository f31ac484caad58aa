import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import {
  evaluateArithmetic,
  integerLiterals,
  rationalEquals,
  sameMultiset,
} from "../lib/expression.js";
import { foldExpression } from "./countdown.js";

// Reasoning Gym: reasoning_gym/games/puzzle24.py
// Four numbers in [min_value, max_value] folded left to right with random operators (exact
// division only) until the value is 24. Scoring: 1.0 for an arithmetic expression that uses
// exactly the four given numbers (each once) and equals 24, else 0.01.
// Fixes of RG's scorer, which (a) only checks that the answer has four numbers inside the
// configured range, not that they are the given numbers, so "6*4*1*1" solves every puzzle, and
// (b) truncates the value with int(), so 49/2 counts as 24: here the literals must be the given
// numbers and the value exactly 24. An absent or empty answer scores 0 (RG: 0.01).

const TEMPLATE = (numbers: string, operators: string) =>
  `Make 24 using ${numbers}. You can only use each number once. You can use the operators ${operators}.
Final answer format instructions:
1. Provide your final answer as a arithmetic expression (no '=' sign).
2. Do not include the target number in the expression.
3. Use '*' for multiplication.
4. Use '/' for division.
`;

export const puzzle24 = defineLogicTask({
  name: "puzzle24",
  category: "games",
  curriculum: { value: range("min_value", "max_value", [1, 5, 6, 7, 8, 9, 10], true) },
  description: "Make 24 from four numbers with + - * /.",
  config: z.object({
    operators: z
      .array(z.enum(["+", "-", "*", "/"]))
      .min(1)
      .default(["+", "-", "*", "/"]),
    min_value: z.number().int().min(1).default(1),
    max_value: z.number().int().max(10).default(10),
  }),
  generate(rng, config) {
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const drawn = Array.from({ length: 4 }, () => rng.int(config.min_value, config.max_value));
      const { expression, numbers, value } = foldExpression(rng, drawn, config.operators);
      if (value !== 24) continue;
      return {
        question: TEMPLATE(numbers.join(", "), config.operators.join(", ")),
        answer: expression,
        metadata: { numbers, difficulty: { value: [config.min_value, config.max_value] } },
      };
    }
    throw new Error("puzzle24: could not make 24 with this config");
  },
  score(answer, entry) {
    if (answer === null || answer.trim() === "") return 0;
    const value = evaluateArithmetic(answer);
    if (value === null) return 0.01;
    const numbers = (entry.metadata.numbers as unknown[]).map(Number);
    if (!sameMultiset(integerLiterals(answer), numbers)) return 0.01;
    return rationalEquals(value, 24) ? 1 : 0.01;
  },
});
