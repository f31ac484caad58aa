import type { Rng } from "@prorl/core";
import { englishWords, wordsOfLength } from "../words.js";

/**
 * Text helpers for the word tasks. Reasoning Gym draws spans and sentences from a bundled
 * public-domain novel (Jules Verne, "In the Year 2889"); prorl ships no text and draws words
 * from the `word-list` package instead, with the short words (3 to 8 letters) a sentence is
 * mostly made of.
 */
export function randomWords(rng: Rng, count: number, minLength = 2, maxLength = 8): string[] {
  const pool = wordsOfLength(minLength, maxLength);
  return Array.from({ length: count }, () => rng.pick(pool));
}

/** `count` distinct words whose lengths lie in [minLength, maxLength]. */
export function distinctWords(
  rng: Rng,
  count: number,
  minLength: number,
  maxLength: number,
): string[] {
  const pool = wordsOfLength(minLength, maxLength);
  if (count > pool.length) return rng.sample(pool, pool.length);
  const seen = new Set<string>();
  while (seen.size < count) seen.add(rng.pick(pool));
  return [...seen];
}

/** Capitalised like prose: the first letter of the word upper-cased. */
export function capitalize(word: string): string {
  return word.length === 0 ? word : `${word[0]?.toUpperCase()}${word.slice(1)}`;
}

export { englishWords };
