/**
 * Python `str` whitespace semantics, written out so that verifiers ported from Python (IFEval's
 * checks, PRIME's output comparison) split and strip exactly as the originals do. JavaScript's
 * `\s` and `trim()` differ: Python adds U+001C..U+001F and U+0085 and drops U+FEFF. Every
 * function is a single linear pass.
 */

/** Python `str.isspace()` for one code point (differs from JS `\s`: adds U+001C..U+001F and U+0085, drops U+FEFF). */
export function isPySpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code >= 0x1c;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python `str.strip()` (no argument). */
export function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpace(text.charCodeAt(start))) start++;
  while (end > start && isPySpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Python `str.split()` (no argument): runs of whitespace separate, empty pieces dropped.
 * `limit` caps how many pieces are returned (like JavaScript's split limit, not Python's
 * maxsplit: the rest of the text is dropped, not returned as a last piece).
 */
export function pySplit(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length && out.length < limit) {
    while (i < text.length && isPySpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !isPySpace(text.charCodeAt(i))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

/** Python's `str.splitlines()`: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029. */
export function pySplitlines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const isBreak =
      c === 10 ||
      c === 13 ||
      c === 11 ||
      c === 12 ||
      (c >= 0x1c && c <= 0x1e) ||
      c === 0x85 ||
      c === 0x2028 ||
      c === 0x2029;
    if (isBreak) {
      out.push(text.slice(start, i));
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
