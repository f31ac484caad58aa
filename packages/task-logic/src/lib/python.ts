/**
 * Python semantics the ported scorers and generators depend on, written out so that scores
 * match Reasoning Gym's without running Python: `json.loads` (NaN and Infinity included),
 * ordering comparisons that raise on mixed types, `sorted`'s comparison order on short lists,
 * `format(x, ".Nf")`, `int(str)` with Unicode digits, and numpy's `loadtxt` for number grids.
 * Whitespace splitting and stripping come from @prorl/core (`pySplit`, `pyStrip`). Every parser
 * here is a single linear pass with bounded recursion.
 */
import { pySplit, pySplitlines, pyStrip } from "@prorl/core";
import { pyInt } from "./numbers.js";

/** What Python's `json.loads` returns; objects keep their key order, as Python dicts do. */
export type PyJson = null | boolean | number | string | PyJson[] | PyDict;
export class PyDict {
  constructor(readonly entries: Map<string, PyJson>) {}
}

/** Python's recursion limit stops json.loads near this depth (RecursionError, an Exception). */
const MAX_JSON_DEPTH = 990;
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

/** Whether arrays nest deeper than `limit` below `value` (a loop: this runs on every answer). */
function nestsDeeper(value: unknown, limit: number): boolean {
  if (!Array.isArray(value)) return false;
  if (limit <= 0) return true;
  for (const item of value) if (nestsDeeper(item, limit - 1)) return true;
  return false;
}

/**
 * Python's `json.loads`: strict JSON plus the literals NaN, Infinity and -Infinity, which
 * Python accepts and JavaScript's JSON.parse rejects. Throws SyntaxError where Python raises.
 * Text without objects goes through JSON.parse (the same grammar, ten times faster); objects
 * are read here so that their keys keep Python's order (JavaScript puts "1" before "a").
 */
export function pyJsonLoads(text: string): PyJson {
  if (!text.includes("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return readPyJson(text); // NaN, Infinity, or an error where Python raises too
    }
    if (nestsDeeper(parsed, MAX_JSON_DEPTH)) throw new SyntaxError("nested too deeply");
    return parsed as PyJson;
  }
  return readPyJson(text);
}

function readPyJson(text: string): PyJson {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`invalid JSON at ${i}`);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  const literal = (word: string, value: PyJson): PyJson => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
    return value;
  };
  const readString = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (depth: number): PyJson => {
    if (depth > MAX_JSON_DEPTH) fail();
    skipSpace();
    const c = text[i];
    if (c === '"') return readString();
    if (c === "[" || c === "{") return readContainer(c, depth);
    if (c === "n") return literal("null", null);
    if (c === "t") return literal("true", true);
    if (c === "f") return literal("false", false);
    if (c === "N") return literal("NaN", Number.NaN);
    if (c === "I") return literal("Infinity", Number.POSITIVE_INFINITY);
    if (c === "-" && text[i + 1] === "I") {
      i++;
      return literal("Infinity", Number.NEGATIVE_INFINITY);
    }
    JSON_NUMBER.lastIndex = i;
    const match = JSON_NUMBER.exec(text);
    if (match === null) return fail();
    i += match[0].length;
    return Number(match[0]);
  };
  const readContainer = (open: string, depth: number): PyJson => {
    const close = open === "[" ? "]" : "}";
    const items: PyJson[] = [];
    const entries = new Map<string, PyJson>();
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return open === "[" ? items : new PyDict(entries);
    }
    for (;;) {
      if (open === "[") items.push(readValue(depth + 1));
      else {
        skipSpace();
        if (text[i] !== '"') fail();
        const key = readString();
        skipSpace();
        if (text[i++] !== ":") fail();
        entries.set(key, readValue(depth + 1));
      }
      skipSpace();
      const next = text[i++];
      if (next === close) return open === "[" ? items : new PyDict(entries);
      if (next !== ",") fail();
    }
  };
  const value = readValue(0);
  skipSpace();
  if (i !== text.length) fail();
  return value;
}

const isNumeric = (v: PyJson): v is number | boolean =>
  typeof v === "number" || typeof v === "boolean";

/** A UTF-16 unit's rank in code point order: surrogates (astral code points) above the BMP. */
const unitRank = (u: number) => (u >= 0xd800 ? (u >= 0xe000 ? u - 0x800 : u + 0x2000) : u);

/** Code point order (JavaScript's `<` on strings compares UTF-16 units, Python code points). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}

/** Python `a == b` on json.loads values (True == 1 == 1.0; never raises). */
export function pyEquals(a: PyJson, b: PyJson): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (typeof a === "string" || typeof b === "string" || a === null || b === null) return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!pyEquals(a[k] as PyJson, b[k] as PyJson)) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [key, value] of a.entries) {
      const other = b.entries.get(key);
      if (other === undefined || !pyEquals(value, other)) return false;
    }
    return true;
  }
  return false;
}

/** Python `a < b` on json.loads values; throws TypeError where Python does (str < int, dicts, None). */
export function pyLess(a: PyJson, b: PyJson): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) < Number(b);
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let k = 0; k < n; k++)
      if (!pyEquals(a[k] as PyJson, b[k] as PyJson)) return pyLess(a[k] as PyJson, b[k] as PyJson);
    return a.length < b.length;
  }
  throw new TypeError("'<' not supported between these types");
}

/** Longer lists are sorted by merge sort: same order, not CPython's exact comparison sequence. */
const BINARY_INSERTION_LIMIT = 64;

/**
 * Python's `sorted` (stable) with a `<` that may throw. Below 64 items CPython's list.sort is a
 * run count followed by binary insertion, and this performs the same comparisons in the same
 * order, so it throws exactly where Python raises on mixed types.
 */
export function pySorted<T>(items: readonly T[], less: (a: T, b: T) => boolean): T[] {
  const out = items.slice();
  const n = out.length;
  if (n < 2) return out;
  if (n >= BINARY_INSERTION_LIMIT)
    return out.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
  let run = 2;
  if (less(out[1] as T, out[0] as T)) {
    while (run < n && less(out[run] as T, out[run - 1] as T)) run++;
    out.splice(0, run, ...out.slice(0, run).reverse());
  } else {
    while (run < n && !less(out[run] as T, out[run - 1] as T)) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = out[start] as T;
    let lo = 0;
    let hi = start;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >> 1);
      if (less(pivot, out[mid] as T)) hi = mid;
      else lo = mid + 1;
    }
    out.copyWithin(lo + 1, lo, start);
    out[lo] = pivot;
  }
  return out;
}

/** Python's iteration over a json.loads value: list items, dict keys, string characters. */
export function pyIterate(value: PyJson): PyJson[] {
  if (Array.isArray(value)) return value;
  if (value instanceof PyDict) return [...value.entries.keys()];
  if (typeof value === "string") return [...value];
  throw new TypeError("object is not iterable");
}

/** `value` = mantissa · 2^exponent exactly, for a finite non-negative double. */
function decomposeDouble(value: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * Python's `format(value, f".{decimals}f")`: the exact binary value rounded half to even (JS
 * toFixed rounds exact ties away from zero), a "-" kept on negatives that round to zero.
 */
export function pyFixed(value: number, decimals: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const negative = value < 0 || Object.is(value, -0);
  const { mantissa, exponent } = decomposeDouble(Math.abs(value));
  const scale = 10n ** BigInt(decimals);
  let units: bigint;
  if (exponent >= 0) units = (mantissa << BigInt(exponent)) * scale;
  else {
    // units = round_half_even(mantissa · 10^decimals / 2^-exponent)
    const numerator = mantissa * scale;
    const denominator = 1n << BigInt(-exponent);
    units = numerator / denominator;
    const twiceRemainder = 2n * (numerator % denominator);
    if (twiceRemainder > denominator || (twiceRemainder === denominator && units % 2n === 1n))
      units += 1n;
  }
  const digits = units.toString().padStart(decimals + 1, "0");
  const text = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return negative ? `-${text}` : text;
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/** The value of a Unicode decimal digit: they come in runs of ten, 0 to 9, in code point order. */
function decimalDigitValue(codePoint: number): number {
  // Runs can be adjacent (the mathematical digits U+1D7CE..U+1D7FF are five runs of ten), so
  // count every decimal digit before this one and keep the remainder.
  let before = 0;
  while (before < 60 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - before - 1))) before++;
  return before % 10;
}

/** Python's limit on digits in int(str), which also bounds the work on hostile text. */
const MAX_INT_TEXT = 2 * 4300 + 2;

/** Python's `int(text)` in base 10, any Unicode decimal digits included; null where Python raises. */
export function pyIntText(text: string): bigint | null {
  const s = pyStrip(text);
  if (s.length > MAX_INT_TEXT) return null;
  let ascii = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (code > 0x7f && DECIMAL_DIGIT.test(ch)) ascii += String(decimalDigitValue(code));
    else ascii += ch;
  }
  return pyInt(ascii);
}

/** A number grid as numpy's loadtxt reads it: its shape (length-1 axes squeezed) and values. */
export interface LoadedGrid {
  shape: number[];
  values: Float32Array;
}

const NUMPY_FLOAT = /^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/**
 * `np.loadtxt(text.splitlines(), dtype=np.float32)`: lines split by Python's splitlines, "#"
 * starts a comment, blank lines skipped, fields split on whitespace, every row the same width,
 * numbers as numpy's parser reads them (no "_", no hex), each rounded to float32; the result
 * squeezed as loadtxt does with ndmin=0. Null where numpy raises.
 */
export function loadtxtFloat32(text: string): LoadedGrid | null {
  const rows: string[][] = [];
  for (const line of pySplitlines(text)) {
    const hash = line.indexOf("#");
    const fields = pySplit(hash === -1 ? line : line.slice(0, hash));
    if (fields.length === 0) continue;
    if (rows.length > 0 && fields.length !== rows[0]?.length) return null;
    rows.push(fields);
  }
  const flat = rows.flat();
  const values = new Float32Array(flat.length);
  for (const [k, field] of flat.entries()) {
    if (!NUMPY_FLOAT.test(field)) return null;
    values[k] = numpyFloat(field);
  }
  const shape = [rows.length, rows[0]?.length ?? 0].filter((axis) => axis !== 1);
  return { shape: rows.length === 0 ? [0] : shape, values };
}

function numpyFloat(field: string): number {
  const lower = field.toLowerCase();
  if (lower.endsWith("nan")) return Number.NaN;
  if (lower.endsWith("inf") || lower.endsWith("infinity"))
    return lower.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return Number(field);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\u0007",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decodes the escapes of a non-raw Python string body; null for \N{...} (not supported). */
function decodePyEscapes(body: string): string | null {
  let out = "";
  for (let k = 0; k < body.length; k++) {
    const ch = body[k] as string;
    if (ch !== "\\" || k + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[++k] as string;
    const hexLength = next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (next in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[next];
    else if (next === "\n") continue;
    else if (hexLength > 0) {
      const hex = body.slice(k + 1, k + 1 + hexLength);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) return null;
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) return null;
      out += String.fromCodePoint(code);
      k += hexLength;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(k, k + 3))?.[0] as string;
      out += String.fromCodePoint(Number.parseInt(octal, 8));
      k += octal.length - 1;
    } else if (next === "N") return null;
    else out += `\\${next}`; // Python keeps unknown escapes as written
  }
  return out;
}

/**
 * The strings of a Python literal that is a str, or a list or tuple of strs (`'AB'`,
 * `['A', 'B']`, `('A', 'B',)`, `'A', 'B'`), as `eval` would give them: the safe stand-in for
 * RG's `"".join(eval(answer))`. Null for anything else (bytes, f-strings, expressions).
 */
export function parsePyStrings(text: string): string[] | null {
  const s = pyStrip(text);
  let i = 0;
  const skipSpace = () => {
    while (i < s.length && /[ \t\n\r\f\v]/.test(s[i] as string)) i++;
  };
  const readString = (): string | null => {
    const prefix = /^[rRuU]?(?=['"])/.exec(s.slice(i, i + 2))?.[0];
    if (prefix === undefined) return null;
    i += prefix.length;
    const mark = s[i] as string;
    const quote = s.startsWith(mark.repeat(3), i) ? mark.repeat(3) : mark;
    const start = i + quote.length;
    let k = start;
    while (k < s.length && !s.startsWith(quote, k)) {
      if (quote.length === 1 && s[k] === "\n") return null;
      k += s[k] === "\\" ? 2 : 1;
    }
    if (k >= s.length) return null;
    i = k + quote.length;
    const body = s.slice(start, k);
    return prefix.toLowerCase() === "r" ? body : decodePyEscapes(body);
  };
  skipSpace();
  const open = s[i];
  const close = open === "[" ? "]" : open === "(" ? ")" : undefined;
  if (close) i++;
  const items: string[] = [];
  let trailingComma = false;
  for (;;) {
    skipSpace();
    if (close && s[i] === close) break;
    if (i >= s.length) break;
    // Adjacent literals concatenate, as in Python ('AB' 'C' is 'ABC').
    let item = readString();
    if (item === null) return null;
    for (skipSpace(); /^[rRuU]?['"]/.test(s.slice(i, i + 2)); skipSpace()) {
      const next = readString();
      if (next === null) return null;
      item += next;
    }
    items.push(item);
    trailingComma = s[i] === ",";
    if (!trailingComma) break;
    i++;
  }
  if (close) {
    if (s[i] !== close) return null;
    i++;
  }
  skipSpace();
  // Only literals, one pair of brackets and commas may appear (a bare str joins to itself).
  if (i !== s.length || (items.length === 0 && !close)) return null;
  return items;
}

/**
 * Python's `json.dumps` for strings, integers and lists (all the entries here hold), with its
 * default `ensure_ascii` and separators ", " (or "," with `compact`, as
 * `separators=(",", ":")` gives).
 */
export function pyJsonDumps(value: unknown, compact = false): string {
  if (typeof value === "string")
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  if (Array.isArray(value))
    return `[${value.map((item) => pyJsonDumps(item, compact)).join(compact ? "," : ", ")}]`;
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  throw new TypeError(`pyJsonDumps: unsupported value ${String(value)}`);
}
