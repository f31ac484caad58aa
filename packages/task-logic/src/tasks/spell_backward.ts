import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { wordsOfLength } from "../words.js";

// Reasoning Gym: reasoning_gym/algorithmic/spell_backward.py
export const spellBackward = defineLogicTask({
  name: "spell_backward",
  category: "algorithmic",
  curriculum: { word_len: range("min_word_len", "max_word_len", steps(3, 11, 2)) },
  description: "Spell an English word backward.",
  config: z.object({
    min_word_len: z.number().int().positive().default(3),
    max_word_len: z.number().int().positive().default(10),
  }),
  generate(rng, config) {
    const word = rng.pick(wordsOfLength(config.min_word_len, config.max_word_len));
    return {
      question: `Spell this word backward (example: sun -> nus): ${word}`,
      answer: [...word].reverse().join(""),
      metadata: {
        word,
        word_len: word.length,
        difficulty: { word_len: [config.min_word_len, config.max_word_len] },
      },
    };
  },
  // Case-insensitive; otherwise 1/len credit per leading position that matches, and a full
  // positional match with extra characters is capped at 0.8 (as Reasoning Gym does).
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const expected = entry.answer.toLowerCase();
    const given = answer.toLowerCase();
    if (given === expected) return 1;
    let reward = 0;
    for (let i = 0; i < expected.length && i < given.length; i++) {
      if (expected[i] === given[i]) reward += 1 / expected.length;
    }
    return Math.abs(reward - 1) < 1e-9 ? 0.8 : reward;
  },
});
