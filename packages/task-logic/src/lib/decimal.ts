/**
 * A finite subset of Python's `decimal` module on bigint: values keep their exponent (so
 * "4.180" and "4.18" print differently, as in Python), arithmetic rounds half-even to a context
 * precision with Python's exponent rules, and `toString` is Decimal's `__str__`.
 * Special values (NaN, Infinity) are not represented: parsing them returns null.
 */

import { pyStrip } from "./text.js";

/** sign × coefficient × 10^exponent; coefficient ≥ 0. */
export interface Dec {
  negative: boolean;
  coefficient: bigint;
  exponent: number;
}

const DECIMAL = /^([+-]?)(\d+(?:_\d+)*)?(?:\.(\d+(?:_\d+)*)?)?(?:[eE]([+-]?\d+(?:_\d+)*))?$/;
/** Exponents past ±5000 are refused (Python reads them; aligning 10^5000 already costs bigint work). */
const MAX_EXPONENT = 5_000;
/** Coefficients past this many digits are refused (BigInt parsing is not linear in V8). */
const MAX_DIGITS = 20_000;

/** Python's `Decimal(text)` for finite values (surrounding whitespace and `_` allowed); else null. */
export function parseDec(text: string): Dec | null {
  const s = pyStrip(text);
  if (s.length > MAX_DIGITS + 40) return null;
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const whole = (m[2] ?? "").replaceAll("_", "");
  const frac = (m[3] ?? "").replaceAll("_", "");
  if (whole.length + frac.length === 0) return null;
  const exp = m[4] === undefined ? 0 : Number(m[4].replaceAll("_", ""));
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > MAX_EXPONENT) return null;
  return {
    negative: m[1] === "-",
    coefficient: BigInt(whole + frac),
    exponent: exp - frac.length,
  };
}

const digitCount = (c: bigint) => (c === 0n ? 1 : c.toString().length);

/** Decimal's `_fix`: rounds the coefficient half-even to `precision` digits. */
export function roundDec(d: Dec, precision: number): Dec {
  const excess = digitCount(d.coefficient) - precision;
  if (excess <= 0) return d;
  const scale = 10n ** BigInt(excess);
  let kept = d.coefficient / scale;
  const rest = d.coefficient % scale;
  const twice = rest * 2n;
  if (twice > scale || (twice === scale && kept % 2n === 1n)) kept += 1n;
  let exponent = d.exponent + excess;
  if (digitCount(kept) > precision) {
    kept /= 10n;
    exponent += 1;
  }
  return { negative: d.negative, coefficient: kept, exponent };
}

const signed = (d: Dec) => (d.negative ? -d.coefficient : d.coefficient);

function fromSigned(value: bigint, exponent: number, negativeZero = false): Dec {
  if (value === 0n) return { negative: negativeZero, coefficient: 0n, exponent };
  return { negative: value < 0n, coefficient: value < 0n ? -value : value, exponent };
}

/** The coefficient of `d` scaled to the (smaller or equal) exponent `exponent`. */
const alignTo = (d: Dec, exponent: number) => signed(d) * 10n ** BigInt(d.exponent - exponent);

/** a + b, rounded to `precision` digits (a zero sum is positive, as under ROUND_HALF_EVEN). */
export function addDec(a: Dec, b: Dec, precision: number): Dec {
  const exponent = Math.min(a.exponent, b.exponent);
  const both = a.negative && b.negative;
  return roundDec(
    fromSigned(alignTo(a, exponent) + alignTo(b, exponent), exponent, both),
    precision,
  );
}

export const negateDec = (d: Dec): Dec => ({ ...d, negative: !d.negative });

export const subDec = (a: Dec, b: Dec, precision: number) => addDec(a, negateDec(b), precision);

export function mulDec(a: Dec, b: Dec, precision: number): Dec {
  return roundDec(
    {
      negative: a.negative !== b.negative,
      coefficient: a.coefficient * b.coefficient,
      exponent: a.exponent + b.exponent,
    },
    precision,
  );
}

/**
 * a / b as Python's Decimal divides: correctly rounded to `precision` digits, and an exact
 * quotient keeps as few trailing zeros as the ideal exponent (a.exponent - b.exponent) allows.
 * Null for division by zero (Python raises DivisionByZero or InvalidOperation).
 */
export function divDec(a: Dec, b: Dec, precision: number): Dec | null {
  if (b.coefficient === 0n) return null;
  const negative = a.negative !== b.negative;
  const ideal = a.exponent - b.exponent;
  if (a.coefficient === 0n) return { negative, coefficient: 0n, exponent: ideal };
  const shift = digitCount(b.coefficient) - digitCount(a.coefficient) + precision + 1;
  let exponent = ideal - shift;
  const [num, den] =
    shift >= 0
      ? [a.coefficient * 10n ** BigInt(shift), b.coefficient]
      : [a.coefficient, b.coefficient * 10n ** BigInt(-shift)];
  let coefficient = num / den;
  if (num % den !== 0n) {
    // Inexact: a last digit of 0 or 5 is nudged so half-even rounding sees the remainder.
    if (coefficient % 5n === 0n) coefficient += 1n;
  } else {
    while (exponent < ideal && coefficient % 10n === 0n) {
      coefficient /= 10n;
      exponent += 1;
    }
  }
  return roundDec({ negative, coefficient, exponent }, precision);
}

/** Decimal's `__str__` (to-sci-string): plain unless the exponent is positive or the value tiny. */
export function decToString(d: Dec): string {
  const digits = d.coefficient.toString();
  const leftDigits = d.exponent + digits.length;
  const dotPlace = d.exponent <= 0 && leftDigits > -6 ? leftDigits : 1;
  let intPart: string;
  let fracPart: string;
  if (dotPlace <= 0) {
    intPart = "0";
    fracPart = `.${"0".repeat(-dotPlace)}${digits}`;
  } else if (dotPlace >= digits.length) {
    intPart = digits + "0".repeat(dotPlace - digits.length);
    fracPart = "";
  } else {
    intPart = digits.slice(0, dotPlace);
    fracPart = `.${digits.slice(dotPlace)}`;
  }
  const exp =
    leftDigits === dotPlace
      ? ""
      : `E${leftDigits - dotPlace >= 0 ? "+" : ""}${leftDigits - dotPlace}`;
  return `${d.negative ? "-" : ""}${intPart}${fracPart}${exp}`;
}

/** Sign of a - b, exactly. */
export function compareDec(a: Dec, b: Dec): number {
  const exponent = Math.min(a.exponent, b.exponent);
  const diff = alignTo(a, exponent) - alignTo(b, exponent);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** |a - b| ≤ 10^-places, exactly (Python computes the difference rounded to its context). */
export function withinDec(a: Dec, b: Dec, places: number): boolean {
  const exponent = Math.min(a.exponent, b.exponent, -places);
  let diff = alignTo(a, exponent) - alignTo(b, exponent);
  if (diff < 0n) diff = -diff;
  return diff <= 10n ** BigInt(-places - exponent);
}

/** Decimal's `adjusted()`: the exponent of the most significant digit. */
export const adjustedDec = (d: Dec) => d.exponent + digitCount(d.coefficient) - 1;

/** Decimal's `quantize(Decimal("1e<exponent>"))` under ROUND_HALF_EVEN (precision unbounded). */
export function quantizeDec(d: Dec, exponent: number): Dec {
  if (exponent <= d.exponent)
    return { ...d, coefficient: d.coefficient * 10n ** BigInt(d.exponent - exponent), exponent };
  const scale = 10n ** BigInt(exponent - d.exponent);
  let kept = d.coefficient / scale;
  const twice = (d.coefficient % scale) * 2n;
  if (twice > scale || (twice === scale && kept % 2n === 1n)) kept += 1n;
  return { negative: d.negative, coefficient: kept, exponent };
}
