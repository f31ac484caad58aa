/**
 * Python `str` semantics that IFEval's checks rely on, written out so that the TypeScript
 * verdicts match the Python ones character for character: `str.isspace` / `str.strip()`,
 * the Unicode `\w` / `\d` / `\b` of Python's `re`, `str.isupper()` / `str.islower()`
 * (whitespace, `strip()` and `split()` come from @prorl/core). Every function is a single
 * linear pass.
 */

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const DECIMAL = /\p{Nd}/u;
const UPPER = /[\p{Uppercase}]/u;
const LOWER = /[\p{Lowercase}]/u;
const TITLE = /\p{Lt}/u;

/** Python's Unicode `\w`: letters (L*), numbers (N*) and `_` (combining marks are not). */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return isAsciiWord(c);
  return WORD_CHAR.test(ch);
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Python's Unicode `\d`: decimal digits (Nd). */
export function isDigitChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 48 && c <= 57;
  return DECIMAL.test(ch);
}

/** 1 upper, 2 lower, 3 titlecase, 0 uncased, for one code point (Python's case properties). */
function caseOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  const ch = String.fromCodePoint(text.codePointAt(i) as number);
  if (TITLE.test(ch)) return 3;
  if (UPPER.test(ch)) return 1;
  if (LOWER.test(ch)) return 2;
  return 0;
}

/** Python `str.isupper()`: at least one cased character, and no lowercase or titlecase one. */
export function pyIsUpper(text: string): boolean {
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const kind = caseOf(text, i);
    if (kind === 2 || kind === 3) return false;
    if (kind === 1) cased = true;
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00) i++;
  }
  return cased;
}

/** Python `str.islower()`: at least one cased character, and no uppercase or titlecase one. */
export function pyIsLower(text: string): boolean {
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const kind = caseOf(text, i);
    if (kind === 1 || kind === 3) return false;
    if (kind === 2) cased = true;
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00) i++;
  }
  return cased;
}

/** Number of `\w+` runs (NLTK `RegexpTokenizer(r"\w+")`, which IFEval's `count_words` uses). */
export function countWordRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = isAsciiWord(c);
    else {
      const cp = text.codePointAt(i) as number;
      word = WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** Escapes a literal for use inside a JS regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/**
 * A JS pattern source for Python's Unicode `\b` (JS `\b` is ASCII-only, even with the `u` flag).
 */
export const PY_WORD_BOUNDARY =
  "(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))";
