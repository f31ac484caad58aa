import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import {
  evaluateArithmetic,
  integerLiterals,
  rationalEquals,
  sameMultiset,
} from "../lib/expression.js";

// Reasoning Gym: reasoning_gym/games/countdown.py
// Numbers are folded left to right with random operators into an expression whose value (the
// target) lies in [min_target, max_target]; division only where it is exact (else subtraction).
// RG prints the expression with sympy; here it is printed with the parentheses it needs.
// Scoring as RG: 1.0 when the answer is an arithmetic expression whose integer literals are
// exactly the given numbers (each used once) and whose value is the target; 0.05 when it parses
// but uses other numbers or misses the target; 0.01 when it does not parse.
// Deviations: an absent or empty answer scores 0 (RG: 0.01), as the issue requires; the value
// must equal the target exactly (RG: numpy isclose, rtol 1e-5); the answer goes through our own
// safe parser of + - * / and parentheses (RG: sympy parse_expr), so `**`, `^` and names fail.

const QUESTION_FORMAT = (question: string) => `${question}

Final answer format instructions:
1. Provide your solution as a arithmetic expression (no '=' sign).
2. Do not include the target number in the expression.
3. Use '*' for multiplication.
4. Use '/' for division.
5. Do not include any other text or formatting.
`;

const TEMPLATES = [
  (n: string, t: number) =>
    `Using all the numbers ${n}, create an expression that equals ${t}.\nYou can only use each number once.`,
  (n: string, t: number) =>
    `Find a way to make ${t} using all of these numbers: ${n}.\nEach number can only be used once.`,
  (n: string, t: number) =>
    `Calculate ${t} using all of these numbers: ${n}.\nEach number may be used at most once.`,
];

type Op = "+" | "-" | "*" | "/";

/**
 * Folds `numbers` left to right with random operators (RG's candidate expression): returns the
 * printed expression, the numbers actually used (a division may swap in a divisor) and the value.
 */
export function foldExpression(
  rng: { pick<T>(items: readonly T[]): T; shuffle<T>(items: readonly T[]): T[] },
  numbers: number[],
  operators: readonly Op[],
): { expression: string; numbers: number[]; value: number } {
  const used = numbers.slice();
  let text = String(used[0]);
  let value = used[0] as number;
  let additive = false; // whether `text` ends in a top-level + or -
  for (let i = 1; i < used.length; i++) {
    let op = rng.pick(operators);
    if (op === "/") {
      const divisor = rng
        .shuffle(used.slice(i).filter((n) => n !== 0))
        .find((d) => value % d === 0);
      if (divisor === undefined) op = "-";
      else used[i] = divisor;
    }
    const n = used[i] as number;
    if (op === "+" || op === "-") {
      text = `${text} ${op} ${n}`;
      value = op === "+" ? value + n : value - n;
      additive = true;
    } else {
      text = `${additive ? `(${text})` : text}${op}${n}`;
      value = op === "*" ? value * n : value / n;
      additive = false;
    }
  }
  return { expression: text, numbers: used, value };
}

export const countdown = defineLogicTask({
  name: "countdown",
  category: "games",
  curriculum: {
    numbers: range("min_numbers", "max_numbers", [3, 6, 9, 12, 15], true),
    target: range("min_target", "max_target", [100, 500, 1000, 5000, 10000], true),
    value: range("min_value", "max_value", [1, 100, 200, 300], true),
  },
  description: "Combine the given numbers with + - * / to reach a target number.",
  config: z.object({
    min_numbers: z.number().int().min(2).default(4),
    max_numbers: z.number().int().min(2).default(6),
    min_value: z.number().int().positive().default(1),
    max_value: z.number().int().positive().default(100),
    min_target: z.number().int().positive().default(100),
    max_target: z.number().int().positive().default(999),
    operators: z
      .array(z.enum(["+", "-", "*", "/"]))
      .min(1)
      .default(["+", "-", "*", "/"]),
    shuffle: z.boolean().default(true),
  }),
  generate(rng, config) {
    const numTerms = rng.int(config.min_numbers, config.max_numbers);
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const drawn = Array.from({ length: numTerms }, () =>
        rng.int(config.min_value, config.max_value),
      );
      const { expression, numbers, value } = foldExpression(rng, drawn, config.operators);
      if (value < config.min_target || value > config.max_target) continue;
      const shown = config.shuffle ? rng.shuffle(numbers) : numbers;
      const template = rng.pick(TEMPLATES);
      return {
        question: QUESTION_FORMAT(template(shown.join(", "), value)),
        answer: expression,
        metadata: {
          numbers: shown,
          target: value,
          expression,
          difficulty: {
            numbers: [config.min_numbers, config.max_numbers],
            target: [config.min_target, config.max_target],
            value: [config.min_value, config.max_value],
          },
        },
      };
    }
    throw new Error("countdown: no expression hit the target range; widen the config");
  },
  score(answer, entry) {
    if (answer === null || answer.trim() === "") return 0;
    const value = evaluateArithmetic(answer);
    if (value === null) return 0.01;
    const numbers = (entry.metadata.numbers as unknown[]).map(Number);
    if (!sameMultiset(integerLiterals(answer), numbers)) return 0.05;
    return rationalEquals(value, Number(entry.metadata.target)) ? 1 : 0.05;
  },
});
