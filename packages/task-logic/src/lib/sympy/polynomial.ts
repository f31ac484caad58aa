/**
 * Expressions as (Laurent) polynomials: maps from monomials (symbol → integer exponent) to
 * SymPy numbers, multiplied out exactly (floats as SymPy's 53-bit Floats). Used to expand
 * products as sympy.expand does and to compare polynomial identities exactly.
 */
import {
  add,
  addNumbers,
  type Expr,
  flt,
  int,
  isInteger,
  isNum,
  isZero,
  mul,
  mulNumbers,
  type Num,
  ONE,
  pow,
  rat,
  sym,
} from "./expr.js";

export type Monomial = ReadonlyMap<string, number>;
export type Polynomial = Map<string, { monomial: Monomial; coeff: Num }>;

/** Where expansion gives up (null): the caller's budget of terms, term products and symbols. */
export interface ExpansionLimits {
  maxTerms: number;
  /** Term-by-term multiplications, over the whole expansion. */
  maxProducts: number;
  maxSymbols: number;
}
/** Enough for any answer the tasks expect (a few symbols, a few hundred terms); bounded for others. */
const SCORING_LIMITS: ExpansionLimits = { maxTerms: 2_000, maxProducts: 4_000, maxSymbols: 8 };
/** Integer powers of sums are expanded only up to this exponent. */
const MAX_EXPONENT = 64;

const monomialKey = (m: Monomial) =>
  [...m.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([s, k]) => `${s}^${k}`)
    .join("*");

function addTerm(p: Polynomial, monomial: Monomial, coeff: Num): void {
  const k = monomialKey(monomial);
  const seen = p.get(k);
  const total = seen ? addNumbers(seen.coeff, coeff) : coeff;
  if (isZero(total)) p.delete(k);
  else p.set(k, { monomial, coeff: total });
}

const constantPolynomial = (c: Num): Polynomial => {
  const p: Polynomial = new Map();
  if (!isZero(c)) p.set("", { monomial: new Map(), coeff: c });
  return p;
};

function sumOf(a: Polynomial, b: Polynomial): Polynomial {
  const out: Polynomial = new Map(a);
  for (const { monomial, coeff } of b.values()) addTerm(out, monomial, coeff);
  return out;
}

/** What is left of an expansion's budget. */
interface Budget {
  limits: ExpansionLimits;
  products: number;
}

function productOf(a: Polynomial, b: Polynomial, budget: Budget): Polynomial | null {
  budget.products += a.size * b.size;
  if (budget.products > budget.limits.maxProducts) return null;
  const out: Polynomial = new Map();
  for (const x of a.values())
    for (const y of b.values()) {
      const m = new Map(x.monomial);
      for (const [s, k] of y.monomial) {
        const e = (m.get(s) ?? 0) + k;
        if (e === 0) m.delete(s);
        else m.set(s, e);
      }
      addTerm(out, m, mulNumbers(x.coeff, y.coeff));
    }
  return out.size > budget.limits.maxTerms ? null : out;
}

/** 1/p for a single term c·m (its coefficient inverted, exponents negated); null otherwise. */
function reciprocal(p: Polynomial): Polynomial | null {
  const [only, ...rest] = [...p.values()];
  if (only === undefined || rest.length > 0) return null;
  const coeff: Num =
    only.coeff.kind === "num" ? rat(only.coeff.d, only.coeff.n) : flt(1 / only.coeff.value);
  const monomial = new Map([...only.monomial].map(([s, k]) => [s, -k] as const));
  return new Map([[monomialKey(monomial), { monomial, coeff }]]);
}

/**
 * The expanded polynomial of `e` in its symbols (integer powers of symbols, negative ones too,
 * numbers as coefficients), or null when `e` is not one (functions, constants, symbolic or
 * fractional exponents, division by a sum) or grows past the limits.
 */
export function toPolynomial(e: Expr, limits: ExpansionLimits = SCORING_LIMITS): Polynomial | null {
  if (symbolCount(e, limits.maxSymbols + 1) > limits.maxSymbols) return null;
  return expand(e, { limits, products: 0 });
}

/** The number of distinct symbols in `e`, counting no further than `stop`. */
function symbolCount(e: Expr, stop: number): number {
  const seen = new Set<string>();
  const walk = (x: Expr): void => {
    if (seen.size >= stop) return;
    if (x.kind === "sym") seen.add(x.name);
    else if (x.kind === "add" || x.kind === "mul") x.args.forEach(walk);
    else if (x.kind === "pow") {
      walk(x.base);
      walk(x.exp);
    } else if (x.kind === "fn") walk(x.arg);
  };
  walk(e);
  return seen.size;
}

function expand(e: Expr, budget: Budget): Polynomial | null {
  if (isNum(e)) return constantPolynomial(e);
  switch (e.kind) {
    case "sym":
      return new Map([[`${e.name}^1`, { monomial: new Map([[e.name, 1]]), coeff: ONE }]]);
    case "add": {
      let out: Polynomial = new Map();
      for (const a of e.args) {
        const p = expand(a, budget);
        if (p === null) return null;
        out = sumOf(out, p);
      }
      return out;
    }
    case "mul": {
      let out: Polynomial | null = constantPolynomial(ONE);
      for (const a of e.args) {
        const p = expand(a, budget);
        if (p === null || out === null) return null;
        out = productOf(out, p, budget);
      }
      return out;
    }
    case "pow": {
      if (!isInteger(e.exp) || e.exp.n > BigInt(MAX_EXPONENT) || e.exp.n < -BigInt(MAX_EXPONENT))
        return null;
      let base = expand(e.base, budget);
      if (base === null) return null;
      const n = Number(e.exp.n);
      if (n < 0) {
        base = reciprocal(base);
        if (base === null) return null;
      }
      let out: Polynomial | null = constantPolynomial(ONE);
      for (let k = 0; k < Math.abs(n) && out !== null; k++) out = productOf(out, base, budget);
      return out;
    }
    default:
      return null;
  }
}

/** d/dx of a polynomial, term by term (coefficient times exponent, exponent lowered). */
export function differentiate(p: Polynomial, variable: string): Polynomial {
  const out: Polynomial = new Map();
  for (const { monomial, coeff } of p.values()) {
    const k = monomial.get(variable) ?? 0;
    if (k === 0) continue;
    const m = new Map(monomial);
    if (k === 1) m.delete(variable);
    else m.set(variable, k - 1);
    addTerm(out, m, mulNumbers(coeff, int(k)));
  }
  return out;
}

/** p - q. */
export function difference(p: Polynomial, q: Polynomial): Polynomial {
  const out: Polynomial = new Map(p);
  for (const { monomial, coeff } of q.values()) addTerm(out, monomial, mulNumbers(coeff, int(-1)));
  return out;
}

/** The polynomial as a SymPy expression (a sum of coefficient × powers), as sympy.expand gives. */
export function fromPolynomial(p: Polynomial): Expr {
  return add(
    ...[...p.values()].map(({ monomial, coeff }) =>
      mul(coeff, ...[...monomial].map(([s, k]) => pow(sym(s), int(k)))),
    ),
  );
}
