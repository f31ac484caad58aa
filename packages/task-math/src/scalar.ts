/**
 * Scalar expressions: LaTeX is parsed by the Cortex Compute Engine into MathJSON (the CAS does
 * the parsing of LaTeX notation), then evaluated here in two ways over that tree:
 * exactly (BigInt rationals) where every leaf is exact, and numerically (complex doubles) at
 * several seeded points for the free variables. Nothing from the response is ever evaluated as
 * code; the evaluator only walks the MathJSON tree, with size limits on every exact operation.
 */
import { ComputeEngine } from "@cortex-js/compute-engine";
import { replaceCommand, TEXT_NAME } from "./normalize.js";
import type { Rational } from "./rational.js";
import * as Q from "./rational.js";

export type Json = number | string | Json[] | { num: string } | { [key: string]: unknown };

/** Longest scalar expression handed to the LaTeX parser (characters). */
export const MAX_SCALAR_CHARS = 1000;
/** Deepest bracket nesting handed to the LaTeX parser. */
export const MAX_NESTING = 40;

let engine: ComputeEngine | undefined;
function ce(): ComputeEngine {
  engine ??= new ComputeEngine();
  return engine;
}

/**
 * Creates the Compute Engine if needed (about 0.5 s of CPU, once per process). Verifiers call
 * this before starting their clock, so the one-time start-up never eats a time budget.
 */
export function ensureEngine(): void {
  if (engine) return;
  ce().parse("x+1", { form: "raw" });
}

const parseCache = new Map<string, Json | null>();
const CACHE_LIMIT = 5000;

/** Bracket nesting depth of a LaTeX string (linear scan). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 40 || c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 41 || c === 93) {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}

function hasError(json: Json): boolean {
  if (Array.isArray(json)) {
    if (json[0] === "Error") return true;
    for (const part of json) if (hasError(part)) return true;
  }
  return false;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * How letters reach the CAS. Adjacent letters in math mode are a product of single-letter
 * variables (`mv^2` is m·v², as TeX and the Compute Engine read it); a multi-letter `\text{}`
 * name (`\text{Evelyn}`) is one symbol, so `\text{speed}` is not `\text{spede}`. Any other
 * `\text{}` is unwrapped, as the string comparisons do.
 */
export function casLatex(latex: string): string {
  let s = latex.includes("[") ? bracketsAsParens(latex) : latex;
  if (s.includes("\\")) s = s.replace(ACCENTED, accentedName);
  if (!s.includes("\\text")) return s;
  return replaceCommand(s, "\\text", (inner) =>
    // The prefix keeps names apart from what the CAS knows (`\text{Pi}` is not π).
    TEXT_NAME.test(inner) ? `\\operatorname{txt${inner.trim()}}` : inner,
  );
}

/**
 * Square brackets in a scalar group, as parentheses do (`\frac{1}{[x+1]}`, `2[x+1]`,
 * `[a-b]^{5/2}`): the CAS would read them as a list. The index of `\sqrt[3]{x}` stays. Brackets
 * that do not pair up are left alone (the CAS then refuses the expression).
 */
function bracketsAsParens(latex: string): string {
  const out = [...latex];
  const open: number[] = [];
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i];
    if (c === "\\") {
      const command = /^\\([a-zA-Z]+)\s*/.exec(latex.slice(i, i + 40));
      if (command?.[1] === "sqrt" && latex[i + command[0].length] === "[") {
        i = latex.indexOf("]", i);
        if (i < 0) return latex;
        continue;
      }
      i += command ? command[0].length - 1 : 1; // \[ and \] are not brackets
    } else if (c === "[") {
      open.push(i);
    } else if (c === "]") {
      const at = open.pop();
      if (at === undefined) return latex;
      out[at] = "(";
      out[i] = ")";
    }
  }
  return open.length === 0 ? out.join("") : latex;
}

/**
 * An accent over one letter (`\dot{x}`, `\hat p`, `\bar{\theta}`, `\vec{v}`) names a quantity of
 * its own: one symbol for the CAS, which would otherwise read `\dot{x}_0` as a product with 0
 * and `\bar{x}` as a mean. `\overline` is not among them (`0.\overline{3}` repeats digits).
 */
const ACCENTED =
  /\\(dot|ddot|hat|widehat|bar|tilde|widetilde|vec|check|breve)(?![a-zA-Z])\s*(?:\{\s*(\\[a-zA-Z]+|[a-zA-Z])\s*\}|(\\[a-zA-Z]+|[a-zA-Z](?![a-zA-Z])))/g;

function accentedName(_match: string, accent: string, braced?: string, bare?: string): string {
  const base = (braced ?? bare ?? "").replace("\\", "");
  return `\\operatorname{acc${accent}${base}}`;
}

/** MathJSON for a LaTeX scalar, or null when it is too large, too deep or does not parse. */
export function parseLatex(latex: string): Json | null {
  const cached = parseCache.get(latex);
  if (cached !== undefined) return cached;
  let result: Json | null = null;
  if (latex.length <= 40 && PLAIN_NUMBER.test(latex)) {
    // Plain numbers skip the LaTeX parser (most answers are integers).
    const neg = latex.startsWith("-");
    const body = latex.replace(/^[+-]/, "");
    const leaf: Json = body.length > 15 ? { num: body } : Number(body);
    result = neg ? ["Negate", leaf] : leaf;
  } else if (
    latex.length <= MAX_SCALAR_CHARS &&
    nestingDepth(latex) <= MAX_NESTING &&
    // Long runs of signs ("------1") make the parser recurse once per sign.
    !/(?:[-+]\s*){10}/.test(latex)
  ) {
    try {
      const json = ce().parse(casLatex(latex), { form: "raw" }).json as Json;
      result = hasError(json) ? null : json;
    } catch {
      result = null; // stack overflow or a parser bug: treated as unparseable
    }
  }
  if (parseCache.size >= CACHE_LIMIT) parseCache.clear();
  parseCache.set(latex, result);
  return result;
}

/**
 * Whether the CAS puts both expressions in the same canonical form (reordered products and
 * sums, and so on). Only for short inputs without large numbers, where canonicalisation is
 * cheap; used when numeric evaluation is not possible (sums, integrals).
 */
const canonicalCache = new Map<string, boolean>();

export function canonicalSame(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  const cached = canonicalCache.get(key);
  if (cached !== undefined) return cached;
  const result = canonicalSameUncached(a, b);
  if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
  canonicalCache.set(key, result);
  return result;
}

function canonicalSameUncached(a: string, b: string): boolean {
  const small = (s: string) => s.length <= 300 && nestingDepth(s) <= 12 && !/\d{7}/.test(s);
  if (!small(a) || !small(b)) return false;
  if (parseLatex(a) === null || parseLatex(b) === null) return false;
  try {
    const x = ce().parse(casLatex(a));
    const y = ce().parse(casLatex(b));
    return x.isValid && y.isValid && x.isSame(y);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- exact evaluation

const MAX_FACTORIAL = 3000;

function head(json: Json): string | null {
  return Array.isArray(json) && typeof json[0] === "string" ? json[0] : null;
}

function args(json: Json): Json[] {
  return Array.isArray(json) ? json.slice(1) : [];
}

function numberLeaf(json: Json): Rational | null {
  if (typeof json === "number") {
    if (!Number.isFinite(json)) return null;
    return Q.parseDecimal(String(json));
  }
  if (json && typeof json === "object" && !Array.isArray(json) && typeof json.num === "string") {
    return Q.parseDecimal(json.num.replace(/\.\.\.$/, ""));
  }
  return null;
}

/** 918\frac{1}{2} is a mixed number (918.5), as NeMo-Skills and Math-Verify read it. */
function mixedNumber(json: Json): Rational | null {
  if (head(json) !== "InvisibleOperator") return null;
  const a = args(json);
  if (a.length !== 2 || head(a[1] as Json) !== "Divide") return null;
  const whole = numberLeaf(a[0] as Json);
  const fa = args(a[1] as Json);
  const p = numberLeaf(fa[0] as Json);
  const q = numberLeaf(fa[1] as Json);
  if (!whole || !Q.isInteger(whole) || !p || !q || !Q.isInteger(p) || !Q.isInteger(q)) return null;
  const f = Q.div(p, q);
  if (!f) return null;
  return whole.n < 0n ? Q.add(whole, Q.neg(f)) : Q.add(whole, f);
}

const exactCache = new WeakMap<object, Rational | null>();

/** The exact value of a MathJSON expression, or null when it is not an exact rational. */
export function exactValue(json: Json, budget: Budget): Rational | null {
  if (budget.expired()) return null;
  if (typeof json !== "object" || json === null) return exactUncached(json, budget);
  const cached = exactCache.get(json);
  if (cached !== undefined) return cached;
  const value = exactUncached(json, budget);
  // A value cut short by the budget is not cached (it may be exact given more time).
  if (!budget.expired()) exactCache.set(json, value);
  return value;
}

function exactUncached(json: Json, budget: Budget): Rational | null {
  const leaf = numberLeaf(json);
  if (leaf) return leaf;
  const h = head(json);
  if (!h) return null;
  const a = args(json);
  switch (h) {
    case "Delimiter":
      return a.length >= 1 && (a.length === 1 || typeof a[1] === "string")
        ? exactValue(a[0] as Json, budget)
        : null;
    case "Rational":
    case "Divide": {
      if (a.length !== 2) return null;
      const x = exactValue(a[0] as Json, budget);
      const y = x && exactValue(a[1] as Json, budget);
      return x && y ? Q.div(x, y) : null;
    }
    case "Add":
    case "Subtract": {
      let acc: Rational | null = null;
      for (const [i, part] of a.entries()) {
        const v = exactValue(part, budget);
        if (!v) return null;
        const term = h === "Subtract" && i > 0 ? Q.neg(v) : v;
        acc = acc ? Q.add(acc, term) : term;
        if (!acc) return null;
      }
      return acc;
    }
    case "Negate": {
      const v = a.length === 1 ? exactValue(a[0] as Json, budget) : null;
      return v ? Q.neg(v) : null;
    }
    case "Multiply":
    case "InvisibleOperator": {
      const mixed = mixedNumber(json);
      if (mixed) return mixed;
      let acc: Rational | null = Q.ONE;
      for (const part of a) {
        const v = exactValue(part, budget);
        if (!v || !acc) return null;
        acc = Q.mul(acc, v);
      }
      return acc;
    }
    case "Power": {
      if (a.length !== 2) return null;
      const base = exactValue(a[0] as Json, budget);
      const exp = base && exactValue(a[1] as Json, budget);
      if (!base || !exp) return null;
      if (Q.isInteger(exp)) return Q.powInt(base, exp.n);
      // Rational exponent p/q: exact only when the q-th root is exact.
      if (exp.d > 64n) return null;
      const root = Q.rootExact(base, Number(exp.d));
      return root ? Q.powInt(root, exp.n) : null;
    }
    case "Sqrt": {
      const v = a.length === 1 ? exactValue(a[0] as Json, budget) : null;
      return v && v.n >= 0n ? Q.rootExact(v, 2) : null;
    }
    case "Root": {
      const v = a.length === 2 ? exactValue(a[0] as Json, budget) : null;
      const k = v && exactValue(a[1] as Json, budget);
      if (!v || !k || !Q.isInteger(k) || k.n < 1n || k.n > 64n) return null;
      return Q.rootExact(v, Number(k.n));
    }
    case "Abs": {
      const v = a.length === 1 ? exactValue(a[0] as Json, budget) : null;
      return v ? { n: v.n < 0n ? -v.n : v.n, d: v.d } : null;
    }
    case "Factorial": {
      const v = a.length === 1 ? exactValue(a[0] as Json, budget) : null;
      if (!v || !Q.isInteger(v) || v.n < 0n || v.n > BigInt(MAX_FACTORIAL)) return null;
      let p = 1n;
      for (let i = 2n; i <= v.n; i++) p *= i;
      return Q.rat(p);
    }
    case "Binomial": {
      const n = a.length === 2 ? exactValue(a[0] as Json, budget) : null;
      const k = n && exactValue(a[1] as Json, budget);
      if (!n || !k || !Q.isInteger(n) || !Q.isInteger(k) || n.n < 0n || n.n > 100_000n) return null;
      if (k.n < 0n || k.n > n.n) return Q.ZERO;
      // BigInt has no Math.min: the smaller of k and n - k.
      let kk = k.n;
      if (n.n - k.n < kk) kk = n.n - k.n;
      // Result size is about kk·log2(n) bits; keep the product loop small.
      if (kk > 5_000n || Number(kk) * Math.log2(Number(n.n) + 1) > 60_000) return null;
      let r = 1n;
      for (let i = 1n; i <= kk; i++) r = (r * (n.n - kk + i)) / i;
      return Q.rat(r);
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------- numeric evaluation

/** A complex number as [re, im]. */
export type C = [number, number];
const NAN: C = [Number.NaN, Number.NaN];

function cadd(a: C, b: C): C {
  return [a[0] + b[0], a[1] + b[1]];
}
function cmul(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}
function cdiv(a: C, b: C): C {
  const den = b[0] * b[0] + b[1] * b[1];
  if (den === 0) return NAN;
  return [(a[0] * b[0] + a[1] * b[1]) / den, (a[1] * b[0] - a[0] * b[1]) / den];
}
function cabs(a: C): number {
  return Math.hypot(a[0], a[1]);
}
function clog(a: C): C {
  return [Math.log(cabs(a)), Math.atan2(a[1], a[0])];
}
function cexp(a: C): C {
  const m = Math.exp(a[0]);
  return a[1] === 0 ? [m, 0] : [m * Math.cos(a[1]), m * Math.sin(a[1])];
}
function cpow(a: C, b: C): C {
  if (a[1] === 0 && b[1] === 0) {
    const r = a[0] ** b[0];
    if (!Number.isNaN(r)) return [r, 0];
  }
  if (a[0] === 0 && a[1] === 0) return b[0] > 0 ? [0, 0] : NAN;
  if (b[1] === 0 && Number.isInteger(b[0]) && Math.abs(b[0]) <= 64) {
    let r: C = [1, 0];
    for (let i = 0; i < Math.abs(b[0]); i++) r = cmul(r, a);
    return b[0] < 0 ? cdiv([1, 0], r) : r;
  }
  return cexp(cmul(b, clog(a)));
}
function csqrt(a: C): C {
  if (a[1] === 0) return a[0] >= 0 ? [Math.sqrt(a[0]), 0] : [0, Math.sqrt(-a[0])];
  const r = cabs(a);
  const re = Math.sqrt((r + a[0]) / 2);
  const im = Math.sign(a[1]) * Math.sqrt((r - a[0]) / 2);
  return [re, im];
}
function real(f: (x: number) => number): (a: C) => C {
  return (a) => (Math.abs(a[1]) > 1e-12 * Math.max(1, Math.abs(a[0])) ? NAN : [f(a[0]), 0]);
}
function gamma(x: number): number {
  if (Number.isInteger(x)) {
    if (x <= 0) return Number.NaN;
    if (x > 171) return Number.POSITIVE_INFINITY;
    let p = 1;
    for (let i = 2; i < x; i++) p *= i;
    return p;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  // Lanczos approximation (g = 7).
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  const y = x - 1;
  let s = c[0] as number;
  for (let i = 1; i < g + 2; i++) s += (c[i] as number) / (y + i);
  const t = y + g + 0.5;
  return Math.sqrt(2 * Math.PI) * t ** (y + 0.5) * Math.exp(-t) * s;
}

const UNARY: Record<string, (a: C) => C> = {
  Sin: (a) =>
    a[1] === 0
      ? [Math.sin(a[0]), 0]
      : [Math.sin(a[0]) * Math.cosh(a[1]), Math.cos(a[0]) * Math.sinh(a[1])],
  Cos: (a) =>
    a[1] === 0
      ? [Math.cos(a[0]), 0]
      : [Math.cos(a[0]) * Math.cosh(a[1]), -Math.sin(a[0]) * Math.sinh(a[1])],
  Tan: (a) => cdiv(UNARY.Sin?.(a) ?? NAN, UNARY.Cos?.(a) ?? NAN),
  Cot: (a) => cdiv(UNARY.Cos?.(a) ?? NAN, UNARY.Sin?.(a) ?? NAN),
  Sec: (a) => cdiv([1, 0], UNARY.Cos?.(a) ?? NAN),
  Csc: (a) => cdiv([1, 0], UNARY.Sin?.(a) ?? NAN),
  Arcsin: real(Math.asin),
  Arccos: real(Math.acos),
  Arctan: real(Math.atan),
  Arccot: real((x) => Math.atan(1 / x)),
  Sinh: real(Math.sinh),
  Cosh: real(Math.cosh),
  Tanh: real(Math.tanh),
  Exp: cexp,
  Ln: (a) => (a[0] === 0 && a[1] === 0 ? NAN : clog(a)),
  Lb: (a) => cdiv(clog(a), [Math.LN2, 0]),
  Lg: (a) => cdiv(clog(a), [Math.LN10, 0]),
  Sqrt: csqrt,
  Abs: (a) => [cabs(a), 0],
  Floor: real(Math.floor),
  Ceil: real(Math.ceil),
  Factorial: real((x) => gamma(x + 1)),
  Conjugate: (a) => [a[0], -a[1]],
};

const CONSTANTS: Record<string, C> = {
  Pi: [Math.PI, 0],
  ExponentialE: [Math.E, 0],
  e: [Math.E, 0],
  ImaginaryUnit: [0, 1],
  i: [0, 1],
  GoldenRatio: [(1 + Math.sqrt(5)) / 2, 0],
  PositiveInfinity: [Number.POSITIVE_INFINITY, 0],
  NegativeInfinity: [Number.NEGATIVE_INFINITY, 0],
};

/** The free symbols of an expression (constants excluded), in first-seen order. */
export function freeSymbols(json: Json, into: Set<string> = new Set()): Set<string> {
  if (typeof json === "string") {
    if (!(json in CONSTANTS) && !json.startsWith("'")) into.add(json);
  } else if (Array.isArray(json)) {
    for (let i = 1; i < json.length; i++) freeSymbols(json[i] as Json, into);
    const h = json[0];
    if (Array.isArray(h)) freeSymbols(h, into);
  }
  return into;
}

/** The value of an expression with the free symbols bound by `env`; NaN parts when undefined. */
export function numericValue(json: Json, env: Map<string, C>, budget: Budget): C {
  if (budget.expired()) return NAN;
  if (typeof json === "number") return [json, 0];
  if (typeof json === "string") {
    const c = CONSTANTS[json];
    if (c) return c;
    return env.get(json) ?? NAN;
  }
  const leaf = numberLeaf(json);
  if (leaf) return [Q.toNumber(leaf), 0];
  const h = head(json);
  if (!h) return NAN;
  const a = args(json);
  const v = (i: number): C => numericValue(a[i] as Json, env, budget);
  switch (h) {
    case "Delimiter":
      return a.length === 1 || (a.length === 2 && typeof a[1] === "string") ? v(0) : NAN;
    case "Add": {
      let acc: C = [0, 0];
      for (let i = 0; i < a.length; i++) acc = cadd(acc, v(i));
      return acc;
    }
    case "Subtract": {
      let acc = v(0);
      for (let i = 1; i < a.length; i++) {
        const t = v(i);
        acc = [acc[0] - t[0], acc[1] - t[1]];
      }
      return acc;
    }
    case "Negate": {
      const t = v(0);
      return [-t[0], -t[1]];
    }
    case "Multiply":
    case "InvisibleOperator": {
      const mixed = mixedNumber(json);
      if (mixed) return [Q.toNumber(mixed), 0];
      let acc: C = [1, 0];
      for (let i = 0; i < a.length; i++) acc = cmul(acc, v(i));
      return acc;
    }
    case "Divide":
    case "Rational":
      return cdiv(v(0), v(1));
    case "Power": {
      const base = v(0);
      const exp = v(1);
      // Odd roots of negative reals stay real: (-8)^(1/3) = -2.
      if (base[1] === 0 && exp[1] === 0 && base[0] < 0) {
        const ex = exactValue(a[1] as Json, budget);
        if (ex && ex.d % 2n === 1n && ex.d !== 1n) {
          const r = Math.abs(base[0]) ** Math.abs(Q.toNumber(ex));
          const signed = ex.n % 2n === 0n ? r : -r;
          return [ex.n < 0n ? 1 / signed : signed, 0];
        }
      }
      return cpow(base, exp);
    }
    case "Root": {
      const x = v(0);
      const k = v(1);
      if (x[1] === 0 && k[1] === 0 && x[0] < 0 && Number.isInteger(k[0]) && k[0] % 2 === 1) {
        return [-(Math.abs(x[0]) ** (1 / k[0])), 0];
      }
      return cpow(x, cdiv([1, 0], k));
    }
    case "Log": {
      const x = v(0);
      const base: C = a.length > 1 ? v(1) : [10, 0];
      return cdiv(clog(x), clog(base));
    }
    case "Binomial": {
      const n = v(0);
      const k = v(1);
      if (n[1] !== 0 || k[1] !== 0) return NAN;
      return [gamma(n[0] + 1) / (gamma(k[0] + 1) * gamma(n[0] - k[0] + 1)), 0];
    }
    default: {
      const f = UNARY[h];
      if (f && a.length === 1) return f(v(0));
      return NAN;
    }
  }
}

// ---------------------------------------------------------------- budget

export interface Budget {
  readonly deadline: number;
  expired(): boolean;
}

export function budget(timeoutMs: number): Budget {
  const deadline = performance.now() + timeoutMs;
  let calls = 0;
  let dead = false;
  return {
    deadline,
    expired() {
      if (dead) return true;
      // Reading the clock costs more than the check; look every 64 calls.
      if ((++calls & 63) === 0 && performance.now() > deadline) dead = true;
      return dead;
    },
  };
}

export function checkNow(b: Budget): boolean {
  return performance.now() > b.deadline;
}
