import { isPySpace, PY_WORD_BOUNDARY, pyIsUpper, pySplit } from "./pytext.js";

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
 * Sentence boundaries as Punkt finds them: a candidate end is `.`, `?` or `!` followed by
 * whitespace (or closing punctuation and then whitespace); newlines alone never split.
 * Calls `emit(start, end)` for each non-empty sentence. Linear time.
 */
function scanSentences(text: string, emit: (start: number, end: number) => void): void {
  let start = 0;
  while (start < text.length && isPySpace(text.charCodeAt(start))) start++;
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 63 && c !== 33) {
      i++;
      continue;
    }
    // Consume a run of end characters and closing punctuation.
    let j = i + 1;
    while (j < n && isEndChar(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && isNonWordChar(text[k])) k++;
    if (k < n && !isPySpace(text.charCodeAt(k))) {
      i = j;
      continue;
    }
    // The token holding the end character: back to the previous whitespace.
    let t = i;
    while (t > start && !isPySpace(text.charCodeAt(t - 1))) t--;
    let m = k;
    while (m < n && isPySpace(text.charCodeAt(m))) m++;
    let e = m;
    while (e < n && !isPySpace(text.charCodeAt(e))) e++;
    if (isSentenceBreak(text.slice(t, j), m < n ? text.slice(m, e) : null)) {
      if (k > start) emit(start, k);
      start = m;
    }
    i = k > i ? k : i + 1;
  }
  let end = n;
  while (end > start && isPySpace(text.charCodeAt(end - 1))) end--;
  if (end > start) emit(start, end);
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
const PUNCTUATION: Rule[] = [
  [/([^.])(\.)([\])}>"']*)\s*$/u, "$1 $2 $3 "],
  [/([:,])([^\p{Nd}])/gu, " $1 $2"],
  [/([:,])$/u, " $1 "],
  [/\.{2,}/gu, " $& "],
  [/[;@#$%&]/gu, " $& "],
  [/([^.])(\.)([\])}>"']*)\s*$/u, "$1 $2$3 "],
  [/[?!]/gu, " $& "],
  [/([^'])' /gu, "$1 ' "],
  [/[*]/gu, " $& "],
];
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
CONTRACTIONS.push([" 'tis", new RegExp(` ('t)(is)${B}`, "giu")]);
CONTRACTIONS.push([" 'twas", new RegExp(` ('t)(was)${B}`, "giu")]);

/** NLTK's Treebank-style word tokenizer (NLTKWordTokenizer) on one sentence. */
export function treebankTokenize(sentence: string): string[] {
  let text = sentence;
  for (const [re, to] of STARTING_QUOTES) text = text.replace(re, to);
  for (const [re, to] of PUNCTUATION) text = text.replace(re, to);
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
