import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { parsePyStrings } from "../lib/python.js";

// Reasoning Gym: reasoning_gym/algorithmic/string_insertion.py (after CodeSteer's
// string_insertion). A string over A-E; scanning left to right, after each of the five patterns
// the pattern's letter is inserted and the scan resumes after the insertion.
// Scoring as RG: 1.0 for exactly the oracle string; 0.1 when the answer is a Python str or a list
// or tuple of strs that joins to it (e.g. ['A', 'B']); else 0.
// Fix: RG evaluates the answer with eval(); here a literal parser reads strs, lists and tuples of
// strs (adjacent literals concatenate, as in Python); expressions such as 'AB' + 'C' and sets
// score 0 instead of RG's 0.1.
const QUESTION = (string: string) =>
  `Given a string consisting of characters A, B, C, D, and E, your job is to insert a character according to the following pattern:
1. If there is a substring ABCD in the string, insert the character A after the substring.
2. If there is a substring BCDE in the string, insert the character B after the substring.
3. If there is a substring CDEA in the string, insert the character C after the substring.
4. If there is a substring DEAB in the string, insert the character D after the substring.
5. If there is a substring EABC in the string, insert the character E after the substring.

Once you have inserted a character, you have to skip over the substring and the inserted character and continue the search from the next character.

Your output should be a string that has been modified according to the pattern.

Given the following string, provide the answer after inserting the characters according to the pattern: ${string}
`;

const VOCABULARY = ["A", "B", "C", "D", "E"];
const RULES: readonly [pattern: string, insert: string][] = [
  ["ABCD", "A"],
  ["BCDE", "B"],
  ["CDEA", "C"],
  ["DEAB", "D"],
  ["EABC", "E"],
];

/** The string with each rule's letter inserted after its pattern, scanning left to right. */
export function insertAfterPatterns(string: string): string {
  let out = "";
  let i = 0;
  while (i < string.length) {
    const rule = RULES.find(([pattern]) => string.startsWith(pattern, i));
    if (rule) {
      out += rule[0] + rule[1];
      i += rule[0].length;
    } else out += string[i++];
  }
  return out;
}

export const stringInsertion = defineLogicTask({
  name: "string_insertion",
  category: "algorithmic",
  curriculum: {
    string_length: range("min_string_length", "max_string_length", [10, 50, 100, 500], true),
  },
  description: "Insert a letter after each of five patterns in an A-E string.",
  config: z.object({
    min_string_length: z.number().int().min(5).default(5),
    max_string_length: z.number().int().min(5).default(20),
  }),
  generate(rng, config) {
    const length = rng.int(config.min_string_length, config.max_string_length);
    const string = Array.from({ length }, () => rng.pick(VOCABULARY)).join("");
    const answer = insertAfterPatterns(string);
    return {
      question: QUESTION(string),
      answer,
      metadata: {
        string,
        solution: answer,
        string_length: length,
        difficulty: {
          string_length: [config.min_string_length, config.max_string_length],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    if (answer === entry.answer) return 1;
    return parsePyStrings(answer)?.join("") === entry.answer ? 0.1 : 0;
  },
});
