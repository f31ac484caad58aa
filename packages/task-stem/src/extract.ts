import { allBoxed, lastBoxed } from "@prorl/core";

/**
 * Answer extraction for STEM responses. Every function is a linear scan (indexOf loops and
 * fixed-length look-ahead), so a hostile response cannot make it slow.
 */

export type ChoiceSource = "answer-line" | "boxed" | "parenthesized" | "final-letter";

export interface ExtractedChoice {
  letter: string;
  source: ChoiceSource;
}

/** Letters A.. for `n` choices. */
export function choiceLetters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
}

const isUpperLetter = (ch: string | undefined) => ch !== undefined && ch >= "A" && ch <= "Z";
const isLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/**
 * The chosen letter of a multiple-choice response, by priority:
 *
 * 1. the last "Answer: X" / "answer is X" (case-insensitive "answer", optional markdown,
 *    `$`, `(`, `\boxed{`, `\text{` before an upper-case letter that stands alone);
 * 2. the last `\boxed{X}` (also `\boxed{(X)}`, `\boxed{\text{X}}`);
 * 3. the last "(X)";
 * 4. a lone upper-case letter as the last word of the response ("... so B.", "**C**").
 *
 * Only letters of an offered choice count; lower-case letters never do ("the answer is a
 * bit..." is not choice A).
 */
export function extractChoice(response: string, numChoices: number): ExtractedChoice | null {
  const valid = new Set(choiceLetters(numChoices));
  const fromLine = lastAnswerLine(response, valid);
  if (fromLine) return { letter: fromLine, source: "answer-line" };
  const boxes = allBoxed(response);
  for (let i = boxes.length - 1; i >= 0; i--) {
    const letter = letterOf((boxes[i] as { content: string }).content, valid);
    if (letter) return { letter, source: "boxed" };
  }
  const paren = lastParenthesized(response, valid);
  if (paren) return { letter: paren, source: "parenthesized" };
  const final = finalLoneLetter(response, valid);
  if (final) return { letter: final, source: "final-letter" };
  return null;
}

/** "B", "(B)", "B)", "\text{B}", "\textbf{(B)}", "B." -> "B" when it is a valid choice. */
function letterOf(content: string, valid: Set<string>): string | null {
  if (content.length > 40) return null;
  const stripped = content
    .replace(/\\(?:text|textbf|mathrm|mathbf)\s*\{([^{}]*)\}/g, "$1")
    .replace(/[\s()[\]{}*.:$]/g, "");
  return stripped.length === 1 && valid.has(stripped) ? stripped : null;
}

function lastAnswerLine(text: string, valid: Set<string>): string | null {
  const lower = text.toLowerCase();
  let found: string | null = null;
  for (let at = lower.indexOf("answer"); at >= 0; at = lower.indexOf("answer", at + 6)) {
    let i = at + 6;
    // Skip what may sit between "answer" and the letter (bounded look-ahead).
    const limit = Math.min(text.length, i + 40);
    let sawSeparator = false;
    while (i < limit) {
      if (text.startsWith("\\boxed{", i)) i += 7;
      else if (text.startsWith("\\text{", i)) i += 6;
      else if (text.startsWith("\\textbf{", i)) i += 8;
      else if (lower.startsWith("is", i) && !isLetter(text[i + 2])) {
        i += 2;
        sawSeparator = true;
      } else if (lower.startsWith("choice", i)) i += 6;
      else if (lower.startsWith("option", i)) i += 6;
      else if (" \t*:$({[_-=#>\n".includes(text[i] as string)) {
        if (text[i] === ":" || text[i] === "=") sawSeparator = true;
        i++;
      } else break;
    }
    const ch = text[i];
    if (
      (sawSeparator || text[i - 1] === "(") &&
      isUpperLetter(ch) &&
      !isLetter(text[i + 1]) &&
      valid.has(ch as string)
    ) {
      found = ch as string;
    }
  }
  return found;
}

function lastParenthesized(text: string, valid: Set<string>): string | null {
  for (let at = text.lastIndexOf(")"); at >= 2; at = text.lastIndexOf(")", at - 1)) {
    const ch = text[at - 1];
    if (text[at - 2] === "(" && isUpperLetter(ch) && valid.has(ch as string)) return ch as string;
  }
  return null;
}

function finalLoneLetter(text: string, valid: Set<string>): string | null {
  let end = text.length;
  // Trailing markdown, punctuation and whitespace.
  while (end > 0 && " \t\n\r*_.!:)]$}`'\"".includes(text[end - 1] as string)) end--;
  const ch = text[end - 1];
  if (!isUpperLetter(ch) || !valid.has(ch as string)) return null;
  const before = text[end - 2];
  if (end >= 2 && (isLetter(before) || before === "\\" || /\d/.test(before as string))) return null;
  return ch as string;
}

/**
 * The final answer of a free-form response: the last `\boxed{}`, else the text after the
 * last "Answer:" / "final answer is" up to the end of its line. Null when neither exists.
 */
export function extractFinalAnswer(response: string): { text: string; source: string } | null {
  const boxed = lastBoxed(response);
  if (boxed !== null && boxed.trim() !== "") return { text: boxed.trim(), source: "boxed" };
  const lower = response.toLowerCase();
  for (let at = lower.lastIndexOf("answer"); at >= 0; at = lower.lastIndexOf("answer", at - 1)) {
    const text = answerAfter(response, lower, at + 6);
    if (text) return { text, source: "answer-line" };
    if (at === 0) break;
  }
  return null;
}

/** The answer text after "answer" at `from`, when a separator (":", "=", "is") follows. */
function answerAfter(response: string, lower: string, from: number): string | null {
  let i = from;
  const limit = Math.min(response.length, i + 20);
  let sawSeparator = false;
  while (i < limit) {
    if (response[i] === ":" || response[i] === "=") {
      sawSeparator = true;
      i++;
    } else if (lower.startsWith("is", i) && !isLetter(response[i + 2])) {
      sawSeparator = true;
      i += 2;
    } else if (" \t*".includes(response[i] as string)) i++;
    else break;
  }
  if (!sawSeparator) return null;
  // At most 400 characters, up to the end of the line (bounded, so many candidates stay linear).
  const window = response.slice(i, i + 400);
  const nl = window.indexOf("\n");
  const text = (nl >= 0 ? window.slice(0, nl) : window)
    .replace(/\*+/g, "")
    .trim()
    .replace(/[.]$/, "")
    .trim();
  return text || null;
}
