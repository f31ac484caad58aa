import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { capitalize, distinctWords } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/word_sorting.py
// Scoring as RG: the answer split on commas; 1.0 for the exact order, else the fraction of
// positions that match, raised to 0.2 when the answer holds exactly the right words.
// Deviation: RG samples distinct words of the configured lengths from a bundled novel, so about
// a fifth of them are capitalised; here the words come from the word-list package and, with the
// "original" transformation, about a fifth are capitalised the same way.
const QUESTION = (direction: string, words: string) =>
  `Your task is to sort words in ascending or descending order using ASCII/Unicode ordering.\n\nYour output should be a comma-separated list of words, e.g. word_1, word_2, word_3\n\nNow, sort these words in ${direction} order (using ASCII/Unicode ordering) and return them as a comma-separated list: ${words}\n`;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const wordSorting = defineLogicTask({
  name: "word_sorting",
  category: "algorithmic",
  curriculum: {
    num_words: range("min_words", "max_words", [5, 10, 25, 50, 100], true),
    word_length: range("min_word_length", "max_word_length", [3, 5, 10, 15], true),
  },
  description: "Sort words by ASCII/Unicode order, ascending or descending.",
  config: z.object({
    min_words: z.number().int().positive().default(3),
    max_words: z.number().int().positive().default(10),
    min_word_length: z.number().int().positive().default(3),
    max_word_length: z.number().int().positive().default(12),
    transformation: z
      .enum(["lowercase", "uppercase", "original", "randomcase"])
      .default("original"),
  }),
  generate(rng, config) {
    const count = rng.int(config.min_words, config.max_words);
    const original = distinctWords(rng, count, config.min_word_length, config.max_word_length).map(
      (word) => (rng.bool(0.2) ? capitalize(word) : word),
    );
    const transformed = original.map((word) => {
      switch (config.transformation) {
        case "lowercase":
          return word.toLowerCase();
        case "uppercase":
          return word.toUpperCase();
        case "randomcase":
          return [...word].map((c) => (rng.bool() ? c.toUpperCase() : c.toLowerCase())).join("");
        default:
          return word;
      }
    });
    const ascending = rng.bool();
    const sorted = transformed.slice().sort(byCodePoint);
    if (!ascending) sorted.reverse();
    const direction = ascending ? "ascending" : "descending";
    return {
      question: QUESTION(direction, transformed.join(", ")),
      answer: sorted.join(", "),
      metadata: {
        original_words: original,
        sorted_words: sorted,
        transformed_words: transformed,
        direction,
        num_words: original.length,
        word_length: Math.max(...original.map((w) => w.length)),
        difficulty: {
          num_words: [config.min_words, config.max_words],
          word_length: [config.min_word_length, config.max_word_length],
        },
      },
    };
  },
  score(answer, entry) {
    const oracle = entry.metadata.sorted_words;
    if (!answer || !Array.isArray(oracle) || oracle.length === 0) return 0;
    const parsed = answer.split(",").map((word) => word.trim());
    if (parsed.length === oracle.length && parsed.every((w, k) => w === oracle[k])) return 1;
    let correct = 0;
    for (let k = 0; k < parsed.length && k < oracle.length; k++)
      if (parsed[k] === oracle[k]) correct++;
    let score = correct / oracle.length;
    const a = parsed.slice().sort(byCodePoint);
    const b = (oracle as string[]).slice().sort(byCodePoint);
    if (a.length === b.length && a.every((w, k) => w === b[k])) score = Math.max(score, 0.2);
    return score;
  },
});
