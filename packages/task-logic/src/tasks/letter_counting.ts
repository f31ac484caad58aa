import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { capitalize, randomWords } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/letter_counting.py
// Scoring: RG's default (exact, or the contained fraction).
// Deviation: RG takes a span of consecutive words from a bundled novel; here the span is random
// English words (word-list package), the first and about one in five capitalised like prose.
export const letterCounting = defineLogicTask({
  name: "letter_counting",
  category: "algorithmic",
  curriculum: { words: range("min_words", "max_words", steps(5, 19, 2), true) },
  description: "Count the occurrences of a letter in a span of words.",
  config: z.object({
    min_words: z.number().int().positive().default(5),
    max_words: z.number().int().positive().default(15),
  }),
  generate(rng, config) {
    const spanLength = rng.int(config.min_words, config.max_words);
    const span = randomWords(rng, spanLength).map((word, k) =>
      k === 0 || rng.bool(0.2) ? capitalize(word) : word,
    );
    const letters = [...new Set(span.join("").toLowerCase())].sort();
    const target = rng.pick(letters.length > 0 ? letters : ["a"]);
    let count = 0;
    for (const ch of span.join("").toLowerCase()) if (ch === target) count++;
    return {
      question: `How many times does the letter "${target}" appear in the text: "${span.join(" ")}"?`,
      answer: String(count),
      metadata: {
        span_length: spanLength,
        target_letter: target,
        span,
        difficulty: { words: [config.min_words, config.max_words] },
      },
    };
  },
  score: scoreExactOrContained,
});
