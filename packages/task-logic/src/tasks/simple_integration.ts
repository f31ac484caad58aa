import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, type LogicEntry } from "../define.js";
import { memoized } from "../lib/memo.js";
import { isAntiderivative } from "../lib/sympy/antiderivative.js";
import { add, type Expr, int, mul, neg, pow, rat, sym, ZERO } from "../lib/sympy/expr.js";
import { parseSympy } from "../lib/sympy/parse.js";
import { differentiate, fromPolynomial, toPolynomial } from "../lib/sympy/polynomial.js";
import { str } from "../lib/sympy/print.js";

// Reasoning Gym: reasoning_gym/algebra/simple_integration.py
// A polynomial of 2-5 terms (coefficients 1-10, half of them over 2-10, degrees 1-10, random
// signs) is differentiated; the question asks for the antiderivative of the derivative (printed
// as SymPy prints it) and the answer is the polynomial plus " + C".
// Scoring as RG: 1.0 when the answer (read as SymPy's parse_expr reads it, C and the variable
// as symbols) has the integrand as its derivative, else 0; any constant is fine. RG decides
// with simplify(diff(answer) - integrand) == 0; here polynomial answers are compared exactly
// and others at fixed complex points (lib/sympy/antiderivative.ts): an answer whose derivative
// differs from the integrand by less than 1e-9 relative (say a coefficient written with 12
// correct decimals) is accepted, which SymPy's exact Floats would not do.

const TEMPLATES = [
  "Find the indefinite integral: ∫ {integrand} dx",
  "Calculate the antiderivative: ∫ {integrand} dx",
  "Evaluate the indefinite integral: ∫ {integrand} dx",
];
export const INTEGRATION_INSTRUCTION = `
When performing calculations, please follow these guidelines:
1. Use ** instead of ^ to represent exponents. For example, write 7*X**2 instead of 7*X^2.
2. Always include the * symbol for all multiplication operations in your reasoning steps. For example, write \`-3*X**3*sin(X) - 9*X**2*cos(X) + 18*X*sin(X) + 18*cos(X) + C\` instead of \`-3x3sin(x) - 9x2cos(x) + 18xsin(x) + 18cos(x) + C\`.
`;

/**
 * RG's score for both integration tasks: the parsed answer's derivative against the parsed
 * `metadata.integrand` in `metadata.variable`. Unreadable answers (and errors) score 0.
 */
export function scoreAntiderivative(answer: string | null, entry: LogicEntry): number {
  const variable = entry.metadata.variable;
  const integrand = entry.metadata.integrand;
  if (answer === null || typeof variable !== "string" || typeof integrand !== "string") return 0;
  // Only values and expansions are compared, so neither side needs SymPy's evaluation.
  const parsed = parseSympy(answer, { symbols: [variable, "C"], evaluate: false });
  return isAntiderivative(parsed, parsedIntegrand(`${variable}|${integrand}`), variable) ? 1 : 0;
}

/** The integrand of an entry, read once however many samples of it are scored ("variable|text"). */
const parsedIntegrand = memoized((k) => {
  const bar = k.indexOf("|");
  return parseSympy(k.slice(bar + 1), { symbols: [k.slice(0, bar)], evaluate: false });
});

export const simpleIntegration = defineLogicTask({
  name: "simple_integration",
  category: "algebra",
  curriculum: { terms: range("min_terms", "max_terms", [2, 3, 4, 5]) },
  description: "Integrate a polynomial with rational coefficients.",
  config: z.object({
    min_terms: z.number().int().min(0).default(2),
    max_terms: z.number().int().min(0).default(5),
    min_degree: z.number().int().min(-10).default(1),
    max_degree: z.number().int().min(-10).max(100).default(10),
    min_bounds: z.number().int().positive().default(1),
    max_bounds: z.number().int().positive().default(10),
    operators: z
      .array(z.enum(["+", "-"]))
      .min(1)
      .default(["+", "-"]),
    symbols: z
      .array(z.enum(["x", "X"]))
      .min(1)
      .default(["x", "X"]),
  }),
  generate(rng, config) {
    const terms = rng.int(config.min_terms, config.max_terms);
    const variable = rng.pick(config.symbols);
    const x = sym(variable);
    let polynomial: Expr = ZERO;
    for (let t = 0; t < terms; t++) {
      const coefficient = rng.bool()
        ? int(rng.int(config.min_bounds, config.max_bounds))
        : rat(BigInt(rng.int(config.min_bounds, config.max_bounds)), BigInt(rng.int(2, 10)));
      const term = mul(coefficient, pow(x, int(rng.int(config.min_degree, config.max_degree))));
      polynomial = add(polynomial, rng.pick(config.operators) === "-" ? neg(term) : term);
    }
    const expanded = toPolynomial(polynomial);
    if (expanded === null) throw new Error("simple_integration: polynomial did not expand");
    const integrand = str(fromPolynomial(differentiate(expanded, variable)));
    return {
      question: rng.pick(TEMPLATES).replace("{integrand}", integrand) + INTEGRATION_INSTRUCTION,
      answer: `${str(polynomial)} + C`,
      metadata: {
        integrand,
        variable,
        num_terms: terms,
        difficulty: { terms: [config.min_terms, config.max_terms] },
      },
    };
  },
  score: scoreAntiderivative,
});
