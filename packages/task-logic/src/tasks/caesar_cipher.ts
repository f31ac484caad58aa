import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { randomWords } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/caesar_cipher.py
// Scoring: RG's default (exact, or the contained fraction).
// Deviation: RG enciphers an upper-cased sentence of the bundled novel with between min_words
// and max_words words; here the sentence is that many random English words (word-list).
export function caesarEncrypt(text: string, rotation: number): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out +=
      code >= 65 && code <= 90
        ? String.fromCharCode(65 + ((((code - 65 + rotation) % 26) + 26) % 26))
        : ch;
  }
  return out;
}

export const caesarCipher = defineLogicTask({
  name: "caesar_cipher",
  category: "algorithmic",
  curriculum: {
    rotation: range("min_rotation", "max_rotation", [5, 15, 25, 50], true),
    words: range("min_words", "max_words", [5, 15, 25, 50], true),
  },
  description: "Decrypt a Caesar-shifted upper-case sentence.",
  config: z.object({
    delimiter: z.string().default("."),
    min_words: z.number().int().positive().default(3),
    max_words: z.number().int().positive().default(20),
    min_rotation: z.number().int().min(0).default(1),
    max_rotation: z.number().int().min(0).default(25),
  }),
  generate(rng, config) {
    const sentence = randomWords(rng, rng.int(config.min_words, config.max_words))
      .join(" ")
      .toUpperCase();
    const rotation = rng.int(config.min_rotation, config.max_rotation);
    const cipherText = caesarEncrypt(sentence, rotation);
    return {
      question: `Decrypt this Caesar cipher text: ${cipherText}. Provide only the decrypted text as your final answer.`,
      answer: sentence,
      metadata: {
        rotation,
        cipher_text: cipherText,
        clear_text: sentence,
        num_words: sentence.split(" ").length,
        difficulty: {
          words: [config.min_words, config.max_words],
          rotation: [config.min_rotation, config.max_rotation],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
