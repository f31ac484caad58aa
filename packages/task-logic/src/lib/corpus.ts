import { pyStrip } from "@prorl/core";
import { IN_THE_YEAR_2889 } from "../data/in-the-year-2889.js";

/**
 * Words and sentences of the story Reasoning Gym draws its text tasks from (see
 * data/in-the-year-2889.ts), cut the way RG cuts them: `re.findall(r"\b\w+\b", text)` for words
 * (Python's \w is Unicode: letters, numbers and "_", so "aërial" is one word and the italics
 * marker makes "_façades_" one word too) and `re.findall(r"[^.!?]+[.!?]", text)` for sentences.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** Python's `\b\w+\b` matches in `text`, in order. */
export function pyWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Python's `str.isalpha()` (Unicode letters only, non-empty). */
export const isPyAlpha = (word: string): boolean => /^\p{L}+$/u.test(word);

/** Python's `str.isalnum()` (Unicode letters and numbers only, non-empty). */
export const isPyAlnum = (word: string): boolean => /^[\p{L}\p{N}]+$/u.test(word);

let cachedWords: readonly string[] | undefined;
let cachedSentences: readonly string[] | undefined;

/** Every word of the story, in order (RG's `re.findall(r"\b\w+\b", text)`). */
export function storyWords(): readonly string[] {
  cachedWords ??= pyWords(IN_THE_YEAR_2889);
  return cachedWords;
}

/** Every sentence of the story, stripped, ending in ".", "!" or "?" (RG's sentence pattern). */
export function storySentences(): readonly string[] {
  cachedSentences ??= (IN_THE_YEAR_2889.match(/[^.!?]+[.!?]/g) ?? []).map(pyStrip);
  return cachedSentences;
}
