/**
 * Pulling the final answer out of a response. Strict mode (training): the `\boxed{}` answers
 * after the last `</think>`. Lenient mode (evaluation): boxed answers first, then
 * "final answer is X", "answer: X" / "####", then the last LaTeX span or number, whichever
 * comes last. All scans are linear in the response length.
 */
import { afterThink, allBoxed, type BoxedAnswer } from "@prorl/core";

export type ExtractionMode = "strict" | "lenient";

export interface ExtractedAnswer {
  /** The answer compared with the gold (the last candidate). */
  answer: string;
  /** Every final answer found: all outermost boxes, in order (one item for the other methods). */
  candidates: string[];
  method: "boxed" | "final-answer" | "answer-phrase" | "latex" | "number";
}

/** Outermost `\boxed{}`/`\fbox{}` answers in order: a box inside another box is not separate. */
export function outerBoxes(text: string): BoxedAnswer[] {
  const boxes = allBoxed(text);
  const out: BoxedAnswer[] = [];
  // allBoxed sorts by end, outermost last among nested ones: walk backwards keeping boxes
  // that do not lie inside the last kept one.
  let minStart = Number.POSITIVE_INFINITY;
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i] as BoxedAnswer;
    if (b.start >= minStart) continue;
    out.push(b);
    minStart = b.start;
  }
  return out.reverse();
}

export function extractMathAnswer(response: string, mode: ExtractionMode): ExtractedAnswer | null {
  if (typeof response !== "string") return null;
  const text = afterThink(response);
  const boxes = outerBoxes(text);
  if (mode === "lenient" && boxes.length > 0) {
    // "Final answer: the final answer is $X$" after the last box overrides boxed working.
    const lastEnd = (boxes[boxes.length - 1] as BoxedAnswer).end;
    const tail = text.slice(lastEnd);
    const end = lastPhrase(tail.toLowerCase(), FINAL_PHRASES);
    const found = end >= 0 ? fromPhraseTail(tail.slice(end, end + 400)) : null;
    if (found !== null) return { answer: found, candidates: [found], method: "final-answer" };
  }
  if (boxes.length > 0) {
    const candidates = boxes.map((b) => b.content);
    return { answer: candidates[candidates.length - 1] as string, candidates, method: "boxed" };
  }
  if (mode === "strict") return null;
  return lenient(text);
}

const FINAL_PHRASES = ["final answer is", "final answer:", "final answer"];
const ANSWER_PHRASES = ["the answer is", "answer is", "answer:", "####"];

function lastPhrase(lower: string, phrases: readonly string[]): number {
  let best = -1;
  let bestEnd = -1;
  for (const p of phrases) {
    const at = lower.lastIndexOf(p);
    if (at >= 0 && at + p.length > bestEnd && at > best) {
      best = at;
      bestEnd = at + p.length;
    }
  }
  return bestEnd;
}

function lenient(text: string): ExtractedAnswer | null {
  const lower = text.toLowerCase();
  for (const [phrases, method] of [
    [FINAL_PHRASES, "final-answer"],
    [ANSWER_PHRASES, "answer-phrase"],
  ] as const) {
    const end = lastPhrase(lower, phrases);
    if (end < 0) continue;
    const found = fromPhraseTail(text.slice(end, end + 400));
    if (found !== null) return { answer: found, candidates: [found], method };
  }
  const span = lastMathSpan(text);
  const num = lastNumber(text);
  if (span && (!num || span.end >= num.end)) {
    const answer = lastDerivationRow(span.content) ?? span.content;
    return { answer, candidates: [answer], method: "latex" };
  }
  if (num) return { answer: num.content, candidates: [num.content], method: "number" };
  return null;
}

/** The answer in the text after "final answer is": a math span, or a short phrase, or a number. */
function fromPhraseTail(tail: string): string | null {
  let t = tail
    .replace(/^[\s:*]+/, "")
    .replace(/^is\s+/i, "")
    .replace(/^\\?["'\u201c]/, "");
  const direct = mathSpans(t);
  const first = direct[0];
  // Up to the end of the sentence.
  const stop = /\.(?:\s|$)|\n|<\|/.exec(t);
  const sentence = (stop ? t.slice(0, stop.index) : t).trim();
  if (first && first.start === 0) {
    // "$12$ and $13$": several spans joined only by "and", "or" or commas are one answer.
    const inSentence = direct.filter((s) => s.end <= sentence.length + 1);
    let between = sentence;
    for (const s of inSentence) between = between.replace(t.slice(s.start, s.end), " ");
    if (inSentence.length > 1 && /^(?:[\s,"'\u201d\\]|and|or)*$/.test(between)) {
      return inSentence.map((s) => s.content).join(", ");
    }
    return first.content;
  }
  t = sentence;
  const is = t.toLowerCase().lastIndexOf(" is ");
  if (is >= 0) t = t.slice(is + 4).trim();
  const spans = mathSpans(t);
  const lastSpan = spans[spans.length - 1];
  if (lastSpan) return lastSpan.content;
  if (t === "") return null;
  // Prose around a number: take the number.
  if (/[a-zA-Z]{2,}\s+[a-zA-Z]{2,}/.test(t)) return lastNumber(t)?.content ?? null;
  return t;
}

interface Span {
  content: string;
  start: number;
  end: number;
}

/** `$..$`, `$$..$$`, `\(..\)`, `\[..\]` spans, left to right without overlap. */
export function mathSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    let open = "";
    let close = "";
    if (c === "$") {
      if (i > 0 && text[i - 1] === "\\") {
        i++;
        continue;
      }
      open = text[i + 1] === "$" ? "$$" : "$";
      close = open;
    } else if (c === "\\" && (text[i + 1] === "(" || text[i + 1] === "[")) {
      open = text.slice(i, i + 2);
      close = open === "\\(" ? "\\)" : "\\]";
    } else if (c === "\\") {
      i += 2;
      continue;
    } else {
      i++;
      continue;
    }
    let j = text.indexOf(close, i + open.length);
    // A single "$" closes at the next unescaped "$".
    while (j > 0 && close === "$" && text[j - 1] === "\\") j = text.indexOf(close, j + 1);
    if (j < 0) break;
    const content = text.slice(i + open.length, j).trim();
    if (content !== "") spans.push({ content, start: i, end: j + close.length });
    i = j + close.length;
  }
  return spans;
}

const DERIVATION =
  /^\\begin\{(aligned|align\*?|gathered|gather\*?|eqnarray\*?|split)\}([\s\S]*)\\end\{\1\}$/;

/**
 * A displayed derivation (`\begin{aligned} 4x &= 17 \\ x &= 4.25 \end{aligned}`) ends with its
 * result: the last row, alignment marks removed (`x = 4.25`; a row `&= 590` gives `= 590`).
 */
function lastDerivationRow(content: string): string | null {
  const m = DERIVATION.exec(content);
  if (!m) return null;
  const rows = (m[2] as string)
    .split("\\\\")
    .map((row) => row.replace(/&/g, " ").replace(/\s+/g, " ").trim())
    .filter((row) => row !== "");
  return rows[rows.length - 1] ?? null;
}

function lastMathSpan(text: string): Span | null {
  const spans = mathSpans(text);
  return spans[spans.length - 1] ?? null;
}

const NUMBER = /(?<![A-Za-z\d.\\])-?\d[\d,]*(?:\.\d+)?(?:\s?\/\s?\d+)?/g;

function lastNumber(text: string): Span | null {
  let last: Span | null = null;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const content = m[0].replace(/,+$/, "");
    last = { content, start: m.index, end: m.index + m[0].length };
  }
  return last;
}
