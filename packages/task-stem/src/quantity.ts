import Qty from "js-quantities";

/**
 * Numeric answers with units: "6.02 \times 10^{23}", "3.2 m/s", "3.2\,\mathrm{m/s}",
 * "\frac{1}{2} mol", "1.5e-3 A", "−4.5 °C". The number is read by a small recursive-descent
 * parser (numbers, + - * / ^, \times, \cdot, \frac, \sqrt, \pi, brackets: never `eval`);
 * whatever follows it is the unit, normalised from LaTeX and handed to `js-quantities` for
 * dimensions and conversion. Inputs longer than MAX_ANSWER_CHARS are refused, so parsing is
 * bounded on hostile text.
 */

export const MAX_ANSWER_CHARS = 400;

export interface ParsedQuantity {
  value: number;
  /** The unit as written, normalised (null when there is none). */
  unit: string | null;
  /** The unit as js-quantities understands it, or null when it does not. */
  qty: Qty | null;
}

/** Strips LaTeX wrappers and spacing commands; maps Unicode operators to ASCII. */
export function normalizeLatex(text: string): string {
  let s = text;
  s = s.replace(/\\(?:displaystyle|textstyle|left|right|big|Big|bigg|Bigg)\b/g, "");
  s = s.replace(/\\[,;:!> ]/g, " ").replace(/~/g, " ");
  s = s.replace(/\\(?:quad|qquad)\b/g, " ");
  s = s.replace(/^\s*\$+|\$+\s*$/g, "").replace(/\$/g, " ");
  s = s.replace(/^\s*\\\(|\\\)\s*$|^\s*\\\[|\\\]\s*$/g, "");
  s = s.replace(/[\u2212\u2013\u2012]/g, "-").replace(/[\u00d7\u22c5\u00b7]/g, "\\times ");
  s = s.replace(/\\dfrac|\\tfrac/g, "\\frac").replace(/\{,\}/g, "");
  s = s.replace(/\u00a0|\u2009|\u202f/g, " ");
  return s.trim();
}

/** A bounded recursive-descent parser for a numeric prefix of `text`. */
class NumberParser {
  pos = 0;
  depth = 0;
  constructor(readonly s: string) {}

  skip(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos] as string)) this.pos++;
  }

  peekWord(word: string): boolean {
    return (
      this.s.startsWith(word, this.pos) && !/[a-zA-Z]/.test(this.s[this.pos + word.length] ?? "")
    );
  }

  expr(): number | null {
    if (++this.depth > 50) return null;
    let left = this.term();
    if (left === null) return null;
    for (;;) {
      this.skip();
      const ch = this.s[this.pos];
      if (ch !== "+" && ch !== "-") break;
      const save = this.pos;
      this.pos++;
      const right = this.term();
      if (right === null) {
        this.pos = save;
        break;
      }
      left = ch === "+" ? left + right : left - right;
    }
    this.depth--;
    return left;
  }

  term(): number | null {
    let left = this.factor();
    if (left === null) return null;
    for (;;) {
      this.skip();
      const save = this.pos;
      let op: "*" | "/" | null = null;
      if (this.s[this.pos] === "*") {
        op = "*";
        this.pos++;
      } else if (this.s[this.pos] === "/") {
        op = "/";
        this.pos++;
      } else if (this.peekWord("\\times") || this.peekWord("\\cdot")) {
        op = "*";
        this.pos += this.peekWord("\\times") ? 6 : 5;
      } else if (
        (this.s[this.pos] === "x" || this.s[this.pos] === "X") &&
        /^\s*10\s*\^/.test(this.s.slice(this.pos + 1, this.pos + 12))
      ) {
        op = "*"; // "6.02 x 10^23"
        this.pos++;
      } else if (this.startsFactor()) {
        op = "*"; // implicit product: "2\pi", "3(4)"
      }
      if (!op) break;
      const right = this.factor();
      if (right === null) {
        this.pos = save;
        break;
      }
      left = op === "*" ? left * right : left / right;
    }
    return left;
  }

  startsFactor(): boolean {
    const ch = this.s[this.pos];
    return (
      ch === "(" ||
      this.peekWord("\\pi") ||
      this.peekWord("\\sqrt") ||
      this.peekWord("\\frac") ||
      ch === "\u03c0"
    );
  }

  factor(): number | null {
    this.skip();
    const ch = this.s[this.pos];
    if (ch === "-" || ch === "+") {
      this.pos++;
      const v = this.factor();
      return v === null ? null : ch === "-" ? -v : v;
    }
    const base = this.atom();
    if (base === null) return null;
    this.skip();
    if (this.s[this.pos] === "^") {
      const save = this.pos;
      this.pos++;
      this.skip();
      let exp: number | null;
      if (this.s[this.pos] === "{") exp = this.group();
      else exp = this.factor();
      if (exp === null) {
        this.pos = save;
        return base;
      }
      return base ** exp;
    }
    return base;
  }

  group(): number | null {
    this.skip();
    const open = this.s[this.pos];
    const close = open === "{" ? "}" : open === "(" ? ")" : open === "[" ? "]" : null;
    if (!close) return null;
    this.pos++;
    const v = this.expr();
    this.skip();
    if (v === null || this.s[this.pos] !== close) return null;
    this.pos++;
    return v;
  }

  atom(): number | null {
    this.skip();
    const ch = this.s[this.pos];
    if (ch === "(" || ch === "{" || ch === "[") return this.group();
    if (this.peekWord("\\frac")) {
      this.pos += 5;
      const a = this.group();
      const b = a === null ? null : this.group();
      return a === null || b === null ? null : a / b;
    }
    if (this.peekWord("\\sqrt")) {
      this.pos += 5;
      const v = this.group();
      return v === null ? null : Math.sqrt(v);
    }
    if (this.peekWord("\\pi")) {
      this.pos += 3;
      return Math.PI;
    }
    if (ch === "\u03c0") {
      this.pos++;
      return Math.PI;
    }
    return this.number();
  }

  number(): number | null {
    const rest = this.s.slice(this.pos, this.pos + 64);
    const m = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)?(?:\.\d+)?/.exec(rest);
    if (!m || m[0] === "" || m[0] === ".") return null;
    let text = m[0];
    let len = text.length;
    const exp = /^[eE][+-]?\d{1,4}/.exec(rest.slice(len));
    if (exp && !/[a-zA-Z]/.test(rest[len + exp[0].length] ?? "")) {
      text += exp[0];
      len += exp[0].length;
    }
    this.pos += len;
    return Number(text.replace(/,/g, ""));
  }
}

/** The numeric prefix of `text` and the rest, or null when it does not start with a number. */
export function parseNumberPrefix(text: string): { value: number; rest: string } | null {
  if (text.length > MAX_ANSWER_CHARS) return null;
  const parser = new NumberParser(text);
  const value = parser.expr();
  if (value === null || !Number.isFinite(value)) return null;
  return { value, rest: text.slice(parser.pos).trim() };
}

/** LaTeX / Unicode unit text to js-quantities syntax ("\mathrm{m\,s^{-1}}" -> "m*s^-1"). */
export function normalizeUnit(raw: string): string {
  let u = raw.trim();
  u = u.replace(/\\(?:mathrm|text|textrm|mbox|operatorname|mathit|rm)\s*\{([^{}]*)\}/g, "$1");
  u = u.replace(/\\(?:mathrm|text|rm)\b/g, "");
  u = u.replace(/\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|\\circ|\\degree|°|º/g, "deg");
  u = u.replace(/\\Omega|Ω|\\ohm\b/g, "Ohm").replace(/\\mu\s*|µ|μ/g, "u");
  u = u.replace(/\\AA|Å/g, "angstrom").replace(/\\%|%/g, "percent");
  u = u.replace(/\^\s*\{\s*([+-]?\d+)\s*\}/g, "^$1");
  u = u.replace(/\\cdot|\\times|·|⋅/g, "*");
  u = u.replace(/[{}]/g, "");
  u = u
    .replace(/\s*([*/^])\s*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  u = u.replace(/^deg\s*([CF])$/, "temp$1").replace(/^K$/, "tempK");
  u = u.replace(/\bdeg\s*([CF])\b/g, "deg$1").replace(/(^|[^a-zA-Z])K(?![a-zA-Z])/g, "$1degK");
  // "a/(b*c)" -> "a/b*c": js-quantities reads everything after "/" as the denominator.
  u = u.replace(/^([^()]*)\/\(([^()]*)\)$/, "$1/$2");
  return u;
}

function toQty(unit: string): Qty | null {
  if (!unit) return null;
  try {
    return Qty.parse(`1 ${unit}`) ?? null;
  } catch {
    return null;
  }
}

/**
 * Parses an answer such as "x = 6.02 \times 10^{23} mol^{-1}": the text after a last `=`
 * (or `\approx`), when what precedes it names a variable, then a number and a unit.
 * Returns null when the text does not start with a number (symbolic or not an answer).
 */
export function parseQuantity(answer: string): ParsedQuantity | null {
  if (answer.length > MAX_ANSWER_CHARS) return null;
  let text = normalizeLatex(answer).replace(/\\approx|≈|\\simeq|\\sim/g, "=");
  const eq = text.lastIndexOf("=");
  if (eq >= 0) text = text.slice(eq + 1).trim();
  const parsed = parseNumberPrefix(text);
  if (!parsed) return null;
  const rest = parsed.rest.replace(/^\.\s*$/, "");
  if (!rest) return { value: parsed.value, unit: null, qty: null };
  const unit = normalizeUnit(rest);
  return { value: parsed.value, unit: unit || null, qty: toQty(unit) };
}

export interface NumericComparison {
  equal: boolean;
  reason: string;
}

/** Relative difference within `relTol` (absolute 1e-12 when the gold value is 0). */
export function closeEnough(gold: number, predicted: number, relTol: number): boolean {
  if (gold === 0) return Math.abs(predicted) <= 1e-12;
  return Math.abs(predicted - gold) <= relTol * Math.abs(gold);
}

/**
 * Compares two parsed quantities. Both with units that js-quantities knows: the prediction is
 * converted to the gold unit (incompatible dimensions are wrong). A prediction without a unit
 * is read in the gold unit; a unit neither side can parse is ignored with a note. A percent
 * gold also accepts the fraction (45% = 0.45).
 */
export function compareQuantities(
  gold: ParsedQuantity,
  predicted: ParsedQuantity,
  relTol: number,
): NumericComparison {
  const pct = (x: number) => `${Number(x.toPrecision(6))}`;
  if (gold.qty && predicted.qty) {
    if (!gold.qty.isCompatible(predicted.qty)) {
      return {
        equal: false,
        reason: `unit mismatch: expected ${gold.unit}, got ${predicted.unit}`,
      };
    }
    let converted: number;
    try {
      converted =
        Qty.parse(`${predicted.value} ${predicted.unit}`)?.to(gold.unit as string).scalar ??
        Number.NaN;
    } catch {
      converted = Number.NaN;
    }
    if (!Number.isFinite(converted)) {
      return { equal: false, reason: `cannot convert ${predicted.unit} to ${gold.unit}` };
    }
    const equal = closeEnough(gold.value, converted, relTol);
    return {
      equal,
      reason: `${equal ? "matches" : "differs from"} ${pct(gold.value)} ${gold.unit}: got ${pct(converted)} ${gold.unit}`,
    };
  }
  let equal = closeEnough(gold.value, predicted.value, relTol);
  if (!equal && gold.unit === "percent" && !predicted.unit) {
    equal = closeEnough(gold.value, predicted.value * 100, relTol);
  }
  let note = "";
  if (gold.unit && !predicted.unit) note = " (no unit given; read in the expected unit)";
  else if (predicted.unit && !predicted.qty)
    note = ` (unit "${predicted.unit}" not understood; ignored)`;
  else if (gold.unit && !gold.qty) note = ` (expected unit "${gold.unit}" not understood; ignored)`;
  return {
    equal,
    reason: `${equal ? "matches" : "differs from"} ${pct(gold.value)}${gold.unit ? ` ${gold.unit}` : ""}: got ${pct(predicted.value)}${note}`,
  };
}
