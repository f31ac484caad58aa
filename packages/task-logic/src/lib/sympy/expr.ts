/**
 * A small slice of SymPy written again for the algebra tasks: expressions over rationals,
 * floats, symbols, E, pi, I and the elementary functions, built through constructors that
 * evaluate the way SymPy's `Add`, `Mul`, `Pow` and function classes do on construction (like
 * terms collected, equal bases merged, a number distributed over a single sum, odd functions
 * pulling out a minus sign). Two expressions are SymPy-equal (`==`) exactly when their `key`s
 * are equal; `sortKey` is SymPy's `sort_key`, which the printer and the sign rules use.
 * Not a CAS: no simplification beyond SymPy's automatic evaluation, and irrational constants
 * are not normalised (SymPy writes sqrt(8) as 2*sqrt(2); here it stays 8**(1/2)).
 */
import { gcdBig } from "../numbers.js";
import { ratioToNumber } from "../pyformat.js";

export interface Rat {
  readonly kind: "num";
  /** Numerator; the denominator `d` is positive and coprime to it. */
  readonly n: bigint;
  readonly d: bigint;
}
export interface Flt {
  readonly kind: "float";
  readonly value: number;
}
export interface Sym {
  readonly kind: "sym";
  readonly name: string;
}
export interface Const {
  readonly kind: "const";
  readonly name: "E" | "pi" | "I";
}
export interface Add {
  readonly kind: "add";
  readonly args: readonly Expr[];
}
export interface Mul {
  readonly kind: "mul";
  /** A numeric coefficient (never rational 1) comes first; the other factors are not numbers. */
  readonly args: readonly Expr[];
}
export interface Pow {
  readonly kind: "pow";
  readonly base: Expr;
  readonly exp: Expr;
}
export interface Fn {
  readonly kind: "fn";
  readonly name: FunctionName;
  readonly arg: Expr;
}
export type Num = Rat | Flt;
export type Expr = Num | Sym | Const | Add | Mul | Pow | Fn;

export const FUNCTIONS = [
  "exp",
  "log",
  "sin",
  "cos",
  "tan",
  "cot",
  "sec",
  "csc",
  "asin",
  "acos",
  "atan",
  "acot",
  "sinh",
  "cosh",
  "tanh",
  "coth",
  "asinh",
  "acosh",
  "atanh",
] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** Raised where SymPy would produce zoo, nan or oo (x/0, 0**-1): callers score that as wrong. */
export class NotFinite extends Error {}
/** Raised where an exact result would be unreasonably large (2**10**9). */
export class TooLarge extends Error {}

/** Exact powers are refused past this many bits. */
const MAX_POWER_BITS = 20_000;

// ---------------------------------------------------------------------------------------------
// Numbers

export function rat(n: bigint, d = 1n): Rat {
  if (d === 0n) throw new NotFinite("division by zero");
  const sign = d < 0n ? -1n : 1n;
  const g = gcdBig(n, d) || 1n;
  return { kind: "num", n: (sign * n) / g, d: (sign * d) / g };
}
export const int = (n: number | bigint): Rat => rat(BigInt(n));
export const flt = (value: number): Flt => ({ kind: "float", value });
export const sym = (name: string): Sym => ({ kind: "sym", name });
export const E: Const = { kind: "const", name: "E" };
export const PI: Const = { kind: "const", name: "pi" };
export const I: Const = { kind: "const", name: "I" };
export const ZERO = int(0);
export const ONE = int(1);
export const NEG_ONE = int(-1);
export const HALF = rat(1n, 2n);

export const isNum = (e: Expr): e is Num => e.kind === "num" || e.kind === "float";
export const isRat = (e: Expr): e is Rat => e.kind === "num";
export const isInteger = (e: Expr): e is Rat => e.kind === "num" && e.d === 1n;
export const isZero = (e: Expr) =>
  (e.kind === "num" && e.n === 0n) || (e.kind === "float" && e.value === 0);
export const isRatValue = (e: Expr, n: bigint, d = 1n) =>
  e.kind === "num" && e.n === n && e.d === d;

export const toNumber = (e: Num) => (e.kind === "float" ? e.value : ratioToNumber(e.n, e.d));

/** a + b on SymPy numbers; a Float result of 0 is SymPy's Integer 0 (Float._new gives S.Zero). */
export function addNumbers(a: Num, b: Num): Num {
  if (a.kind === "num" && b.kind === "num") return rat(a.n * b.d + b.n * a.d, a.d * b.d);
  const value = toNumber(a) + toNumber(b);
  return value === 0 ? ZERO : flt(value);
}
export function mulNumbers(a: Num, b: Num): Num {
  if (a.kind === "num" && b.kind === "num") return rat(a.n * b.n, a.d * b.d);
  const value = toNumber(a) * toNumber(b);
  return value === 0 ? ZERO : flt(value);
}
export const negNum = (a: Num): Num => (a.kind === "num" ? rat(-a.n, a.d) : flt(-a.value));
export const signNum = (a: Num) =>
  a.kind === "num" ? (a.n < 0n ? -1 : a.n > 0n ? 1 : 0) : Math.sign(a.value);

const bits = (n: bigint) => (n < 0n ? -n : n).toString(2).length;

/** A rational to an integer power, exactly. */
function powRat(a: Rat, k: bigint): Rat {
  if (k < 0n) {
    if (a.n === 0n) throw new NotFinite("0 to a negative power");
    return powRat(rat(a.d, a.n), -k);
  }
  if (a.n === 0n || a.n === a.d || k === 0n) return k === 0n ? ONE : a;
  if (a.d === 1n && (a.n === 1n || a.n === -1n)) return k % 2n === 0n ? ONE : a;
  if (BigInt(Math.max(bits(a.n), bits(a.d))) * k > BigInt(MAX_POWER_BITS))
    throw new TooLarge("power");
  return rat(a.n ** k, a.d ** k);
}

/** The exact q-th root of a non-negative integer, or null. */
function integerRoot(n: bigint, q: number): bigint | null {
  if (n < 0n) return null;
  if (n < 2n) return n;
  let r = BigInt(Math.round(Number(n) ** (1 / q)));
  for (const candidate of [r - 1n, r, r + 1n])
    if (candidate >= 0n && candidate ** BigInt(q) === n) return candidate;
  // Past 2^53 the float guess can be off: Newton's method on bigint.
  r = 1n << BigInt(Math.ceil(bits(n) / q));
  const Q = BigInt(q);
  for (;;) {
    const next = ((Q - 1n) * r + n / r ** (Q - 1n)) / Q;
    if (next >= r) break;
    r = next;
  }
  return r ** Q === n ? r : null;
}

// ---------------------------------------------------------------------------------------------
// Structural keys (SymPy's ==) and SymPy's sort_key

const keys = new WeakMap<Expr, string>();

/** A string that is equal for two expressions exactly when SymPy's `==` holds between them. */
export function key(e: Expr): string {
  const cached = keys.get(e);
  if (cached !== undefined) return cached;
  let k: string;
  switch (e.kind) {
    case "num":
      k = e.d === 1n ? `${e.n}` : `${e.n}/${e.d}`;
      break;
    case "float":
      k = `f${e.value}`;
      break;
    case "sym":
      k = `s:${e.name}`;
      break;
    case "const":
      k = `c:${e.name}`;
      break;
    case "add":
      k = `+(${e.args.map(key).join(",")})`;
      break;
    case "mul":
      k = `*(${e.args.map(key).join(",")})`;
      break;
    case "pow":
      k = `^(${key(e.base)},${key(e.exp)})`;
      break;
    case "fn":
      k = `${e.name}(${key(e.arg)})`;
      break;
  }
  keys.set(e, k);
  return k;
}

export const same = (a: Expr, b: Expr) => key(a) === key(b);

/** A sort key: nested tuples of numbers, strings and SymPy numbers, compared as Python does. */
export type SortKey = readonly (number | string | Num | SortKey)[];

export function compareKeys(a: SortKey, b: SortKey): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareItems(a[i] as SortKey[number], b[i] as SortKey[number]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compareItems(x: SortKey[number], y: SortKey[number]): number {
  if (Array.isArray(x) && Array.isArray(y)) return compareKeys(x, y);
  if (typeof x === "string" && typeof y === "string") return x < y ? -1 : x > y ? 1 : 0;
  const nx = typeof x === "number" ? flt(x) : (x as Num);
  const ny = typeof y === "number" ? flt(y) : (y as Num);
  if (nx.kind === "num" && ny.kind === "num") {
    const diff = nx.n * ny.d - ny.n * nx.d;
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  }
  return Math.sign(toNumber(nx) - toNumber(ny));
}

const FUNCTION_ORDER: Partial<Record<FunctionName, number>> = {
  exp: 10,
  log: 11,
  sin: 20,
  cos: 21,
  tan: 22,
  cot: 23,
  sinh: 30,
  cosh: 31,
  tanh: 32,
  coth: 33,
};

const CONST_CLASS = { E: "Exp1", pi: "Pi", I: "ImaginaryUnit" } as const;

function classKey(e: Expr): SortKey {
  switch (e.kind) {
    case "num":
    case "float":
      return [1, 0, "Number"];
    case "sym":
      return [2, 0, "Symbol"];
    case "const":
      return [2, 0, CONST_CLASS[e.name]];
    case "add":
      return [3, 1, "Add"];
    case "mul":
      return [3, 0, "Mul"];
    case "pow":
      return [3, 2, "Pow"];
    case "fn":
      return [4, FUNCTION_ORDER[e.name] ?? 10000, e.name];
  }
}

const ONE_KEY: SortKey = [[1, 0, "Number"], [0, []], [], ONE];
const sortKeys = new WeakMap<Expr, SortKey>();

/** SymPy's `default_sort_key` (Number, Atom and Expr `sort_key`). */
export function sortKey(e: Expr): SortKey {
  const cached = sortKeys.get(e);
  if (cached) return cached;
  let k: SortKey;
  if (isNum(e)) k = [[1, 0, "Number"], [0, []], [], e];
  else if (e.kind === "sym" || e.kind === "const")
    k = [classKey(e), [1, [atomString(e)]], ONE_KEY, ONE];
  else {
    const [coeff, rest] = asCoeffMul(e);
    let base = rest;
    let exp: Expr = ONE;
    if (rest.kind === "pow") [base, exp] = [rest.base, rest.exp];
    let args: SortKey;
    if (isNum(base) || base.kind === "sym" || base.kind === "const") args = [atomString(base)];
    else if (base.kind === "add") args = orderedTerms(base).map(sortKey);
    else if (base.kind === "mul") args = orderedFactors(base).map(sortKey);
    else if (base.kind === "fn") args = [sortKey(base.arg)];
    else args = [sortKey(base.base), sortKey(base.exp)];
    k = [classKey(base), [args.length, args], sortKey(exp), coeff];
  }
  sortKeys.set(e, k);
  return k;
}

function atomString(e: Num | Sym | Const): string {
  if (e.kind === "sym" || e.kind === "const") return e.name;
  if (e.kind === "float") return String(e.value);
  return e.d === 1n ? `${e.n}` : `${e.n}/${e.d}`;
}

/** SymPy's as_coeff_Mul: the leading number of a product and the rest. */
export function asCoeffMul(e: Expr): [Num, Expr] {
  if (isNum(e)) return [e, ONE];
  if (e.kind === "mul" && isNum(e.args[0] as Expr)) {
    const rest = e.args.slice(1);
    return [e.args[0] as Num, rest.length === 1 ? (rest[0] as Expr) : { kind: "mul", args: rest }];
  }
  return [ONE, e];
}

/** The factors of a product in SymPy's print order (as_ordered_factors). */
export function orderedFactors(e: Expr): Expr[] {
  const factors = e.kind === "mul" ? e.args.slice() : [e];
  return factors.sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
}

/** SymPy's decompose_power: a base and an integer exponent. */
function decomposePower(factor: Expr): [Expr, number] {
  let base: Expr;
  let exp: Expr;
  if (factor.kind === "pow") [base, exp] = [factor.base, factor.exp];
  else if (factor.kind === "fn" && factor.name === "exp") [base, exp] = [E, factor.arg];
  else return [factor, 1];
  if (isRat(exp)) {
    if (exp.d !== 1n) base = pow(base, rat(1n, exp.d));
    return [base, Number(exp.n)];
  }
  if (exp.kind === "float") return [factor, 1];
  const [c, tail] = asCoeffMul(exp);
  if (c.kind === "num" && c.n === -1n && c.d === 1n) return [pow(base, tail), -1];
  if (c.kind === "num" && !(c.n === 1n && c.d === 1n))
    return [pow(base, mul(rat(1n, c.d), tail)), Number(c.n)];
  return [factor, 1];
}

/** A real value for a number-valued expression (sqrt(2), pi), or null (symbols, I). */
function realValue(e: Expr): number | null {
  switch (e.kind) {
    case "num":
    case "float":
      return toNumber(e);
    case "const":
      return e.name === "E" ? Math.E : e.name === "pi" ? Math.PI : null;
    case "pow": {
      const [b, x] = [realValue(e.base), realValue(e.exp)];
      return b === null || x === null || (b < 0 && !Number.isInteger(x)) ? null : b ** x;
    }
    case "mul":
    case "add": {
      let acc = e.kind === "mul" ? 1 : 0;
      for (const a of e.args) {
        const v = realValue(a);
        if (v === null) return null;
        acc = e.kind === "mul" ? acc * v : acc + v;
      }
      return acc;
    }
    case "fn": {
      const v = realValue(e.arg);
      const f = v === null ? undefined : REAL_FUNCTIONS[e.name];
      return v === null || f === undefined ? null : f(v);
    }
    default:
      return null;
  }
}
const REAL_FUNCTIONS: Partial<Record<FunctionName, (x: number) => number>> = {
  exp: Math.exp,
  log: (x) => (x > 0 ? Math.log(x) : Number.NaN),
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
};

/** A Number or one of SymPy's NumberSymbols (E, pi), as the special case below tests. */
const isNumberLike = (e: Expr): e is Num | Const =>
  isNum(e) || (e.kind === "const" && e.name !== "I");

/**
 * The terms of a sum in SymPy's print order (Expr.as_ordered_terms): terms as monomials over
 * the sorted non-numeric bases, lexicographically descending; a positive number before a
 * negated single factor ("3 - x") as SymPy's special case.
 */
export function orderedTerms(e: Add): Expr[] {
  if (e.args.length === 2) {
    const [number, other] = isNumberLike(e.args[0] as Expr) ? e.args : [e.args[1], e.args[0]];
    if (
      number &&
      other &&
      isNumberLike(number) &&
      (number.kind === "const" || signNum(number) > 0) &&
      other.kind === "mul" &&
      other.args.length === 2 &&
      isNum(other.args[0] as Expr) &&
      signNum(other.args[0] as Num) < 0
    )
      return [number, other];
  }
  const rows = e.args.map((term) => {
    const [c, rest] = asCoeffMul(term);
    let coeff = toNumber(c);
    const powers = new Map<string, { base: Expr; exp: number }>();
    for (const factor of isRatValue(rest, 1n) ? [] : rest.kind === "mul" ? rest.args : [rest]) {
      const value = factor.kind === "sym" ? null : realValue(factor);
      if (value !== null) {
        coeff *= value;
        continue;
      }
      const [base, exp] = decomposePower(factor);
      powers.set(key(base), { base, exp });
    }
    return { term, coeff, powers };
  });
  const gens = new Map<string, Expr>();
  for (const row of rows) for (const [k, { base }] of row.powers) gens.set(k, base);
  const order = [...gens.entries()].sort((a, b) => compareKeys(sortKey(a[1]), sortKey(b[1])));
  const monomial = (row: (typeof rows)[number]) => order.map(([k]) => row.powers.get(k)?.exp ?? 0);
  return rows
    .map((row) => ({ term: row.term, monomial: monomial(row), coeff: row.coeff }))
    .sort((a, b) => {
      for (let i = 0; i < a.monomial.length; i++) {
        const d = (b.monomial[i] as number) - (a.monomial[i] as number);
        if (d !== 0) return d;
      }
      return a.coeff - b.coeff;
    })
    .map((row) => row.term);
}

/** SymPy's could_extract_minus_sign. */
export function couldExtractMinusSign(e: Expr): boolean {
  if (isNum(e)) return signNum(e) < 0;
  if (e.kind === "mul") return isNum(e.args[0] as Expr) && signNum(e.args[0] as Num) < 0;
  if (e.kind !== "add") return false;
  const negative = e.args.filter(couldExtractMinusSign).length;
  const positive = e.args.length - negative;
  if (positive !== negative) return positive < negative;
  return compareKeys(sortKey(e), sortKey(neg(e))) < 0;
}

// ---------------------------------------------------------------------------------------------
// Constructors with SymPy's automatic evaluation

const byKey = (a: Expr, b: Expr) => {
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Add.flatten, in two forms. `SumBuilder.of(items)` is SymPy's Add(*items): like terms
 * collected, and the numbers summed in SymPy's order (the items' own numbers first, then those
 * of nested sums), from the Integer 0 — an order a float zero can tell apart: Add(x - 3, 0.0)
 * keeps the Integer -3, Add(x, -3, 0.0) makes it -3.0. `plus(t)` is one step of Python's
 * a + b + c: Number.__add__ for two numbers, else Add(acc, t), kept as state so that a long
 * sum costs linear time.
 */
export class SumBuilder {
  #constant: Num = ZERO;
  readonly #terms = new Map<string, { rest: Expr; coeff: Num }>();
  #started = false;

  static of(items: readonly Expr[]): SumBuilder {
    const sum = new SumBuilder();
    const own: Num[] = [];
    const nested: Num[] = [];
    for (const e of items) {
      if (isNum(e)) own.push(e);
      else if (e.kind === "add") nested.push(...e.args.filter(isNum));
      sum.#mergeTerms(e);
    }
    sum.#constant = [...own, ...nested].reduce(addNumbers, ZERO);
    sum.#started = items.length > 0;
    return sum;
  }

  plus(t: Expr): this {
    if (!this.#started) {
      this.#constant = isNum(t) ? t : (t.kind === "add" && t.args.find(isNum)) || ZERO;
      this.#mergeTerms(t);
      this.#started = true;
      return this;
    }
    const bare = this.#terms.size === 0;
    if (bare && isNum(t)) {
      this.#constant = addNumbers(this.#constant, t);
      return this;
    }
    // Add(acc, t): the items' own numbers first, then the numbers inside sums.
    const own: Num[] = [];
    const nested: Num[] = [];
    if (bare) own.push(this.#constant);
    else if (this.#terms.size > 1 || !isZero(this.#constant)) nested.push(this.#constant);
    if (isNum(t)) own.push(t);
    else if (t.kind === "add") nested.push(...t.args.filter(isNum));
    this.#constant = [...own, ...nested].reduce(addNumbers, ZERO);
    this.#mergeTerms(t);
    return this;
  }

  #mergeTerms(t: Expr): void {
    for (const e of t.kind === "add" ? t.args : [t]) {
      if (isNum(e)) continue;
      const [coeff, rest] = asCoeffMul(e);
      const k = key(rest);
      const seen = this.#terms.get(k);
      const total = seen ? addNumbers(seen.coeff, coeff) : coeff;
      if (isZero(total)) this.#terms.delete(k);
      else this.#terms.set(k, { rest, coeff: total });
    }
  }

  build(): Expr {
    if (this.#terms.size === 0) return this.#constant;
    const out: Expr[] = isZero(this.#constant) ? [] : [this.#constant];
    for (const { rest, coeff } of this.#terms.values()) out.push(withCoeff(coeff, rest));
    if (out.length === 1) return out[0] as Expr;
    return { kind: "add", args: out.sort(byKey) };
  }
}

/** SymPy's Add(*args). */
export const add = (...args: Expr[]): Expr => SumBuilder.of(args).build();

/** coeff·rest for a rest that is not a number or a sum (SymPy's _keep_coeff). */
function withCoeff(coeff: Num, rest: Expr): Expr {
  if (isRatValue(coeff, 1n)) return rest;
  return { kind: "mul", args: [coeff, ...(rest.kind === "mul" ? rest.args : [rest])] };
}

/**
 * Mul.flatten, in two forms: `ProductBuilder.of(items)` is SymPy's Mul(*items), `times(t)` one
 * step of Python's a * b * c (kept as state, so a long product costs linear time). Numbers are
 * multiplied, powers of one base whose exponents share a term merged (x·x**2 = x**3,
 * exp(x)·exp(2x) = exp(3x), but x**a·x**b stays), a merged power that is a number moves into the
 * coefficient, and a number times a single sum is distributed — in Python's a * b * c at the
 * step where it appears, so 2*(x+1)*x is x*(2*x + 2) while 2*x*(x+1) stays as it is.
 */
export class ProductBuilder {
  #coeff: Num = ONE;
  readonly #groups = new Map<string, Group>();
  #started = false;

  static of(items: readonly Expr[]): ProductBuilder {
    const product = new ProductBuilder();
    for (const t of items) product.#absorbAll(t);
    product.#settle();
    return product;
  }

  times(t: Expr): this {
    if (this.#started && this.#groups.size === 0 && isNum(t))
      this.#coeff = mulNumbers(this.#coeff, t);
    else {
      this.#absorbAll(t);
      this.#settle();
    }
    return this;
  }

  #absorbAll(t: Expr): void {
    this.#started = true;
    for (const f of t.kind === "mul" ? t.args : [t]) this.#absorb(f);
  }

  #absorb(f: Expr): void {
    if (isNum(f)) {
      this.#coeff = mulNumbers(this.#coeff, f);
      return;
    }
    let base: Expr = f;
    let exp: Expr = ONE;
    if (f.kind === "pow") [base, exp] = [f.base, f.exp];
    else if (f.kind === "fn" && f.name === "exp") [base, exp] = [E, f.arg];
    const [c, term] = asCoeffMul(exp);
    const k = `${key(base)}|${key(term)}`;
    const seen = this.#groups.get(k);
    if (!seen) {
      this.#groups.set(k, { base, term, total: c });
      return;
    }
    seen.total = addNumbers(seen.total, c);
    const merged = groupPower(seen);
    if (isNum(merged) || merged.kind === "mul") {
      this.#groups.delete(k);
      for (const g of merged.kind === "mul" ? merged.args : [merged]) this.#absorb(g);
    }
  }

  /** A zero coefficient wipes the product; a number times one sum becomes the distributed sum. */
  #settle(): void {
    if (isZero(this.#coeff)) {
      this.#groups.clear();
      this.#coeff = ZERO;
      return;
    }
    if (this.#groups.size !== 1 || isRatValue(this.#coeff, 1n)) return;
    const only = groupPower([...this.#groups.values()][0] as Group);
    if (only.kind !== "add") return;
    const distributed = add(...only.args.map((t) => mul(this.#coeff, t)));
    this.#groups.clear();
    this.#coeff = ONE;
    this.#absorb(distributed);
  }

  build(): Expr {
    if (isZero(this.#coeff)) return ZERO;
    const factors = [...this.#groups.values()].map(groupPower).sort(byKey);
    if (factors.length === 0) return this.#coeff;
    if (factors.length === 1 && isRatValue(this.#coeff, 1n)) return factors[0] as Expr;
    return { kind: "mul", args: isRatValue(this.#coeff, 1n) ? factors : [this.#coeff, ...factors] };
  }
}

interface Group {
  base: Expr;
  term: Expr;
  total: Num;
}

const groupPower = ({ base, term, total }: Group) =>
  pow(base, isRatValue(term, 1n) ? total : mul(total, term));

/** SymPy's Mul(*args). */
export const mul = (...args: Expr[]): Expr => ProductBuilder.of(args).build();

export const neg = (e: Expr) => mul(NEG_ONE, e);
export const sub = (a: Expr, b: Expr) => add(a, neg(b));
export const div = (a: Expr, b: Expr) => mul(a, pow(b, NEG_ONE));

/** Pow.__new__: trivial exponents, exact numeric powers, (x**a)**n, (x·y)**n, E**x = exp(x). */
export function pow(base: Expr, exp: Expr): Expr {
  if (isRatValue(exp, 0n)) return ONE;
  if (isRatValue(exp, 1n)) return base;
  if (isRatValue(base, 1n)) return ONE;
  if (isNum(base) && isNum(exp)) {
    const value = numericPower(base, exp);
    if (value !== null) return value;
  }
  if (base.kind === "const" && base.name === "E") return fn("exp", exp);
  if (isInteger(exp)) {
    if (base.kind === "pow") return pow(base.base, mul(base.exp, exp));
    if (base.kind === "mul") return mul(...base.args.map((a) => pow(a, exp)));
    if (base.kind === "fn" && base.name === "exp") return fn("exp", mul(base.arg, exp));
    if (isRatValue(base, 0n) && exp.n < 0n) throw new NotFinite("0 to a negative power");
  }
  // (b**e)**y = b**(e*y) on the principal branch when |e| < 1 (Pow._eval_power)
  if (
    base.kind === "pow" &&
    isRat(base.exp) &&
    (base.exp.n < 0n ? -base.exp.n : base.exp.n) < base.exp.d
  )
    return pow(base.base, mul(base.exp, exp));
  return { kind: "pow", base, exp };
}

function numericPower(base: Num, exp: Num): Num | null {
  if (base.kind === "num" && exp.kind === "num") {
    if (exp.d === 1n) return powRat(base, exp.n);
    // An exact root (4**(1/2) = 2) evaluates; other roots stay symbolic.
    if (base.n < 0n || exp.d > 64n) return null;
    const [rn, rd] = [integerRoot(base.n, Number(exp.d)), integerRoot(base.d, Number(exp.d))];
    return rn === null || rd === null ? null : powRat(rat(rn, rd), exp.n);
  }
  const [b, x] = [toNumber(base), toNumber(exp)];
  if (b < 0 && !Number.isInteger(x)) return null;
  if (b === 0 && x < 0) throw new NotFinite("0 to a negative power");
  return flt(b ** x);
}

const ODD: ReadonlySet<FunctionName> = new Set([
  "sin",
  "tan",
  "cot",
  "csc",
  "asin",
  "atan",
  "acot",
  "sinh",
  "tanh",
  "coth",
  "asinh",
  "atanh",
]);
const EVEN: ReadonlySet<FunctionName> = new Set(["cos", "sec", "cosh"]);
const AT_ZERO: Partial<Record<FunctionName, Rat>> = {
  exp: ONE,
  sin: ZERO,
  cos: ONE,
  tan: ZERO,
  asin: ZERO,
  atan: ZERO,
  sinh: ZERO,
  cosh: ONE,
  tanh: ZERO,
  asinh: ZERO,
  atanh: ZERO,
  sec: ONE,
};

/** A function applied, with SymPy's evaluation at 0 and its sign rules for odd and even functions. */
export function fn(name: FunctionName, arg: Expr): Expr {
  if (isRatValue(arg, 0n)) {
    const value = AT_ZERO[name];
    if (value) return value;
    if (name === "log" || name === "cot" || name === "csc" || name === "coth")
      throw new NotFinite(`${name}(0)`);
  }
  if (name === "exp") {
    if (arg.kind === "fn" && arg.name === "log") return arg.arg;
    if (isRatValue(arg, 1n)) return E;
  }
  if (name === "log") {
    if (isRatValue(arg, 1n)) return ZERO;
    if (arg.kind === "const" && arg.name === "E") return ONE;
  }
  if ((ODD.has(name) || EVEN.has(name)) && couldExtractMinusSign(arg)) {
    const inner = fn(name, neg(arg));
    if (EVEN.has(name)) return inner;
    return neg(inner);
  }
  return { kind: "fn", name, arg };
}
