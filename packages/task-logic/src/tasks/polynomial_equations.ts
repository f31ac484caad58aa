import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { gcdBig, pyFloat, pyFloatRepr, roundHalfEven, sympyPolynomial } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/algebra/polynomial_equations.py
// Scoring as RG: both lists parsed as comma-separated floats (unparseable items skipped) and
// sorted; each predicted root greedily matched to the nearest unmatched oracle root, reward the
// mean of exp(-10 * distance) over matches minus 0.5 per missing and 0.5 per extra root,
// floored at 0; two empty lists score 1.
// Deviations: RG solves with sympy and keeps the roots whose `is_real` is True, which can drop
// real roots sympy writes with complex radicals (three-real-root cubics); here every real root
// is found numerically (exact square-free reduction on bigint coefficients, then bisection
// between critical points) and rounded to 4 places as RG does. RG gives up after 20 draws
// without a real root and emits an empty answer; here drawing continues until the polynomial
// has a real root (odd degrees always do), so the empty answer never scores 1.

const TEMPLATES = [
  "Find the real value(s) of {variable} in the equation: {polynomial_expanded} = 0",
  "Solve for real {variable}: {polynomial_expanded} = 0",
  "Determine the real value(s) of {variable} that satisfies: {polynomial_expanded} = 0",
  "Solve the polynomial equation for real {variable}:\n{polynomial_expanded} = 0",
];
const INSTRUCTION = `
In solving equations, please follow these instructions:
1. Provide all answers as comma-separated decimal values. For example: "-0.3773, 0.4005"
2. For solutions that can be expressed in exact form (like "u = 2 + sqrt(4560)/172" and "u = 2 - sqrt(4560)/172"), convert them to decimal form in your final answer.
3. If there are no real values that satisfy the equation, report your answer as an empty string: ""
4. Format your answer based on the number of solutions:
   - For 1 solution: a single decimal number
   - For 2 solutions: two comma-separated decimal numbers
   - For 3 or more solutions: all values as comma-separated decimal numbers
5. Round all decimal values to 4 decimal places (rounding down when the 5th decimal place is 5 or greater).
`;

type Poly = bigint[]; // coefficients, lowest degree first, no trailing zeros

function trim(p: Poly): Poly {
  const out = p.slice();
  while (out.length > 0 && out[out.length - 1] === 0n) out.pop();
  return out;
}

function primitive(p: Poly): Poly {
  const q = trim(p);
  if (q.length === 0) return q;
  let g = 0n;
  for (const c of q) g = gcdBig(g, c);
  const sign = (q[q.length - 1] as bigint) < 0n ? -1n : 1n;
  return q.map((c) => (c / g) * sign);
}

/** Pseudo-division: lc(b)^k * a = q * b + r; returns [q, r]. */
function pseudoDivide(a: Poly, b: Poly): [Poly, Poly] {
  let r = trim(a);
  const db = b.length - 1;
  const lead = b[db] as bigint;
  const q: Poly = new Array(Math.max(0, r.length - db)).fill(0n);
  while (r.length - 1 >= db && r.length > 0) {
    const shift = r.length - 1 - db;
    const coef = r[r.length - 1] as bigint;
    for (let k = 0; k < q.length; k++) q[k] = (q[k] as bigint) * lead;
    q[shift] = (q[shift] as bigint) + coef;
    r = r.map((c) => c * lead);
    for (let k = 0; k <= db; k++) r[k + shift] = (r[k + shift] as bigint) - coef * (b[k] as bigint);
    r = trim(r);
  }
  return [q, r];
}

function polyGcd(a: Poly, b: Poly): Poly {
  let x = primitive(a);
  let y = primitive(b);
  while (y.length > 0) {
    const [, r] = pseudoDivide(x, y);
    x = y;
    y = primitive(r);
  }
  return x;
}

const derivative = (p: Poly): Poly => trim(p.slice(1).map((c, k) => c * BigInt(k + 1)));

/** The square-free part p / gcd(p, p'): same roots, each simple. */
function squareFree(p: Poly): Poly {
  const g = polyGcd(p, derivative(p));
  if (g.length <= 1) return primitive(p);
  return primitive(pseudoDivide(p, g)[0]);
}

function evaluate(p: readonly number[], x: number): number {
  let value = 0;
  for (let k = p.length - 1; k >= 0; k--) value = value * x + (p[k] as number);
  return value;
}

/** The real roots of a polynomial (any multiplicity, reported once), ascending. */
export function realRoots(poly: Poly): number[] {
  const p = squareFree(trim(poly));
  const degree = p.length - 1;
  if (degree < 1) return [];
  const f = p.map(Number);
  if (degree === 1) return [-(f[0] as number) / (f[1] as number)];
  const lead = Math.abs(f[degree] as number);
  const bound = 1 + Math.max(...f.slice(0, degree).map((c) => Math.abs(c) / lead));
  const points = [-bound, ...realRoots(derivative(p)).filter((c) => Math.abs(c) < bound), bound];
  const roots: number[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    let lo = points[k] as number;
    let hi = points[k + 1] as number;
    const flo = evaluate(f, lo);
    const fhi = evaluate(f, hi);
    if (flo === 0) {
      if (roots.at(-1) !== lo) roots.push(lo);
      continue;
    }
    if (fhi === 0 || Math.sign(flo) === Math.sign(fhi)) continue;
    for (let it = 0; it < 2000; it++) {
      const mid = (lo + hi) / 2;
      if (mid <= lo || mid >= hi) break;
      const fm = evaluate(f, mid);
      if (fm === 0) {
        lo = hi = mid;
        break;
      }
      if (Math.sign(fm) === Math.sign(flo)) lo = mid;
      else hi = mid;
    }
    roots.push((lo + hi) / 2);
  }
  if (evaluate(f, bound) === 0) roots.push(bound);
  return roots;
}

function parseList(text: string | null): number[] {
  if (text === null || text.length === 0) return [];
  const out: number[] = [];
  for (const part of text.split(",")) {
    const value = pyFloat(part.trim());
    if (value !== null) out.push(value);
  }
  return out.sort((a, b) => a - b);
}

export const polynomialEquations = defineLogicTask({
  name: "polynomial_equations",
  category: "algebra",
  curriculum: {
    degree: range("min_degree", "max_degree", [1, 2, 3, 4], true),
    terms: range("min_terms", "max_terms", [2, 3, 4, 5]),
  },
  description: "Real roots of an integer polynomial, to 4 decimal places.",
  config: z.object({
    min_terms: z.number().int().positive().default(2),
    max_terms: z.number().int().positive().default(4),
    min_value: z.number().int().positive().default(1),
    max_value: z.number().int().positive().default(100),
    min_degree: z.number().int().positive().default(1),
    max_degree: z.number().int().positive().max(12).default(3),
    operators: z
      .array(z.enum(["+", "-"]))
      .min(1)
      .default(["+", "-"]),
  }),
  generate(rng, config) {
    for (;;) {
      const variable = rng.pick([..."abcdefghklmnopqrstuvwxyz"]);
      const degree = rng.int(config.min_degree, config.max_degree);
      const numTerms = rng.int(config.min_terms, config.max_terms);
      const exponents = [degree];
      for (let k = 1; k < numTerms; k++) exponents.push(rng.int(0, degree));
      const coefficients: Poly = new Array(degree + 1).fill(0n);
      for (const exponent of exponents) {
        let coeff = BigInt(rng.int(config.min_value, config.max_value));
        if (config.operators.includes("-") && rng.float() < 0.5) coeff = -coeff;
        coefficients[exponent] = (coefficients[exponent] as bigint) + coeff;
      }
      // x = 0 is a root when the constant term vanishes; divide it out so the rest are nonzero.
      let low = 0;
      while (low < coefficients.length && coefficients[low] === 0n) low++;
      if (low === coefficients.length) continue; // the zero polynomial
      const roots = realRoots(coefficients.slice(low)).map((r) => roundHalfEven(r, 4));
      if (low > 0) roots.push(0);
      if (roots.length === 0) continue;
      const solutions = roots.sort((a, b) => a - b);
      const expanded = sympyPolynomial(coefficients, variable);
      const question =
        rng
          .pick(TEMPLATES)
          .replace("{variable}", variable)
          .replace("{polynomial_expanded}", expanded) + INSTRUCTION;
      return {
        question,
        answer: solutions.map(pyFloatRepr).join(", "),
        metadata: {
          polynomial_expr: expanded,
          variable,
          degree,
          real_solutions: solutions,
          num_terms: numTerms,
          difficulty: {
            terms: [config.min_terms, config.max_terms],
            degree: [config.min_degree, config.max_degree],
          },
        },
      };
    }
  },
  score(answer, entry) {
    const oracle = parseList(entry.answer);
    const predicted = parseList(answer);
    if (oracle.length === 0 && predicted.length === 0) return 1;
    let total = 0;
    let matched = 0;
    let extra = 0;
    for (const p of predicted) {
      let best = Number.POSITIVE_INFINITY;
      let bestIndex = -1;
      for (const [k, o] of oracle.entries()) {
        if (best > Math.abs(p - o)) {
          best = Math.abs(p - o);
          bestIndex = k;
        }
      }
      if (bestIndex >= 0) {
        matched++;
        oracle.splice(bestIndex, 1);
        total += Math.exp(best * -10);
      } else extra++;
    }
    const penalty = oracle.length * 0.5 + extra * 0.5;
    if (matched > 0) total /= matched;
    return Math.max(0, total - penalty);
  },
});
