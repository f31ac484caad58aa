import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/cognition/number_sequences.py (registered as "number_sequence")
// Scoring: RG's default (exact, or the contained fraction).
// A rule is 1 to complexity+1 operations applied to the current term; "alt" and "compose" are
// no-ops in RG's generated rules and are kept as such. A sequence is kept when every term has
// |x| <= 1000, it is not constant and (complexity > 1) its differences are not all equal; after
// 10 failed draws it is 0, 2, 4, ... RG computes with unbounded ints (four squarings a term can
// take it to millions of digits); here a term past 10^12 ends the draw, which changes nothing
// since such a sequence is rejected anyway.

const OPERATIONS = ["+", "*", "^2", "*2", "/2", "prev+", "alt", "compose"] as const;
type Operation = (typeof OPERATIONS)[number];
const LIMIT = 1e12;

interface Rule {
  operations: Operation[];
  parameters: number[];
}

function applyRule(rule: Rule, sequence: number[], position: number): number | null {
  let result = sequence[position] as number;
  for (const [k, op] of rule.operations.entries()) {
    const param = rule.parameters[k] as number;
    if (op === "+") result += param;
    else if (op === "*") result *= param;
    else if (op === "^2") result *= result;
    else if (op === "*2") result *= 2;
    else if (op === "/2") result = Math.floor(result / 2);
    else if (op === "prev+" && position > 0) result += sequence[position - 1] as number;
    if (Math.abs(result) > LIMIT) return null;
  }
  return result;
}

function describeRule(rule: Rule): string {
  const parts: string[] = [];
  for (const [k, op] of rule.operations.entries()) {
    const param = rule.parameters[k];
    if (op === "+") parts.push(`add ${param}`);
    else if (op === "*") parts.push(`multiply by ${param}`);
    else if (op === "^2") parts.push("square");
    else if (op === "*2") parts.push("double");
    else if (op === "/2") parts.push("halve");
    else if (op === "prev+") parts.push("add previous");
  }
  return parts.join(" then ");
}

function generateRule(rng: Rng, complexity: number): Rule {
  const operations: Operation[] = [];
  const parameters: number[] = [];
  const count = rng.int(1, complexity + 1);
  for (let k = 0; k < count; k++) {
    const op = rng.pick(OPERATIONS);
    operations.push(op);
    if (op === "+" || op === "*") {
      let param = 0;
      while (param === 0) param = rng.int(-10, 10);
      parameters.push(param);
    } else parameters.push(0);
  }
  return { operations, parameters };
}

function isInteresting(sequence: number[], complexity: number): boolean {
  if (sequence.some((x) => Math.abs(x) > 1000)) return false;
  if (new Set(sequence).size === 1) return false;
  if (complexity > 1) {
    const diffs = new Set(sequence.slice(1).map((x, k) => x - (sequence[k] as number)));
    if (diffs.size === 1) return false;
  }
  return true;
}

export const numberSequence = defineLogicTask({
  name: "number_sequence",
  category: "cognition",
  curriculum: {
    terms: range("min_terms", "max_terms", [4, 8, 12, 16], true),
    min_value: scalar("min_value", [-100, -500, -1000, -10000]),
    max_value: scalar("max_value", [100, 500, 1000, 10000]),
    max_complexity: scalar("max_complexity", [2, 3, 4, 5]),
  },
  description: "Continue an integer sequence built from composed operations.",
  config: z.object({
    min_terms: z.number().int().min(4).default(4),
    max_terms: z.number().int().min(4).default(8),
    min_value: z.number().int().default(-100),
    max_value: z.number().int().default(100),
    max_complexity: z.number().int().positive().default(3),
  }),
  generate(rng, config) {
    const complexity = rng.int(1, config.max_complexity);
    let rule: Rule = { operations: ["+"], parameters: [2] };
    let sequence: number[] = [];
    let found = false;
    let numTerms = config.min_terms;
    for (let attempt = 0; attempt < 10 && !found; attempt++) {
      rule = generateRule(rng, complexity);
      numTerms = rng.int(config.min_terms, config.max_terms);
      sequence = [rng.int(-10, 10)];
      let overflow = false;
      for (let i = 0; i < numTerms && !overflow; i++) {
        const next = applyRule(rule, sequence, i);
        if (next === null) overflow = true;
        else sequence.push(next);
      }
      found = !overflow && isInteresting(sequence, complexity);
    }
    if (!found) {
      rule = { operations: ["+"], parameters: [2] };
      sequence = Array.from({ length: numTerms + 1 }, (_, i) => i * 2);
    }
    return {
      question: `${sequence.slice(0, -1).join(", ")}, ?`,
      answer: String(sequence.at(-1)),
      metadata: {
        rule: describeRule(rule),
        complexity,
        sequence,
        difficulty: {
          max_complexity: config.max_complexity,
          terms: [config.min_terms, config.max_terms],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
