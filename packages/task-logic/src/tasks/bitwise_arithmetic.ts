import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyStrip } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/arithmetic/bitwise_arithmetic.py
// A random expression tree of depth `difficulty` over hex literals 0x100-0xFFFF with + - * and
// shifts by 0x0-0x3; the answer is its value in Python's hex() form ("-0x3" when negative).
// Scoring as RG: the answer read by Python's int(text, 0) (0x/0o/0b prefixes, plain decimal,
// `_` separators) equal to the value of `metadata.problem`: 1.0, else 0. RG evaluates the
// problem with eval(); here a small parser over integers, parentheses, + - * << >> does (bigint,
// Python's precedence, floor shifts). No deviations.

const OPERATORS = ["+", "-", "*", "<<", ">>"] as const;
type Operator = (typeof OPERATORS)[number];

/** Python's hex(): "0x1f", "-0x3". */
const pyHex = (value: bigint) =>
  value < 0n ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;

interface Node {
  text: string;
  value: bigint;
}

function apply(op: Operator, a: bigint, b: bigint): bigint {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "<<":
      return a << b;
    case ">>":
      return a >> b;
  }
}

/** RG's generate_expression: a literal at depth 0 (and 1% of the time above it), else a node. */
function expression(rng: Rng, depth: number): Node {
  const leaf = (): Node => {
    const value = BigInt(rng.int(0x100, 0xffff));
    return { text: pyHex(value), value };
  };
  if (depth <= 0 || rng.float() < 0.01) return leaf();
  const op = rng.pick(OPERATORS);
  const left = expression(rng, depth - 1);
  let right: Node;
  if (op === "<<" || op === ">>") {
    const shift = BigInt(rng.int(0, 3));
    right = { text: pyHex(shift), value: shift };
  } else right = expression(rng, depth - 1);
  return { text: `(${left.text} ${op} ${right.text})`, value: apply(op, left.value, right.value) };
}

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|<<|>>|[-+*()])/y;
/** Shift counts past this are refused (a problem never shifts by more than 3). */
const MAX_SHIFT = 4096n;
/** Problems are fully parenthesised trees of at most 2^10 leaves; anything far larger is refused. */
const MAX_PROBLEM_LENGTH = 200_000;

/**
 * Evaluates an integer expression as Python does (precedence: * over + - over << >>, left to
 * right); null for anything else. Recursion depth is bounded by the parenthesis nesting,
 * itself bounded by MAX_DEPTH.
 */
export function evaluateIntegerExpression(text: string): bigint | null {
  if (text.length > MAX_PROBLEM_LENGTH) return null;
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(start).trim() === "") break;
      return null;
    }
    tokens.push(m[1] as string);
  }
  let pos = 0;
  let depth = 0;
  const MAX_DEPTH = 200;
  const peek = () => tokens[pos];
  const atom = (): bigint | null => {
    const token = tokens[pos++];
    if (token === undefined) return null;
    if (token === "(") {
      if (++depth > MAX_DEPTH) return null;
      const value = shiftExpr();
      depth--;
      return tokens[pos++] === ")" ? value : null;
    }
    if (token === "-" || token === "+") {
      const operand = atom();
      return operand === null ? null : token === "-" ? -operand : operand;
    }
    return /^\d|^0[xX]/.test(token) ? BigInt(token) : null;
  };
  const product = (): bigint | null => {
    let value = atom();
    while (value !== null && peek() === "*") {
      pos++;
      const right = atom();
      value = right === null ? null : value * right;
    }
    return value;
  };
  const sum = (): bigint | null => {
    let value = product();
    while (value !== null && (peek() === "+" || peek() === "-")) {
      const op = tokens[pos++] as "+" | "-";
      const right = product();
      value = right === null ? null : apply(op, value, right);
    }
    return value;
  };
  const shiftExpr = (): bigint | null => {
    let value = sum();
    while (value !== null && (peek() === "<<" || peek() === ">>")) {
      const op = tokens[pos++] as "<<" | ">>";
      const right = sum();
      if (right === null || right < 0n || right > MAX_SHIFT) return null;
      value = apply(op, value, right);
    }
    return value;
  };
  const value = shiftExpr();
  return pos === tokens.length ? value : null;
}

const PREFIXED =
  /^([+-]?)0(?:[xX](_?[0-9a-fA-F](?:_?[0-9a-fA-F])*)|[oO](_?[0-7](?:_?[0-7])*)|[bB](_?[01](?:_?[01])*))$/;
const DECIMAL = /^([+-]?)(?:([1-9](?:_?\d)*)|0(?:_?0)*)$/;
/** Python's limit on decimal digits in int(str) (sys.int_info.default_max_str_digits). */
const PY_MAX_STR_DIGITS = 4300;
const MAX_ANSWER_LENGTH = 100_000;

/** Python's `int(text, 0)`: prefixed hex/octal/binary or plain decimal; null where it raises. */
export function pyIntAutoBase(text: string): bigint | null {
  if (text.length > MAX_ANSWER_LENGTH) return null;
  const s = pyStrip(text);
  const prefixed = PREFIXED.exec(s);
  if (prefixed) {
    const [, sign, hex, oct, bin] = prefixed;
    const digits = (hex ?? oct ?? bin ?? "").replaceAll("_", "");
    const radix = hex !== undefined ? "0x" : oct !== undefined ? "0o" : "0b";
    const value = BigInt(radix + digits);
    return sign === "-" ? -value : value;
  }
  const decimal = DECIMAL.exec(s);
  if (!decimal) return null;
  const digits = (decimal[2] ?? "0").replaceAll("_", "");
  if (digits.length > PY_MAX_STR_DIGITS) return null;
  const value = BigInt(digits);
  return decimal[1] === "-" ? -value : value;
}

export const bitwiseArithmetic = defineLogicTask({
  name: "bitwise_arithmetic",
  category: "arithmetic",
  curriculum: { difficulty: scalar("difficulty", steps(1, 10)) },
  description: "Evaluate nested hex expressions with + - * and shifts; answer in signed hex.",
  config: z.object({ difficulty: z.number().int().min(1).max(10).default(2) }),
  generate(rng, config) {
    const problem = expression(rng, Math.max(1, config.difficulty));
    return {
      question:
        "Please solve this problem. Assume there is arbitrary bit depth and that there are signed integers. If the answer is negative, reply as a negative value (ex., -0x3), not the two's-compliment form. Reply only with the final hexidecimal value.\n" +
        problem.text,
      answer: pyHex(problem.value),
      metadata: { problem: problem.text, difficulty: { difficulty: config.difficulty } },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const given = pyIntAutoBase(answer);
    if (given === null) return 0;
    const expected = evaluateIntegerExpression(String(entry.metadata.problem ?? ""));
    return expected !== null && given === expected ? 1 : 0;
  },
});
