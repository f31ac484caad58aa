import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/algorithmic/isomorphic_strings.py (LeetCode 205).
// string_length - 1 characters are drawn under a one-to-one letter mapping; an unsolvable item
// inserts one more pair that breaks the mapping (so only unsolvable pairs reach string_length,
// as in RG). The answer "True"/"False" is computed by checking the pair. Scoring: RG's default
// (exact, or the contained fraction).
const QUESTION = (s: string, t: string) =>
  `Two strings are isomorphic if the characters in one string can be replaced to get the second string.

All occurrences of a character must be replaced with another character while preserving the order of characters.

No two characters may map to the same character, but a character may map to itself.

Return True if the following two strings are isomorphic, or False otherwise:
${s} ${t}
`;

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/** Whether a one-to-one character mapping turns s into t. */
export function isIsomorphic(s: string, t: string): boolean {
  if (s.length !== t.length) return false;
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  for (let k = 0; k < s.length; k++) {
    const a = s[k] as string;
    const b = t[k] as string;
    if ((forward.get(a) ?? b) !== b || (backward.get(b) ?? a) !== a) return false;
    forward.set(a, b);
    backward.set(b, a);
  }
  return true;
}

function stringPair(rng: Rng, length: number, solvable: boolean): [string, string] {
  const s: string[] = [];
  const t: string[] = [];
  const mapping = new Map<string, string>();
  for (let k = 0; k < length - 1; k++) {
    const a = rng.pick(LETTERS);
    let b = mapping.get(a);
    if (b === undefined) {
      const used = new Set(mapping.values());
      b = rng.pick(LETTERS.filter((letter) => !used.has(letter)));
      mapping.set(a, b);
    }
    s.push(a);
    t.push(b);
  }
  if (!solvable) {
    const letter = rng.pick([...mapping.keys()]);
    const conflict = rng.pick(LETTERS.filter((c) => c !== mapping.get(letter)));
    const at = rng.int(0, s.length);
    s.splice(at, 0, letter);
    t.splice(at, 0, conflict);
  }
  return [s.join(""), t.join("")];
}

export const isomorphicStrings = defineLogicTask({
  name: "isomorphic_strings",
  category: "algorithmic",
  curriculum: {
    string_length: range("min_string_length", "max_string_length", [10, 50, 100, 1000]),
  },
  description: "Decide whether two strings are isomorphic (True/False).",
  config: z.object({
    min_string_length: z.number().int().min(2).default(2),
    max_string_length: z.number().int().min(2).default(10),
    p_solvable: z.number().min(0).max(1).default(0.5),
  }),
  generate(rng, config) {
    const stringLength = rng.int(config.min_string_length, config.max_string_length);
    const solvable = rng.float() < config.p_solvable;
    const [s, t] = stringPair(rng, stringLength, solvable);
    const answer = isIsomorphic(s, t);
    return {
      question: QUESTION(s, t),
      answer: answer ? "True" : "False",
      metadata: {
        words: [s, t],
        solution: answer,
        solvable,
        string_length: stringLength,
        difficulty: { string_length: [config.min_string_length, config.max_string_length] },
      },
    };
  },
  score: scoreExactOrContained,
});
