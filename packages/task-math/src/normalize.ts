/**
 * String normalisation of a bare answer, in the spirit of the Hendrycks MATH / DeepScaleR
 * graders (`strip_string`, `_normalize`): spacing commands, \left/\right, \dfrac and \tfrac,
 * degrees, dollars, units in \text{}, thousands separators, trailing periods. Every step is a
 * linear scan or a regular expression without nested quantifiers, so it is linear time.
 */

/** Answers longer than this are refused before any parsing (a 100 KB box scores 0). */
export const MAX_ANSWER_CHARS = 4000;

/** Index of the `}` that closes the `{` at `open`, or -1. */
export function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Replaces `\cmd{X}` by `wrap(X)` for every occurrence, one left-to-right pass. */
export function replaceCommand(text: string, cmd: string, wrap: (inner: string) => string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const at = text.indexOf(cmd, from);
    if (at < 0) break;
    let i = at + cmd.length;
    const next = text[i];
    // `\text` must not match `\textbf`: the command ends at a non-letter.
    if (next !== undefined && /[a-zA-Z]/.test(next)) {
      out += text.slice(from, i);
      from = i;
      continue;
    }
    while (text[i] === " ") i++;
    if (text[i] !== "{") {
      out += text.slice(from, i);
      from = i;
      continue;
    }
    const close = closingBrace(text, i);
    if (close < 0) break;
    out += text.slice(from, at) + wrap(text.slice(i + 1, close));
    from = close + 1;
  }
  return out + text.slice(from);
}

const SPACING =
  /(?<!\\)\\(?:,|;|:|>|quad|qquad|displaystyle|textstyle|medspace|thinspace|negthinspace)(?![a-zA-Z])|(?<!\\)\\(?:quad|qquad)|(?<!\\)\\ |~/g;

/** An exponent on a unit: `^2`, `^{3}`, `^{-1}`, `^-2`. */
const UNIT_POWER = String.raw`\^\s*(?:\{\s*[+-]?\d\s*\}|[+-]?\d)`;

/** Words that may follow a number as a unit and be dropped ("35 cm", "3 hours", "2 s^{-1}"). */
const UNIT_WORD = new RegExp(`^[a-zA-Z]{1,12}(?:${UNIT_POWER})?$`);

/** A trailing letter run, maybe with a power, after a number or a closing brace. */
const TRAILING_WORD = new RegExp(`^(.*[\\d}])\\s*([a-zA-Z]{2,12}(?:${UNIT_POWER})?)\\s*$`);

/**
 * What a unit may follow: a plain number, a fraction of numbers, or a number in scientific
 * notation (`4.4677 \times 10^{14}`, `4.4e7`). A unit after anything else (`2x cm`) stays.
 */
const NUMBER_BEFORE_UNIT = new RegExp(
  [
    String.raw`^[+-]?[\d.,\s]+$`,
    String.raw`^\\frac\{[^{}]*\}\{[^{}]*\}$`,
    String.raw`^[+-]?\d+(?:\.\d+)?\s*(?:\\times|\\cdot)\s*10\s*\^\s*(?:\{\s*[+-]?\d+\s*\}|[+-]?\d)$`,
    String.raw`^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$`,
  ].join("|"),
);

/**
 * Short unit symbols (two or three letters) that are dropped after a number. A short letter run
 * that is not one of these is an implicit product of single-letter variables, as LaTeX and the
 * CAS read it (`2xy`, `0.5mv^2`, `\frac{1}{2}bh`), and must be kept.
 */
const UNIT_SYMBOLS = new Set([
  ..."mm cm dm km nm um ft in yd mi mph kph kmh kg mg lb lbs oz ml mL cc gal".split(" "),
  ..."hr hrs min mins sec secs ms yr yrs day wk rpm deg rad sq".split(" "),
  ..."Hz kHz MHz GHz kW MW mW kJ MJ eV keV MeV mV kV mA Pa kPa MPa atm psi mol cal".split(" "),
]);

/**
 * Whether a letter run after a number is a unit, not a product of variables: a listed unit
 * symbol, or a word of four or more letters with a vowel ("hours", "meters", "degrees").
 * Products of single-letter variables are short or vowel-free (`xy`, `abc`, `mnp`, `xyzw`).
 */
export function isUnitWord(word: string): boolean {
  if (UNIT_SYMBOLS.has(word)) return true;
  return word.length >= 4 && /[aeiou]/i.test(word);
}

/** A \text{} body that is one multi-letter name (Evelyn, odd): it stays a name, never a product. */
export const TEXT_NAME = /^\s*[a-zA-Z]{2,}\s*$/;
const MATH_WORDS = new Set([
  "sin",
  "cos",
  "tan",
  "log",
  "ln",
  "exp",
  "pi",
  "i",
  "e",
  "x",
  "y",
  "z",
]);

/**
 * A degree sign, with the temperature scale after it (`1950^\circ C`, `^{\circ}\mathrm{C}`,
 * `°F`): both are units. A letter C, F or K with no degree sign before it stays a variable.
 */
const DEGREES =
  /(?:\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|\\circ|°|\\(?:text)?degree(?![a-zA-Z]))(?:\s*(?:\\text\s*\{\s*[CFK]\s*\}|[CFK])(?![a-zA-Z]))?/g;

/**
 * Arc-minutes and arc-seconds after a number at the end (`0.003^{\prime \prime}`, `12'`,
 * `3''`): units. A prime after a letter is a derivative (`y^{\prime}`) and stays.
 */
const ARC_MINUTES_SECONDS =
  /(\d)\s*(?:\^\s*\{\s*\\prime(?:\s*\\prime)?\s*\}|\^\s*\\prime(?![a-zA-Z])|''?|"|′′?|″)\s*$/;

const PERCENT_WORDS = /\s*(?:percentage|percent|pct)\.?$/i;

export interface Normalized {
  text: string;
  /** The answer was written as a percentage (`\%`, `%`, "percent"). */
  percent: boolean;
  /** A degree sign was removed (`90^\circ`). */
  degrees: boolean;
}

/** The body of a \text{}: a multi-letter name stays `\text{Name}`, anything else is unwrapped. */
function textName(inner: string): string {
  return TEXT_NAME.test(inner) ? `\\text{${inner.trim()}}` : inner;
}

/** Removes one layer of `\boxed{...}` / `\fbox{...}` wrapping the whole answer, repeatedly. */
function unbox(text: string): string {
  for (let guard = 0; guard < 10; guard++) {
    const m = /^\\(?:boxed|fbox|framebox)\s*\{/.exec(text);
    if (!m) return text;
    const open = m[0].length - 1;
    const close = closingBrace(text, open);
    if (close !== text.length - 1) return text;
    text = text.slice(open + 1, close).trim();
  }
  return text;
}

function stripDelimiters(text: string): string {
  for (let guard = 0; guard < 5; guard++) {
    const t = text.trim();
    if (t.startsWith("$$") && t.endsWith("$$") && t.length >= 4) text = t.slice(2, -2);
    else if (t.startsWith("$") && t.endsWith("$") && t.length >= 2) text = t.slice(1, -1);
    else if (t.startsWith("\\(") && t.endsWith("\\)")) text = t.slice(2, -2);
    else if (t.startsWith("\\[") && t.endsWith("\\]")) text = t.slice(2, -2);
    else return t;
  }
  return text.trim();
}

/** Drops unit words after a plain number or fraction: "35 cm" → "35", "2 \\sqrt{3}" kept. */
function dropUnitWords(part: string): string {
  let s = part;
  for (let guard = 0; guard < 4; guard++) {
    const m = TRAILING_WORD.exec(s);
    if (!m) break;
    const word = (m[2] as string).replace(/\^.*$/, "");
    if (MATH_WORDS.has(word) || !UNIT_WORD.test(m[2] as string) || !isUnitWord(word)) break;
    const head = (m[1] as string).trim();
    if (!NUMBER_BEFORE_UNIT.test(head)) break;
    s = head;
  }
  return s === part ? part : ` ${s}`;
}

/**
 * A side condition after the answer, `, k \in \mathbb{Z}` or `, x \in \mathbb{R}`: where the
 * answer's letters range, not a further answer.
 */
const SIDE_CONDITION =
  /,\s*[a-zA-Z](?:\s*,\s*[a-zA-Z]){0,3}\s*\\in\s*(?:\\mathbb\s*\{\s*[ZRNQC]\s*\}|\\[ZRNQC](?![a-zA-Z]))\s*\.?$/;

/** One unit in upright type at the end, with what joins it to the one before (`/`, `\cdot`). */
const UNIT_TEXT_TAIL = new RegExp(
  String.raw`[\s~]{0,8}(?:(?:/|\\cdot|\\,)[\s~]{0,8})?\\(?:mathrm|textrm|text|mbox)\s*\{([^{}]*)\}\s*(?:${UNIT_POWER})?\s*$`,
);

/**
 * Units written in upright type after a value: `\frac{600}{7} \mathrm{~km} / \mathrm{h}`,
 * `5\,\mathrm{m}`, `3 \text{ m}^{2}`. Dropped only when a value with a digit is left, so a
 * single upright letter is a unit here (`\mathrm{h}`), though not `\mathrm{e}`, `\mathrm{i}` or
 * `\mathrm{d}`, which are constants and differentials.
 */
function dropUnitText(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 8; guard++) {
    const m = UNIT_TEXT_TAIL.exec(rest);
    const unit = m?.[1] ?? "";
    if (!m || !/^[\s~a-zA-Z./]*[a-zA-Z][\s~a-zA-Z./]*$/.test(unit) || /^\s*[eid]\s*$/.test(unit)) {
      break;
    }
    rest = rest.slice(0, m.index);
  }
  rest = rest.trim();
  return rest !== text.trim() && /\d/.test(rest) ? rest : text;
}

/** Normalises one bare answer; null when it is too long to consider. */
export function normalizeAnswer(raw: string): Normalized | null {
  if (raw.length > MAX_ANSWER_CHARS) return null;
  let s = stripDelimiters(unbox(stripDelimiters(raw.trim())));
  s = unbox(s);
  s = s.replace(/\n/g, " ");
  s = s.replace(
    /\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big)(?![a-zA-Z])\s*(\\?[.{}()[\]|]|\\langle|\\rangle|\\lvert|\\rvert)?/g,
    (_m, d: string | undefined) => (d === "." || d === "\\." ? "" : (d ?? "")),
  );
  s = s.replace(/\\(?:dfrac|tfrac|cfrac)(?![a-zA-Z])/g, "\\frac");
  s = dropUnitText(s);
  s = s.replace(/\\mathrm\s*\{\s*([a-zA-Z])\s*\}/g, "$1");
  // Plain-text habits: pi, sqrt(...), 2^10 (meant as 2^{10}).
  s = s.replace(/(?<![\\a-zA-Z])pi(?![a-zA-Z])/g, "\\pi ");
  s = s.replace(/(?<![\\a-zA-Z])sqrt\s*\(([^()]*)\)/g, "\\sqrt{$1}");
  s = s.replace(/\^(\d{2,})(?!\d)/g, "^{$1}");
  s = s.replace(/\\(?:lvert|rvert|vert)(?![a-zA-Z])/g, "|");
  s = s.replace(
    /\\(?:textnormal|textrm|textbf|textit|texttt|mbox|hbox|textup|mathrm|mathit|mathbf|operatorname|mathsf|boldsymbol|bm)(?![a-zA-Z])/g,
    "\\text",
  );
  const degrees = DEGREES.test(s);
  s = s.replace(DEGREES, "");
  s = s.replace(ARC_MINUTES_SECONDS, "$1");
  s = s.replace(/\\textdollar(?![a-zA-Z])(?:\s*\{\s*\})?|\\\$|\$/g, "");
  s = s.replace(/\s*\{\s*,\s*\}\s*/g, ",");
  // "32,\! 349" is a thousands separator; "32, 349" is a list.
  s = s.replace(/(\d),\\!\s*(?=\d{3}(?!\d))/g, "$1,");
  s = s.replace(/\\!/g, "");
  s = s.replace(SPACING, " ");
  s = s.replace(/\\(?:text)\s*\{\s*(?:and|or)\s*\}/g, ", ");
  s = s.replace(/(^|\s)(?:and|or)(?=\s)/g, "$1, ");
  s = s.replace(/\)\s*(?:and|or)\s*\(/g, "), (");
  s = s.replace(/\\(?:lt)(?![a-zA-Z])/g, "<").replace(/\\(?:gt)(?![a-zA-Z])/g, ">");
  s = s
    .replace(/\\(?:leqslant|leq|le)(?![a-zA-Z])/g, "\\le ")
    .replace(/\\(?:geqslant|geq|ge)(?![a-zA-Z])/g, "\\ge ");
  s = s.replace(/<=/g, "\\le ").replace(/>=/g, "\\ge ");
  s = s.replace(/\\(?:neq|ne)(?![a-zA-Z])|!=/g, "\\ne ");
  s = s.replace(/\\doteq(?![a-zA-Z])/g, "\\approx ");
  s = s.replace(/\\(?:infty|infin)(?![a-zA-Z])/g, "\\infty");
  s = s.replace(/\\(?:emptyset|varnothing)(?![a-zA-Z])/g, "\\{\\}");
  s = s.replace(
    /^(?:\\mathbb\s*\{\s*R\s*\}|\\R|\\text\s*\{\s*all real numbers\s*\}|all real numbers)$/i,
    "(-\\infty,\\infty)",
  );

  let percent = false;
  let trimmed = s.trim();
  for (let guard = 0; guard < 5; guard++) {
    const before = trimmed;
    trimmed = trimmed.replace(/[.\s]+$/, "");
    if (/\\?%$/.test(trimmed)) {
      percent = true;
      trimmed = trimmed.replace(/\\?%$/, "");
    }
    if (PERCENT_WORDS.test(trimmed) && /\d/.test(trimmed)) {
      percent = true;
      trimmed = trimmed.replace(PERCENT_WORDS, "");
    }
    if (trimmed === before) break;
  }
  s = trimmed;

  // A power on a unit in \text{} goes with it: `\text{ cm}^{-3}`, `\text{ m}^2`.
  s = s.replace(new RegExp(String.raw`(\\text\s*\{[^{}]*\})\s*${UNIT_POWER}`, "g"), "$1");
  // A whole-answer \text{} is unwrapped, except a multi-letter name (Evelyn), which keeps its
  // \text{} so that the CAS reads it as one symbol, not as a product of letters.
  const whole = /^\\text\s*\{([^{}]*)\}$/.exec(s);
  if (whole) s = textName(whole[1] as string).trim();
  // Units: \text{...} holding words only are dropped when something else remains.
  const withoutText = replaceCommand(s, "\\text", (inner) =>
    /^[\sa-zA-Z.'/-]*$/.test(inner) ? " " : `\\text{${inner}}`,
  ).trim();
  if (withoutText !== "" && /[0-9a-zA-Z\\]/.test(withoutText)) s = withoutText;
  else s = replaceCommand(s, "\\text", textName).trim();
  s = s.replace(/\^\s*\{?\s*\}?$/, "").trim();

  // Trailing unit words after a number: "35 cm", "3 hours", "1,000.99m²".
  s = s.replace(/(\d)\s*[a-zA-Z]{0,3}[^\x20-\x7e]+$/, "$1").trim();
  s =
    s.includes(",") && s.length < 400
      ? s.split(",").map(dropUnitWords).join(",")
      : dropUnitWords(s);
  s = s.replace(/\s+/g, " ").trim();
  s = s.replace(SIDE_CONDITION, "");
  s = s.replace(/^[=:]\s*/, "");
  s = s.replace(/\.$/, "").trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  if (/^[+-]?\d{1,3}( \d{3})+(\.\d+)?$/.test(s)) s = s.replace(/ /g, "");
  s = s.replace(/^\+(?=\d)/, "");
  s = s.replace(/\+\s*\\infty/g, "\\infty");
  return { text: s, percent, degrees };
}
