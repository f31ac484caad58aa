/**
 * A safe arithmetic parser for model answers (countdown, puzzle24, ...): numbers, + - * /,
 * unary signs and parentheses, evaluated exactly over rationals (BigInt). Never evaluates
 * anything as code. Work is bounded on hostile input: the text length, the nesting depth and
 * the size of intermediate values are capped, and every cap makes the parse fail (null).
 */

/** An exact rational number n/d with d > 0 and gcd(n, d) = 1. */
export interface Rational {
  n: bigint;
  d: bigint;
}

export interface ArithmeticLimits {
  /** Longest accepted text, in characters. */
  maxLength?: number;
  /** Deepest accepted nesting of parentheses and unary signs. */
  maxDepth?: number;
  /** Largest accepted numerator or denominator, in bits. */
  maxBits?: number;
}

const DEFAULTS: Required<ArithmeticLimits> = { maxLength: 10_000, maxDepth: 100, maxBits: 4096 };

class ParseFailure extends Error {}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint, maxBits: number): Rational {
  if (d === 0n) throw new ParseFailure("division by zero");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  const r = g > 1n ? { n: n / g, d: d / g } : { n, d };
  const limit = 1n << BigInt(maxBits);
  if (r.n >= limit || -r.n >= limit || r.d >= limit) throw new ParseFailure("value too large");
  return r;
}

/**
 * Evaluates an arithmetic expression exactly; null when it does not parse, divides by zero,
 * or exceeds a limit.
 */
export function evaluateArithmetic(text: string, limits: ArithmeticLimits = {}): Rational | null {
  const { maxLength, maxDepth, maxBits } = { ...DEFAULTS, ...limits };
  if (text.length > maxLength) return null;
  let pos = 0;
  let depth = 0;

  let parens = 0;
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos] as string)) {
      // As in Python, a line break ends the expression unless it is inside parentheses.
      if (parens === 0 && (text[pos] === "\n" || text[pos] === "\r"))
        throw new ParseFailure("line break");
      pos++;
    }
  };
  const peek = (): string => {
    skipSpace();
    return text[pos] ?? "";
  };

  const number = (): Rational => {
    const start = pos;
    while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
    let intPart = text.slice(start, pos);
    let fracPart = "";
    if (text[pos] === ".") {
      pos++;
      const fracStart = pos;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
      fracPart = text.slice(fracStart, pos);
    }
    if (intPart.length === 0 && fracPart.length === 0) throw new ParseFailure("expected a number");
    // Python (and so RG's sympy parser) rejects integer literals with leading zeros ("05", not "00").
    if (text[pos - 1] !== "." && intPart.startsWith("0") && /[1-9]/.test(intPart))
      throw new ParseFailure("leading zero");
    if (intPart.length === 0) intPart = "0";
    if (intPart.length + fracPart.length > maxBits / 3) throw new ParseFailure("number too long");
    return make(BigInt(intPart + fracPart), 10n ** BigInt(fracPart.length), maxBits);
  };

  const primary = (): Rational => {
    const ch = peek();
    if (ch === "(") {
      if (++depth > maxDepth) throw new ParseFailure("too deep");
      pos++;
      parens++;
      const value = sum();
      if (peek() !== ")") throw new ParseFailure("expected )");
      parens--;
      pos++;
      depth--;
      return value;
    }
    return number();
  };

  const unary = (): Rational => {
    const ch = peek();
    if (ch === "-" || ch === "+") {
      if (++depth > maxDepth) throw new ParseFailure("too deep");
      pos++;
      const inner = unary();
      depth--;
      return ch === "-" ? { n: -inner.n, d: inner.d } : inner;
    }
    return primary();
  };

  const product = (): Rational => {
    let left = unary();
    for (;;) {
      const ch = peek();
      if (ch !== "*" && ch !== "/") return left;
      pos++;
      if (ch === "*" && text[pos] === "*") throw new ParseFailure("powers are not supported");
      const right = unary();
      left =
        ch === "*"
          ? make(left.n * right.n, left.d * right.d, maxBits)
          : make(left.n * right.d, left.d * right.n, maxBits);
    }
  };

  function sum(): Rational {
    let left = product();
    for (;;) {
      const ch = peek();
      if (ch !== "+" && ch !== "-") return left;
      pos++;
      const right = product();
      const n =
        ch === "+" ? left.n * right.d + right.n * left.d : left.n * right.d - right.n * left.d;
      left = make(n, left.d * right.d, maxBits);
    }
  }

  try {
    const value = sum();
    if (peek() !== "") return null;
    return value;
  } catch (error) {
    if (error instanceof ParseFailure || error instanceof RangeError) return null;
    throw error;
  }
}

/** True when the rational equals the integer. */
export function rationalEquals(value: Rational, integer: number | bigint): boolean {
  return value.d === 1n && value.n === BigInt(integer);
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * The integer literals of a text as Python's `re.findall(r"\b\d+\b", s)` finds them: maximal
 * digit runs not glued to a word character on either side ("1.5" gives 1 and 5).
 * Digit runs longer than 15 characters are returned as Infinity (never equal to a given number).
 */
export function integerLiterals(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch >= "0" && ch <= "9") {
      const start = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      const before = start > 0 ? (text[start - 1] as string) : "";
      const after = i < text.length ? (text[i] as string) : "";
      if (!(before && WORD.test(before)) && !(after && WORD.test(after))) {
        const digits = text.slice(start, i);
        out.push(digits.length > 15 ? Number.POSITIVE_INFINITY : Number(digits));
      }
    } else {
      i++;
    }
  }
  return out;
}

/** Whether two lists hold the same numbers with the same multiplicities. */
export function sameMultiset(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.every((v, i) => v === y[i]);
}
