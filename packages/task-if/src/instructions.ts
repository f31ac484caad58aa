import { isPySpace, pySplit, pyStrip } from "@prorl/core";
import { z } from "zod";
import { isLanguage } from "./language.js";
import {
  countWordRuns,
  escapeRegExp,
  isDigitChar,
  PY_WORD_BOUNDARY,
  pyIsLower,
  pyIsUpper,
} from "./pytext.js";
import { countCapitalWords, countSentences } from "./tokenize.js";

/**
 * The 25 instructions of IFEval (google-research `instruction_following_eval/instructions.py`
 * and `instructions_registry.py`), each with its kwargs as IFEval names them, the
 * normalisation IFEval's `build_description` applies to them, and a check that gives the
 * same verdict as IFEval's `check_following` on the same text. All checks are linear time.
 */

export const INSTRUCTION_IDS = [
  "keywords:existence",
  "keywords:frequency",
  "keywords:forbidden_words",
  "keywords:letter_frequency",
  "language:response_language",
  "length_constraints:number_sentences",
  "length_constraints:number_paragraphs",
  "length_constraints:number_words",
  "length_constraints:nth_paragraph_first_word",
  "detectable_content:number_placeholders",
  "detectable_content:postscript",
  "detectable_format:number_bullet_lists",
  "detectable_format:constrained_response",
  "detectable_format:number_highlighted_sections",
  "detectable_format:multiple_sections",
  "detectable_format:json_format",
  "detectable_format:title",
  "combination:two_responses",
  "combination:repeat_prompt",
  "startend:end_checker",
  "startend:quotation",
  "change_case:capital_word_frequency",
  "change_case:english_capital",
  "change_case:english_lowercase",
  "punctuation:no_comma",
] as const;

export type InstructionId = (typeof INSTRUCTION_IDS)[number];

export const RELATIONS = ["less than", "at least"] as const;
export type Relation = (typeof RELATIONS)[number];

const count = z.number().int().nonnegative();
const relation = z.enum(RELATIONS);
/** A string that is not blank once stripped (IFEval strips these kwargs). */
const phrase = z.string().refine((s) => pyStrip(s).length > 0, "must not be blank");

/** kwargs of each instruction after IFEval's normalisation (strip, lower-case, sort). */
export const KWARGS_SCHEMAS = {
  "keywords:existence": z.object({ keywords: z.array(z.string()).min(1) }),
  "keywords:frequency": z.object({
    keyword: phrase,
    frequency: count,
    relation,
  }),
  "keywords:forbidden_words": z.object({ forbidden_words: z.array(z.string()).min(1) }),
  "keywords:letter_frequency": z.object({
    letter: z.string().refine((s) => [...s].length === 1, "must be one character"),
    let_frequency: count,
    let_relation: relation,
  }),
  "language:response_language": z.object({ language: z.string().min(2) }),
  "length_constraints:number_sentences": z.object({ num_sentences: count, relation }),
  "length_constraints:number_paragraphs": z.object({ num_paragraphs: count }),
  "length_constraints:number_words": z.object({ num_words: count, relation }),
  "length_constraints:nth_paragraph_first_word": z
    .object({
      num_paragraphs: count,
      nth_paragraph: z.number().int().positive(),
      first_word: z.string().min(1),
    })
    .refine((k) => k.nth_paragraph <= k.num_paragraphs, {
      message: "nth_paragraph must not exceed num_paragraphs",
    }),
  "detectable_content:number_placeholders": z.object({ num_placeholders: count }),
  "detectable_content:postscript": z.object({ postscript_marker: phrase }),
  "detectable_format:number_bullet_lists": z.object({ num_bullets: count }),
  "detectable_format:constrained_response": z.object({}),
  "detectable_format:number_highlighted_sections": z.object({ num_highlights: count }),
  "detectable_format:multiple_sections": z.object({
    section_spliter: phrase,
    num_sections: count,
  }),
  "detectable_format:json_format": z.object({}),
  "detectable_format:title": z.object({}),
  "combination:two_responses": z.object({}),
  "combination:repeat_prompt": z.object({ prompt_to_repeat: z.string().min(1) }),
  "startend:end_checker": z.object({ end_phrase: phrase }),
  "startend:quotation": z.object({}),
  "change_case:capital_word_frequency": z.object({
    capital_frequency: count,
    capital_relation: relation,
  }),
  "change_case:english_capital": z.object({}),
  "change_case:english_lowercase": z.object({}),
  "punctuation:no_comma": z.object({}),
} as const satisfies Record<InstructionId, z.ZodType>;

export type Kwargs<I extends InstructionId> = z.infer<(typeof KWARGS_SCHEMAS)[I]>;

/** One instruction with its normalised kwargs, ready to check. */
export type Instruction = { [I in InstructionId]: { id: I; kwargs: Kwargs<I> } }[InstructionId];

/**
 * Validates and normalises the kwargs object of one instruction as IFEval's
 * `build_description` would: null-valued and unrelated keys are dropped (IFEval rows from
 * the Hugging Face dataset carry every key, mostly null), strings are stripped, keywords
 * sorted, `first_word` and `letter` lower-cased. Returns an error message instead of throwing.
 */
export function parseInstruction(
  id: string,
  rawKwargs: unknown,
): { ok: true; instruction: Instruction } | { ok: false; error: string } {
  if (!(INSTRUCTION_IDS as readonly string[]).includes(id)) {
    return { ok: false, error: `unknown instruction "${id}"` };
  }
  const iid = id as InstructionId;
  const raw: Record<string, unknown> = {};
  if (rawKwargs !== null && rawKwargs !== undefined) {
    if (typeof rawKwargs !== "object" || Array.isArray(rawKwargs)) {
      return { ok: false, error: `${id}: kwargs must be an object` };
    }
    for (const [key, value] of Object.entries(rawKwargs)) {
      // Parquet readers give int64 columns as bigint.
      if (typeof value === "bigint") raw[key] = Number(value);
      else if (value !== null && value !== undefined) raw[key] = value;
    }
  }
  const schema = KWARGS_SCHEMAS[iid] as z.ZodType;
  const keys = Object.keys((schema as unknown as { shape: object }).shape);
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (key in raw) picked[key] = raw[key];
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, error: `${id}: ${where}${issue?.message ?? "invalid kwargs"}` };
  }
  return { ok: true, instruction: { id: iid, kwargs: normalize(iid, parsed.data) } as Instruction };
}

// biome-ignore lint/suspicious/noExplicitAny: kwargs differ per instruction; callers narrow by id.
function normalize(id: InstructionId, kw: any): any {
  switch (id) {
    case "keywords:existence":
      return { keywords: [...kw.keywords].sort() };
    case "keywords:forbidden_words":
      return { forbidden_words: [...new Set<string>(kw.forbidden_words)].sort() };
    case "keywords:frequency":
      return { ...kw, keyword: pyStrip(kw.keyword) };
    case "keywords:letter_frequency":
      return { ...kw, letter: pyStrip(kw.letter).toLowerCase() };
    case "length_constraints:nth_paragraph_first_word":
      return { ...kw, first_word: kw.first_word.toLowerCase() };
    case "detectable_format:multiple_sections":
      return { ...kw, section_spliter: pyStrip(kw.section_spliter) };
    case "detectable_content:postscript":
      return { postscript_marker: pyStrip(kw.postscript_marker) };
    case "startend:end_checker":
      return { end_phrase: pyStrip(kw.end_phrase) };
    default:
      return kw;
  }
}

function compare(actual: number, rel: Relation, threshold: number): boolean {
  return rel === "less than" ? actual < threshold : actual >= threshold;
}

/** IFEval's `check_following` for one instruction on one text. Never throws. */
export function checkInstruction(instruction: Instruction, value: string): boolean {
  try {
    return checkUnsafe(instruction, value);
  } catch {
    return false;
  }
}

function checkUnsafe(ins: Instruction, value: string): boolean {
  switch (ins.id) {
    case "keywords:existence":
      return ins.kwargs.keywords.every((k) => new RegExp(escapeRegExp(k), "iu").test(value));
    case "keywords:frequency": {
      const re = new RegExp(escapeRegExp(ins.kwargs.keyword), "giu");
      const found = countMatches(re, value);
      return compare(found, ins.kwargs.relation, ins.kwargs.frequency);
    }
    case "keywords:forbidden_words":
      return !ins.kwargs.forbidden_words.some((w) =>
        new RegExp(`${PY_WORD_BOUNDARY}${escapeRegExp(w)}${PY_WORD_BOUNDARY}`, "iu").test(value),
      );
    case "keywords:letter_frequency":
      return compare(
        countOccurrences(value.toLowerCase(), ins.kwargs.letter),
        ins.kwargs.let_relation,
        ins.kwargs.let_frequency,
      );
    case "language:response_language":
      return isLanguage(value, ins.kwargs.language);
    case "length_constraints:number_sentences":
      return compare(countSentences(value), ins.kwargs.relation, ins.kwargs.num_sentences);
    case "length_constraints:number_paragraphs":
      return countStarParagraphs(value) === ins.kwargs.num_paragraphs;
    case "length_constraints:number_words":
      return compare(countWordRuns(value), ins.kwargs.relation, ins.kwargs.num_words);
    case "length_constraints:nth_paragraph_first_word":
      return checkNthParagraph(value, ins.kwargs);
    case "detectable_content:number_placeholders":
      return countPlaceholders(value) >= ins.kwargs.num_placeholders;
    case "detectable_content:postscript":
      return hasPostscript(value, ins.kwargs.postscript_marker);
    case "detectable_format:number_bullet_lists":
      return countBullets(value) === ins.kwargs.num_bullets;
    case "detectable_format:constrained_response": {
      const v = pyStrip(value);
      return CONSTRAINED_RESPONSE_OPTIONS.some((o) => v.includes(o));
    }
    case "detectable_format:number_highlighted_sections":
      return countHighlights(value) >= ins.kwargs.num_highlights;
    case "detectable_format:multiple_sections":
      return countSections(value, ins.kwargs.section_spliter) >= ins.kwargs.num_sections;
    case "detectable_format:json_format":
      return isJsonResponse(value);
    case "detectable_format:title":
      return hasTitle(value);
    case "combination:two_responses":
      return checkTwoResponses(value);
    case "combination:repeat_prompt":
      return pyStrip(value)
        .toLowerCase()
        .startsWith(pyStrip(ins.kwargs.prompt_to_repeat).toLowerCase());
    case "startend:end_checker":
      return stripChar(pyStrip(value), '"')
        .toLowerCase()
        .endsWith(pyStrip(ins.kwargs.end_phrase).toLowerCase());
    case "startend:quotation": {
      const v = pyStrip(value);
      return v.length > 1 && v.startsWith('"') && v.endsWith('"');
    }
    case "change_case:capital_word_frequency": {
      const capitals = countCapitalWords(value);
      return compare(capitals, ins.kwargs.capital_relation, ins.kwargs.capital_frequency);
    }
    case "change_case:english_capital":
      return pyIsUpper(value) && isLanguage(value, "en");
    case "change_case:english_lowercase":
      return pyIsLower(value) && isLanguage(value, "en");
    case "punctuation:no_comma":
      return !value.includes(",");
  }
}

export const CONSTRAINED_RESPONSE_OPTIONS = [
  "My answer is yes.",
  "My answer is no.",
  "My answer is maybe.",
] as const;

/** Occurrences of one code point (Python `Counter(text)[ch]`). */
function countOccurrences(text: string, ch: string): number {
  if (ch === "") return 0;
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + ch.length)) n++;
  return n;
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) return n;
    n++;
    if (m[0] === "") re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
}

/** Python `str.strip(ch)` for one character. */
function stripChar(text: string, ch: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === ch) start++;
  while (end > start && text[end - 1] === ch) end--;
  return text.slice(start, end);
}

/** `re.split(r"\s?\*\*\*\s?", value)` then IFEval's empty-paragraph rule. */
function countStarParagraphs(value: string): number {
  const paragraphs = value.split("***");
  let n = paragraphs.length;
  for (const [index, p] of paragraphs.entries()) {
    if (!pyStrip(p)) {
      if (index === 0 || index === paragraphs.length - 1) n--;
      else return -1;
    }
  }
  return n;
}

function checkNthParagraph(
  value: string,
  kw: { num_paragraphs: number; nth_paragraph: number; first_word: string },
): boolean {
  const paragraphs = value.split("\n\n");
  let n = paragraphs.length;
  for (const p of paragraphs) if (!pyStrip(p)) n--;
  if (kw.nth_paragraph > n) return false;
  const paragraph = pyStrip(paragraphs[kw.nth_paragraph - 1] ?? "");
  if (!paragraph) return false;
  let word = pyStrip(pySplit(paragraph, 1)[0] ?? "");
  word = word.replace(/^'+/, "").replace(/^"+/, "");
  let first = "";
  for (const ch of word) {
    if (".,?!'\"".includes(ch)) break;
    first += ch.toLowerCase();
    if (first.length > kw.first_word.length) return false; // it only grows from here
  }
  return n === kw.num_paragraphs && first === kw.first_word;
}

/** `len(re.findall(r"\[.*?\]", value))`: `[` ... first `]` on the same line. */
export function countPlaceholders(value: string): number {
  let n = 0;
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf("[", i);
    if (open < 0) break;
    let j = open + 1;
    while (j < value.length && value[j] !== "]" && value[j] !== "\n") j++;
    if (j < value.length && value[j] === "]") {
      n++;
      i = j + 1;
    } else {
      i = j; // no "]" before the line ends: no "[" before that point can match either
    }
  }
  return n;
}

const PY_SPACE_CLASS =
  "[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

function hasPostscript(value: string, marker: string): boolean {
  const lower = value.toLowerCase();
  let source: string;
  if (marker === "P.P.S") source = `p\\.${PY_SPACE_CLASS}?p\\.${PY_SPACE_CLASS}?s`;
  else if (marker === "P.S.") source = `p\\.${PY_SPACE_CLASS}?s\\.`;
  else {
    // IFEval splices the marker into a regex; "." is the only metacharacter markers use.
    source = [...marker.toLowerCase()]
      .map((c) => (c === "." ? "[^\\n]" : escapeRegExp(c)))
      .join("");
  }
  return new RegExp(source, "u").test(lower);
}

/**
 * `re.findall(r"^\s*\*[^\*].*$", value, re.M)` plus `re.findall(r"^\s*-.*$", value, re.M)`,
 * simulated without backtracking.
 */
export function countBullets(value: string): number {
  return countLineMatches(value, "*") + countLineMatches(value, "-");
}

function countLineMatches(value: string, marker: "*" | "-"): number {
  const n = value.length;
  let count = 0;
  let p = 0;
  while (p <= n) {
    const lineStart = p === 0 || value[p - 1] === "\n";
    if (!lineStart) {
      const nl = value.indexOf("\n", p);
      if (nl < 0) break;
      p = nl + 1;
      continue;
    }
    let q = p;
    while (q < n && isPySpace(value.charCodeAt(q))) q++;
    const ok = value[q] === marker && (marker === "-" || (q + 1 < n && value[q + 1] !== "*"));
    if (!ok) {
      p = q + 1;
      continue;
    }
    count++;
    // `.*$` runs to the end of the line; for "*" the `[^*]` may itself be a newline.
    const from = marker === "*" ? q + 2 : q + 1;
    const nl = value.indexOf("\n", from);
    p = nl < 0 ? n + 1 : nl;
  }
  return count;
}

/** IFEval's highlight count: `\*[^\n\*]*\*` plus `\*\*[^\n\*]*\*\*` with non-blank content. */
export function countHighlights(value: string): number {
  let n = 0;
  // Single: non-overlapping "*...*" with no newline or "*" inside.
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf("*", i);
    if (open < 0) break;
    let j = open + 1;
    while (j < value.length && value[j] !== "*" && value[j] !== "\n") j++;
    if (j < value.length && value[j] === "*") {
      if (pyStrip(value.slice(open + 1, j))) n++;
      i = j + 1;
    } else i = j;
  }
  // Double: non-overlapping "**...**".
  i = 0;
  while (i < value.length) {
    const open = value.indexOf("**", i);
    if (open < 0) break;
    let j = open + 2;
    while (j < value.length && value[j] !== "*" && value[j] !== "\n") j++;
    if (value[j] === "*" && value[j + 1] === "*") {
      if (pyStrip(value.slice(open + 2, j))) n++;
      i = j + 2;
    } else i = open + 1;
  }
  return n;
}

/** Matches of `\s?SPLITER\s?\d+\s?` (re.split count). */
export function countSections(value: string, spliter: string): number {
  let n = 0;
  let from = 0;
  for (;;) {
    const at = value.indexOf(spliter, from);
    if (at < 0) return n;
    let t = at + spliter.length;
    if (t < value.length && !isDigitAt(value, t) && isPySpace(value.charCodeAt(t))) t++;
    if (isDigitAt(value, t)) {
      while (isDigitAt(value, t)) t += (value.codePointAt(t) ?? 0) > 0xffff ? 2 : 1;
      n++;
      from = t;
    } else from = at + 1;
  }
}

function isDigitAt(value: string, i: number): boolean {
  if (i >= value.length) return false;
  const cp = value.codePointAt(i) as number;
  return isDigitChar(String.fromCodePoint(cp));
}

function isJsonResponse(value: string): boolean {
  let v = pyStrip(value);
  for (const prefix of ["```json", "```Json", "```JSON", "```"]) {
    if (v.startsWith(prefix)) v = v.slice(prefix.length);
  }
  if (v.endsWith("```")) v = v.slice(0, -3);
  v = pyStrip(v);
  try {
    JSON.parse(v);
    return true;
  } catch {
    // Python's json.loads also takes the bare constants NaN, Infinity and -Infinity.
    if (!v.includes("NaN") && !v.includes("Infinity")) return false;
    const patched = replacePythonJsonConstants(v);
    if (patched === v) return false;
    try {
      JSON.parse(patched);
      return true;
    } catch {
      return false;
    }
  }
}

function replacePythonJsonConstants(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \\ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 78 /* N */ && text.startsWith("NaN", i)) {
      parts.push(text.slice(from, i), "0");
      from = i + 3;
      i += 2;
    } else if (ch === 73 /* I */ && text.startsWith("Infinity", i)) {
      parts.push(text.slice(from, i), "0");
      from = i + 8;
      i += 7;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** `<<[^\n]+>>` with non-blank content: at most one (greedy) match per line. */
function hasTitle(value: string): boolean {
  let pos = 0;
  for (;;) {
    const open = value.indexOf("<<", pos);
    if (open < 0) return false;
    let lineEnd = value.indexOf("\n", open);
    if (lineEnd < 0) lineEnd = value.length;
    // The last ">>" of the line, at least one character after the "<<".
    let close = -1;
    for (let c = lineEnd - 2; c >= open + 3; c--) {
      if (value[c] === ">" && value[c + 1] === ">") {
        close = c;
        break;
      }
    }
    if (close >= 0) {
      const inner = value
        .slice(open, close + 2)
        .replace(/^<+/, "")
        .replace(/>+$/, "");
      if (pyStrip(inner)) return true;
    }
    pos = lineEnd + 1;
  }
}

function checkTwoResponses(value: string): boolean {
  const parts = value.split("******");
  const valid: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (!pyStrip(part)) {
      if (index !== 0 && index !== parts.length - 1) return false;
    } else valid.push(part);
  }
  return valid.length === 2 && pyStrip(valid[0] as string) !== pyStrip(valid[1] as string);
}
