/**
 * JSON as Python's `json` module sees it, for scorers ported from Python that compare parsed
 * answers (codeio): `json.loads` keeps ints (arbitrary size) apart from floats and accepts NaN
 * and Infinity; `json.dumps` writes ", " and ": " separators and escapes non-ASCII; `str()` of a
 * leaf prints None/True/1.0 as Python does; `==` treats 1, 1.0 and True as equal. JavaScript's
 * JSON.parse loses the int/float distinction these depend on, hence this module. Every function
 * is linear in its input; nesting is capped below Python's recursion limit.
 */
import { pyFloatRepr } from "./numbers.js";

export type PyJson =
  | { kind: "null" }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "str"; value: string }
  | { kind: "list"; items: PyJson[] }
  | { kind: "dict"; entries: Map<string, PyJson> };

/** Python (3.11, RG's codeio scorer) raises RecursionError past about 990 levels; deeper input is refused. */
export const MAX_JSON_DEPTH = 990;
/** Python's int(str) limit (sys.int_info.default_max_str_digits). */
const MAX_INT_DIGITS = 4300;

/** Where Python's json.loads raises JSONDecodeError. */
export class PyJsonError extends Error {
  override name = "PyJsonError";
}

/** Where Python raises something else (RecursionError, the int digit limit's ValueError). */
export class PyJsonLimitError extends Error {
  override name = "PyJsonLimitError";
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new PyJsonError(`${message}: char ${this.pos}`);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      this.pos++;
    }
  }

  startsWith(word: string): boolean {
    return this.text.startsWith(word, this.pos);
  }

  value(depth: number): PyJson {
    if (depth > MAX_JSON_DEPTH) throw new PyJsonLimitError("maximum nesting depth exceeded");
    const c = this.text[this.pos];
    if (c === '"') return { kind: "str", value: this.string() };
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    for (const [word, value] of CONSTANTS) {
      if (this.startsWith(word)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.number();
  }

  number(): PyJson {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail("Expecting value");
    const literal = match[0];
    this.pos += literal.length;
    if (match[1] !== undefined || match[2] !== undefined) {
      return { kind: "float", value: Number(literal) };
    }
    if (literal.replace("-", "").length > MAX_INT_DIGITS) {
      throw new PyJsonLimitError("Exceeds the limit (4300 digits) for integer string conversion");
    }
    return { kind: "int", value: BigInt(literal) };
  }

  string(): string {
    const t = this.text;
    this.pos++; // opening quote
    let out = "";
    let chunkStart = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail("Invalid control character");
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += t.slice(chunkStart, this.pos);
      out += this.escape();
      chunkStart = this.pos;
    }
    return this.fail("Unterminated string");
  }

  escape(): string {
    const t = this.text;
    const kind = t[this.pos + 1];
    if (kind === undefined) this.fail("Unterminated string");
    if (kind !== "u") {
      const plain = ESCAPES[kind];
      if (plain === undefined) this.fail("Invalid \\escape");
      this.pos += 2;
      return plain;
    }
    const unit = this.hex4(this.pos + 2);
    this.pos += 6;
    // A high surrogate followed by an escaped low one is one character (Python joins them).
    if (unit >= 0xd800 && unit <= 0xdbff && t.startsWith("\\u", this.pos)) {
      const low = this.hex4(this.pos + 2);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.pos += 6;
        return String.fromCharCode(unit, low);
      }
    }
    return String.fromCharCode(unit);
  }

  hex4(at: number): number {
    const digits = this.text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail("Invalid \\uXXXX escape");
    return Number.parseInt(digits, 16);
  }

  object(depth: number): PyJson {
    this.pos++;
    const entries = new Map<string, PyJson>();
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return { kind: "dict", entries };
    }
    for (;;) {
      if (this.text[this.pos] !== '"')
        this.fail("Expecting property name enclosed in double quotes");
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail("Expecting ':' delimiter");
      this.pos++;
      this.skipSpace();
      entries.set(key, this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === "}") return { kind: "dict", entries };
      if (next !== ",") this.fail("Expecting ',' delimiter");
      this.skipSpace();
    }
  }

  array(depth: number): PyJson {
    this.pos++;
    const items: PyJson[] = [];
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return { kind: "list", items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === "]") return { kind: "list", items };
      if (next !== ",") this.fail("Expecting ',' delimiter");
      this.skipSpace();
    }
  }
}

const CONSTANTS: [string, PyJson][] = [
  ["null", { kind: "null" }],
  ["true", { kind: "bool", value: true }],
  ["false", { kind: "bool", value: false }],
  ["NaN", { kind: "float", value: Number.NaN }],
  ["Infinity", { kind: "float", value: Number.POSITIVE_INFINITY }],
  ["-Infinity", { kind: "float", value: Number.NEGATIVE_INFINITY }],
];

/** Python's `json.loads(text)`; throws PyJsonError where Python raises. */
export function pyJsonLoads(text: string): PyJson {
  const parser = new Parser(text);
  parser.skipSpace();
  const value = parser.value(0);
  parser.skipSpace();
  if (parser.pos !== text.length) parser.fail("Extra data");
  return value;
}

/** Python's `json.dumps(value)` with its defaults (ensure_ascii, ", " and ": "). */
export function pyJsonDumps(value: PyJson): string {
  switch (value.kind) {
    case "null":
      return "null";
    case "bool":
      return value.value ? "true" : "false";
    case "int":
      return value.value.toString();
    case "float":
      if (Number.isNaN(value.value)) return "NaN";
      if (!Number.isFinite(value.value)) return value.value > 0 ? "Infinity" : "-Infinity";
      return pyFloatRepr(value.value);
    case "str":
      return jsonString(value.value);
    case "list":
      return `[${value.items.map(pyJsonDumps).join(", ")}]`;
    case "dict":
      return `{${[...value.entries].map(([k, v]) => `${jsonString(k)}: ${pyJsonDumps(v)}`).join(", ")}}`;
  }
}

const SHORT_ESCAPES: Record<number, string> = {
  34: '\\"',
  92: "\\\\",
  10: "\\n",
  13: "\\r",
  9: "\\t",
  8: "\\b",
  12: "\\f",
};

/** A JSON string literal with Python's ensure_ascii escaping (UTF-16 units as \uXXXX). */
function jsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) out += short;
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += text[i];
  }
  return `${out}"`;
}

/** Python's `str()` of a parsed JSON leaf (containers are never printed by the scorers). */
export function pyJsonStr(value: PyJson): string {
  switch (value.kind) {
    case "null":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return value.value.toString();
    case "float":
      return pyFloatRepr(value.value);
    case "str":
      return value.value;
    default:
      return pyJsonDumps(value);
  }
}

/** A number's value for Python's numeric ==: bools are 0/1. */
function numeric(value: PyJson): { int: bigint } | { float: number } | null {
  if (value.kind === "int") return { int: value.value };
  if (value.kind === "bool") return { int: value.value ? 1n : 0n };
  if (value.kind === "float") return { float: value.value };
  return null;
}

function numbersEqual(
  a: { int: bigint } | { float: number },
  b: { int: bigint } | { float: number },
) {
  if ("int" in a && "int" in b) return a.int === b.int;
  if ("float" in a && "float" in b) return a.float === b.float;
  const int = "int" in a ? a.int : (b as { int: bigint }).int;
  const float = "float" in a ? a.float : (b as { float: number }).float;
  return Number.isInteger(float) && BigInt(float) === int;
}

/**
 * Python's `a == b` for parsed JSON. Inside lists and dicts Python first compares identity, and
 * json.loads returns one shared NaN object, so a nested NaN equals NaN; at the top it does not.
 */
export function pyJsonEquals(a: PyJson, b: PyJson, nested = false): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na || nb) {
    if (!na || !nb) return false;
    const bothNaN =
      "float" in na && "float" in nb && Number.isNaN(na.float) && Number.isNaN(nb.float);
    return bothNaN ? nested : numbersEqual(na, nb);
  }
  if (a.kind === "null" || b.kind === "null") return a.kind === b.kind;
  if (a.kind === "str" || b.kind === "str") {
    return a.kind === "str" && b.kind === "str" && a.value === b.value;
  }
  if (a.kind === "list" && b.kind === "list") {
    return (
      a.items.length === b.items.length &&
      a.items.every((item, i) => pyJsonEquals(item, b.items[i] as PyJson, true))
    );
  }
  if (a.kind === "dict" && b.kind === "dict") {
    if (a.entries.size !== b.entries.size) return false;
    for (const [key, value] of a.entries) {
      const other = b.entries.get(key);
      if (other === undefined || !pyJsonEquals(value, other, true)) return false;
    }
    return true;
  }
  return false;
}
