import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import {
  addDec,
  type Dec,
  decToString,
  divDec,
  mulDec,
  parseDec,
  subDec,
  withinDec,
} from "../lib/decimal.js";
import { pyFloatRepr } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/decimal_arithmetic.py
// 2-6 decimals (each 0 < v ≤ 10 with 3 places by default) joined by + - * /, grouped by random
// splits with random parentheses; the answer is the expression evaluated with Python's Decimal
// at `precision` significant digits (half-even), printed by str(Decimal). As in RG, each literal
// passes through a Python float first (RG parses the text with `ast`), so "4.180" counts as
// 4.18 and the answer's trailing zeros follow from that.
// Scoring as RG: 1.0 when |Decimal(answer) - Decimal(oracle)| ≤ 10^-max_num_decimal_places,
// else 0. Deviations: the tolerance comes from the entry's metadata.difficulty.decimal_places
// (RG uses the scoring dataset's config), and the difference is exact (RG rounds it to the
// context precision). An expression that divides by zero is drawn again (RG raises).
// Exponents past ±5000 in an answer are refused (score 0).

const OPERATIONS = ["+", "-", "*", "/"] as const;

/** "4.180": raw / 10^places with exactly `places` decimals (RG's quantize and format). */
function literal(raw: number, places: number): string {
  if (places === 0) return String(raw);
  const digits = String(raw).padStart(places + 1, "0");
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** RG's build_grouped_expression: a random split, each side built alike, 50% parentheses. */
function grouped(rng: Rng, operands: readonly string[], operators: readonly string[]): string {
  if (operands.length === 1) return operands[0] as string;
  const split = rng.int(1, operands.length - 1);
  const left = grouped(rng, operands.slice(0, split), operators.slice(0, split - 1));
  const right = grouped(rng, operands.slice(split), operators.slice(split));
  const expr = `${left}${operators[split - 1]}${right}`;
  return rng.bool() ? `(${expr})` : expr;
}

/** How Python's ast reads a literal: an int stays exact, a float goes through repr(). */
function astLiteral(text: string): Dec | null {
  return parseDec(text.includes(".") ? pyFloatRepr(Number(text)) : text);
}

const TOKEN = /(\d+(?:\.\d*)?|[-+*/()])/y;

/** Evaluates the generator's expression with Python's precedence and Decimal context; null on x/0. */
export function evaluateDecimalExpression(text: string, precision: number): Dec | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push(m[1] as string);
  let pos = 0;
  const atom = (): Dec | null => {
    const token = tokens[pos++];
    if (token === "(") {
      const value = sum();
      pos++; // ")"
      return value;
    }
    return token === undefined ? null : astLiteral(token);
  };
  const product = (): Dec | null => {
    let value = atom();
    while (value !== null && (tokens[pos] === "*" || tokens[pos] === "/")) {
      const op = tokens[pos++];
      const right = atom();
      if (right === null) return null;
      value = op === "*" ? mulDec(value, right, precision) : divDec(value, right, precision);
    }
    return value;
  };
  const sum = (): Dec | null => {
    let value = product();
    while (value !== null && (tokens[pos] === "+" || tokens[pos] === "-")) {
      const op = tokens[pos++];
      const right = product();
      if (right === null) return null;
      value = op === "+" ? addDec(value, right, precision) : subDec(value, right, precision);
    }
    return value;
  };
  return sum();
}

const MAX_DRAWS = 1000;

export const decimalArithmetic = defineLogicTask({
  name: "decimal_arithmetic",
  category: "arithmetic",
  curriculum: {
    decimal_places: range("min_num_decimal_places", "max_num_decimal_places", [2, 4, 6, 8], true),
    precision: scalar("precision", [6, 8, 10, 12]),
    num_terms: range("min_terms", "max_terms", [2, 5, 8, 10]),
  },
  description:
    "Evaluate a parenthesised decimal expression to a given number of significant digits.",
  config: z.object({
    min_num_decimal_places: z.number().int().min(0).max(14).default(3),
    max_num_decimal_places: z.number().int().min(0).max(14).default(3),
    min_terms: z.number().int().positive().default(2),
    max_terms: z.number().int().positive().default(6),
    precision: z.number().int().positive().default(12),
  }),
  generate(rng, config) {
    if (config.precision <= config.max_num_decimal_places + 1)
      throw new Error(
        "decimal_arithmetic: precision must be 2 or more higher than max_num_decimal_places",
      );
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const terms = rng.int(config.min_terms, config.max_terms);
      const operands: string[] = [];
      const operators: string[] = [];
      let maxPlaces = 1;
      for (let k = 0; k < terms; k++) {
        const places = rng.int(config.min_num_decimal_places, config.max_num_decimal_places);
        maxPlaces = Math.max(maxPlaces, places);
        operands.push(literal(rng.int(1, 10 * 10 ** places), places));
        if (k < terms - 1) operators.push(rng.pick(OPERATIONS));
      }
      const expression = grouped(rng, operands, operators);
      const answer = evaluateDecimalExpression(expression, config.precision);
      if (answer === null) continue;
      return {
        question: `Please solve this problem to a maximum of ${config.precision} significant digits, rounding up from the half. Only reply with the final value.\n${expression} = ?`,
        answer: decToString(answer),
        metadata: {
          decimal_places: maxPlaces,
          num_terms: terms,
          difficulty: {
            decimal_places: [config.min_num_decimal_places, config.max_num_decimal_places],
            num_terms: [config.min_terms, config.max_terms],
          },
        },
      };
    }
    throw new Error("decimal_arithmetic: no expression without a division by zero");
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = parseDec(answer);
    const expected = parseDec(entry.answer);
    const places = (entry.metadata.difficulty as { decimal_places?: unknown } | undefined)
      ?.decimal_places;
    const maxPlaces = Array.isArray(places) ? Number(places[1]) : Number.NaN;
    if (given === null || expected === null || !Number.isSafeInteger(maxPlaces)) return 0;
    return withinDec(given, expected, maxPlaces) ? 1 : 0;
  },
});
