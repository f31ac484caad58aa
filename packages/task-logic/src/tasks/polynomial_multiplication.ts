import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { memoized } from "../lib/memo.js";
import { add, type Expr, int, key, mul, ONE, pow, sym, ZERO } from "../lib/sympy/expr.js";
import { parseSympy } from "../lib/sympy/parse.js";
import { fromPolynomial, toPolynomial } from "../lib/sympy/polynomial.js";
import { str } from "../lib/sympy/print.js";

// Reasoning Gym: reasoning_gym/algebra/polynomial_multiplication.py
// 2-3 polynomials of 2-4 random terms (coefficients ±1-100 times monomials of degree 0-3 in one
// variable, or one variable per polynomial, or several variables), multiplied as SymPy
// multiplies them (equal factors become powers, a number times a single sum is distributed);
// the question prints the product and the answer its expansion, both as SymPy's str() does.
// Scoring as RG: 1.0 when the answer, read as SymPy's parse_expr reads it, is the same SymPy
// expression (==, structural after SymPy's automatic evaluation) as the oracle, else 0; so the
// expanded terms may come in any order but "x*(x + 1)" does not equal "x**2 + x", and floats
// never equal integers. Here the reading is our own parser of that Python subset (RG runs
// parse_expr, which evaluates arbitrary Python). metadata.variables is sorted (RG lists a set).

const TEMPLATES = [
  "Simplify this expression: {polynomial_expr}",
  "Calculate the following: {polynomial_expr}",
];
const INSTRUCTION = `
When performing calculations, please follow these guidelines:
1. Use ** instead of ^ to represent exponents. For example, write 7*X**2 instead of 7*X^2.
2. Always include the * symbol for all multiplication operations in your reasoning steps. For example, write \`-3*X**3*sin(X) - 9*X**2*cos(X) + 18*X*sin(X) + 18*cos(X) + C\` instead of \`-3x3sin(x) - 9x2cos(x) + 18xsin(x) + 18cos(x) + C\`.
`;

/** The generated product may expand far past what answers are checked with (multivariate grows). */
const GENERATION_LIMITS = { maxTerms: 200_000, maxProducts: 50_000_000, maxSymbols: 64 };

/** sympy's itermonomials(variables, max_degree, min_degree): monomials of total degree in range. */
function monomials(variables: readonly string[], minDegree: number, maxDegree: number): Expr[] {
  const out: Expr[] = [];
  const walk = (index: number, remaining: number, factors: Expr[], degree: number) => {
    if (index === variables.length) {
      if (degree >= minDegree) out.push(mul(ONE, ...factors));
      return;
    }
    for (let k = 0; k <= remaining; k++)
      walk(
        index + 1,
        remaining - k,
        k === 0 ? factors : [...factors, pow(sym(variables[index] as string), int(k))],
        degree + k,
      );
  };
  walk(0, maxDegree, [], 0);
  return out;
}

const configSchema = z.object({
  min_terms: z.number().int().positive().default(2),
  max_terms: z.number().int().positive().default(4),
  min_value: z.number().int().positive().default(1),
  max_value: z.number().int().positive().default(100),
  min_degree: z.number().int().min(0).default(0),
  max_degree: z.number().int().min(0).default(3),
  min_polynomials: z.number().int().min(2).default(2),
  max_polynomials: z.number().int().min(2).default(3),
  variables: z
    .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/))
    .min(1)
    .default(["x", "y", "z"]),
  allow_cross_variable_product: z.boolean().default(false),
  allow_multivariate_polynomials: z.boolean().default(false),
  operators: z
    .array(z.enum(["+", "-"]))
    .min(1)
    .default(["+", "-"]),
});
type Config = z.infer<typeof configSchema>;

function monomialPool(rng: Rng, config: Config): Expr[] {
  const variables = config.allow_multivariate_polynomials
    ? config.variables
    : [rng.pick(config.variables)];
  return monomials(variables, config.min_degree, config.max_degree);
}

/** RG's _generate_polynomial: terms ±c·m summed one at a time. */
function polynomial(rng: Rng, config: Config, pool: readonly Expr[]): Expr {
  let sum: Expr = ZERO;
  const terms = rng.int(config.min_terms, config.max_terms);
  for (let t = 0; t < terms; t++) {
    let coeff = rng.int(config.min_value, config.max_value);
    const monomial = rng.pick(pool);
    if (config.operators.includes("-") && rng.float() < 0.5) coeff = -coeff;
    sum = add(sum, mul(int(coeff), monomial));
  }
  return sum;
}

/** The oracle's SymPy key, read once however many samples of the entry are scored. */
const oracleKey = memoized((oracle) => key(parseSympy(oracle)));

export const polynomialMultiplication = defineLogicTask({
  name: "polynomial_multiplication",
  category: "algebra",
  curriculum: {
    min_terms: scalar("min_terms", [2, 4, 6, 8]),
    max_terms: scalar("max_terms", [4, 8, 12, 16]),
    min_value: scalar("min_value", [1, 10, 100, 1000]),
    max_value: scalar("max_value", [100, 10000, 1000000, 100000000]),
    min_degree: scalar("min_degree", [0, 1, 2, 3]),
    max_degree: scalar("max_degree", [2, 4, 8, 10]),
    min_polynomials: scalar("min_polynomials", [2, 3, 4, 5]),
    max_polynomials: scalar("max_polynomials", [4, 6, 8, 10]),
  },
  description: "Multiply out a product of polynomials.",
  config: configSchema,
  generate(rng, config) {
    if (config.allow_multivariate_polynomials && !config.allow_cross_variable_product)
      throw new Error(
        "polynomial_multiplication: multivariate polynomials require allow_cross_variable_product",
      );
    const shared = config.allow_cross_variable_product ? null : monomialPool(rng, config);
    const count = rng.int(config.min_polynomials, config.max_polynomials);
    let product: Expr = ONE;
    for (let k = 0; k < count; k++)
      product = mul(product, polynomial(rng, config, shared ?? monomialPool(rng, config)));
    const expanded = toPolynomial(product, GENERATION_LIMITS);
    if (expanded === null)
      throw new Error("polynomial_multiplication: the product is too large to expand");
    const answer = fromPolynomial(expanded);
    const variables = [
      ...new Set([...expanded.values()].flatMap(({ monomial }) => [...monomial.keys()])),
    ].sort();
    const printed = str(product);
    return {
      question: rng.pick(TEMPLATES).replace("{polynomial_expr}", printed) + INSTRUCTION,
      answer: str(answer),
      metadata: {
        polynomial_expr: printed,
        variables,
        difficulty: {
          min_terms: config.min_terms,
          max_terms: config.max_terms,
          min_value: config.min_value,
          max_value: config.max_value,
          min_degree: config.min_degree,
          max_degree: config.max_degree,
          min_polynomials: config.min_polynomials,
          max_polynomials: config.max_polynomials,
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    // Anything the reader refuses (syntax, x/0, huge powers) scores 0, as parse_expr raising does.
    return key(parseSympy(answer)) === oracleKey(entry.answer) ? 1 : 0;
  },
});
