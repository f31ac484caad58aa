import { pySplit, pySplitlines, pyStrip } from "@prorl/core";
import { isLosslessNumber, type LosslessNumber, parse } from "lossless-json";
import type { CompareMode } from "./example.js";

/**
 * Output comparison, as PRIME's `prime_code/testing_util.py` does it (read in verl's
 * `verl/utils/reward_score/prime_code/testing_util.py`), written again in TypeScript so the
 * expected outputs never enter the sandbox. Every function is linear in its input and never
 * throws.
 */

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Python's `float(text)` for ASCII input: surrounding whitespace, a sign, digits with single
 * underscores between them, a fraction, an exponent, or inf/infinity/nan in any case.
 * Returns null where Python raises ValueError.
 */
export function pyFloat(text: string): number | null {
  const s = pyStrip(text);
  let i = 0;
  let sign = "";
  if (s[0] === "+" || s[0] === "-") {
    sign = s[0] === "-" ? "-" : "";
    i = 1;
  }
  const word = s.slice(i).toLowerCase();
  if (word === "inf" || word === "infinity") return sign ? -Infinity : Infinity;
  if (word === "nan") return Number.NaN;
  const digits = (): string => {
    let out = "";
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (isDigit(c)) {
        out += s[i];
        i++;
      } else if (c === 95 && out !== "" && isDigit(s.charCodeAt(i + 1))) {
        i++; // "_" between two digits
      } else {
        break;
      }
    }
    return out;
  };
  const whole = digits();
  let fraction = "";
  if (s[i] === ".") {
    i++;
    fraction = digits();
  }
  if (whole === "" && fraction === "") return null;
  let exponent = "";
  if (s[i] === "e" || s[i] === "E") {
    i++;
    let expSign = "";
    if (s[i] === "+" || s[i] === "-") {
      expSign = s[i] as string;
      i++;
    }
    const expDigits = digits();
    if (expDigits === "") return null;
    exponent = `e${expSign}${expDigits}`;
  }
  if (i !== s.length) return null;
  return Number(`${sign}${whole || "0"}.${fraction || "0"}${exponent}`);
}

/** numpy.isclose(a, b) with its defaults (rtol 1e-5, atol 1e-8; NaN never equal). */
export function isClose(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

// Python's str.isdigit() on ASCII digits (PRIME's combined_int_check on strings).
function isDigitString(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Does what a program printed match the expected output of a stdin/stdout test?
 *
 * PRIME's rules, in order (the first that holds passes):
 *  1. the printed lines (Python `splitlines`) joined by "\n", stripped, equal the stripped
 *     expected text;
 *  2. the same with every printed line stripped first;
 *  3. the printed lines equal the expected lines (expected split on "\n", empty lines
 *     dropped, each stripped);
 *  4. the same after dropping empty printed lines;
 *  5. when those non-empty printed lines and the expected lines have the same count and are
 *     not all plain digit strings: every line parses as one Python float on both sides and
 *     they agree within numpy.allclose's tolerance (|a - b| <= 1e-8 + 1e-5 |b|).
 * PRIME's last step, a comparison of token sets, never takes effect in its code (its result
 * is computed after the verdict is recorded), so "prime" mode does not compare tokens.
 * "lenient" mode adds: 6. the whitespace-separated tokens of the whole output agree one by
 * one, each exactly or as floats within the same tolerance. "livecodebench" mode uses
 * LiveCodeBench's rules instead (`compareStdoutLiveCodeBench`).
 */
export function compareStdout(printed: string, expected: string, mode: CompareMode = "prime") {
  if (mode === "livecodebench") return compareStdoutLiveCodeBench(printed, expected);
  const lines = pySplitlines(printed);
  const want = pyStrip(expected);
  if (pyStrip(lines.join("\n")) === want) return true;
  if (pyStrip(lines.map(pyStrip).join("\n")) === want) return true;
  const expectedLines = expected
    .split("\n")
    .filter((line) => line.length > 0)
    .map(pyStrip);
  if (sameLines(lines, expectedLines)) return true;
  const nonEmpty = lines.filter((line) => line.length > 0);
  if (sameLines(nonEmpty, expectedLines)) return true;
  if (nonEmpty.length === expectedLines.length && nonEmpty.length > 0) {
    let allInts = true;
    for (let i = 0; i < nonEmpty.length && allInts; i++) {
      allInts = isDigitString(nonEmpty[i] as string) && isDigitString(expectedLines[i] as string);
    }
    if (!allInts && floatsAgree(nonEmpty, expectedLines)) return true;
  }
  if (mode === "lenient") {
    const got = pySplit(printed);
    const exp = pySplit(expected);
    if (got.length === exp.length) {
      let ok = true;
      for (let i = 0; i < got.length && ok; i++) {
        const a = got[i] as string;
        const b = exp[i] as string;
        if (a === b) continue;
        const fa = pyFloat(a);
        const fb = pyFloat(b);
        ok = fa !== null && fb !== null && isClose(fa, fb);
      }
      if (ok) return true;
    }
  }
  return false;
}

/** LiveCodeBench's `get_stripped_lines`: the text stripped, split on "\n", each line stripped. */
function strippedLines(text: string): string[] {
  return pyStrip(text).split("\n").map(pyStrip);
}

/**
 * LiveCodeBench's stdin/stdout rule (`grade_stdio` in `lcb_runner/evaluation/testing_util.py`):
 * the printed and expected texts have the same number of stripped lines, and each pair of lines
 * is equal, or both lines are whitespace-separated numbers that are equal as Python `Decimal`s
 * one by one (`1.0` = `1`, `1e3` = `1000`; NaN equals nothing).
 */
export function compareStdoutLiveCodeBench(printed: string, expected: string): boolean {
  const got = strippedLines(printed);
  const want = strippedLines(expected);
  if (got.length !== want.length) return false;
  for (let i = 0; i < got.length; i++) {
    const a = got[i] as string;
    const b = want[i] as string;
    if (a !== b && !decimalsAgree(pySplit(a), pySplit(b))) return false;
  }
  return true;
}

function decimalsAgree(got: readonly string[], want: readonly string[]): boolean {
  if (got.length !== want.length) return false;
  const parsed = (tokens: readonly string[]) => tokens.map(pyDecimal);
  const a = parsed(got);
  const b = parsed(want);
  // Python converts the whole line first: one token that is not a Decimal fails the line.
  if (a.includes(null) || b.includes(null)) return false;
  for (let i = 0; i < a.length; i++) {
    if (!decimalEqual(a[i] as PyDecimal, b[i] as PyDecimal)) return false;
  }
  return true;
}

/** A Python `Decimal` reduced to what `==` compares: sign, coefficient digits, exponent. */
export type PyDecimal =
  | { kind: "finite"; negative: boolean; digits: string; exponent: bigint }
  | { kind: "infinity"; negative: boolean }
  | { kind: "nan" };

/**
 * Python's `Decimal(text)` for ASCII digits, or null where it raises. As CPython, it strips the
 * text and drops every "_" first; then a sign, digits with an optional fraction and exponent,
 * or Inf / Infinity / NaN / sNaN (any case, NaN with optional payload digits). The value is
 * normalised: no leading or trailing zeros in the coefficient (trailing ones move into the
 * exponent), zero as "". (Python also reads other Unicode decimal digits; this does not.)
 */
export function pyDecimal(text: string): PyDecimal | null {
  const s = pyStrip(text).replaceAll("_", "");
  let i = 0;
  let negative = false;
  if (s[0] === "+" || s[0] === "-") {
    negative = s[0] === "-";
    i = 1;
  }
  const word = s.slice(i).toLowerCase();
  if (word === "inf" || word === "infinity") return { kind: "infinity", negative };
  if (/^s?nan\d*$/.test(word)) return { kind: "nan" };
  const whole = digitsFrom(s, i);
  i = whole.end;
  let fraction = "";
  if (s[i] === ".") {
    const part = digitsFrom(s, i + 1);
    fraction = part.digits;
    i = part.end;
  }
  if (whole.digits === "" && fraction === "") return null;
  let exponent = 0n;
  if (s[i] === "e" || s[i] === "E") {
    let sign = 1n;
    if (s[i + 1] === "+" || s[i + 1] === "-") {
      sign = s[i + 1] === "-" ? -1n : 1n;
      i++;
    }
    const part = digitsFrom(s, i + 1);
    if (part.digits === "") return null;
    exponent = sign * BigInt(part.digits);
    i = part.end;
  }
  if (i !== s.length) return null;
  return normalDecimal(negative, whole.digits + fraction, exponent - BigInt(fraction.length));
}

/** The run of ASCII digits starting at `from`, and where it ends. */
function digitsFrom(s: string, from: number): { digits: string; end: number } {
  let end = from;
  while (end < s.length && isDigit(s.charCodeAt(end))) end++;
  return { digits: s.slice(from, end), end };
}

function normalDecimal(negative: boolean, coefficient: string, exponent: bigint): PyDecimal {
  let start = 0;
  while (start < coefficient.length && coefficient[start] === "0") start++;
  let end = coefficient.length;
  while (end > start && coefficient[end - 1] === "0") end--;
  const digits = coefficient.slice(start, end);
  if (digits === "") return { kind: "finite", negative: false, digits: "", exponent: 0n };
  return {
    kind: "finite",
    negative,
    digits,
    exponent: exponent + BigInt(coefficient.length - end),
  };
}

/** Python's `Decimal.__eq__`: by value; NaN equals nothing (an sNaN makes LiveCodeBench fail). */
function decimalEqual(a: PyDecimal, b: PyDecimal): boolean {
  if (a.kind === "nan" || b.kind === "nan") return false;
  if (a.kind === "infinity" || b.kind === "infinity") {
    return a.kind === b.kind && a.negative === b.negative;
  }
  if (b.kind !== "finite") return false;
  return a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;
}

function floatsAgree(got: readonly string[], want: readonly string[]): boolean {
  for (let i = 0; i < got.length; i++) {
    const a = pyFloat(got[i] as string);
    const b = pyFloat(want[i] as string);
    if (a === null || b === null || !isClose(a, b)) return false;
  }
  return true;
}

// Python's json emits NaN / Infinity / -Infinity, which JSON parsers reject. Outside string
// literals they become number literals no real data uses: +-Infinity keep their value, NaN
// is recognised by its exact text and never equals anything, as in Python.
const NAN_TEXT = "-0.0e-7357913579135791357";
const INF_TEXT = "1e7357913579135791357";

function replaceNonFinite(text: string): string {
  let out = "";
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 78 && text.startsWith("NaN", i)) {
      out += text.slice(from, i) + NAN_TEXT;
      i += 2;
      from = i + 1;
    } else if (c === 73 && text.startsWith("Infinity", i)) {
      out += text.slice(from, i) + INF_TEXT;
      i += 7;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Python's json.loads, keeping integers exact. Throws on invalid JSON. */
export function parsePyJson(text: string): unknown {
  return parse(replaceNonFinite(text));
}

type Numeric = bigint | number;

function numeric(value: unknown): Numeric | null {
  if (typeof value === "boolean") return value ? 1n : 0n;
  if (isLosslessNumber(value)) {
    const text = (value as LosslessNumber).value;
    if (text === NAN_TEXT) return Number.NaN;
    if (/^-?\d+$/.test(text)) return BigInt(text);
    return Number(text);
  }
  return null;
}

function numericEqual(a: Numeric, b: Numeric): boolean {
  if (typeof a === "bigint" && typeof b === "bigint") return a === b;
  return Number(a) === Number(b);
}

/** Python `==` between two values that came from json.loads (bool == int, 1 == 1.0). */
export function pyEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (depth > 10_000) return false;
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null || nb !== null) return na !== null && nb !== null && numericEqual(na, nb);
  if (a === null || b === null) return a === b;
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEqual(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (ka.length !== kb.length) return false;
    const rb = b as Record<string, unknown>;
    for (const key of ka) {
      if (!Object.hasOwn(rb, key)) return false;
      if (!pyEqual((a as Record<string, unknown>)[key], rb[key], depth + 1)) return false;
    }
    return true;
  }
  return false;
}

// int(k) succeeds in Python: optional spaces and sign, digits with single underscores.
function isIntKey(key: string): boolean {
  return /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !isLosslessNumber(value)
  );
}

/**
 * Does the JSON text of a call-based return value match the expected output (a JSON text)?
 * PRIME's rule: the value (tuples as lists) equals the expected value, or, when the expected
 * value is a non-empty list, its first element (APPS wraps return values in a list). As in
 * PRIME, an expected dict with integer-like keys (or a list starting with one) is replaced by
 * a one-element list holding it. Python's json.dumps has already turned tuples into lists and
 * integer keys into strings on the program's side, so (a) nested tuples compare equal to
 * lists and (b) {1: x} equals {"1": x}: both slightly more lenient than PRIME's `==`.
 * "livecodebench" mode is LiveCodeBench's `grade_call_based`: the value (a tuple as a list)
 * `==` the expected value, nothing else.
 */
export function compareCallValue(
  valueJson: string,
  expectedJson: string,
  mode: CompareMode = "prime",
): boolean {
  try {
    const value = parsePyJson(valueJson);
    let expected = parsePyJson(expectedJson);
    if (mode === "livecodebench") return pyEqual(value, expected);
    if (isPlainObject(expected) && Object.keys(expected).every(isIntKey)) {
      expected = [expected];
    } else if (
      Array.isArray(expected) &&
      isPlainObject(expected[0]) &&
      Object.keys(expected[0]).every(isIntKey)
    ) {
      expected = [expected[0]];
    }
    if (pyEqual(value, expected)) return true;
    return Array.isArray(expected) && expected.length > 0 && pyEqual(value, expected[0]);
  } catch {
    return false;
  }
}
