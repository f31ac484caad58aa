/**
 * Equivalence of two bare answers (no extraction): normalisation, structure, then exact or
 * numeric comparison of the scalar parts. `checkEquivalence` never throws and stops comparing
 * once its time budget is spent (the answer then counts as not equivalent).
 */
import { normalizeAnswer } from "./normalize.js";
import type { Rational } from "./rational.js";
import * as Q from "./rational.js";
import {
  type Budget,
  type C,
  canonicalSame,
  checkNow,
  ensureEngine,
  exactValue,
  freeSymbols,
  type Json,
  budget as makeBudget,
  numericValue,
  parseLatex,
} from "./scalar.js";
import { type Answer, parseAnswer, type RelOp, splitTop } from "./structure.js";

export interface EquivalenceOptions {
  /** Hard budget for one comparison, in milliseconds (default 2000). */
  timeoutMs?: number;
}

export interface EquivalenceResult {
  equivalent: boolean;
  reason: string;
}

export const DEFAULT_TIMEOUT_MS = 2000;

class OutOfTime extends Error {}

interface Ctx {
  budget: Budget;
  /** The last reason a comparison gave, for the verdict's `reason`. */
  why: string;
}

/**
 * Compares a gold answer with a predicted one. Synchronous, never throws, and bounded by
 * `timeoutMs` (parsing is bounded by input-size limits checked before the parser runs).
 */
export function checkEquivalence(
  gold: string,
  predicted: string,
  options: EquivalenceOptions = {},
): EquivalenceResult {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    ensureEngine();
  } catch {
    // A CAS that cannot start leaves the exact/text paths; parses then fail as unparseable.
  }
  const ctx: Ctx = { budget: makeBudget(timeoutMs), why: "" };
  try {
    if (typeof gold !== "string" || typeof predicted !== "string") {
      return { equivalent: false, reason: "gold and answer must be strings" };
    }
    const ng = normalizeAnswer(gold);
    if (!ng) return { equivalent: false, reason: "gold answer too long" };
    const np = normalizeAnswer(predicted);
    if (!np) return { equivalent: false, reason: "answer too long to check" };
    if (ng.text === "") return { equivalent: false, reason: "empty gold answer" };
    if (np.text === "") return { equivalent: false, reason: "empty answer" };
    if (ng.text === np.text && ng.percent === np.percent) {
      return { equivalent: true, reason: "identical after normalisation" };
    }
    // A ratio of two numbers against a value written without one: `2:3` is 2/3.
    if (ng.text.includes(":") !== np.text.includes(":")) {
      ng.text = ng.text.replace(RATIO, "\\frac{$1}{$2}");
      np.text = np.text.replace(RATIO, "\\frac{$1}{$2}");
    }
    // Multiple choice: "\textbf{(C)} 12" and "12 \ \mathbf{(C)}" name choice C and its value 12.
    const gChoice = choiceLabel(ng.text);
    const pChoice = choiceLabel(np.text);
    if (pChoice) {
      if (/^\(?[A-E]\)?$/.test(ng.text.replace(/\s+/g, ""))) {
        const letter = ng.text.replace(/[^A-E]/g, "");
        const same = letter === pChoice.letter;
        return {
          equivalent: same,
          reason: same ? "equivalent (same choice letter)" : "not equivalent: a different choice",
        };
      }
      np.text = pChoice.rest;
    }
    if (gChoice) {
      const letter = /^\(?([A-E])\)?$/.exec(np.text.replace(/\s+/g, ""));
      if (letter) {
        const same = letter[1] === gChoice.letter;
        return {
          equivalent: same,
          reason: same ? "equivalent (same choice letter)" : "not equivalent: a different choice",
        };
      }
      ng.text = gChoice.rest;
    }
    const ga = parseAnswer(ng.text, 0, ng.percent);
    const pa = parseAnswer(np.text, 0, np.percent);
    let equivalent = compare(ga, pa, ctx);
    // Degrees against radians: 60^\circ = \frac{\pi}{3} when the other side is in terms of π.
    if (!equivalent && ng.degrees !== np.degrees && ga.k === "scalar" && pa.k === "scalar") {
      const [deg, rad] = ng.degrees ? [ga, pa] : [pa, ga];
      if (/\\pi/.test(rad.s)) {
        const converted = { ...deg, s: `\\frac{\\pi}{180}\\left(${deg.s}\\right)` };
        equivalent = ng.degrees ? compare(converted, pa, ctx) : compare(ga, converted, ctx);
        if (equivalent) ctx.why = "degrees converted to radians";
      }
    }
    if (!equivalent && checkNow(ctx.budget)) {
      return { equivalent: false, reason: `time budget of ${timeoutMs} ms exceeded` };
    }
    return {
      equivalent,
      reason: equivalent
        ? `equivalent (${ctx.why || "structure"})`
        : `not equivalent${ctx.why ? `: ${ctx.why}` : ""}`,
    };
  } catch (error) {
    if (error instanceof OutOfTime) {
      return { equivalent: false, reason: `time budget of ${timeoutMs} ms exceeded` };
    }
    return {
      equivalent: false,
      reason: `comparison failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Starts the CAS (about 0.4 s of CPU, once per process) so that the first real verification
 * does not pay for it. Optional: the first comparison that needs the parser does it anyway.
 */
export function warmUpEquivalence(): void {
  checkEquivalence("\\frac{x}{2}", "0.5x");
  checkEquivalence("12:00", "\\sum_{k=1}^{n} k");
}

/** `2:3`, `1.5 : 1`: a ratio of two plain numbers. */
const RATIO = /^([+-]?\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/;

/**
 * A choice letter beside a value: in front (`(C) 12`, `\text{(C)} 12`, `C) 12`) or after it
 * (`\frac{25}{32} \ \mathbf{(B)}`, `12 (B)`).
 */
function choiceLabel(text: string): { letter: string; rest: string } | null {
  const front = /^(?:\\text\s*\{\s*)?\(?([A-E])\)(?:\s*\})?\s*(?:[:.]\s*)?(\S.*)$/.exec(text);
  if (front) return { letter: front[1] as string, rest: (front[2] as string).trim() };
  const back = /(?:\\text\s*\{\s*\(([A-E])\)\s*\}|\s\(([A-E])\))\s*$/.exec(text);
  const rest = back ? text.slice(0, back.index).trim() : "";
  if (!back || rest === "") return null;
  return { letter: (back[1] ?? back[2]) as string, rest };
}

function tick(ctx: Ctx): void {
  if (checkNow(ctx.budget)) throw new OutOfTime();
}

// ---------------------------------------------------------------- structure

/** A left side that only names the answer: `x`, `f(x)`, `|AB|`, `A:B`, `(p,q)`, `a_{3}`. */
export function labelLike(side: string): boolean {
  const s = side.trim();
  if (s === "" || s.length > 40) return false;
  const noSub = s.replace(/_\{[^{}]*\}|_[a-zA-Z0-9]/g, "");
  if (/\d/.test(noSub)) return false;
  if (splitTop(noSub, ["+", "-"]).length > 1) return false;
  if (
    /\\(?:frac|sqrt|sum|int|prod)\b/.test(noSub) &&
    !/^\\frac\{[A-Za-z]+\}\{[A-Za-z]+\}$/.test(noSub)
  ) {
    return false;
  }
  return /[A-Za-z]/.test(noSub);
}

function parseSide(side: string): Answer {
  return parseAnswer(side, 1);
}

function isEqualityChain(a: Answer): a is Extract<Answer, { k: "rel" }> {
  return a.k === "rel" && a.ops.every((op) => op === "=" || op === "approx");
}

/** `x \in S` with a label on the left is S. */
function unwrapIn(a: Answer): Answer {
  if (a.k === "rel" && a.ops.length === 1 && a.ops[0] === "in" && labelLike(a.sides[0] as string)) {
    return parseSide(a.sides[1] as string);
  }
  return a;
}

function compare(gRaw: Answer, pRaw: Answer, ctx: Ctx): boolean {
  tick(ctx);
  const g = unwrapIn(gRaw);
  const p = unwrapIn(pRaw);
  if (g.k === "invalid" || p.k === "invalid") {
    ctx.why = `unusable answer (${g.k === "invalid" ? g.why : (p as { why: string }).why})`;
    return false;
  }
  if (g.k === "empty" || p.k === "empty") {
    ctx.why = "empty part";
    return false;
  }

  // Assignments: a gold `k = 1` compares its right side with a bare `1`, and a predicted
  // `x = 11` (or `x \approx 11`, or a chain `a = b = 11`) offers its last side.
  if (g.k === "rel" && g.ops.length === 1 && g.ops[0] === "=" && labelLike(g.sides[0] as string)) {
    if (p.k !== "rel") return compare(parseSide(g.sides[1] as string), p, ctx);
  }
  if (isEqualityChain(p) && g.k !== "rel") return compare(g, parseSide(offeredSide(p)), ctx);

  // Sets of reals: intervals, unions, inequalities in one variable, finite sets.
  if (isSetLike(g) || isSetLike(p)) {
    const gs = toRealSet(g, ctx, true);
    const ps = toRealSet(p, ctx, false);
    if (gs && ps) return compareRealSets(gs, ps, ctx);
  }

  if (g.k === "rel" && p.k === "rel") return compareRelations(g, p, ctx);
  if (g.k === "rel" || p.k === "rel") {
    ctx.why = "a relation against a non-relation";
    return false;
  }

  if (g.k === "list" || g.k === "set") {
    if (p.k === "list" || p.k === "set") return compareUnordered(g.items, p.items, ctx);
    if (sameOrderedEntries(g, p)) return compareOrdered(g.items, (p as TupleAnswer).items, ctx);
    if (p.k === "tuple" && g.k === "list" && g.items.every(isLabelledEquation)) {
      return compareOrdered(g.items, p.items, ctx);
    }
    ctx.why = `expected ${g.items.length} answers`;
    return false;
  }
  if (p.k === "list" || p.k === "set") {
    if (sameOrderedEntries(p, g)) return compareOrdered((g as TupleAnswer).items, p.items, ctx);
    // `a = 2, b = 3` answers the pair `(2, 3)`, in order.
    if (g.k === "tuple" && p.k === "list" && p.items.every(isLabelledEquation)) {
      return compareOrdered(g.items, p.items, ctx);
    }
    // The same answer written twice ("x = 1 and x = 1") is still one answer.
    const first = p.items[0];
    if (first && p.items.every((item) => compare(first, item, ctx))) return compare(g, first, ctx);
    ctx.why = `expected one answer, got ${p.items.length}`;
    return false;
  }
  if (g.k === "tuple" && p.k === "tuple") {
    if (g.items.length !== p.items.length) {
      ctx.why = `tuple of ${p.items.length} instead of ${g.items.length}`;
      return false;
    }
    if (g.items.length === 2 && (g.open !== p.open || g.close !== p.close)) {
      ctx.why = "different interval ends";
      return false;
    }
    return compareOrdered(g.items, p.items, ctx);
  }
  if (g.k === "matrix" || p.k === "matrix") return compareMatrices(g, p, ctx);
  if (g.k === "tuple" || p.k === "tuple" || g.k === "union" || p.k === "union") {
    ctx.why = "different kinds of answer";
    return false;
  }
  return compareScalars(g, p, ctx);
}

type TupleAnswer = Extract<Answer, { k: "tuple" }>;

/**
 * A bare list and a tuple of three or more entries name the same thing when the entries match
 * in order: OlympiadBench writes the solution `(x, y, z) = (1, 2, 3)` as the gold `1,2,3`. Pairs
 * are left out: `(1, 2)` may be an interval.
 */
function sameOrderedEntries(list: Answer, tuple: Answer): boolean {
  return (
    list.k === "list" &&
    tuple.k === "tuple" &&
    tuple.open === "(" &&
    tuple.items.length >= 3 &&
    tuple.items.length === list.items.length
  );
}

/**
 * The value a predicted chain `a = b = c` offers: its last side, except that in
 * `\frac{\sqrt3}{3} \approx 0.577` the exact side before the first `\approx` counts.
 */
function offeredSide(p: Extract<Answer, { k: "rel" }>): string {
  const approx = p.ops.indexOf("approx");
  if (approx > 0 || (approx === 0 && !labelLike(p.sides[0] as string))) {
    return p.sides[approx] as string;
  }
  const last = p.sides[p.sides.length - 1] as string;
  const first = p.sides[0] as string;
  // `5 = x`: the name is on the right, the value on the left.
  if (p.sides.length === 2 && labelLike(last) && !labelLike(first)) return first;
  return last;
}

function isLabelledEquation(a: Answer): boolean {
  return a.k === "rel" && a.ops.length === 1 && a.ops[0] === "=" && labelLike(a.sides[0] as string);
}

function compareOrdered(gs: Answer[], ps: Answer[], ctx: Ctx): boolean {
  if (gs.length !== ps.length) {
    ctx.why = `${ps.length} parts instead of ${gs.length}`;
    return false;
  }
  for (let i = 0; i < gs.length; i++) {
    if (!compare(gs[i] as Answer, ps[i] as Answer, ctx)) return false;
  }
  return true;
}

function compareUnordered(gs: Answer[], ps: Answer[], ctx: Ctx): boolean {
  // Repeated answers count once: "2, 2, 3" and "3, 2" name the same solutions.
  if (gs.length === 0 || ps.length === 0) {
    ctx.why = "empty set";
    return gs.length === ps.length;
  }
  // Each answer claims the first unclaimed gold item it matches (so the usual case costs about
  // one comparison per item); an answer matching only claimed items is a repeat, and one
  // matching nothing is an extra.
  const covered = new Array<boolean>(gs.length).fill(false);
  // Identical items pair up first through a map (a reordered list costs linear time).
  const byKey = new Map<string, number[]>();
  for (const [i, g] of gs.entries()) {
    const key = keyOf(g);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  const rest: Answer[] = [];
  for (const p of ps) {
    const key = keyOf(p);
    const slots = key === null ? undefined : byKey.get(key);
    if (slots?.length) {
      covered[slots.pop() as number] = true;
      continue;
    }
    if (key !== null && byKey.has(key)) continue; // a repeat of an item already paired
    rest.push(p);
  }
  for (const p of rest) {
    let hit = false;
    for (let i = 0; i < gs.length && !hit; i++) {
      if (!covered[i] && compare(gs[i] as Answer, p, ctx)) {
        covered[i] = true;
        hit = true;
      }
    }
    if (!hit && !gs.some((g, i) => covered[i] && compare(g, p, ctx))) {
      ctx.why = "an extra answer that is not in the gold";
      return false;
    }
  }
  for (let i = 0; i < gs.length; i++) {
    if (covered[i]) continue;
    // A gold item left over must repeat one that an answer covered ("2, 2, 3" vs "2, 3").
    if (!ps.some((p) => compare(gs[i] as Answer, p, ctx))) {
      ctx.why = "a gold answer is missing";
      return false;
    }
  }
  ctx.why = "same answers in any order";
  return true;
}

/** A text key for answers that are identical as written (scalars and tuples of them), else null. */
function keyOf(a: Answer): string | null {
  if (a.k === "scalar") return `${a.percent ? "%" : ""}${squash(cleanScalar(a.s))}`;
  if (a.k === "tuple") {
    const parts = a.items.map(keyOf);
    return parts.every((p) => p !== null) ? `${a.open}${parts.join("|")}${a.close}` : null;
  }
  return null;
}

function compareMatrices(g: Answer, p: Answer, ctx: Ctx): boolean {
  const gm = asGrid(g);
  const pm = asGrid(p);
  if (!gm || !pm) {
    ctx.why = "a matrix against a non-matrix";
    return false;
  }
  const gFlat = gm.flat();
  const pFlat = pm.flat();
  const vectorish = (m: Answer[][]) => m.length === 1 || m.every((r) => r.length === 1);
  const sameShape =
    gm.length === pm.length && gm.every((row, i) => row.length === (pm[i] as Answer[]).length);
  if (!sameShape && !(vectorish(gm) && vectorish(pm) && gFlat.length === pFlat.length)) {
    ctx.why = "different matrix shape";
    return false;
  }
  return compareOrdered(gFlat, pFlat, ctx);
}

function asGrid(a: Answer): Answer[][] | null {
  if (a.k === "matrix") return a.rows;
  if (a.k === "tuple" && a.items.length > 0) return [a.items];
  return null;
}

// ---------------------------------------------------------------- sets of reals

interface End {
  /** -1: -∞, +1: +∞, 0: finite. */
  inf: number;
  latex?: string;
  value?: number;
  closed: boolean;
}
type Component = { k: "interval"; lo: End; hi: End } | { k: "points"; items: Answer[] };

function isSetLike(a: Answer): boolean {
  if (a.k === "union") return true;
  if (a.k === "tuple" && a.items.length === 2) {
    return (
      a.open === "[" || a.close === "]" || a.items.some((i) => i.k === "scalar" && infOf(i.s) !== 0)
    );
  }
  if (a.k === "rel")
    return a.ops.every((op) => op === "<" || op === "<=" || op === ">" || op === ">=");
  return false;
}

function infOf(s: string): number {
  const t = s.replace(/\s+/g, "");
  if (t === "\\infty" || t === "+\\infty" || t === "\\infin") return 1;
  if (t === "-\\infty") return -1;
  return 0;
}

function end(latex: string, closed: boolean): End {
  const inf = infOf(latex);
  return inf !== 0 ? { inf, closed: false } : { inf: 0, latex, closed };
}

/**
 * The set of reals an answer names. `solve` allows solving a linear inequality (gold only):
 * a predicted `2x + 1 > 5` restates a question rather than answering it, so for predictions
 * only solved forms count (`x > 2`, `-x > -2`, `2 < x < 3`).
 */
function toRealSet(a: Answer, ctx: Ctx, solve: boolean): Component[] | null {
  if (a.k === "union") {
    const out: Component[] = [];
    for (const part of a.parts) {
      const c = toRealSet(unwrapIn(part), ctx, solve);
      if (!c) return null;
      out.push(...c);
    }
    return out;
  }
  if (a.k === "tuple" && a.items.length === 2) {
    const [lo, hi] = a.items as [Answer, Answer];
    if (lo.k !== "scalar" || hi.k !== "scalar") return null;
    return [{ k: "interval", lo: end(lo.s, a.open === "["), hi: end(hi.s, a.close === "]") }];
  }
  if (a.k === "set") return [{ k: "points", items: a.items }];
  if (a.k === "scalar") return [{ k: "points", items: [a] }];
  if (a.k === "rel") return relationToInterval(a, ctx, solve);
  return null;
}

/** A plain variable or a function value such as f(x): what an inequality constrains. */
function variableLike(json: Json | null): boolean {
  if (typeof json === "string") return !json.startsWith("'") && freeSymbols(json).size === 1;
  if (Array.isArray(json) && json[0] === "InvisibleOperator" && json.length === 3) {
    return typeof json[1] === "string" && Array.isArray(json[2]) && json[2][0] === "Delimiter";
  }
  return false;
}

/** `x`, `-x`, `3x`, `x/2`: a constant times one variable, with no other terms. */
function monomial(json: Json): boolean {
  if (variableLike(json)) return true;
  if (!Array.isArray(json)) return false;
  const [h, ...rest] = json as [unknown, ...Json[]];
  if (h === "Negate" || h === "Delimiter") return rest.length >= 1 && monomial(rest[0] as Json);
  if (h === "Divide")
    return (
      rest.length === 2 && monomial(rest[0] as Json) && freeSymbols(rest[1] as Json).size === 0
    );
  if (h === "Multiply" || h === "InvisibleOperator") {
    const withVars = rest.filter((r) => freeSymbols(r).size > 0);
    return withVars.length === 1 && monomial(withVars[0] as Json);
  }
  return false;
}

/**
 * A relation solved for its variable: one side a variable (or a monomial in it, when
 * `loose`), the other side free of variables.
 */
function solvedForm(l: string, r: string, loose: boolean): boolean {
  const lj = parseLatex(l);
  const rj = parseLatex(r);
  if (lj === null || rj === null) return false;
  const ok = (side: Json, other: Json) =>
    (loose ? monomial(side) : variableLike(side)) && freeSymbols(other).size === 0;
  return ok(lj, rj) || ok(rj, lj);
}

function flipOp(op: RelOp): RelOp {
  return op === "<" ? ">" : op === ">" ? "<" : op === "<=" ? ">=" : op === ">=" ? "<=" : op;
}

function fromBound(op: RelOp, bound: End): Component {
  const inf = (sign: number): End => ({ inf: sign, closed: false });
  const b = { ...bound, closed: op === "<=" || op === ">=" };
  return op === "<" || op === "<="
    ? { k: "interval", lo: inf(-1), hi: b }
    : { k: "interval", lo: b, hi: inf(1) };
}

function relationToInterval(
  a: Extract<Answer, { k: "rel" }>,
  ctx: Ctx,
  solve: boolean,
): Component[] | null {
  const jsons = a.sides.map((s) => parseLatex(s));
  if (jsons.some((j) => j === null)) return null;
  const syms = jsons.map((j) => freeSymbols(j as Json));
  if (a.sides.length === 3) {
    const [o1, o2] = a.ops as [RelOp, RelOp];
    const absBand = absoluteBand(a, jsons as Json[], syms as Set<string>[], ctx);
    if (absBand) return absBand;
    if (
      !variableLike(jsons[1] as Json) ||
      (syms[0] as Set<string>).size ||
      (syms[2] as Set<string>).size
    ) {
      return null;
    }
    const up = (o: RelOp) => o === "<" || o === "<=";
    if (up(o1) !== up(o2)) return null;
    const [loS, hiS, loOp, hiOp] = up(o1)
      ? [a.sides[0], a.sides[2], o1, o2]
      : [a.sides[2], a.sides[0], o2, o1];
    return [
      {
        k: "interval",
        lo: end(loS as string, loOp === "<=" || loOp === ">="),
        hi: end(hiS as string, hiOp === "<=" || hiOp === ">="),
      },
    ];
  }
  if (a.sides.length !== 2) return null;
  let op = a.ops[0] as RelOp;
  const [l, r] = a.sides as [string, string];
  const [lj, rj] = jsons as [Json, Json];
  const [ls, rs] = syms as [Set<string>, Set<string>];
  if (variableLike(lj) && rs.size === 0) return [fromBound(op, end(r, false))];
  if (variableLike(rj) && ls.size === 0) return [fromBound(flipOp(op), end(l, false))];
  // Linear in one variable: solve a·x + b (op) 0 numerically (gold), or c·x (op) b (answers).
  const all = new Set([...ls, ...rs]);
  if (all.size !== 1) return null;
  if (!solve && !((monomial(lj) && rs.size === 0) || (monomial(rj) && ls.size === 0))) return null;
  const v = [...all][0] as string;
  const f = (x: number): number => {
    const env = new Map<string, C>([[v, [x, 0]]]);
    const lv = numericValue(lj, env, ctx.budget);
    const rv = numericValue(rj, env, ctx.budget);
    return Math.abs(lv[1]) + Math.abs(rv[1]) > 1e-12 ? Number.NaN : lv[0] - rv[0];
  };
  const f1 = f(1.25);
  const f2 = f(2.5);
  const f3 = f(3.75);
  const slope = (f2 - f1) / 1.25;
  if (!Number.isFinite(slope) || Math.abs(slope) < 1e-12) return null;
  if (Math.abs(f3 - f2 - slope * 1.25) > 1e-9 * Math.max(1, Math.abs(f3))) return null;
  const root = 1.25 - f1 / slope;
  if (slope < 0) op = flipOp(op);
  return [fromBound(flipOp(op) === op ? op : op, { inf: 0, value: root, closed: false })];
}

/**
 * `a \le |z| \le b` with constant a, b (a > 0): the two bands [-b, -a] ∪ [a, b]; with a ≤ 0
 * (or 0 < |z| only excluding 0 when a = 0 is strict) it is handled as the band (-b, b).
 */
function absoluteBand(
  a: Extract<Answer, { k: "rel" }>,
  jsons: Json[],
  syms: Set<string>[],
  ctx: Ctx,
): Component[] | null {
  const mid = jsons[1] as Json;
  if (
    !Array.isArray(mid) ||
    mid[0] !== "Abs" ||
    mid.length !== 2 ||
    !variableLike(mid[1] as Json)
  ) {
    return null;
  }
  if ((syms[0] as Set<string>).size || (syms[2] as Set<string>).size) return null;
  const [o1, o2] = a.ops as [RelOp, RelOp];
  const up = (o: RelOp) => o === "<" || o === "<=";
  if (!up(o1) || !up(o2)) return null;
  const lo = end(a.sides[0] as string, o1 === "<=");
  const hi = end(a.sides[2] as string, o2 === "<=");
  const loValue = endValue(lo, ctx);
  if (!Number.isFinite(loValue) || loValue <= 0 || hi.inf !== 0) return null;
  const negate = (e: End): End => ({ ...e, latex: `-(${e.latex})` });
  return [
    { k: "interval", lo: negate(hi), hi: negate(lo) },
    { k: "interval", lo, hi },
  ];
}

function endValue(e: End, ctx: Ctx): number {
  if (e.value !== undefined) return e.value;
  const json = e.latex !== undefined ? parseLatex(e.latex) : null;
  if (!json) return Number.NaN;
  const v = numericValue(json, new Map(), ctx.budget);
  return Math.abs(v[1]) > 1e-12 ? Number.NaN : v[0];
}

function sameEnd(g: End, p: End, ctx: Ctx): boolean {
  if (g.inf !== 0 || p.inf !== 0) return g.inf === p.inf;
  if (g.closed !== p.closed) return false;
  if (g.latex !== undefined && p.latex !== undefined) {
    return compare(parseSide(g.latex), parseSide(p.latex), ctx);
  }
  const a = endValue(g, ctx);
  const b = endValue(p, ctx);
  return (
    Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
  );
}

function sameComponent(g: Component, p: Component, ctx: Ctx): boolean {
  if (g.k === "interval" && p.k === "interval") {
    return sameEnd(g.lo, p.lo, ctx) && sameEnd(g.hi, p.hi, ctx);
  }
  if (g.k === "points" && p.k === "points") return compareUnordered(g.items, p.items, ctx);
  return false;
}

function compareRealSets(gs: Component[], ps: Component[], ctx: Ctx): boolean {
  if (gs.length !== ps.length) {
    ctx.why = `${ps.length} pieces instead of ${gs.length}`;
    return false;
  }
  const used = new Array<boolean>(ps.length).fill(false);
  for (const g of gs) {
    const j = ps.findIndex((p, i) => !used[i] && sameComponent(g, p, ctx));
    if (j < 0) {
      ctx.why = "different intervals";
      return false;
    }
    used[j] = true;
  }
  ctx.why = "same set of reals";
  return true;
}

// ---------------------------------------------------------------- relations

function compareRelations(
  g: Extract<Answer, { k: "rel" }>,
  p: Extract<Answer, { k: "rel" }>,
  ctx: Ctx,
): boolean {
  if (g.sides.length === 2 && p.sides.length === 2) {
    let gl = g.sides[0] as string;
    let gr = g.sides[1] as string;
    let gop = g.ops[0] as RelOp;
    let pl = p.sides[0] as string;
    let pr = p.sides[1] as string;
    let pop = p.ops[0] as RelOp;
    if (gop === "approx") gop = "=";
    if (pop === "approx") pop = "=";
    if (gop === ">" || gop === ">=") [gl, gr, gop] = [gr, gl, flipOp(gop)];
    if (pop === ">" || pop === ">=") [pl, pr, pop] = [pr, pl, flipOp(pop)];
    if (gop !== pop) {
      ctx.why = "different relations";
      return false;
    }
    // Same label on the left (`x = ...` vs `x = ...`): compare the right sides as answers.
    if (gop === "=" && labelLike(gl) && squash(gl) === squash(pl)) {
      return compare(parseSide(gr), parseSide(pr), ctx);
    }
    if (gop === "=" && labelLike(gr) && squash(gr) === squash(pr)) {
      return compare(parseSide(gl), parseSide(pl), ctx);
    }
    // A gold solved for its variable (x = 2, x > 2) needs an answer solved too: `2x + 1 = 5`
    // is the question's own equation, not its solution.
    if (solvedForm(gl, gr, false) && !solvedForm(pl, pr, true)) {
      ctx.why = "the answer is not solved for the variable";
      return false;
    }
    return proportional(gl, gr, pl, pr, gop !== "=" && gop !== "!=", ctx);
  }
  if (g.sides.length !== p.sides.length || g.ops.some((op, i) => op !== p.ops[i])) {
    ctx.why = "different relations";
    return false;
  }
  for (let i = 0; i < g.sides.length; i++) {
    if (!compare(parseSide(g.sides[i] as string), parseSide(p.sides[i] as string), ctx))
      return false;
  }
  return true;
}

function squash(s: string): string {
  return s.replace(/\s+/g, "");
}

/** `gl - gr` and `pl - pr` differ by a constant factor (positive for inequalities). */
function proportional(
  gl: string,
  gr: string,
  pl: string,
  pr: string,
  positive: boolean,
  ctx: Ctx,
): boolean {
  const js = [gl, gr, pl, pr].map((s) => parseLatex(s));
  if (js.some((j) => j === null)) {
    ctx.why = "could not parse the relation";
    return squash(gl) === squash(pl) && squash(gr) === squash(pr);
  }
  const [a, b, c, d] = js as [Json, Json, Json, Json];
  const vars = new Set<string>();
  for (const j of js) freeSymbols(j as Json, vars);
  let ratio: number | null = null;
  let valid = 0;
  let zeroBoth = 0;
  for (let k = 0; k < 8 && valid < 4; k++) {
    tick(ctx);
    const env = pointEnv(vars, k);
    const fg = sub(numericValue(a, env, ctx.budget), numericValue(b, env, ctx.budget));
    const fp = sub(numericValue(c, env, ctx.budget), numericValue(d, env, ctx.budget));
    if (!finite(fg) || !finite(fp)) continue;
    const ng = Math.hypot(fg[0], fg[1]);
    const np = Math.hypot(fp[0], fp[1]);
    if (ng < 1e-12 && np < 1e-12) {
      zeroBoth++;
      valid++;
      continue;
    }
    if (ng < 1e-12 || np < 1e-12) {
      ctx.why = "different relations";
      return false;
    }
    if (Math.abs(fg[1]) > 1e-9 * ng || Math.abs(fp[1]) > 1e-9 * np) continue;
    const r = fg[0] / fp[0];
    if (ratio === null) ratio = r;
    else if (Math.abs(r - ratio) > 1e-7 * Math.max(1, Math.abs(ratio))) {
      ctx.why = "different relations";
      return false;
    }
    valid++;
  }
  if (valid < 2 || (ratio === null && zeroBoth === 0)) {
    ctx.why = "could not evaluate the relation";
    return (
      (squash(gl) === squash(pl) && squash(gr) === squash(pr)) ||
      (canonicalSame(gl, pl) && canonicalSame(gr, pr))
    );
  }
  if (positive && ratio !== null && ratio < 0) {
    ctx.why = "the inequality points the other way";
    return false;
  }
  ctx.why = "same relation up to a constant factor";
  return true;
}

// ---------------------------------------------------------------- scalars

interface Scalar {
  s: string;
  json: Json;
  exact: Rational | null;
  /** Decimal places when the answer is written as a decimal literal, else null. */
  places: number | null;
}

const CHOICE = /^\(?([A-Ea-e])\)?$/;

function cleanScalar(s: string): string {
  return s
    .replace(/\\text\s*\{([^{}]*)\}/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function decimalPlaces(s: string): number | null {
  const m = /^[+-]?\d*\.(\d+)$/.exec(s.replace(/\s+/g, ""));
  return m ? (m[1] as string).length : null;
}

function makeScalar(s: string, ctx: Ctx): Scalar | null {
  const json = parseLatex(s);
  if (json === null) return null;
  return { s, json, exact: exactValue(json, ctx.budget), places: decimalPlaces(s) };
}

function asPercentOf(x: Scalar): Scalar {
  return {
    s: `(${x.s})/100`,
    json: ["Divide", x.json, 100],
    exact: x.exact ? Q.div(x.exact, Q.rat(100n) as Rational) : null,
    places: x.places === null ? null : x.places + 2,
  };
}

/** What compareScalars needs from one scalar string, computed once per string. */
interface Prepared {
  raw: string;
  clean: string;
  squashed: string;
  choice: string | null;
  /** The answer is made of words (odd, Even, Evelyn). */
  wordy: boolean;
  /** Lower-case letters and digits only. */
  norm: string;
  /** Parsed value; undefined until first needed, null when unparseable. */
  scalar?: Scalar | null;
}

const prepared = new Map<string, Prepared>();

function prepare(raw: string): Prepared {
  const hit = prepared.get(raw);
  if (hit) return hit;
  const clean = cleanScalar(raw);
  const choice = CHOICE.exec(clean);
  // Words only: letters, spaces and punctuation, no digits or operators, so that `2xy` and
  // `x+y` (products and sums of variables) never match as text.
  const wordy = /[a-zA-Z]{2,}/.test(clean) && /^[a-zA-Z\s.,;:'!?]*$/.test(clean);
  const p: Prepared = {
    raw,
    clean,
    squashed: squash(clean),
    choice: choice ? (choice[1] as string).toUpperCase() : null,
    wordy,
    norm: clean.toLowerCase().replace(/[^a-z0-9]/g, ""),
  };
  if (prepared.size >= 5000) prepared.clear();
  prepared.set(raw, p);
  return p;
}

function scalarOf(p: Prepared, ctx: Ctx): Scalar | null {
  if (p.scalar === undefined) {
    // The CAS gets the text with its \text{} names (cleanScalar unwraps them for comparisons).
    p.scalar = makeScalar(p.raw.replace(/\s+/g, " ").trim(), ctx);
    // A value cut short by the budget is not kept.
    if (checkNow(ctx.budget)) {
      const value = p.scalar;
      p.scalar = undefined;
      return value;
    }
  }
  return p.scalar;
}

function compareScalars(
  g: Extract<Answer, { k: "scalar" }>,
  p: Extract<Answer, { k: "scalar" }>,
  ctx: Ctx,
): boolean {
  const gp = prepare(g.s);
  const pp = prepare(p.s);
  if (gp.squashed === pp.squashed) {
    ctx.why = "same text";
    return true;
  }
  if (gp.choice && pp.choice && gp.clean.length + pp.clean.length > 2) {
    ctx.why = "same choice letter";
    return gp.choice === pp.choice;
  }
  // Words (odd, Even, Evelyn): case-insensitive text, when both sides are words.
  if (gp.wordy && pp.wordy && gp.norm === pp.norm) {
    ctx.why = "same words";
    return true;
  }
  const gx = scalarOf(gp, ctx);
  const px = scalarOf(pp, ctx);
  if (!gx || !px) {
    ctx.why = gx ? "could not parse the answer" : "could not parse the gold answer";
    return false;
  }
  if (compareValues(gx, px, ctx)) return true;
  // Percent policy: X% equals X/100, and also the bare X.
  if (g.percent && !p.percent) return compareValues(asPercentOf(gx), px, ctx);
  if (p.percent && !g.percent) return compareValues(gx, asPercentOf(px), ctx);
  return false;
}

function compareValues(g: Scalar, p: Scalar, ctx: Ctx): boolean {
  tick(ctx);
  if (g.exact && p.exact) {
    if (Q.equal(g.exact, p.exact)) {
      ctx.why = "equal exact values";
      return true;
    }
    // A decimal written to 6 or more places stands for its rounding (Math-Verify's
    // float_rounding=6): 1/12 and 0.0833333333 are the same answer, 1/3 and 0.333 are not.
    if ((p.places ?? 0) >= 6 || (g.places ?? 0) >= 6) {
      if (Q.equal(Q.roundTo(g.exact, 6), Q.roundTo(p.exact, 6))) {
        ctx.why = "equal to 6 decimals";
        return true;
      }
    }
    // A gold written as a rounded decimal (2+ places) accepts an exact non-decimal answer that
    // rounds to it (gold 7.78, answer 70/9); a shorter decimal answer never rounds up to it.
    if (g.places !== null && g.places >= 2 && p.places === null) {
      const scaled = Q.mul(p.exact, Q.rat(10n ** BigInt(g.places)) as Rational);
      if (scaled && !Q.isInteger(scaled) && Q.equal(Q.roundTo(p.exact, g.places), g.exact)) {
        ctx.why = `rounds to the gold's ${g.places} decimals`;
        return true;
      }
    }
    ctx.why = "different values";
    return false;
  }
  return numericEqual(g, p, ctx);
}

function sub(a: C, b: C): C {
  return [a[0] - b[0], a[1] - b[1]];
}
function finite(a: C): boolean {
  return Number.isFinite(a[0]) && Number.isFinite(a[1]);
}

/** Seeded, fixed sample points in [0.3, 2.9] for the free variables; point k is the same on every call. */
function pointEnv(vars: Set<string>, k: number): Map<string, C> {
  const env = new Map<string, C>();
  let j = 0;
  for (const v of vars) {
    // A low-discrepancy sequence (golden-ratio steps) keeps variables apart from each other.
    const t = (0.318 + 0.618034 * (k * 7 + j * 3 + 1)) % 1;
    env.set(v, [0.3 + 2.6 * t, 0]);
    j++;
  }
  return env;
}

/**
 * Points with some variables negative: where both sides are real there, they must agree, so
 * `|x|` ≠ `x` and `\sqrt{x^2}` ≠ `x`. Points where a side is complex or undefined are skipped,
 * since identities like `\ln(xy) = \ln x + \ln y` hold only for positive values.
 */
function agreeWithNegatives(
  g: Scalar,
  p: Scalar,
  vars: Set<string>,
  absTol: number,
  ctx: Ctx,
): boolean {
  for (let k = 0; k < 4; k++) {
    tick(ctx);
    const env = pointEnv(vars, k + 11);
    let j = 0;
    for (const [name, value] of env) {
      // Flip a different subset of the variables at each point (all of them at k = 0).
      if (k === 0 || ((k + j) & 1) === 1) env.set(name, [-value[0], 0]);
      j++;
    }
    const a = numericValue(g.json, env, ctx.budget);
    const b = numericValue(p.json, env, ctx.budget);
    if (!finite(a) || !finite(b)) continue;
    const scale = Math.max(1, Math.hypot(a[0], a[1]), Math.hypot(b[0], b[1]));
    if (Math.abs(a[1]) > 1e-9 * scale || Math.abs(b[1]) > 1e-9 * scale) continue;
    const diff = Math.abs(a[0] - b[0]);
    if (diff > 1e-9 * scale && diff > absTol) {
      ctx.why = "different values for negative inputs";
      return false;
    }
  }
  return true;
}

function numericEqual(g: Scalar, p: Scalar, ctx: Ctx): boolean {
  const vars = freeSymbols(g.json);
  freeSymbols(p.json, vars);
  // Tolerance: 1e-9 relative, widened to half a unit of the last place of a rounded decimal
  // gold (2+ places), or of a decimal answer written to 6+ places.
  let absTol = 0;
  if (g.places !== null && g.places >= 2 && p.places === null) absTol = 0.5 * 10 ** -g.places;
  if (p.places !== null && p.places >= 6)
    absTol = Math.max(absTol, 0.5 * 10 ** -p.places * 1.000001 + 5e-7);
  const points = vars.size === 0 ? 1 : 6;
  let valid = 0;
  let sawInfinite = false;
  for (let k = 0; k < points + 4 && valid < points; k++) {
    tick(ctx);
    const env = pointEnv(vars, k);
    const a = numericValue(g.json, env, ctx.budget);
    const b = numericValue(p.json, env, ctx.budget);
    if (!finite(a) || !finite(b)) {
      if (Number.isNaN(a[0]) || Number.isNaN(b[0])) {
        if (vars.size === 0) break;
        continue;
      }
      sawInfinite = true;
      if (vars.size === 0) break;
      continue;
    }
    const scale = Math.max(1, Math.hypot(a[0], a[1]), Math.hypot(b[0], b[1]));
    const diff = Math.hypot(a[0] - b[0], a[1] - b[1]);
    if (diff > 1e-9 * scale && diff > absTol) {
      ctx.why = vars.size ? "different values at a sample point" : "different values";
      return false;
    }
    valid++;
  }
  if (valid >= Math.min(points, 2) || (vars.size === 0 && valid === 1)) {
    if (vars.size > 0 && !agreeWithNegatives(g, p, vars, absTol, ctx)) return false;
    ctx.why = vars.size ? `equal at ${valid} sample points` : "equal numerically";
    return true;
  }
  if (sawInfinite) {
    // Too large for doubles (10^{10^{10}}): only an identical tree counts.
    const same = JSON.stringify(g.json) === JSON.stringify(p.json);
    ctx.why = same ? "same expression (too large to evaluate)" : "too large to evaluate";
    return same;
  }
  // Beyond the evaluator (sums, integrals): the CAS's canonical forms must agree.
  const same = canonicalSame(g.s, p.s);
  ctx.why = same ? "same canonical form" : "could not evaluate";
  return same;
}
