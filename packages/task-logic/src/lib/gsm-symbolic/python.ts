/**
 * The Python semantics Reasoning Gym's GSM-Symbolic templates rely on, so that the TypeScript
 * templates compute and print exactly what the Python ones do: `random.Random`'s drawing
 * methods, floor division and modulo, `round` and `format(x, ".2f")` (correctly rounded, ties to
 * even), `repr(float)`, thousands separators, `fractions.Fraction`, and Reasoning Gym's
 * `format_number` / `is_integer` (reasoning_gym/utils.py).
 */
import type { Rng } from "@prorl/core";
import { pyFloatRepr } from "../numbers.js";

/** The `random.Random` methods the templates call; numbers are Python ints where ints are drawn. */
export interface PyRandom {
  choice<T>(items: readonly T[]): T;
  /** a..b, both included. */
  randint(a: number, b: number): number;
  /** start, start + step, ... below stop; `randrange(stop)` starts at 0. */
  randrange(start: number, stop?: number, step?: number): number;
  /** k distinct items in selection order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** a + (b - a) * random(). */
  uniform(a: number, b: number): number;
}

/** How many values `range(start, stop, step)` has (Python's randrange raises on none). */
function rangeLength(start: number, stop: number, step: number): number {
  if (step === 0) throw new RangeError("zero step for randrange()");
  const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
  if (n <= 0) throw new RangeError(`empty range for randrange(${start}, ${stop}, ${step})`);
  return n;
}

/** `random.Random`'s methods over prorl's seeded stream (the draws differ from Python's). */
export function pyRandom(rng: Rng): PyRandom {
  return {
    choice: (items) => rng.pick(items),
    randint: (a, b) => rng.int(a, b),
    randrange(start, stop, step = 1) {
      const [from, to] = stop === undefined ? [0, start] : [start, stop];
      return from + step * rng.int(0, rangeLength(from, to, step) - 1);
    },
    sample: (items, k) => rng.sample(items, k),
    uniform: (a, b) => a + (b - a) * rng.float(),
  };
}

/** Python's `a // b`: the quotient rounded toward minus infinity. */
export function floorDiv(a: number, b: number): number {
  if (b === 0) throw new RangeError("division by zero");
  return Math.floor(a / b);
}

/** Python's `a % b`: the remainder takes the divisor's sign. */
export function mod(a: number, b: number): number {
  if (b === 0) throw new RangeError("modulo by zero");
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** Whether |x| lies exactly halfway between two multiples of 10^-digits: x·2^(digits+1) is odd. */
function isExactTie(x: number, digits: number): boolean {
  const scaled = Math.abs(x) * 2 ** (digits + 1);
  return Number.isInteger(scaled) && scaled % 2 === 1;
}

/**
 * Python's `format(x, f".{digits}f")`: the exact binary value correctly rounded, exact ties to
 * even (JavaScript's toFixed rounds ties away from zero).
 */
export function fixed(x: number, digits: number): string {
  if (!isExactTie(x, digits)) return x.toFixed(digits);
  // |x|·10^digits = odd·5^digits / 2: the two neighbours are (odd·5^d ∓ 1) / 2.
  const twice = BigInt(Math.abs(x) * 2 ** (digits + 1)) * 5n ** BigInt(digits);
  const lower = (twice - 1n) / 2n;
  const even = lower % 2n === 0n ? lower : lower + 1n;
  const text = even.toString().padStart(digits + 1, "0");
  const body =
    digits === 0 ? text : `${text.slice(0, text.length - digits)}.${text.slice(-digits)}`;
  return x < 0 ? `-${body}` : body;
}

/** Python's `round(x)` (an int, ties to even) and `round(x, digits)` (a float). */
export function pyRound(x: number, digits?: number): number {
  if (digits === undefined) {
    const floor = Math.floor(x);
    const rest = x - floor;
    if (rest !== 0.5) return rest < 0.5 ? floor : floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
  }
  return Number.isInteger(x) ? x : Number(fixed(x, digits));
}

/** Python's `repr` of a float ("12.0", "0.25"). */
export const floatRepr = pyFloatRepr;

/** Python's `format(x, ",")`: the number's text with its integer digits grouped by commas. */
export function commas(text: string): string {
  const match = /^(-?)(\d+)(.*)$/.exec(text);
  if (!match) return text;
  const [, sign, digits = "", rest] = match;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${rest}`;
}

/** Python's `format(x, f".{digits}%")`: x·100 in fixed notation and a percent sign. */
export function percent(x: number, digits: number): string {
  return `${fixed(x * 100, digits)}%`;
}

/** Python's `sum` of numbers. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Python's `list(range(start, stop, step))`. */
export function range(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  const out: number[] = [];
  for (let value = from; step > 0 ? value < to : value > to; value += step) out.push(value);
  return out;
}

/** Python's `items[index]`, negative indices from the end; raises like IndexError. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index < 0 ? items.length + index : index];
  if (item === undefined) throw new RangeError(`list index ${index} out of range`);
  return item;
}

/** Python's `table[key]`; raises like KeyError. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T {
  if (!Object.hasOwn(table, key)) throw new RangeError(`key ${key} not found`);
  return table[key] as T;
}

/** Python's `math.gcd`. */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Python's `eval` of the templates' fraction literals ("3/4"): the float quotient. */
export function fractionValue(text: string): number {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) throw new RangeError(`not a fraction literal: ${text}`);
  return Number(match[1]) / Number(match[2]);
}

/** Python's `fractions.Fraction` over integers small enough for exact doubles. */
export class Fraction {
  readonly numerator: number;
  readonly denominator: number;

  constructor(numerator: number, denominator = 1) {
    if (!Number.isInteger(numerator) || !Number.isInteger(denominator)) {
      throw new RangeError(`Fraction(${numerator}, ${denominator}) needs integers`);
    }
    if (denominator === 0) throw new RangeError("Fraction with denominator 0");
    const divisor = gcd(numerator, denominator) * Math.sign(denominator);
    this.numerator = numerator / divisor + 0;
    this.denominator = denominator / divisor;
  }

  /** Fraction(n) for an int, or the fraction itself. */
  static of(value: number | Fraction): Fraction {
    return value instanceof Fraction ? value : new Fraction(value);
  }

  /** Fraction("3/4") or Fraction("5"). */
  static parse(text: string): Fraction {
    const match = /^\s*(-?\d+)(?:\/(\d+))?\s*$/.exec(text);
    if (!match) throw new RangeError(`Invalid literal for Fraction: ${text}`);
    return new Fraction(Number(match[1]), Number(match[2] ?? 1));
  }

  add(other: number | Fraction): Fraction {
    const o = Fraction.of(other);
    return new Fraction(
      this.numerator * o.denominator + o.numerator * this.denominator,
      this.denominator * o.denominator,
    );
  }

  sub(other: number | Fraction): Fraction {
    return this.add(Fraction.of(other).neg());
  }

  mul(other: number | Fraction): Fraction {
    const o = Fraction.of(other);
    return new Fraction(this.numerator * o.numerator, this.denominator * o.denominator);
  }

  div(other: number | Fraction): Fraction {
    const o = Fraction.of(other);
    return new Fraction(this.numerator * o.denominator, this.denominator * o.numerator);
  }

  neg(): Fraction {
    return new Fraction(-this.numerator, this.denominator);
  }

  /** Sign of this − other. */
  compare(other: number | Fraction): number {
    const o = Fraction.of(other);
    return Math.sign(this.numerator * o.denominator - o.numerator * this.denominator);
  }

  /** Python's `int(fraction)`: toward zero. */
  trunc(): number {
    return Math.trunc(this.numerator / this.denominator);
  }

  isInteger(): boolean {
    return this.denominator === 1;
  }

  /** Python's `float(fraction)`. */
  valueOf(): number {
    return this.numerator / this.denominator;
  }

  /** Python's `str(fraction)`: "3/4", or "3" for a whole number. */
  toString(): string {
    return this.denominator === 1 ? `${this.numerator}` : `${this.numerator}/${this.denominator}`;
  }
}

/** Reasoning Gym's `is_integer`: an int, a whole float or a Fraction with denominator 1. */
export function isInteger(value: number | Fraction): boolean {
  return value instanceof Fraction ? value.isInteger() : Number.isInteger(value);
}

/**
 * Reasoning Gym's `format_number(num)` with its defaults (at most two decimals, no rounding):
 * whole numbers print as ints; other floats print with their decimals, and a float that needs
 * more than two decimals raises, as RG's does.
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const repr = floatRepr(value);
  const decimals = repr.includes("e")
    ? Number.POSITIVE_INFINITY
    : (repr.split(".")[1] ?? "").length;
  if (decimals > 2) {
    throw new RangeError(`Number ${repr} requires ${decimals} decimals but only 2 allowed`);
  }
  return fixed(value, 2).replace(/0+$/, "").replace(/\.$/, "");
}
