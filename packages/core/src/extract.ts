/**
 * Answer extraction shared by every domain. Every function here runs in time linear in the
 * length of the response, with no regular expression that can backtrack, because responses
 * come from a policy under optimisation pressure and may be built to be slow to parse.
 */

const THINK_CLOSE = "</think>";

/** The text after the last `</think>`, or the whole response when there is none. */
export function afterThink(response: string): string {
  const at = response.lastIndexOf(THINK_CLOSE);
  return at < 0 ? response : response.slice(at + THINK_CLOSE.length);
}

/**
 * Position of the matching `}` for every unescaped `{` (-1 when unbalanced), from one
 * stack pass. `\{` and `\}` are literal braces in LaTeX and do not nest.
 */
function matchBraces(text: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  // A regex search for the three interesting characters skips plain text far faster than a
  // charCodeAt loop; the character class cannot backtrack.
  const special = /[\\{}]/g;
  for (let found = special.exec(text); found; found = special.exec(text)) {
    const i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) {
      special.lastIndex = i + 2; // skip the escaped character
    } else if (ch === 123 /* { */) {
      stack.push(i);
    } else {
      const open = stack.pop();
      if (open !== undefined) match[open] = i;
    }
  }
  return match;
}

export interface BoxedAnswer {
  /** The content between the braces (or the single token after `\boxed `). */
  content: string;
  /** Offsets of the whole `\boxed{...}` in the searched text. */
  start: number;
  end: number;
}

const BOX_COMMANDS = ["\\boxed", "\\fbox"];
const TOKEN_END = /[\s$\\]/g;

/**
 * Every complete `\boxed{...}` / `\fbox{...}` (and the brace-less `\boxed 5` form), in order
 * of their closing position, outermost last when nested. Unclosed boxes are skipped.
 */
export function allBoxed(text: string): BoxedAnswer[] {
  let match: Int32Array | undefined;
  const found: BoxedAnswer[] = [];
  for (const command of BOX_COMMANDS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(command, from);
      if (at < 0) break;
      from = at + command.length;
      let i = from;
      while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
      if (text[i] === "{") {
        match ??= matchBraces(text);
        const close = match[i] ?? -1;
        if (close >= 0)
          found.push({ content: text.slice(i + 1, close), start: at, end: close + 1 });
      } else if (i > from && command === "\\boxed") {
        // "\boxed 5": the argument is the next token, up to whitespace, "$" or the next command.
        TOKEN_END.lastIndex = i;
        const j = TOKEN_END.exec(text)?.index ?? text.length;
        if (j > i) found.push({ content: text.slice(i, j), start: at, end: j });
      }
    }
  }
  return found.sort((a, b) => a.end - b.end || b.start - a.start);
}

/** The content of the last complete `\boxed{}` / `\fbox{}` (outermost when nested), or null. */
export function lastBoxed(text: string): string | null {
  const boxes = allBoxed(text);
  return boxes.length ? (boxes[boxes.length - 1] as BoxedAnswer).content : null;
}

/**
 * The last `<answer>...</answer>` match, as Reasoning Gym's `extract_answer` finds it with the
 * non-greedy, dot-all regex: matches are taken left to right without overlap, and the last one
 * wins. Returns the inner text (not trimmed), or null when there is no complete pair.
 */
export function lastAnswerTag(text: string, tag = "answer"): string | null {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  let result: string | null = null;
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    result = text.slice(start + open.length, end);
    from = end + close.length;
  }
  return result;
}

export interface CodeBlock {
  /** The info string after the opening fence, lowercased ("python", "py", "" when absent). */
  language: string;
  code: string;
}

/** Every complete fenced code block (```lang ... ```), in order. */
export function allCodeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf("```", from);
    if (open < 0) break;
    const lineEnd = text.indexOf("\n", open + 3);
    if (lineEnd < 0) break;
    const close = text.indexOf("```", lineEnd + 1);
    if (close < 0) break;
    const language = text
      .slice(open + 3, lineEnd)
      .trim()
      .toLowerCase();
    blocks.push({ language, code: text.slice(lineEnd + 1, close) });
    from = close + 3;
  }
  return blocks;
}

/**
 * The code of the last fenced block whose language is one of `languages` (any block when the
 * list is empty), or null.
 */
export function lastCodeBlock(text: string, ...languages: string[]): string | null {
  const wanted = languages.map((l) => l.toLowerCase());
  const blocks = allCodeBlocks(text);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as CodeBlock;
    if (wanted.length === 0 || wanted.includes(block.language)) return block.code;
  }
  return null;
}
