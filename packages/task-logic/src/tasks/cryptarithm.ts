import { pyStrip } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyIntText } from "../lib/python.js";

// Reasoning Gym: reasoning_gym/algorithmic/cryptarithm.py
// Addends of 3 to 5 digits (no leading zero unless allowed) and their sum; the distinct digits
// get distinct random letters. The answer lists one mapping ("A=1,B=0,...", letters sorted);
// any mapping that satisfies the puzzle scores.
// Scoring as RG: the answer split on "," into "letter=digit" pairs (whitespace stripped, digits
// read as Python's int() reads them, so "+3" and "٣" count); a pair that does not split into two
// parts or a non-integer digit scores 0; a parsed mapping scores 1.0 when it maps exactly the
// puzzle's letters to distinct digits 0-9, no leading letter is 0 (unless allowed) and the sum
// holds, else 0.01.
const QUESTION = (puzzle: string, allowLeadingZero: boolean) =>
  `Solve this cryptarithm:\n\n${puzzle}\n\nEach letter stands for a unique digit (0-9). ${
    allowLeadingZero ? "Leading letters may be zero.\n" : "No leading letter can be zero.\n"
  }Provide a comma separated mapping from letters to digits that satisfies the equation in your final answer. Output format: "A=1,B=2,C=3" (without quotes)\n`;

const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/** The addends right-aligned, "+ " before the last, a rule of dashes, then the sum (RG's layout). */
function layout(words: readonly string[], result: string): string {
  const width = Math.max(...words.map((w) => w.length), result.length);
  const lines = words.map((word, k) =>
    k < words.length - 1 ? word.padStart(width + 2) : `+ ${word.padStart(width)}`,
  );
  return [...lines, "-".repeat(width + 2), result.padStart(width + 2)].join("\n");
}

/** RG's verify_cryptarithm_solution: whether `mapping` solves the puzzle. */
export function solvesCryptarithm(
  mapping: ReadonlyMap<string, bigint>,
  words: readonly string[],
  result: string,
  allowLeadingZero: boolean,
): boolean {
  const letters = new Set([...words, result].flatMap((word) => [...word]));
  if (mapping.size !== letters.size || [...mapping.keys()].some((l) => !letters.has(l)))
    return false;
  const digits = [...mapping.values()];
  if (digits.some((d) => d < 0n || d > 9n) || new Set(digits).size !== digits.length) return false;
  const leadingZero = [...words, result].some(
    (w) => w.length > 0 && mapping.get(w[0] as string) === 0n,
  );
  if (!allowLeadingZero && leadingZero) return false;
  const value = (word: string) => BigInt([...word].map((l) => String(mapping.get(l))).join(""));
  return words.reduce((sum, word) => sum + value(word), 0n) === value(result);
}

/** The answer as RG parses it: null where RG's parse raises (score 0). */
function parseMapping(answer: string): Map<string, bigint> | null {
  const mapping = new Map<string, bigint>();
  for (const pair of answer.split(",")) {
    const parts = pyStrip(pair).split("=");
    if (parts.length !== 2) return null;
    const digit = pyIntText(parts[1] as string);
    if (digit === null) return null;
    mapping.set(pyStrip(parts[0] as string), digit);
  }
  return mapping;
}

export const cryptarithm = defineLogicTask({
  name: "cryptarithm",
  category: "algorithmic",
  curriculum: { words: range("min_words", "max_words", [2, 5, 10, 50], true) },
  description: "Solve a letter-for-digit addition puzzle.",
  config: z.object({
    min_words: z.number().int().min(2).default(2),
    max_words: z.number().int().min(2).default(3),
    allow_leading_zero: z.boolean().default(false),
  }),
  generate(rng, config) {
    const count = rng.int(config.min_words, config.max_words);
    const numbers = Array.from({ length: count }, () => {
      const length = rng.int(3, 5);
      return config.allow_leading_zero
        ? rng.int(0, 10 ** length - 1)
        : rng.int(10 ** (length - 1), 10 ** length - 1);
    });
    const sum = numbers.reduce((a, b) => a + b, 0);
    const digits = rng.shuffle([...new Set(numbers.concat(sum).join(""))].sort());
    const letters = rng.shuffle(ALPHABET).slice(0, digits.length);
    const digitToLetter = Object.fromEntries(digits.map((d, k) => [d, letters[k] as string]));
    const letterToDigit = Object.fromEntries(
      digits.map((d, k) => [letters[k] as string, Number(d)]),
    );
    const spell = (n: number) => [...String(n)].map((d) => digitToLetter[d]).join("");
    const words = numbers.map(spell);
    const result = spell(sum);
    const answer = Object.keys(letterToDigit)
      .sort()
      .map((l) => `${l}=${letterToDigit[l]}`)
      .join(",");
    return {
      question: QUESTION(layout(words, result), config.allow_leading_zero),
      answer,
      metadata: {
        allow_leading_zero: config.allow_leading_zero,
        letters: Object.keys(letterToDigit),
        word_values: numbers,
        sum_number: sum,
        words_letters: words,
        result_letters: result,
        digit_to_letter: digitToLetter,
        letter_to_digit: letterToDigit,
        difficulty: { words: [config.min_words, config.max_words] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const mapping = parseMapping(answer);
    if (mapping === null) return 0;
    const words = entry.metadata.words_letters as string[];
    const result = entry.metadata.result_letters as string;
    const allowLeadingZero = entry.metadata.allow_leading_zero === true;
    return solvesCryptarithm(mapping, words, result, allowLeadingZero) ? 1 : 0.01;
  },
});
