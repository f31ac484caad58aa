/**
 * Splits a normalised answer into its structure: lists, sets, tuples, intervals, unions,
 * relations, matrices, ± pairs and scalars. A single left-to-right scan per level with a
 * bracket depth counter; the result is bounded in size (items, depth).
 */

export type Answer =
  | { k: "empty" }
  | { k: "scalar"; s: string; percent: boolean }
  | { k: "list"; items: Answer[]; pm?: boolean }
  | { k: "set"; items: Answer[] }
  | { k: "tuple"; items: Answer[]; open: string; close: string }
  | { k: "union"; parts: Answer[] }
  | { k: "rel"; sides: string[]; ops: RelOp[] }
  | { k: "matrix"; rows: Answer[][] }
  | { k: "invalid"; why: string };

export type RelOp = "=" | "<" | "<=" | ">" | ">=" | "!=" | "in" | "approx";

const MAX_ITEMS = 200;
const MAX_DEPTH = 8;

interface Piece {
  text: string;
  sep: string;
}

const OPENERS = new Set(["(", "[", "{"]);
const CLOSERS = new Set([")", "]", "}"]);

/**
 * Splits `text` at depth 0 on any of `tokens` (longest first). `\{`/`\}` count as brackets,
 * other commands are skipped whole, so `\le` never matches inside `\left`.
 */
export function splitTop(text: string, tokens: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  let sep = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (depth === 0) {
      let hit: string | undefined;
      for (const t of tokens) {
        if (text.startsWith(t, i)) {
          // A command token must end at a non-letter.
          if (t.startsWith("\\") && /[a-zA-Z]/.test(t[t.length - 1] as string)) {
            const after = text[i + t.length];
            if (after !== undefined && /[a-zA-Z]/.test(after)) continue;
          }
          hit = t;
          break;
        }
      }
      if (hit !== undefined) {
        pieces.push({ text: text.slice(start, i), sep });
        sep = hit;
        i += hit.length - 1;
        start = i + 1;
        continue;
      }
    }
    if (c === "\\") {
      const next = text[i + 1];
      if (next === "{" || next === "[" || next === "(") depth++;
      else if (next === "}" || next === "]" || next === ")") depth = Math.max(0, depth - 1);
      if (next !== undefined && /[a-zA-Z]/.test(next)) {
        let j = i + 1;
        while (j < text.length && /[a-zA-Z]/.test(text[j] as string)) j++;
        i = j - 1;
      } else {
        i++;
      }
      continue;
    }
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
  }
  pieces.push({ text: text.slice(start), sep });
  return pieces;
}

/** Position of the bracket closing the one at 0 (any of ([{ against any of )]}), or -1. */
function outerClose(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\\") {
      const next = text[i + 1];
      if (next === "{") depth++;
      else if (next === "}") {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
      continue;
    }
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const REL_TOKENS = [
  "\\approx",
  "\\le",
  "\\ge",
  "\\ne",
  "\\in",
  "\\lt",
  "\\gt",
  "=",
  "<",
  ">",
] as const;
const REL_NAME: Record<string, RelOp> = {
  "\\approx": "approx",
  "\\le": "<=",
  "\\ge": ">=",
  "\\ne": "!=",
  "\\in": "in",
  "\\lt": "<",
  "\\gt": ">",
  "=": "=",
  "<": "<",
  ">": ">",
};

const MATRIX_ENV = /^\\begin\{(pmatrix|bmatrix|Bmatrix|vmatrix|Vmatrix|matrix|smallmatrix|array)\}/;

function parseMatrix(text: string, depth: number): Answer | null {
  const m = MATRIX_ENV.exec(text);
  if (!m) return null;
  const env = m[1] as string;
  const end = `\\end{${env}}`;
  if (text.indexOf(end) !== text.length - end.length) return null;
  let body = text.slice(m[0].length, text.length - end.length);
  if (env === "array") body = body.replace(/^\s*\{[^{}]*\}/, "");
  const rows = splitTop(body, ["\\\\"])
    .map((r) => r.text.replace(/\\hline/g, "").trim())
    .filter((r) => r !== "");
  if (rows.length === 0 || rows.length > 50) return { k: "invalid", why: "matrix size" };
  const cells = rows.map((r) => splitTop(r, ["&"]).map((c) => parseAnswer(c.text, depth + 1)));
  return { k: "matrix", rows: cells };
}

/** Cells of one literal matrix as LaTeX strings, or null. */
function matrixCells(text: string): string[][] | null {
  const m = MATRIX_ENV.exec(text);
  if (!m) return null;
  const end = `\\end{${m[1]}}`;
  if (text.indexOf(end) !== text.length - end.length) return null;
  let body = text.slice(m[0].length, text.length - end.length);
  if (m[1] === "array") body = body.replace(/^\s*\{[^{}]*\}/, "");
  const rows = splitTop(body, ["\\\\"])
    .map((r) => r.text.replace(/\\hline/g, "").trim())
    .filter((r) => r !== "");
  const cells = rows.map((r) => splitTop(r, ["&"]).map((c) => c.text.trim()));
  const width = cells[0]?.length ?? 0;
  if (
    cells.length === 0 ||
    cells.length > 20 ||
    width > 20 ||
    cells.some((r) => r.length !== width)
  ) {
    return null;
  }
  return cells;
}

/**
 * Sums and products of literal matrices (`A + B`, `A B`, `A \cdot B`, `A - B`), written out
 * cell by cell as LaTeX so the usual scalar comparison checks each entry.
 */
function parseMatrixExpression(text: string, depth: number): Answer | null {
  const terms: { sign: string; factors: string[][][] }[] = [];
  let sign = "+";
  let factors: string[][][] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const begin = MATRIX_ENV.exec(rest);
    if (begin) {
      const end = `\\end{${begin[1]}}`;
      const close = rest.indexOf(end);
      if (close < 0) return null;
      const cells = matrixCells(rest.slice(0, close + end.length));
      if (!cells) return null;
      factors.push(cells);
      i += close + end.length;
      continue;
    }
    const op = /^(?:\\cdot|\\times|\*|\+|-)/.exec(rest);
    if (!op) return null;
    if (op[0] === "+" || op[0] === "-") {
      if (factors.length) terms.push({ sign, factors });
      else if (terms.length) return null;
      sign = op[0];
      factors = [];
    }
    i += op[0].length;
  }
  if (factors.length) terms.push({ sign, factors });
  if (terms.length === 0 || (terms.length === 1 && terms[0]?.factors.length === 1)) return null;
  let total: string[][] | null = null;
  for (const term of terms) {
    let product = term.factors[0] as string[][];
    for (const next of term.factors.slice(1)) {
      if ((product[0]?.length ?? 0) !== next.length) return null;
      product = product.map((row) =>
        (next[0] as string[]).map((_, j) =>
          row.map((a, k) => `(${a})(${(next[k] as string[])[j]})`).join("+"),
        ),
      );
    }
    if (!total) {
      total = term.sign === "-" ? product.map((r) => r.map((c) => `-(${c})`)) : product;
      continue;
    }
    const t: string[][] = total;
    if (t.length !== product.length || (t[0]?.length ?? 0) !== (product[0]?.length ?? 0))
      return null;
    total = t.map((row, r) =>
      row.map((a, c) => `(${a})${term.sign}(${(product[r] as string[])[c]})`),
    );
  }
  if (!total) return null;
  return { k: "matrix", rows: total.map((row) => row.map((c) => parseAnswer(c, depth + 1))) };
}

function scalar(text: string, percent = false): Answer {
  const t = text.trim();
  if (t === "") return { k: "empty" };
  const p = /\\?%$/.test(t);
  return { k: "scalar", s: p ? t.replace(/\\?%$/, "").trim() : t, percent: percent || p };
}

/** Structure of a normalised answer. */
export function parseAnswer(raw: string, depth = 0, percent = false): Answer {
  let text = raw.trim();
  if (depth > MAX_DEPTH) return { k: "invalid", why: "nesting" };
  if (text === "") return { k: "empty" };

  // Plain {...} wrapping the whole answer is grouping.
  for (
    let guard = 0;
    guard < 5 && text.startsWith("{") && outerClose(text) === text.length - 1;
    guard++
  ) {
    text = text.slice(1, -1).trim();
  }
  if (text === "") return { k: "empty" };

  // Lists: ";" groups of ","-lists, or a flat list.
  const semi = splitTop(text, [";"]);
  if (semi.length > 1) {
    if (semi.length > MAX_ITEMS) return { k: "invalid", why: "too many items" };
    return listOf(semi.map((p) => parseAnswer(p.text, depth + 1, percent)));
  }
  const comma = splitTop(text, [","]);
  if (comma.length > 1) {
    if (comma.length > MAX_ITEMS) return { k: "invalid", why: "too many items" };
    const parts = comma.map((p) => p.text.trim()).filter((p) => p !== "");
    // "n=1, 2, 3": the label of the first item names them all.
    // A braced group inside a comma list ("{1, 2}, 3", as joined boxes give) is flattened.
    const items = parts.flatMap((p) => {
      const item = parseAnswer(p, depth + 1, percent);
      return item.k === "list" ? item.items : [item];
    });
    return listOf(items);
  }

  const union = splitTop(text, ["\\cup"]);
  if (union.length > 1) {
    return { k: "union", parts: union.map((p) => parseAnswer(p.text, depth + 1, percent)) };
  }

  const rel = splitTop(text, REL_TOKENS);
  if (rel.length > 1) {
    return {
      k: "rel",
      sides: rel.map((p) => p.text.trim()),
      ops: rel.slice(1).map((p) => REL_NAME[p.sep] as RelOp),
    };
  }

  const matrix = parseMatrix(text, depth);
  if (matrix) return matrix;
  if (text.includes("\\begin{") && text.length <= 2000) {
    const product = parseMatrixExpression(text, depth);
    if (product) return product;
  }

  // \{a, b\}: a set.
  if (text.startsWith("\\{") && outerClose(text) === text.length - 1 && text.endsWith("\\}")) {
    const inner = text.slice(2, -2).trim();
    if (inner === "") return { k: "set", items: [] };
    const parts = splitTop(inner, [",", ";"]);
    return { k: "set", items: flatten(parts.map((p) => parseAnswer(p.text, depth + 1, percent))) };
  }

  // (a, b), [a, b), ...: tuples and intervals.
  const first = text[0] as string;
  if ((first === "(" || first === "[") && outerClose(text) === text.length - 1) {
    const close = text[text.length - 1] as string;
    const inner = text.slice(1, -1);
    const parts = splitTop(inner, [",", ";"]);
    if (parts.length > 1) {
      return {
        k: "tuple",
        items: parts.map((p) => parseAnswer(p.text, depth + 1, percent)),
        open: first,
        close,
      };
    }
    const innerMatrix = parseMatrix(inner.trim(), depth);
    if (innerMatrix) return innerMatrix;
    if (first === "(" && close === ")") {
      const innerAnswer = parseAnswer(inner, depth + 1, percent);
      if (innerAnswer.k !== "scalar") return innerAnswer;
    }
  }

  // a ± b: both values.
  const pm = splitTop(text, ["\\pm", "\\mp"]);
  if (pm.length === 2) {
    const a = (pm[0] as Piece).text.trim();
    const b = (pm[1] as Piece).text.trim();
    return {
      k: "list",
      pm: true,
      items: [scalar(`${a}+${b}`, percent), scalar(a === "" ? `-${b}` : `${a}-(${b})`, percent)],
    };
  }
  return scalar(text, percent);
}

function flatten(items: Answer[]): Answer[] {
  const out: Answer[] = [];
  for (const item of items) {
    if (item.k === "list") out.push(...item.items);
    else if (item.k !== "empty") out.push(item);
  }
  return out;
}

function listOf(items: Answer[]): Answer {
  // ± items expand in place; empty items (trailing commas) drop.
  const flat: Answer[] = [];
  for (const item of items) {
    if (item.k === "list" && item.pm) flat.push(...item.items);
    else if (item.k !== "empty") flat.push(item);
  }
  if (flat.length === 1) return flat[0] as Answer;
  return { k: "list", items: flat };
}
