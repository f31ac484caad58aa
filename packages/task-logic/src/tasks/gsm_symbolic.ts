import type { Rng } from "@prorl/core";
import { z } from "zod";
import { defineLogicTask } from "../define.js";
import { GSM_TEMPLATES, GSM_TEMPLATES_OK } from "../lib/gsm-symbolic/index.js";
import { Fraction, pyRandom } from "../lib/gsm-symbolic/python.js";
import type { GsmSolution } from "../lib/gsm-symbolic/solution.js";
import { pyFloat } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/gsm_symbolic/ (gsm_symbolic.py with the templates of
// generators_00_49.py and generators_50_99.py, ported in src/lib/gsm-symbolic/). Each item draws
// one of the 85 templates RG's dataset uses (its `tasks_ok`; the other 15, which RG marks as
// needing a fix, are ported too but not drawn, as in RG) and fills it in with RG's ranges.
// Deviations: the template of item i is drawn from item i's own stream (RG draws the whole list
// of templates from the seed first); draws with a negative answer are made again (see
// drawSolution); a Fraction in `variables` is stored as Python prints it ("1/4"), since JSON
// has no fractions.
// Scoring: RG's — the first number in the answer (Python's `\b-?\d+(?:\.\d+)?\b`, so a leading
// minus only counts after a letter or digit) equal to the answer as floats: 1.0, any other
// number 0.01, no number 0.
export const gsmSymbolic = defineLogicTask({
  name: "gsm_symbolic",
  category: "arithmetic",
  description: "GSM8K-style word problems from templates with randomised names and numbers.",
  config: z.object({
    // RG accepts only 1.0 (its templates scale some ranges by it, but the fallbacks assume 1.0).
    difficulty: z.number().min(1).max(1).default(1),
  }),
  generate(rng, config) {
    const solution = drawSolution(rng, config.difficulty);
    return {
      question: `${solution.question} Give the result as your final answer. Do not include units.`,
      answer: solution.answer,
      metadata: {
        difficulty: config.difficulty,
        answer_value: jsonValue(solution.answer_value),
        answer_cot: solution.answer_cot,
        variables: jsonValue(solution.variables),
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const found = firstNumber(answer);
    if (found === null) return 0;
    const expected = pyFloat(entry.answer);
    if (expected === null) return 0;
    return found === expected ? 1 : 0.01;
  },
});

/**
 * A template's solution with a non-negative answer. RG's comet template (24) sometimes puts
 * the first sighting at age −1; RG's scorer reads "-1" as 1, so no answer could score 1: such
 * draws are made again from the same stream.
 */
function drawSolution(rng: Rng, difficulty: number): GsmSolution {
  for (let attempt = 0; attempt < 100; attempt++) {
    const template = GSM_TEMPLATES[rng.pick(GSM_TEMPLATES_OK)];
    if (!template) throw new Error("gsm_symbolic: template list out of range");
    const solution = template(pyRandom(rng), difficulty);
    if (!solution.answer.startsWith("-")) return solution;
  }
  throw new Error("gsm_symbolic: no template gave a non-negative answer in 100 draws");
}

/** Metadata as JSON holds it: fractions as Python's `str` ("3/4"). */
function jsonValue(value: unknown): unknown {
  if (value instanceof Fraction) return String(value);
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
  }
  return value;
}

// Python's `\w` on str is a letter, a number or "_"; `\b` sits between a word and a non-word
// character; `\d` is any Unicode decimal digit. Constant-width lookarounds keep this linear.
const WORD = String.raw`[\p{L}\p{N}_]`;
const RG_NUMBER = new RegExp(
  String.raw`(?:(?<=${WORD})-|(?<!${WORD}))\p{Nd}+(?:\.\p{Nd}+)?(?!${WORD})`,
  "u",
);
const DECIMAL_DIGIT = /\p{Nd}/u;

/** The value of the first match of RG's `\b-?\d+(?:\.\d+)?\b`, read as Python's float() does. */
function firstNumber(text: string): number | null {
  const match = RG_NUMBER.exec(text);
  if (!match) return null;
  let ascii = "";
  for (const ch of match[0]) ascii += ch === "-" || ch === "." ? ch : String(digitValue(ch));
  return Number(ascii);
}

/** A Unicode decimal digit's value: its place in its run of digits (runs go 0 to 9, repeated). */
function digitValue(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}
