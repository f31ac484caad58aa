import { pySplit } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyWords, storySentences } from "../lib/corpus.js";

// Reasoning Gym: reasoning_gym/algorithmic/sentence_reordering.py
// A sentence of RG's text ("In the Year 2889", see lib/corpus.ts) whose word count (Python's
// \b\w+\b matches) lies in the configured range, its whitespace-separated words shuffled.
// Scoring as RG: exactly the answer 1.0; the same number of words: the fraction matching at
// their position, case-insensitively; otherwise 0.05.
// Fixes: (1) RG's answer sorts the shuffled words by the index of their first occurrence, so a
// sentence with a repeated word gets a wrong answer ("the cat the dog" became "the the cat
// dog"); here the answer is the sentence itself. (2) An empty answer scores 0 (RG 0.05).
// Deviation: RG reads its whole data file, Project Gutenberg's licence text included; the text
// here is the story alone.
const sentencePools = new Map<string, readonly string[]>();

function sentencePool(minWords: number, maxWords: number): readonly string[] {
  const key = `${minWords}:${maxWords}`;
  let pool = sentencePools.get(key);
  if (!pool) {
    pool = storySentences().filter((s) => {
      const count = pyWords(s).length;
      return count >= minWords && count <= maxWords;
    });
    sentencePools.set(key, pool);
  }
  if (pool.length === 0)
    throw new Error(`sentence_reordering: no sentence has ${minWords} to ${maxWords} words`);
  return pool;
}

export const sentenceReordering = defineLogicTask({
  name: "sentence_reordering",
  category: "algorithmic",
  curriculum: {
    words_in_sentence: range(
      "min_words_in_sentence",
      "max_words_in_sentence",
      [5, 20, 50, 100],
      true,
    ),
  },
  description: "Restore the word order of a shuffled sentence.",
  config: z.object({
    min_words_in_sentence: z.number().int().min(1).default(3),
    max_words_in_sentence: z.number().int().min(1).default(20),
  }),
  generate(rng, config) {
    const sentence = rng.pick(
      sentencePool(config.min_words_in_sentence, config.max_words_in_sentence),
    );
    const words = pySplit(sentence);
    const answer = words.join(" ");
    return {
      question: `Restore the correct order of words in the following sentence: ${rng.shuffle(words).join(" ")}`,
      answer,
      metadata: {
        word_count: pyWords(answer).length,
        difficulty: {
          words_in_sentence: [config.min_words_in_sentence, config.max_words_in_sentence],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer === "" || entry.answer === null) return 0;
    if (answer === entry.answer) return 1;
    const goal = pySplit(entry.answer);
    const given = pySplit(answer);
    if (goal.length !== given.length) return 0.05;
    let right = 0;
    for (const [k, word] of goal.entries())
      if (word.toLowerCase() === (given[k] as string).toLowerCase()) right++;
    return right / goal.length;
  },
});
