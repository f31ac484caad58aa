import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { isPyAlnum, storyWords } from "../lib/corpus.js";

// Reasoning Gym: reasoning_gym/algorithmic/word_sequence_reversal.py
// Distinct positions of RG's text ("In the Year 2889", see lib/corpus.ts), alphanumeric words
// only. Scoring: RG's default (exact, or the contained fraction).
// Deviation: RG reads its whole data file, Project Gutenberg's licence text included; the text
// here is the story alone.
const QUESTION = (words: string) => `Solve the following problem.

Provide you answer as a comma-separated list of words with a space after the comma.

Reverse this list of words: ${words}
`;

let cachedWords: readonly string[] | undefined;
const alnumWords = () => {
  cachedWords ??= storyWords().filter(isPyAlnum);
  return cachedWords;
};

export const wordSequenceReversal = defineLogicTask({
  name: "word_sequence_reversal",
  category: "algorithmic",
  curriculum: { words: range("min_words", "max_words", [10, 25, 50, 100], true) },
  description: "Reverse a comma-separated list of words.",
  config: z.object({
    min_words: z.number().int().min(1).default(3),
    max_words: z.number().int().min(1).default(8),
  }),
  generate(rng, config) {
    const pool = alnumWords();
    const count = Math.min(rng.int(config.min_words, config.max_words), pool.length);
    const positions = new Set<number>();
    while (positions.size < count) positions.add(rng.int(0, pool.length - 1));
    const words = [...positions].map((k) => pool[k] as string);
    return {
      question: QUESTION(words.join(", ")),
      answer: words.slice().reverse().join(", "),
      metadata: {
        num_words: count,
        words,
        difficulty: { words: [config.min_words, config.max_words] },
      },
    };
  },
  score: scoreExactOrContained,
});
