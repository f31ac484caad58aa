/**
 * The math verifier: extraction, then equivalence against the gold answer (or against each of
 * a row's accepted answers), under one time budget for the whole verification.
 */
import { type Verdict, verdict } from "@prorl/core";
import { checkEquivalence, DEFAULT_TIMEOUT_MS } from "./equivalence.js";
import { type ExtractedAnswer, type ExtractionMode, extractMathAnswer } from "./extract.js";
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

/** The budget of one verification, shared by every gold answer it is compared with. */
interface Clock {
  left(): number;
  spent(): boolean;
}

function startClock(timeoutMs: number): Clock {
  const start = performance.now();
  return {
    left: () => Math.max(1, timeoutMs - (performance.now() - start)),
    spent: () => performance.now() - start >= timeoutMs,
  };
}

/** How many answers the gold holds: 2+ for "1, 3", "\{1,3\}", "\pm 2". */
function goldAnswerCount(gold: string): number {
  const n = normalizeAnswer(gold);
  if (!n) return 1;
  const a = parseAnswer(n.text, 0, n.percent);
  return a.k === "list" || a.k === "set" ? a.items.length : 1;
}

/** The distinct, non-empty gold answers (Minerva lists the same answer twice, with and without a newline). */
function distinctGolds(gold: string | readonly string[]): string[] {
  const list: readonly unknown[] =
    typeof gold === "string" ? [gold] : Array.isArray(gold) ? gold : [];
  const seen = new Set<string>();
  for (const g of list) {
    if (typeof g === "string" && g.trim() !== "") seen.add(g.trim());
  }
  return [...seen];
}

/**
 * Scores one response against a gold answer, or against a list of accepted answers (any one
 * counts): 1 when the final answer is equivalent, else 0. With a list, the reason says which
 * answer matched.
 *
 * Several boxed answers: when they are all equivalent to each other they count as one; when
 * the gold itself holds several answers ("1, 3"), the boxes together are the answer set;
 * otherwise the response is hedging between different answers and scores 0.
 */
export function verifyMath(
  response: string,
  gold: string | readonly string[],
  options: VerifyOptions = {},
): Verdict {
  const mode = options.mode ?? "strict";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    ensureEngine(); // one-time CAS start-up, outside the budget
  } catch {
    // handled per comparison: unparseable answers score 0
  }
  const clock = startClock(timeoutMs);
  try {
    const golds = distinctGolds(gold);
    if (golds.length === 0) return verdict(0, "empty gold answer");
    const text = typeof response === "string" ? response : "";
    if (mode === "strict" && text.includes("<think>") && !text.includes("</think>")) {
      // Truncated mid-thought: boxes inside the unfinished thinking are not a final answer.
      return verdict(0, "unfinished <think> block (no final answer)");
    }
    const found = finalAnswer(text, mode, clock);
    if (golds.length === 1) return judge(found, golds[0] as string, clock);
    let first: Verdict | undefined;
    for (const [i, g] of golds.entries()) {
      const v = judge(found, g, clock);
      if (v.correct) return verdict(1, `${v.reason} (gold answer ${i + 1} of ${golds.length})`);
      first ??= v;
      if (clock.spent()) break;
    }
    return verdict(0, `${first?.reason} (none of the ${golds.length} gold answers)`);
  } catch (error) {
    return verdict(0, `verifier error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What a response offers as its answer, whatever the gold: extracted once per verification. */
interface FinalAnswer {
  text: string;
  mode: ExtractionMode;
  extracted: ExtractedAnswer | null;
  /** Whether several boxes all say the same thing (computed on first use). */
  boxesAgree: () => boolean;
}

function finalAnswer(text: string, mode: ExtractionMode, clock: Clock): FinalAnswer {
  const extracted = extractMathAnswer(text, mode);
  let agree: boolean | undefined;
  return {
    text,
    mode,
    extracted,
    boxesAgree: () => {
      agree ??= allEquivalent(extracted?.candidates ?? [], clock);
      return agree;
    },
  };
}

/** One response against one gold answer. */
function judge(found: FinalAnswer, gold: string, clock: Clock): Verdict {
  const { text, mode, extracted } = found;
  if (mode === "lenient" && text.length <= 300 && !text.includes("\\boxed")) {
    // A short reply may be the bare answer itself, prose and all ("odd $n$").
    const whole = checkEquivalence(gold, text, { timeoutMs: clock.left() });
    if (whole.equivalent) return verdict(1, `whole response ${whole.reason}`);
  }
  if (!extracted) return verdict(0, mode === "strict" ? "no boxed answer" : "no answer found");
  const boxes = extracted.candidates;
  if (boxes.length > MAX_BOXES) {
    return verdict(0, `${boxes.length} boxed answers (more than ${MAX_BOXES} is not an answer)`);
  }
  if (boxes.length > 1 && !found.boxesAgree()) {
    if (goldAnswerCount(gold) < 2) {
      return verdict(0, `${boxes.length} different boxed answers (hedging scores 0)`);
    }
    const joined = boxes.map((b) => (b.includes(",") ? `{${b}}` : b)).join(", ");
    const r = checkEquivalence(gold, joined, { timeoutMs: clock.left() });
    return verdict(r.equivalent ? 1 : 0, `boxed answers taken together: ${r.reason}`);
  }
  if (extracted.answer.trim() === "") return verdict(0, "empty boxed answer");
  const r = checkEquivalence(gold, extracted.answer, { timeoutMs: clock.left() });
  return verdict(r.equivalent ? 1 : 0, `${extracted.method} answer ${r.reason}`);
}

function allEquivalent(boxes: readonly string[], clock: Clock): boolean {
  const first = (boxes[0] ?? "").trim();
  return boxes.every(
    (b) =>
      b.trim() === first ||
      (!clock.spent() && checkEquivalence(first, b, { timeoutMs: clock.left() }).equivalent),
  );
}
