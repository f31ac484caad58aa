import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { randomBigInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/basic_arithmetic.py
// Scoring: RG's default (exact match, or len(oracle)/len(answer) when the oracle is contained).
// Deviation: with allow_parentheses=false RG computes the answer left to right, ignoring operator
// precedence, and may print "/" where it multiplied; here the printed expression is always the
// one whose value (with precedence, "/" as floor division as in RG) is the answer. Expressions
// that would divide by zero (RG raises) are regenerated.

const OPERATORS = ["+", "-", "*", "/"] as const;

/** Python floor division on bigint. */
function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new RangeError("division by zero");
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * Evaluates a generated expression (integers, + - * /, parentheses, unary minus) with Python's
 * precedence and `//` for "/". Only ever applied to the generator's own expressions.
 */
export function evaluateFloorDiv(expression: string): bigint {
  let i = 0;
  const s = expression;
  const skip = () => {
    while (s[i] === " ") i++;
  };
  const factor = (): bigint => {
    skip();
    if (s[i] === "-") {
      i++;
      return -factor();
    }
    if (s[i] === "+") {
      i++;
      return factor();
    }
    if (s[i] === "(") {
      i++;
      const value = sum();
      skip();
      if (s[i] !== ")") throw new SyntaxError("missing )");
      i++;
      return value;
    }
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) throw new SyntaxError(`unexpected ${s[i] ?? "end"}`);
    return BigInt(s.slice(start, i));
  };
  const term = (): bigint => {
    let value = factor();
    for (;;) {
      skip();
      const op = s[i];
      if (op !== "*" && op !== "/") return value;
      i++;
      const right = factor();
      value = op === "*" ? value * right : floorDiv(value, right);
    }
  };
  const sum = (): bigint => {
    let value = term();
    for (;;) {
      skip();
      const op = s[i];
      if (op !== "+" && op !== "-") return value;
      i++;
      const right = term();
      value = op === "+" ? value + right : value - right;
    }
  };
  const value = sum();
  skip();
  if (i !== s.length) throw new SyntaxError(`trailing ${s[i]}`);
  return value;
}

/**
 * Divisors of |value| (RG lists all of them; here the search stops at 10^4, so for huge
 * dividends only the divisors up to 10^4 and their cofactors are candidates: it keeps
 * generation fast on 20-digit dividends).
 */
function divisorsOf(value: bigint): bigint[] {
  const n = value < 0n ? -value : value;
  const out: bigint[] = [];
  if (n <= BigInt(Number.MAX_SAFE_INTEGER)) {
    const m = Number(n);
    for (let d = 1; d * d <= m && d <= 10_000; d++) {
      if (m % d === 0) {
        out.push(BigInt(d));
        if (d * d !== m) out.push(BigInt(m / d));
      }
    }
    return out;
  }
  for (let d = 1n; d <= 10_000n; d++) {
    if (n % d === 0n) out.push(d, n / d);
  }
  return out;
}

const ConfigSchema = z.object({
  min_terms: z.number().int().positive().default(2),
  max_terms: z.number().int().positive().default(6),
  min_digits: z.number().int().positive().default(1),
  max_digits: z.number().int().positive().max(9).default(4),
  operators: z
    .array(z.enum(OPERATORS))
    .min(1)
    .default([...OPERATORS]),
  allow_parentheses: z.boolean().default(true),
  allow_negation: z.boolean().default(true),
  format_style: z.enum(["simple", "natural"]).default("simple"),
  whitespace: z.enum(["no_space", "single", "random"]).default("single"),
});
type Config = z.infer<typeof ConfigSchema>;

function complexParts(rng: Rng, config: Config, numTerms: number, numDigits: number): string[] {
  const limit = 10 ** numDigits - 1;
  const nonDivision = config.operators.filter((o) => o !== "/");
  const addTerms = (remaining: number): string[] => {
    const numLeft = rng.int(1, remaining);
    const numRight = remaining - numLeft;
    const left: string[] = [];
    if (numLeft > 1 && rng.float() > 0.5 && config.allow_parentheses) {
      left.push(rng.float() > 0.5 && config.allow_negation ? "-(" : "(");
      left.push(...addTerms(numLeft));
      left.push(")");
    } else {
      for (let k = 0; k < numLeft; k++) {
        left.push(String(rng.int(-limit, limit)));
        if (k + 1 < numLeft) left.push(nonDivision.length > 0 ? rng.pick(nonDivision) : "+");
      }
    }
    if (numRight === 0) return left;
    const op = rng.pick(config.operators);
    if (op !== "/") {
      left.push(op, ...addTerms(numRight));
      return left;
    }
    const dividend = evaluateFloorDiv(
      left.at(-1) === ")" ? left.join(" ") : (left.at(-1) as string),
    );
    left.push("/");
    const pickDivisor = () =>
      dividend !== 0n ? rng.pick(divisorsOf(dividend)) : BigInt(rng.int(1, limit));
    if (numRight > 1) {
      const right = addTerms(numRight - 1);
      if (right.at(-1) === ")") {
        const rightValue = evaluateFloorDiv(right.join(" "));
        const correction =
          rightValue === 0n ? 1n : rng.pick(divisorsOf(gcdOf(dividend, rightValue))) - rightValue;
        right.pop();
        right.push("+", String(correction), ")");
      } else {
        left.push(String(pickDivisor()), "+");
      }
      left.push(...right);
    } else {
      left.push(String(pickDivisor()));
    }
    return left;
  };
  return addTerms(numTerms);
}

function gcdOf(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Linear expression without parentheses; "/" only where it divides the running product term. */
function simpleParts(rng: Rng, config: Config, numTerms: number, numDigits: number): string[] {
  const limit = 10n ** BigInt(numDigits);
  const constants = Array.from({ length: numTerms }, () => randomBigInt(rng, 0n, limit));
  const parts = [String(constants[0])];
  let termValue = constants[0] as bigint;
  for (let k = 1; k < numTerms; k++) {
    let op = rng.pick(config.operators) as string;
    let c = constants[k] as bigint;
    if (op === "/") {
      const bound = termValue < 0n ? -termValue : termValue;
      const divisors = divisorsOf(termValue).filter((d) => d >= 2n && d < bound && d < limit);
      if (divisors.length > 0) c = rng.pick(divisors);
      else {
        op = "*";
        c = randomBigInt(rng, 1n, limit - 1n);
      }
    }
    parts.push(op, String(c));
    if (op === "*") termValue *= c;
    else if (op === "/") termValue /= c;
    else termValue = c;
  }
  return parts;
}

function joinParts(rng: Rng, config: Config, parts: string[]): string {
  if (config.whitespace === "no_space") return parts.join("");
  if (config.whitespace === "single") return parts.join(" ");
  let out = "";
  for (const part of parts) {
    if (rng.float() < 0.15) out += " ";
    out += part;
  }
  return out.trim();
}

const TEMPLATES = ["What is {0}?", "Solve {0}.", "Compute {0}.", "Evaluate: {0}."];

export const basicArithmetic = defineLogicTask({
  name: "basic_arithmetic",
  category: "arithmetic",
  curriculum: {
    num_terms: range("min_terms", "max_terms", [2, 3, 4, 5, 6]),
    num_digits: range("min_digits", "max_digits", [1, 2, 3, 4]),
  },
  description: "Evaluate an integer expression with + - * / (floor division) and parentheses.",
  config: ConfigSchema,
  generate(rng, config) {
    for (;;) {
      const numTerms = rng.int(config.min_terms, config.max_terms);
      const numDigits = rng.int(config.min_digits, config.max_digits);
      const parts = config.allow_parentheses
        ? complexParts(rng, config, numTerms, numDigits)
        : simpleParts(rng, config, numTerms, numDigits);
      let expression = joinParts(rng, config, parts);
      expression = expression.replaceAll("/ 0", "/ 1");
      let result: bigint;
      try {
        result = evaluateFloorDiv(expression);
      } catch {
        continue; // a division by zero (Reasoning Gym would raise): draw again
      }
      const question =
        config.format_style === "simple"
          ? `Calculate ${expression}.`
          : rng.pick(TEMPLATES).replace("{0}", expression);
      return {
        question,
        answer: String(result),
        metadata: {
          expression,
          num_terms: numTerms,
          num_digits: numDigits,
          difficulty: {
            num_terms: [config.min_terms, config.max_terms],
            num_digits: [config.min_digits, config.max_digits],
          },
        },
      };
    }
  },
  score: scoreExactOrContained,
});
