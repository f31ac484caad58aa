import { pySplit, pyStrip, type Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { isPyAlpha, storyWords } from "../lib/corpus.js";

// Reasoning Gym: reasoning_gym/algorithmic/letter_jumble.py
// Words of the configured lengths from RG's text ("In the Year 2889", see lib/corpus.ts), a run
// of consecutive ones or a random sample, each scrambled by max(1, int(len * corruption_level))
// swaps of two distinct positions.
// Scoring as RG: answer and oracle stripped and lower-cased; equal 1.0, else the fraction of the
// oracle's words matched at the same position (whitespace-split).
// Deviation: RG reads its whole data file, Project Gutenberg's licence text included; the text
// here is the story alone (lib/corpus.ts).
const QUESTION = (words: string) =>
  `Your task is to unsramble words in a sentence.

For each word in a sentence, the letter may have been randomly shuffled. Your task is to unscramble the words.

The order of the words in the sentence is preserved. Moreover, the style of the sentence is preserved (i.e. punctuation, capitalization, new lines, etc.).

Your output should be a sentence with the words unscrambled.

Now, unscramble these words: ${words}
`;

const wordPools = new Map<string, readonly string[]>();

/** The story's alphabetic words with lengths in [min, max] (RG's filtered word list). */
function wordPool(minLength: number, maxLength: number): readonly string[] {
  const key = `${minLength}:${maxLength}`;
  let pool = wordPools.get(key);
  if (!pool) {
    pool = storyWords().filter(
      (w) => [...w].length >= minLength && [...w].length <= maxLength && isPyAlpha(w),
    );
    wordPools.set(key, pool);
  }
  return pool;
}

/** RG's _scramble_word: words of one character stay; else max(1, ⌊len·level⌋) random swaps. */
function scramble(rng: Rng, word: string, corruptionLevel: number): string {
  const chars = [...word];
  if (chars.length < 2) return word;
  const swaps = Math.max(1, Math.floor(chars.length * corruptionLevel));
  for (let k = 0; k < swaps; k++) {
    // Two distinct positions, uniformly (RG's rng.sample(range(len), 2)).
    const a = rng.int(0, chars.length - 1);
    const drawn = rng.int(0, chars.length - 2);
    const b = drawn >= a ? drawn + 1 : drawn;
    [chars[a], chars[b]] = [chars[b] as string, chars[a] as string];
  }
  return chars.join("");
}

export const letterJumble = defineLogicTask({
  name: "letter_jumble",
  category: "algorithmic",
  curriculum: {
    word_len: range("min_word_len", "max_word_len", [5, 10, 15, 30, 50], true),
    words: range("min_words", "max_words", [5, 10, 25, 50, 100], true),
    corruption_level: range(
      "min_corruption_level",
      "max_corruption_level",
      [0.1, 0.3, 0.6, 0.9],
      true,
    ),
  },
  description: "Unscramble the letters of each word in a run of words.",
  config: z.object({
    min_word_len: z.number().int().min(1).default(1),
    max_word_len: z.number().int().min(1).default(64),
    min_words: z.number().int().min(1).default(3),
    max_words: z.number().int().min(1).default(20),
    min_corruption_level: z.number().min(0).max(1).default(0.1),
    max_corruption_level: z.number().min(0).max(1).default(0.9),
    consecutive_words: z.boolean().default(true),
  }),
  generate(rng, config) {
    const pool = wordPool(config.min_word_len, config.max_word_len);
    const numWords = rng.int(config.min_words, config.max_words);
    if (numWords > pool.length)
      throw new Error(`letter_jumble: only ${pool.length} words of the configured lengths`);
    const level =
      config.min_corruption_level +
      (config.max_corruption_level - config.min_corruption_level) * rng.float();
    let selected: string[];
    if (config.consecutive_words) {
      const start = rng.int(0, pool.length - numWords);
      selected = pool.slice(start, start + numWords);
    } else {
      const picked = new Set<number>();
      while (picked.size < numWords) picked.add(rng.int(0, pool.length - 1));
      selected = [...picked].map((k) => pool[k] as string);
    }
    const scrambled = selected.map((word) => scramble(rng, word, level));
    return {
      question: QUESTION(scrambled.join(" ")),
      answer: selected.join(" "),
      metadata: {
        num_words: numWords,
        corruption_level: level,
        scrambled_words: scrambled,
        original_words: selected,
        difficulty: {
          word_len: [config.min_word_len, config.max_word_len],
          words: [config.min_words, config.max_words],
          corruption_level: [config.min_corruption_level, config.max_corruption_level],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const oracle = pyStrip(entry.answer).toLowerCase();
    const given = pyStrip(answer).toLowerCase();
    if (given === oracle) return 1;
    const expectedWords = pySplit(oracle);
    const givenWords = pySplit(given);
    let right = 0;
    for (const [k, word] of expectedWords.entries()) if (givenWords[k] === word) right++;
    return expectedWords.length === 0 ? 0 : Math.min(1, right / expectedWords.length);
  },
});
