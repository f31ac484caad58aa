import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let cachedWords: string[] | undefined;

/** English words (sindresorhus/word-list, ~275k entries), read once on first use. */
export function englishWords(): readonly string[] {
  cachedWords ??= readFileSync(wordListPath, "utf8")
    .split("\n")
    .filter((word) => /^[a-z]+$/.test(word));
  return cachedWords;
}

/** Words whose length lies in [minLength, maxLength], cached per range. */
const byLength = new Map<string, readonly string[]>();
export function wordsOfLength(minLength: number, maxLength: number): readonly string[] {
  const key = `${minLength}:${maxLength}`;
  let words = byLength.get(key);
  if (!words) {
    words = englishWords().filter((w) => w.length >= minLength && w.length <= maxLength);
    byLength.set(key, words);
  }
  if (words.length === 0)
    throw new Error(`no English words of length ${minLength} to ${maxLength}`);
  return words;
}
