/**
 * Grids and Python-style printing shared by the grid and graph tasks: Reasoning Gym builds its
 * questions with Python's `str()` of lists, tuples and numpy arrays, and entries must read the
 * same here.
 */

/** A Python tuple, for `pyRepr` (a plain array prints as a list). */
export class PyTuple {
  constructor(readonly items: readonly unknown[]) {}
}

/** Python's repr of a string: single quotes unless the text has a ' and no ". */
export function pyStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else out += ch;
  }
  return out + quote;
}

/** Python's repr of ints, strings, booleans, None, lists (arrays) and tuples (PyTuple). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return pyStr(value);
  if (value instanceof PyTuple) {
    const inner = value.items.map(pyRepr);
    return inner.length === 1 ? `(${inner[0]},)` : `(${inner.join(", ")})`;
  }
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${pyStr(k)}: ${pyRepr(v)}`,
    );
    return `{${parts.join(", ")}}`;
  }
  return String(value);
}

/**
 * numpy's `str()` of a 2-D integer array with the default print options (line width 75):
 * `[[0 1]\n [1 0]]`, elements right-aligned to the widest, long rows wrapped with a two-space
 * hanging indent. numpy summarises arrays over 1000 elements with "..."; this always prints
 * every element (a summarised board cannot be solved).
 */
export function numpyStr2d(rows: readonly (readonly number[])[]): string {
  const width = Math.max(1, ...rows.flatMap((row) => row.map((v) => String(v).length)));
  const lineWidth = 75;
  const elemWidth = lineWidth - 1 - 1; // nested width minus the closing bracket
  const formatted = rows.map((row) => {
    let s = "";
    let line = "  ";
    row.forEach((value, i) => {
      const word = String(value).padStart(width, " ");
      if (line.length + word.length > elemWidth && line.length > 2) {
        s += `${line.trimEnd()}\n`;
        line = "  ";
      }
      line += word;
      if (i < row.length - 1) line += " ";
    });
    s += line;
    return `[${s.slice(2)}]`;
  });
  return `[${formatted.join("\n ")}]`;
}

/** The 4-neighbourhood of (r, c) inside a rows x cols grid. */
export function neighbours4(r: number, c: number, rows: number, cols: number): [number, number][] {
  const out: [number, number][] = [];
  if (r > 0) out.push([r - 1, c]);
  if (r < rows - 1) out.push([r + 1, c]);
  if (c > 0) out.push([r, c - 1]);
  if (c < cols - 1) out.push([r, c + 1]);
  return out;
}

/**
 * One Game of Life step (B3/S23, Moore neighbourhood, edges wrapping) from `cells` into `next`,
 * both row-major h x w grids of 0/1.
 */
export function lifeStep(cells: Uint8Array, next: Uint8Array, h: number, w: number): void {
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      let n = 0;
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++)
          if (dr || dc) n += cells[((r + dr + h) % h) * w + ((c + dc + w) % w)] as number;
      next[r * w + c] = n === 3 || (n === 2 && cells[r * w + c] === 1) ? 1 : 0;
    }
  }
}
