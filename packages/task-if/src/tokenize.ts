import { isPySpace, pySplit } from "@prorl/core";
import { PY_WORD_BOUNDARY, pyIsUpper } from "./pytext.js";

/**
 * Sentence splitting and word tokenisation standing in for NLTK's, which IFEval uses:
 * `length_constraints:number_sentences` counts Punkt sentences (`english.pickle`) and
 * `change_case:capital_word_frequency` counts upper-case tokens of `nltk.word_tokenize`
 * (Punkt sentences, then NLTK's Treebank-style word tokenizer on each).
 *
 * No maintained npm package implements Punkt with NLTK's trained English parameters, so
 * this is Punkt's decision procedure (NLTK `punkt.py`: candidate ends `.?!` followed by
 * whitespace or closing punctuation, the abbreviation / initial / ordinal rules and the
 * orthographic heuristic) over a small hand-written table of common English abbreviations
 * and sentence starters instead of the learned ones. Agreement with IFEval's verdicts is
 * measured in the package README.
 */

/** Common English abbreviations (lowercase, without the final period). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "vs",
  "v",
  "e.g",
  "i.e",
  "cf",
  "al",
  "approx",
  "dept",
  "est",
  "fig",
  "gen",
  "gov",
  "no",
  "nos",
  "sen",
  "rep",
  "rev",
  "col",
  "capt",
  "lt",
  "sgt",
  "mt",
  "ft",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "a.m",
  "p.m",
  "u.s",
  "u.s.a",
  "u.k",
  "u.n",
  "d.c",
  "ph.d",
  "b.a",
  "m.a",
  "ave",
  "blvd",
]);

/** Words that Punkt's trained parameters treat as frequent sentence starters. */
const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "there",
  "but",
  "and",
  "or",
  "so",
  "in",
  "on",
  "at",
  "for",
  "if",
  "when",
  "as",
  "however",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "what",
  "while",
  "after",
  "before",
  "although",
  "since",
  "because",
  "today",
  "also",
  "here",
  "now",
  "then",
  "yet",
  "with",
  "to",
  "from",
  "by",
  "one",
  "some",
  "many",
  "most",
  "all",
  "each",
  "every",
  "no",
  "not",
  "is",
  "are",
  "was",
  "do",
  "does",
  "how",
  "why",
  "where",
  "who",
  "which",
  "let",
  "let's",
  "please",
  "it's",
  "i'm",
  "that's",
  "there's",
  "here's",
  "what's",
  "don't",
  "we're",
  "you're",
]);

const NUMBER_TOKEN = /^-?[.,]?\d[\d,.-]*\.?$/;
const INITIAL_TOKEN = /^[^\W\d]\.$/u;
const CLOSERS = new Set([")", '"', ";", "}", "]", "*", ":", "@", "'", "(", "{", "[", "!", "?"]);
/** Punkt's NonWord set: characters that may follow a sentence-final character directly. */
function isNonWordChar(ch: string | undefined): boolean {
  return ch !== undefined && CLOSERS.has(ch);
}

type Ortho = true | false | "unknown";

/** Punkt's orthographic heuristic with an empty learned context (first letter case only). */
function orthoHeuristic(next: string): Ortho {
  if (next.length === 1 && ";:,.!?".includes(next)) return false;
  const first = firstLetter(next);
  if (first === undefined) return "unknown";
  const bare = stripTrailingPeriod(next).toLowerCase();
  if (first !== first.toLowerCase()) return SENTENCE_STARTERS.has(bare) ? true : "unknown";
  if (first !== first.toUpperCase()) return false;
  return "unknown";
}

function firstLetter(text: string): string | undefined {
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return ch;
    if (c >= 0x80 && /\p{L}/u.test(ch)) return ch;
  }
  return undefined;
}

function stripTrailingPeriod(token: string): string {
  return token.endsWith(".") ? token.slice(0, -1) : token;
}

/** Whether the token ending a candidate context is a sentence break (Punkt first + second pass). */
function isSentenceBreak(token: string, next: string | null): boolean {
  // Tokens ending in "?" or "!" split off as their own token in Punkt and always break; so
  // does a lone period.
  const last = token.charCodeAt(token.length - 1);
  if (last !== 46 /* . */ || token.length === 1) return true;
  if (token.charCodeAt(token.length - 2) === 46) {
    // Ellipsis: a break only when the next word is clearly a sentence start.
    return next !== null && orthoHeuristic(next) === true;
  }
  const typ = token.slice(0, -1).toLowerCase();
  const core = typ.replace(/^[^\p{L}\p{N}]+/u, "");
  const isAbbrev = ABBREVIATIONS.has(core) || ABBREVIATIONS.has(core.split("-").pop() ?? "");
  if (next === null) return !isAbbrev;
  const isInitial = INITIAL_TOKEN.test(`${core}.`);
  if (isAbbrev && !isInitial) return orthoHeuristic(next) === true;
  if (isInitial || NUMBER_TOKEN.test(core)) {
    const ortho = orthoHeuristic(next);
    if (ortho === false) return false;
    if (ortho === "unknown" && isInitial && /^\p{Lu}/u.test(next)) return false;
    return true;
  }
  return true;
}

/**
 * Sentence boundaries as Punkt finds them (NLTK `_slices_from_text` and
 * `_realign_boundaries`): a candidate end is the last of a run of `.`, `?`, `!` that is
 * followed either by one of Punkt's non-word characters (`)"';}]*:@({[`) or by whitespace
 * and another token; newlines alone never split. A sentence that would start with closing
 * quotes or brackets followed by whitespace gives them to the previous sentence. Calls
 * `emit(start, end)` for each non-empty sentence. Linear time.
 */
function scanSentences(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let lastNonSpace = n - 1;
  while (lastNonSpace >= 0 && isPySpace(text.charCodeAt(lastNonSpace))) lastNonSpace--;
  // Punkt's lookahead: a non-word character, or whitespace and then some other token.
  const validEnd = (q: number) =>
    isEndChar(text.charCodeAt(q)) &&
    q + 1 < n &&
    (isNonWordChar(text[q + 1]) || (isPySpace(text.charCodeAt(q + 1)) && lastNonSpace > q));
  const slices: number[] = [];
  let lastBreak = 0;
  let pos = 0;
  while (pos < n) {
    while (pos < n && isPySpace(text.charCodeAt(pos))) pos++;
    if (pos >= n) break;
    let runEnd = pos;
    while (runEnd < n && !isPySpace(text.charCodeAt(runEnd))) runEnd++;
    // `\S*[.?!]` is greedy: the match ends at the last valid end character of the run.
    let p = runEnd - 1;
    while (p >= pos && !validEnd(p)) p--;
    if (p < pos) {
      pos = runEnd;
      continue;
    }
    let next: string;
    let nextStart: number;
    if (isNonWordChar(text[p + 1])) {
      next = text[p + 1] as string;
      nextStart = p + 1;
    } else {
      let m = p + 1;
      while (m < n && isPySpace(text.charCodeAt(m))) m++;
      let e = m;
      while (e < n && !isPySpace(text.charCodeAt(e))) e++;
      next = punktFirstToken(text.slice(m, Math.min(e, m + 200)));
      nextStart = m;
    }
    // A "?" or "!" token anywhere in the match is a break; otherwise the final token decides.
    let hasBang = false;
    for (let q = pos; q <= p && !hasBang; q++) {
      const c = text.charCodeAt(q);
      hasBang = c === 63 || c === 33;
    }
    if (hasBang || isSentenceBreak(text.slice(pos, p + 1), next)) {
      slices.push(lastBreak, p + 1);
      lastBreak = nextStart;
    }
    pos = p + 1;
  }
  let end = n;
  while (end > lastBreak && isPySpace(text.charCodeAt(end - 1))) end--;
  slices.push(lastBreak, end);
  // _realign_boundaries
  let realign = 0;
  for (let s = 0; s < slices.length; s += 2) {
    const start = (slices[s] as number) + realign;
    const stop = slices[s + 1] as number;
    if (s + 2 >= slices.length) {
      if (stop > start) emit(start, stop);
      continue;
    }
    const nextStart = slices[s + 2] as number;
    const nextStop = slices[s + 3] as number;
    const moved = leadingClosers(text, nextStart, nextStop);
    if (moved) {
      emit(start, nextStart + moved.closers);
      realign = moved.length;
    } else {
      realign = 0;
      if (stop > start) emit(start, stop);
    }
  }
}

/** Characters that cannot start a Punkt word token (they form one-character tokens). */
const NOT_WORD_START = new Set([...'("`{[:;&#*@)}]-,']);

/**
 * The first token Punkt's word tokenizer makes of `s` (a whitespace-free chunk): a run of
 * `-` or `.` (2+), a lone non-word-start character, or characters up to the next non-word
 * character, multi-character run or final comma.
 */
function punktFirstToken(s: string): string {
  if (s.startsWith("--") || s.startsWith("..")) {
    const ch = s[0] as string;
    let k = 0;
    while (s[k] === ch) k++;
    return s.slice(0, k);
  }
  if (NOT_WORD_START.has(s[0] as string)) return s[0] as string;
  let k = 1;
  while (k < s.length) {
    const ch = s[k] as string;
    if (isNonWordChar(ch) || s.startsWith("--", k) || s.startsWith("..", k)) break;
    if (ch === "," && (k + 1 >= s.length || isNonWordChar(s[k + 1]))) break;
    k++;
  }
  return s.slice(0, k);
}

const REALIGN_CLOSERS = new Set(['"', "'", ")", "]", "}"]);

/** Punkt's `["\')\]}]+?(?:\s+|(?=--)|$)` at the start of text[from, to). */
function leadingClosers(
  text: string,
  from: number,
  to: number,
): { closers: number; length: number } | null {
  let k = from;
  while (k < to && REALIGN_CLOSERS.has(text[k] as string)) {
    k++;
    if (k >= to) return { closers: k - from, length: k - from };
    if (isPySpace(text.charCodeAt(k))) {
      let w = k;
      while (w < to && isPySpace(text.charCodeAt(w))) w++;
      return { closers: k - from, length: w - from };
    }
    if (text.startsWith("--", k)) return { closers: k - from, length: k - from };
  }
  return null;
}

function isEndChar(c: number): boolean {
  return c === 46 || c === 63 || c === 33;
}

/** Sentences of `text` as Punkt splits them (see `scanSentences`). */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  scanSentences(text, (a, b) => {
    sentences.push(text.slice(a, b).trim());
  });
  return sentences;
}

/** Number of Punkt-style sentences (IFEval `count_sentences`). */
export function countSentences(text: string): number {
  let n = 0;
  scanSentences(text, () => {
    n++;
  });
  return n;
}

const W = "[\\p{L}\\p{N}_]";
const B = PY_WORD_BOUNDARY;
type Rule = [RegExp, string];

const STARTING_QUOTES: Rule[] = [
  [/([«“‘„]|[`]+)/gu, " $1 "],
  [/^"/u, "``"],
  [/(``)/gu, " $1 "],
  [/([ ([{<])("|'{2})/gu, "$1 `` "],
  [new RegExp(`(')(?!re|ve|ll|m|t|s|d|n)(${W})${B}`, "giu"), "$1 $2"],
];
/** NLTK's PUNCTUATION rules between its two final-period rules... */
const PUNCTUATION: Rule[] = [
  [/([:,])([^\p{Nd}])/gu, " $1 $2"],
  [/([:,])$/u, " $1 "],
  [/\.{2,}/gu, " $& "],
  [/[;@#$%&]/gu, " $& "],
];
/** ...and after the second one. */
const PUNCTUATION_AFTER: Rule[] = [
  [/[?!]/gu, " $& "],
  [/([^'])' /gu, "$1 ' "],
  [/[*]/gu, " $& "],
];
const FINAL_CLOSERS = new Set([..."])}>\"'»”’ "]);

/**
 * NLTK's `([^\.])(\.)([\]\)}>"\'»”’ ]*)\s*$` -> `\1 \2{sep}\3 `, done by scanning back from the
 * end instead of with the regex, which backtracks quadratically on long runs of spaces.
 */
function splitFinalPeriod(text: string, sep: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  let dot = end;
  while (dot > 0 && FINAL_CLOSERS.has(text[dot - 1] as string)) dot--;
  // dot - 1 must be the period, preceded by something that is not a period.
  if (dot < 2 || text[dot - 1] !== "." || text[dot - 2] === ".") return text;
  // The closers group is greedy: it runs from after the period over closers and spaces.
  let closersEnd = dot;
  while (closersEnd < text.length && FINAL_CLOSERS.has(text[closersEnd] as string)) closersEnd++;
  return `${text.slice(0, dot - 1)} .${sep}${text.slice(dot, closersEnd)} `;
}

const PARENS: Rule = [/[\][(){}<>]/gu, " $& "];
const DASHES: Rule = [/--/gu, " -- "];
const ENDING_QUOTES: Rule[] = [
  [/([»”’])/gu, " $1 "],
  [/''/gu, " '' "],
  [/"/gu, " '' "],
  [/([^' ])('[sS]|'[mM]|'[dD]|') /gu, "$1 $2 "],
  [/([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) /gu, "$1 $2 "],
];
/** [needle that must occur (lower-cased) for the rule to apply, rule]. */
const CONTRACTIONS: [string, RegExp][] = [
  ["can", "not"],
  ["d", "'ye"],
  ["gim", "me"],
  ["gon", "na"],
  ["got", "ta"],
  ["lem", "me"],
  ["more", "'n"],
].map(([a, b]) => [`${a}${b}`, new RegExp(`${B}(${a})(${b})${B}`, "giu")]);
CONTRACTIONS.push(["wanna", /(?<![\p{L}\p{N}_])(wan)(na)(?=\s)/giu]);
CONTRACTIONS.push(["'tis", new RegExp(` ('t)(is)${B}`, "giu")]);
CONTRACTIONS.push(["'twas", new RegExp(` ('t)(was)${B}`, "giu")]);

/** NLTK's Treebank-style word tokenizer (NLTKWordTokenizer) on one sentence. */
export function treebankTokenize(sentence: string): string[] {
  let text = sentence;
  for (const [re, to] of STARTING_QUOTES) text = text.replace(re, to);
  text = splitFinalPeriod(text, " ");
  for (const [re, to] of PUNCTUATION) text = text.replace(re, to);
  text = splitFinalPeriod(text, "");
  for (const [re, to] of PUNCTUATION_AFTER) text = text.replace(re, to);
  text = text.replace(PARENS[0], PARENS[1]).replace(DASHES[0], DASHES[1]);
  text = ` ${text} `;
  for (const [re, to] of ENDING_QUOTES) text = text.replace(re, to);
  const lower = text.toLowerCase();
  for (const [needle, re] of CONTRACTIONS) {
    if (lower.includes(needle)) text = text.replace(re, " $1 $2 ");
  }
  return pySplit(text);
}

/** `nltk.word_tokenize`: sentences first, then the Treebank rules on each. */
export function wordTokenize(text: string): string[] {
  return splitSentences(text).flatMap(treebankTokenize);
}

/**
 * Number of upper-case tokens of `nltk.word_tokenize(text)` (IFEval's
 * `capital_word_frequency`), without splitting sentences first: the only Treebank rules that
 * look at sentence boundaries split off uncased punctuation (a final period, a trailing
 * colon), which never changes whether a token is upper case, so one pass over the whole text
 * counts the same and stays fast on adversarial input with very many sentences.
 */
export function countCapitalWords(text: string): number {
  // Every Treebank rule looks at most one character beyond a whitespace-delimited chunk, and
  // that character is whitespace, so each chunk can be tokenised alone with its neighbours;
  // chunks without an upper-case letter cannot yield an upper-case token and are skipped.
  let count = 0;
  const cache = new Map<string, number>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isPySpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let hasUpper = false;
    while (i < n && !isPySpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || c >= 0x80) hasUpper = true;
      i++;
    }
    if (!hasUpper) continue;
    const before = start === 0 ? " " : (text[start - 1] as string);
    const after = i >= n ? " " : (text[i] as string);
    const chunk = before + text.slice(start, i) + after;
    let found = cache.get(chunk);
    if (found === undefined) {
      found = 0;
      for (const token of treebankTokenize(chunk)) if (pyIsUpper(token)) found++;
      if (cache.size < 10_000) cache.set(chunk, found);
    }
    count += found;
  }
  return count;
}
