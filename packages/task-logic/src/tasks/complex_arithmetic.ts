import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { weightedChoice } from "../lib/choice.js";
import { pyFloat, pyFloatRepr } from "../lib/numbers.js";
import { pyFixed } from "../lib/pyformat.js";
import { isPySpace } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algebra/complex_arithmetic.py
// Add, subtract, multiply or divide two Gaussian integers (division is built from the quotient,
// so the answer is whole); numbers print as RG's _format_complex does ("-8.0 - 2.0i", "3.00",
// "-2.00i"), with Python's float repr and complex arithmetic in doubles.
// Scoring as RG: the answer parsed as RG's parse_string_to_complex (spaces removed, lower-cased,
// outer parentheses stripped, i read as j, then Python's complex() grammar) and scored
// min(1, exp(-|answer - result|)); unparseable 0.
// Deviations: a NaN part ("nan", "nanj") scores 0 (RG's min(1.0, nan) is 1.0); answers over
// 10,000 characters score 0 (RG strips nested parentheses one pair at a time).

const OPERATIONS = ["+", "-", "*", "/"] as const;
type Operation = (typeof OPERATIONS)[number];

const TEMPLATES: Record<Operation, (a: string, b: string) => string> = {
  "+": (a, b) => `Add the complex numbers: (${a}) + (${b})`,
  "-": (a, b) => `Subtract the complex numbers: (${a}) - (${b})`,
  "*": (a, b) => `Multiply the complex numbers: (${a}) × (${b})`,
  "/": (a, b) => `Divide the complex numbers: (${a}) ÷ (${b})`,
};

interface Complex {
  re: number;
  im: number;
}

const add = (a: Complex, b: Complex): Complex => ({ re: a.re + b.re, im: a.im + b.im });
const sub = (a: Complex, b: Complex): Complex => ({ re: a.re - b.re, im: a.im - b.im });
/** CPython's _Py_c_prod, operation for operation (so negative zeros and roundings agree). */
const mul = (a: Complex, b: Complex): Complex => ({
  re: a.re * b.re - a.im * b.im,
  im: a.re * b.im + a.im * b.re,
});

/** Python's int(x) for a float: truncation, and no negative zero. */
const pyInt = (x: number) => Math.trunc(x) + 0;

/** RG's _format_complex. */
export function formatComplex(z: Complex): string {
  if (Math.abs(z.im) < 1e-10) return pyFixed(z.re, 2);
  if (Math.abs(z.re) < 1e-10) return `${pyFixed(z.im, 2)}i`;
  return `${pyFloatRepr(z.re)} ${z.im >= 0 ? "+" : "-"} ${pyFloatRepr(Math.abs(z.im))}i`;
}

/** The longest prefix of `s` from `start` that Python's float parser (PyOS_string_to_double) reads. */
function floatPrefix(s: string, start: number): { value: number; end: number } | null {
  const m = /[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)/y;
  m.lastIndex = start;
  const match = m.exec(s);
  if (!match) return null;
  const text = match[0];
  const body = text.replace(/^[+-]/, "");
  const negative = text.startsWith("-");
  let value: number;
  if (body.startsWith("inf")) value = Number.POSITIVE_INFINITY;
  else if (body === "nan") value = Number.NaN;
  else value = Number(body);
  return { value: negative ? -value : value, end: m.lastIndex };
}

/**
 * Python's complex(text) (CPython's complex_from_string) on a lower-cased string: "<float>",
 * "<float>j", "<float><signed-float>j", "<float><sign>j", "<sign>j", "j", optionally inside one
 * pair of parentheses, whitespace allowed around the number and inside the parentheses, `_`
 * only between digits. Null where Python raises ValueError.
 */
export function pyComplex(text: string): Complex | null {
  if (/_(?!\d)|(?<!\d)_/.test(text)) return null;
  const s = text.replaceAll("_", "");
  let pos = 0;
  const skipSpace = () => {
    while (isPySpace(s[pos])) pos++;
  };
  skipSpace();
  const bracket = s[pos] === "(";
  if (bracket) {
    pos++;
    skipSpace();
  }
  let re = 0;
  let im = 0;
  const first = floatPrefix(s, pos);
  if (first !== null) {
    pos = first.end;
    if (s[pos] === "+" || s[pos] === "-") {
      re = first.value;
      const second = floatPrefix(s, pos);
      if (second !== null) {
        im = second.value;
        pos = second.end;
      } else im = s[pos++] === "+" ? 1 : -1;
      if (s[pos++] !== "j") return null;
    } else if (s[pos] === "j") {
      im = first.value;
      pos++;
    } else re = first.value;
  } else {
    if (s[pos] === "+" || s[pos] === "-") im = s[pos++] === "+" ? 1 : -1;
    else im = 1;
    if (s[pos++] !== "j") return null;
  }
  skipSpace();
  if (bracket) {
    if (s[pos++] !== ")") return null;
    skipSpace();
  }
  return pos === s.length ? { re, im } : null;
}

/** RG's parse_string_to_complex, case for case; null where it returns None. */
export function parseComplexAnswer(answer: string): Complex | null {
  let s = answer.replaceAll(" ", "").toLowerCase();
  while (s.length > 1 && s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1);
  s = s.replaceAll("i", "j");
  if (!s.includes("j")) {
    const value = pyFloat(s);
    return value === null ? null : { re: value, im: 0 };
  }
  if (s === "j") return { re: 0, im: 1 };
  if (s === "-j") return { re: 0, im: -1 };
  const signIn = (part: string) => part.includes("+") || part.includes("-");
  if (
    (s.endsWith("j") && !signIn(s.slice(0, -1))) ||
    (s.startsWith("-") && !signIn(s.slice(1, -1)))
  ) {
    let coefficient = s.slice(0, -1);
    if (coefficient === "") coefficient = "1";
    else if (coefficient === "-") coefficient = "-1";
    const value = pyFloat(coefficient);
    return value === null ? null : { re: 0, im: value };
  }
  if (!s.endsWith("j")) return null;
  return pyComplex(s.replaceAll("+j", "+1j").replaceAll("-j", "-1j"));
}

const MAX_ANSWER_LENGTH = 10_000;

export const complexArithmetic = defineLogicTask({
  name: "complex_arithmetic",
  category: "algebra",
  curriculum: {
    min_real: scalar("min_real", [-10, -100, -10000, -100000000]),
    max_real: scalar("max_real", [10, 100, 10000, 100000000]),
    min_imag: scalar("min_imag", [-10, -100, -10000, -100000000]),
    max_imag: scalar("max_imag", [10, 100, 10000, 100000000]),
    operations_weights: scalar("operations_weights", [
      [0.4, 0.4, 0.1, 0.1],
      [0.25, 0.25, 0.25, 0.25],
      [0.2, 0.2, 0.3, 0.3],
      [0.1, 0.1, 0.4, 0.4],
    ]),
  },
  description: "Add, subtract, multiply or divide complex numbers.",
  config: z.object({
    min_real: z.number().int().default(-10),
    max_real: z.number().int().default(10),
    min_imag: z.number().int().default(-10),
    max_imag: z.number().int().default(10),
    operations: z
      .array(z.enum(OPERATIONS))
      .min(1)
      .default([...OPERATIONS]),
    operations_weights: z.array(z.number().min(0)).min(1).default([0.4, 0.4, 0.1, 0.1]),
  }),
  generate(rng, config) {
    if (config.operations.length !== config.operations_weights.length)
      throw new Error(
        "complex_arithmetic: operations and operations_weights must have the same length",
      );
    const draw = (r: Rng): Complex => ({
      re: r.int(config.min_real, config.max_real),
      im: r.int(config.min_imag, config.max_imag),
    });
    const op = weightedChoice(rng, config.operations, config.operations_weights);
    let a = draw(rng);
    let b = draw(rng);
    let result: Complex;
    if (op === "/") {
      // The quotient is drawn first and the dividend made from it, so the division is exact.
      while (b.re === 0 && b.im === 0) b = draw(rng);
      result = a;
      a = mul(result, b);
    } else result = op === "+" ? add(a, b) : op === "-" ? sub(a, b) : mul(a, b);
    return {
      question: TEMPLATES[op](formatComplex(a), formatComplex(b)),
      answer: formatComplex(result),
      metadata: {
        num1: [a.re, a.im],
        num2: [b.re, b.im],
        operation: op,
        result: [pyInt(result.re), pyInt(result.im)],
        difficulty: {
          min_real: config.min_real,
          max_real: config.max_real,
          min_imag: config.min_imag,
          max_imag: config.max_imag,
          operations_weights: config.operations_weights,
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length > MAX_ANSWER_LENGTH) return 0;
    const result = entry.metadata.result;
    if (!Array.isArray(result) || result.length !== 2) return 0;
    const given = parseComplexAnswer(answer);
    if (given === null) return 0;
    const distance = Math.hypot(given.re - Number(result[0]), given.im - Number(result[1]));
    return Number.isNaN(distance) ? 0 : Math.min(1, Math.exp(-distance));
  },
});
