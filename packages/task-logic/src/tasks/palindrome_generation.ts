import { pyStrip } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { palindromeLetters } from "../lib/palindrome.js";

// Reasoning Gym: reasoning_gym/algorithmic/palindrome_generation.py (registered as
// "palindrome_generation"; RG's default size is 50).
// Scoring as RG: the answer stripped and lower-cased must read the same backwards (else 0.02)
// and use exactly the given letters (else 0.05): then 1.0, whichever palindrome it is.
const QUESTION = (letters: string) =>
  `Your task is, given a list of letters, to form a valid palindrome.

A palindrome is a phrase that reads the same forwards and backwards.

If there are multiple possible answers, only respond with one of them. You must use all the letters provided.

Your output should be a single string, with no spaces or punctuation.

Now, form a valid palindrome using the following letters: ${letters}
`;

/** The multiset of code points of `text`, as "char:count" pairs in a stable order. */
function letterCounts(chars: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([c, n]) => `${c}:${n}`)
    .join(",");
}

export const palindromeGeneration = defineLogicTask({
  name: "palindrome_generation",
  category: "algorithmic",
  curriculum: { length: range("min_length", "max_length", [10, 50, 100, 500], true) },
  description: "Arrange the given letters into a palindrome.",
  config: z.object({
    min_length: z.number().int().min(1).default(3),
    max_length: z.number().int().min(1).default(10),
    size: z.number().int().positive().default(50),
  }),
  generate(rng, config) {
    const length = rng.int(config.min_length, config.max_length);
    const letters = palindromeLetters(rng, length);
    const scrambled = rng.shuffle(letters);
    const palindrome = letters.join("");
    return {
      question: QUESTION(scrambled.join(", ")),
      answer: palindrome,
      metadata: {
        letters: scrambled,
        generated_palindrome: palindrome,
        length,
        difficulty: { length: [config.min_length, config.max_length] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer === "") return 0;
    const chars = [...pyStrip(answer).toLowerCase()];
    if (chars.some((c, k) => c !== chars[chars.length - 1 - k])) return 0.02;
    const expected = entry.metadata.letters;
    if (!Array.isArray(expected)) return 0;
    return letterCounts(chars) === letterCounts(expected.map(String)) ? 1 : 0.05;
  },
});
