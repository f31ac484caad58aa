import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { sympyPolynomial } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/algebra/simple_equations.py
// Scoring: RG's default (exact, or the contained fraction).
// RG builds the left side with sympy, which expands it to a*x + b; here the same linear form is
// tracked with bigint coefficients and printed as sympy prints it ("3 - 5*x", "20*x + 12").
const TEMPLATES = [
  "Find the value of {variable} in the equation: {equation}",
  "Solve for {variable}: {equation}",
  "Determine the value of {variable} that satisfies: {equation}",
];
const OPERATORS = ["+", "-", "*"] as const;

/** Python's random.choices(population, weights, k=1)[0]. */
function weightedPick<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.float() * total;
  for (const [k, item] of items.entries()) {
    r -= weights[k] ?? 0;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

export const simpleEquations = defineLogicTask({
  name: "simple_equations",
  category: "algebra",
  curriculum: {
    min_terms: scalar("min_terms", [2, 3, 4, 5]),
    max_terms: scalar("max_terms", [5, 10, 15, 20]),
    min_value: scalar("min_value", [1, 10, 100, 1000]),
    max_value: scalar("max_value", [100, 10000, 1000000, 100000000]),
    operators_weights: scalar("operators_weights", [
      [0.4, 0.4, 0.2],
      [0.35, 0.35, 0.3],
      [0.3, 0.3, 0.4],
      [0.2, 0.2, 0.6],
    ]),
  },
  description: "Solve a linear equation in one variable with an integer solution.",
  config: z.object({
    min_terms: z.number().int().positive().default(2),
    max_terms: z.number().int().positive().default(4),
    min_value: z.number().int().positive().default(1),
    max_value: z.number().int().positive().default(100),
    operators: z
      .array(z.enum(OPERATORS))
      .min(1)
      .default([...OPERATORS]),
    operators_weights: z.array(z.number().min(0)).min(1).default([0.4, 0.4, 0.2]),
  }),
  generate(rng, config) {
    const variable = rng.pick([..."abcdefghijklmnopqrstuvwxyz"]);
    const numTerms = rng.int(config.min_terms, config.max_terms);
    // Each term is a linear form [constant, coefficient of the variable].
    const terms: [bigint, bigint][] = Array.from({ length: numTerms }, () => [
      BigInt(rng.int(config.min_value, config.max_value)),
      0n,
    ]);
    const varPos = rng.int(0, numTerms - 1);
    const coef = BigInt(rng.int(config.min_value, config.max_value));
    terms[varPos] = [0n, config.operators.includes("*") ? coef : 1n];
    let [b, a] = terms[0] as [bigint, bigint];
    for (let k = 1; k < numTerms; k++) {
      const op = weightedPick(rng, config.operators, config.operators_weights);
      const [d, c] = terms[k] as [bigint, bigint];
      if (op === "+") [b, a] = [b + d, a + c];
      else if (op === "-") [b, a] = [b - d, a - c];
      else [b, a] = [b * d, a * d + c * b];
    }
    const solution = rng.int(config.min_value, config.max_value);
    const equation = `${sympyPolynomial([b, a], variable)} = ${a * BigInt(solution) + b}`;
    return {
      question: rng.pick(TEMPLATES).replace("{variable}", variable).replace("{equation}", equation),
      answer: String(solution),
      metadata: {
        equation,
        variable,
        difficulty: {
          min_terms: config.min_terms,
          max_terms: config.max_terms,
          min_value: config.min_value,
          max_value: config.max_value,
          operators_weights: config.operators_weights,
        },
      },
    };
  },
  score: scoreExactOrContained,
});
