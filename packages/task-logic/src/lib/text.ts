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

/** "1 2 3\n4 5 6": rows of space-separated values, as RG's _matrix_to_str prints them. */
export function matrixToString(matrix: readonly (readonly unknown[])[]): string {
  return matrix.map((row) => row.join(" ")).join("\n");
}

const INT_LITERAL_CHARS = /^[\s[\](),+\-\d]*$/;

/**
 * A Python literal made only of integers, lists and tuples ("[[0, 1], [1, 2]]", "(1, 2)",
 * "1, 2"), parsed without eval: the safe stand-in for RG's `eval(answer)` on such answers.
 * Returns null for anything else.
 */
export function parseIntLiteral(text: string): unknown {
  const s = text.trim();
  if (s.length === 0 || !INT_LITERAL_CHARS.test(s)) return null;
  const json = s
    .replaceAll("(", "[")
    .replaceAll(")", "]")
    .replace(/\+(?=\d)/g, "");
  // A bare "1, 2" is a tuple in Python, and "[1, 2,]" has a trailing comma JSON rejects.
  const noTrailing = json.replace(/,\s*(?=\])/g, "").replace(/,\s*$/, "");
  for (const candidate of [json, noTrailing, `[${noTrailing}]`]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next reading
    }
  }
  return null;
}

/** The characters Python's `str.split()` and `str.strip()` treat as whitespace. */
const PY_WHITESPACE_CHARS =
  "\t\n\v\f\r \u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

/** Whether `ch` is whitespace to Python (JavaScript's \s differs: it has U+FEFF, lacks U+001C-U+001F). */
export const isPySpace = (ch: string | undefined) =>
  ch !== undefined && ch.length === 1 && PY_WHITESPACE_CHARS.includes(ch);

/** Python's `text.split()`: the runs between whitespace, none empty. */
export function pySplit(text: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isPySpace(text[i]);
    if (space && start >= 0) {
      parts.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return parts;
}

/** Python's `text.strip()` (a loop from each end: a regex anchored at the end is quadratic). */
export function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpace(text[start])) start++;
  while (end > start && isPySpace(text[end - 1])) end--;
  return text.slice(start, end);
}
