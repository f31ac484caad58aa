/**
 * The math verifier: extraction, then equivalence against the gold answer, under one time
 * budget for the whole verification.
 */
import { type Verdict, verdict } from "@prorl/core";
import { checkEquivalence, DEFAULT_TIMEOUT_MS } from "./equivalence.js";
import { type ExtractionMode, extractMathAnswer } from "./extract.js";
import { normalizeAnswer } from "./normalize.js";
import { ensureEngine } from "./scalar.js";
import { parseAnswer } from "./structure.js";

export interface VerifyOptions {
  /** "strict" (default, training) or "lenient" (evaluation). */
  mode?: ExtractionMode;
  /** Budget for the whole verification in milliseconds (default 2000). */
  timeoutMs?: number;
}

/** More boxes than this in the final answer is spam, not an answer set. */
const MAX_BOXES = 50;

/** How many answers the gold holds: 2+ for "1, 3", "\{1,3\}", "\pm 2". */
function goldAnswerCount(gold: string): number {
  const n = normalizeAnswer(gold);
  if (!n) return 1;
  const a = parseAnswer(n.text, 0, n.percent);
  return a.k === "list" || a.k === "set" ? a.items.length : 1;
}

/**
 * Scores one response against a gold answer: 1 when the final answer is equivalent, else 0.
 *
 * Several boxed answers: when they are all equivalent to each other they count as one; when
 * the gold itself holds several answers ("1, 3"), the boxes together are the answer set;
 * otherwise the response is hedging between different answers and scores 0.
 */
export function verifyMath(response: string, gold: string, options: VerifyOptions = {}): Verdict {
  const mode = options.mode ?? "strict";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    ensureEngine(); // one-time CAS start-up, outside the budget
  } catch {
    // handled per comparison: unparseable answers score 0
  }
  const start = performance.now();
  const left = () => Math.max(1, timeoutMs - (performance.now() - start));
  try {
    if (typeof gold !== "string" || gold.trim() === "") return verdict(0, "empty gold answer");
    const text = typeof response === "string" ? response : "";
    if (mode === "lenient" && text.length <= 300 && !text.includes("\\boxed")) {
      // A short reply may be the bare answer itself, prose and all ("odd $n$").
      const whole = checkEquivalence(gold, text, { timeoutMs: left() });
      if (whole.equivalent) return verdict(1, `whole response ${whole.reason}`);
    }
    if (mode === "strict" && text.includes("<think>") && !text.includes("</think>")) {
      // Truncated mid-thought: boxes inside the unfinished thinking are not a final answer.
      return verdict(0, "unfinished <think> block (no final answer)");
    }
    const extracted = extractMathAnswer(text, mode);
    if (!extracted) return verdict(0, mode === "strict" ? "no boxed answer" : "no answer found");
    const boxes = extracted.candidates;
    if (boxes.length > MAX_BOXES) {
      return verdict(0, `${boxes.length} boxed answers (more than ${MAX_BOXES} is not an answer)`);
    }
    if (boxes.length > 1) {
      const first = boxes[0] as string;
      const allSame = boxes.every(
        (b) =>
          b.trim() === first.trim() ||
          (performance.now() - start < timeoutMs &&
            checkEquivalence(first, b, { timeoutMs: left() }).equivalent),
      );
      if (!allSame) {
        if (goldAnswerCount(gold) < 2) {
          return verdict(0, `${boxes.length} different boxed answers (hedging scores 0)`);
        }
        const joined = boxes.map((b) => (b.includes(",") ? `{${b}}` : b)).join(", ");
        const r = checkEquivalence(gold, joined, { timeoutMs: left() });
        return verdict(r.equivalent ? 1 : 0, `boxed answers taken together: ${r.reason}`);
      }
    }
    if (extracted.answer.trim() === "") return verdict(0, "empty boxed answer");
    const r = checkEquivalence(gold, extracted.answer, { timeoutMs: left() });
    return verdict(r.equivalent ? 1 : 0, `${extracted.method} answer ${r.reason}`);
  } catch (error) {
    return verdict(0, `verifier error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
