import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { weightedChoice } from "../lib/choice.js";
import {
  add,
  type Expr,
  fn,
  HALF,
  int,
  mul,
  mulNumbers,
  neg,
  ONE,
  pow,
  rat,
  sym,
} from "../lib/sympy/expr.js";
import { fromPolynomial, type Polynomial, toPolynomial } from "../lib/sympy/polynomial.js";
import { str } from "../lib/sympy/print.js";
import { scoreAntiderivative } from "./simple_integration.js";

// Reasoning Gym: reasoning_gym/algebra/intermediate_integration.py
// Eight kinds of integrand, each times a signed outer constant 1-3: (a·x ± b)^n, a·sqrt(a·x + b),
// log/asin/atan, a power of sin or cos times its derivative, x^n times exp(x), sin(cx) or
// cos(cx), u'(x)·exp(u(x)) for a linear or quadratic u, exp·sin / exp·cos / sin·cos, and x^3
// times sin, cos or exp. The integrand is built and printed as SymPy builds and prints it
// (lib/sympy); the answer is an antiderivative from the textbook formula of its kind, printed
// the same way, plus " + C".
// Scoring as RG (shared with simple_integration): 1.0 when the answer's derivative equals the
// integrand, else 0 (see lib/sympy/antiderivative.ts for how equality is decided).
// Deviations: for x^n·sin(cx) and x^n·cos(cx) RG builds an undefined function named sin/cos,
// so SymPy cannot integrate it and RG's answer is an unevaluated "Integral(...)"; here the
// answer is the antiderivative. An answer that is itself an Integral(...) scores 0 here (RG's
// scorer differentiates it back to the integrand and gives 1.0). Antiderivatives are written
// from the formulas, so a few print differently from sympy.integrate's (both score 1.0).

const TEMPLATES = [
  "Find the indefinite integral: ∫ {integrand} dx",
  "Calculate the antiderivative: ∫ {integrand} dx",
  "Evaluate the indefinite integral: ∫ {integrand} dx",
];
const INSTRUCTION = `
When performing calculations, please follow these guidelines:
Use same variable symbols as given in the question
1. Use ** instead of ^ to represent exponents. For example, write 7*X**2 instead of 7*X^2.
2. Always include the * symbol for all multiplication operations in your reasoning steps. For example, write \`-3*X**3*sin(X) - 9*X**2*cos(X) + 18*X*sin(X) + 18*cos(X) + C\` instead of \`-3x3sin(x) - 9x2cos(x) + 18xsin(x) + 18cos(x) + C\`.
3. Use \`exp(x)\` or \`E**(x)\` for the exponential function (i.e. use capital E for Euler's number).
`;

const PROBLEM_TYPES = [
  "linear",
  "radical",
  "log_inverse_trig",
  "trigonometric",
  "polynomial_exp_trig",
  "exponential",
  "cyclic",
  "repeated_parts",
] as const;
type ProblemType = (typeof PROBLEM_TYPES)[number];

const configSchema = z.object({
  problem_types: z
    .array(z.enum(PROBLEM_TYPES))
    .min(1)
    .default([...PROBLEM_TYPES]),
  problem_type_weights: z.array(z.number().min(0)).min(1).default(new Array(8).fill(0.125)),
  linear_lower_bound: z.number().int().positive().default(1),
  linear_upper_bound: z.number().int().positive().default(10),
  min_linear_degree: z.number().int().positive().default(2),
  max_linear_degree: z.number().int().positive().max(64).default(4),
  outer_constant_min: z.number().int().positive().default(1),
  outer_constant_max: z.number().int().positive().default(3),
  min_poly_degree: z.number().int().positive().default(1),
  max_poly_degree: z.number().int().positive().max(64).default(3),
  symbols: z
    .array(z.enum(["x", "X"]))
    .min(1)
    .default(["x"]),
  operators: z
    .array(z.enum(["+", "-"]))
    .min(1)
    .default(["+", "-"]),
});
type Config = z.infer<typeof configSchema>;

/** An integrand and one of its antiderivatives. */
interface Problem {
  integrand: Expr;
  antiderivative: Expr;
}

/** Draws for one item: a signed number, and the outer constant every integrand is scaled by. */
class Draws {
  constructor(
    readonly rng: Rng,
    readonly config: Config,
  ) {}
  minus = () => this.rng.pick(this.config.operators) === "-";
  /** A coefficient linear_lower_bound..linear_upper_bound, negated on a "-" draw. */
  signed = () => {
    const sign = this.minus() ? -1 : 1;
    return sign * this.rng.int(this.config.linear_lower_bound, this.config.linear_upper_bound);
  };
  /** RG's _get_outer_constant. */
  outer = () => {
    const value = this.rng.int(this.config.outer_constant_min, this.config.outer_constant_max);
    return int(this.minus() ? -value : value);
  };
}

/** ∫ c·Σ a_k x^k dx = Σ c·a_k x^(k+1)/(k+1), expanded as sympy.integrate returns it. */
function integratePolynomial(p: Polynomial, variable: string): Expr {
  const out: Polynomial = new Map();
  for (const [k, { monomial, coeff }] of p) {
    const degree = (monomial.get(variable) ?? 0) + 1;
    const m = new Map(monomial).set(variable, degree);
    out.set(k, { monomial: m, coeff: mulNumbers(coeff, rat(1n, BigInt(degree))) });
  }
  return fromPolynomial(out);
}

/** The j-th derivative of x^n: n!/(n-j)! x^(n-j). */
const derivativeOfPower = (x: Expr, n: number, j: number) => {
  let factor = 1n;
  for (let k = 0; k < j; k++) factor *= BigInt(n - k);
  return mul(int(factor), pow(x, int(n - j)));
};

/** ∫ x^n e^x dx = e^x Σ_j (-1)^j n!/(n-j)! x^(n-j), times the outer constant (distributed). */
function polynomialTimesExp(x: Expr, n: number, outer: Expr): Problem {
  const terms = Array.from({ length: n + 1 }, (_, j) =>
    mul(int((-1) ** j), derivativeOfPower(x, n, j)),
  );
  return {
    integrand: mul(outer, mul(pow(x, int(n)), fn("exp", x))),
    antiderivative: mul(mul(outer, add(...terms)), fn("exp", x)),
  };
}

/**
 * ∫ x^n f(cx) dx for f = sin or cos, by parts n times: Σ_j (-1)^j (x^n)^(j) F_{j+1}, with F_k
 * the k-th antiderivative of f(cx) (sin → -cos/c → -sin/c² → cos/c³ → sin/c⁴ → ...).
 */
function polynomialTimesTrig(
  x: Expr,
  n: number,
  c: number,
  f: "sin" | "cos",
  outer: Expr,
): Problem {
  const cycle: ["sin" | "cos", number][] =
    f === "sin"
      ? [
          ["cos", -1],
          ["sin", -1],
          ["cos", 1],
          ["sin", 1],
        ]
      : [
          ["sin", 1],
          ["cos", -1],
          ["sin", -1],
          ["cos", 1],
        ];
  const arg = mul(int(c), x);
  const terms = Array.from({ length: n + 1 }, (_, j) => {
    const [g, sign] = cycle[j % 4] as ["sin" | "cos", number];
    const scale = rat(BigInt(sign * (-1) ** j), BigInt(c) ** BigInt(j + 1));
    return mul(scale, derivativeOfPower(x, n, j), fn(g, arg));
  });
  return {
    integrand: mul(outer, mul(pow(x, int(n)), fn(f, arg))),
    antiderivative: mul(outer, add(...terms)),
  };
}

const GENERATORS: Record<ProblemType, (d: Draws, x: Expr, variable: string) => Problem> = {
  linear(d, x, variable) {
    const a = d.rng.int(d.config.linear_lower_bound, d.config.linear_upper_bound);
    const b = d.rng.int(d.config.linear_lower_bound, d.config.linear_upper_bound);
    const linear = add(mul(int(a), x), int(d.minus() ? -b : b));
    const degree = d.rng.int(d.config.min_linear_degree, d.config.max_linear_degree);
    const integrand = mul(d.outer(), pow(linear, int(degree)));
    return {
      integrand,
      antiderivative: integratePolynomial(toPolynomial(integrand) as Polynomial, variable),
    };
  },
  radical(d, x) {
    const [a, b] = [d.signed(), d.signed()];
    const u = add(mul(int(a), x), int(b));
    const outer = d.outer();
    return {
      integrand: mul(outer, mul(int(a), pow(u, HALF))),
      antiderivative: mul(outer, rat(2n, 3n), pow(u, rat(3n, 2n))),
    };
  },
  log_inverse_trig(d, x) {
    const kind = d.rng.pick(["log", "asin", "atan"] as const);
    const c = d.rng.int(1, 3);
    if (kind === "log") {
      const m = d.rng.float() < 0.8 ? 1 : d.rng.int(2, 3);
      const outer = d.outer();
      const log = fn("log", pow(x, int(m)));
      return {
        integrand: mul(outer, log),
        antiderivative: mul(outer, add(mul(x, log), mul(int(-m), x))),
      };
    }
    const cx = mul(int(c), x);
    const outer = d.outer();
    const f = fn(kind, cx);
    // asin: x·asin(cx) + sqrt(1 - c²x²)/c;  atan: x·atan(cx) - log(c²x² + 1)/(2c)
    const correction =
      kind === "asin"
        ? mul(rat(1n, BigInt(c)), pow(add(ONE, neg(pow(cx, int(2)))), HALF))
        : mul(rat(-1n, BigInt(2 * c)), fn("log", add(pow(cx, int(2)), ONE)));
    return { integrand: mul(outer, f), antiderivative: mul(outer, add(mul(x, f), correction)) };
  },
  trigonometric(d, x) {
    const kind = d.rng.pick(["sin", "cos"] as const);
    const [a, b] = [d.signed(), d.signed()];
    const inner = add(mul(int(a), x), int(b));
    const p = d.rng.int(1, 4);
    const [s, c] = [fn("sin", inner), fn("cos", inner)];
    const base =
      kind === "sin" ? mul(mul(int(a), c), pow(s, int(p))) : mul(mul(int(-a), s), pow(c, int(p)));
    const outer = d.outer();
    // a·cos·sin^p integrates to sin^(p+1)/(p+1) (for p = 1 SymPy writes -cos²/2); -a·sin·cos^p to cos^(p+1)/(p+1)
    const antiderivative =
      kind === "sin" && p === 1
        ? mul(outer, rat(-1n, 2n), pow(c, int(2)))
        : mul(outer, rat(1n, BigInt(p + 1)), pow(kind === "sin" ? s : c, int(p + 1)));
    return { integrand: mul(outer, base), antiderivative };
  },
  polynomial_exp_trig(d, x) {
    const n = d.rng.int(d.config.min_poly_degree, d.config.max_poly_degree);
    const kind = d.rng.pick(["exp", "sin", "cos"] as const);
    if (kind === "exp") return polynomialTimesExp(x, n, d.outer());
    const c = d.rng.int(1, 3);
    return polynomialTimesTrig(x, n, c, kind, d.outer());
  },
  exponential(d, x) {
    const quadratic = d.rng.pick(["linear", "quadratic"] as const) === "quadratic";
    const t = Array.from({ length: quadratic ? 3 : 2 }, d.signed).map(int);
    const [t0, t1, t2] = t as [Expr, Expr, Expr | undefined];
    const u = quadratic
      ? add(mul(t0, pow(x, int(2))), mul(t1, x), t2 as Expr)
      : add(mul(t0, x), t1);
    const du = quadratic ? add(mul(int(2), t0, x), t1) : t0;
    const outer = d.outer();
    // RG multiplies the outer constant into du first, so a sum du is distributed.
    return {
      integrand: mul(mul(outer, du), fn("exp", u)),
      antiderivative: mul(outer, fn("exp", u)),
    };
  },
  cyclic(d, x) {
    const pair = d.rng.pick(["exp_sin", "exp_cos", "sin_cos"] as const);
    const [ex, s, c] = [fn("exp", x), fn("sin", x), fn("cos", x)];
    const outer = d.outer();
    if (pair === "sin_cos")
      return {
        integrand: mul(outer, mul(s, c)),
        antiderivative: mul(outer, rat(1n, 2n), pow(s, int(2))),
      };
    // e^x sin x → (e^x sin x - e^x cos x)/2;  e^x cos x → (e^x sin x + e^x cos x)/2
    const sign = pair === "exp_sin" ? -1n : 1n;
    return {
      integrand: mul(outer, mul(ex, pair === "exp_sin" ? s : c)),
      antiderivative: mul(outer, add(mul(rat(1n, 2n), ex, s), mul(rat(sign, 2n), ex, c))),
    };
  },
  repeated_parts(d, x) {
    if (d.config.max_poly_degree < 3)
      throw new Error("intermediate_integration: repeated_parts needs max_poly_degree >= 3");
    const n = d.rng.int(3, d.config.max_poly_degree);
    const kind = d.rng.pick(["sin", "cos", "exp"] as const);
    const outer = d.outer();
    return kind === "exp"
      ? polynomialTimesExp(x, n, outer)
      : polynomialTimesTrig(x, n, 1, kind, outer);
  },
};

export const intermediateIntegration = defineLogicTask({
  name: "intermediate_integration",
  category: "algebra",
  curriculum: {
    problem_type_weights: scalar(
      "problem_type_weights",
      PROBLEM_TYPES.map((_, k) => PROBLEM_TYPES.map((__, j) => (j === k ? 1 : 0))),
    ),
  },
  description: "Integrate by substitution or by parts.",
  config: configSchema,
  generate(rng, config) {
    if (config.problem_types.length !== config.problem_type_weights.length)
      throw new Error(
        "intermediate_integration: problem_types and problem_type_weights must have the same length",
      );
    const problemType = weightedChoice(rng, config.problem_types, config.problem_type_weights);
    const variable = rng.pick(config.symbols);
    const { integrand, antiderivative } = GENERATORS[problemType](
      new Draws(rng, config),
      sym(variable),
      variable,
    );
    const printed = str(integrand);
    return {
      question: rng.pick(TEMPLATES).replace("{integrand}", printed) + INSTRUCTION,
      answer: `${str(antiderivative)} + C`,
      metadata: {
        integrand: printed,
        problem_type: problemType,
        variable,
        difficulty: { problem_type_weights: config.problem_type_weights },
      },
    };
  },
  score: scoreAntiderivative,
});
