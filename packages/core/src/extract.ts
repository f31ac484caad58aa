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
  const stack = new Int32Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) {
      i++; // skip the escaped character
    } else if (ch === 123 /* { */) {
      stack[depth++] = i;
    } else if (ch === 125 /* } */ && depth > 0) {
      match[stack[--depth] as number] = i;
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

const BOX_COMMANDS = ["\\boxed", "\\fbox"] as const;
type BoxCommand = (typeof BOX_COMMANDS)[number];

/** Offsets of one box: the whole `\boxed{...}` is [start, end), its argument [from, to). */
interface BoxSpan {
  start: number;
  from: number;
  to: number;
  end: number;
}

/**
 * Reads boxes one at a time into its own fields, so a scan over 100k boxes allocates
 * nothing per box. Brace matches are computed once, when the first braced box is met.
 */
class BoxReader implements BoxSpan {
  start = 0;
  from = 0;
  to = 0;
  end = 0;
  #braces: Int32Array | undefined;

  constructor(readonly text: string) {}

  /** Reads the box whose command starts at `at`; false when it has no complete argument. */
  read(at: number, command: BoxCommand): boolean {
    const text = this.text;
    const afterCommand = at + command.length;
    let i = afterCommand;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (text.charCodeAt(i) === 123 /* { */) {
      this.#braces ??= matchBraces(text);
      const close = this.#braces[i] ?? -1;
      return close >= 0 && this.#set(at, i + 1, close, close + 1);
    }
    // "\boxed 5": the argument is the next token, up to whitespace, "$" or the next command.
    if (i === afterCommand || command !== "\\boxed") return false;
    let j = i;
    while (j < text.length && !endsBareArgument(text.charCodeAt(j))) j++;
    return j > i && this.#set(at, i, j, j);
  }

  /** Calls `visit` after reading each complete box, command by command, in order of position. */
  forEach(visit: () => void): void {
    for (const command of BOX_COMMANDS) {
      let at = this.text.indexOf(command);
      for (; at >= 0; at = this.text.indexOf(command, at + 1)) {
        if (this.read(at, command)) visit();
      }
    }
  }

  #set(start: number, from: number, to: number, end: number): true {
    this.start = start;
    this.from = from;
    this.to = to;
    this.end = end;
    return true;
  }
}

/**
 * Every complete `\boxed{...}` / `\fbox{...}` (and the brace-less `\boxed 5` form), in order
 * of their closing position, outermost last when nested. Unclosed boxes are skipped.
 */
export function allBoxed(text: string): BoxedAnswer[] {
  const found: BoxedAnswer[] = [];
  const reader = new BoxReader(text);
  reader.forEach(() => {
    const { start, from, to, end } = reader;
    found.push({ content: text.slice(from, to), start, end });
  });
  return found.sort((a, b) => a.end - b.end || b.start - a.start);
}

/**
 * The content of the last complete `\boxed{}` / `\fbox{}` (outermost when nested), or null.
 * A box that holds nothing but another box is unwrapped: `\boxed{\boxed{6}}` gives "6".
 */
export function lastBoxed(text: string): string | null {
  const reader = new BoxReader(text);
  let last: BoxSpan | undefined;
  reader.forEach(() => {
    if (!last || reader.end > last.end || (reader.end === last.end && reader.start < last.start)) {
      last = { start: reader.start, from: reader.from, to: reader.to, end: reader.end };
    }
  });
  if (!last) return null;
  while (readSoleInnerBox(reader, last)) {
    last = { start: reader.start, from: reader.from, to: reader.to, end: reader.end };
  }
  return text.slice(last.from, last.to);
}

/** Reads the box that makes up the whole braced argument of `outer` (blanks around allowed). */
function readSoleInnerBox(reader: BoxReader, outer: BoxSpan): boolean {
  if (outer.to === outer.end) return false; // brace-less: "\boxed 5" holds no box
  const text = reader.text;
  let from = outer.from;
  let to = outer.to;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  const command = BOX_COMMANDS.find((c) => text.startsWith(c, from));
  return command !== undefined && reader.read(from, command) && reader.end === to;
}

function endsBareArgument(code: number): boolean {
  return isBlank(code) || code === 36 /* $ */ || code === 92 /* \ */ || code === 12 || code === 11;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
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
  /** The first word of the info string after the opening fence, lowercased ("" when absent). */
  language: string;
  code: string;
}

const FENCE = "```";

/**
 * Every complete fenced code block (```lang ... ```), in order. An opening fence must start a
 * line (indentation allowed), so a ``` quoted in prose opens nothing; the block ends at the
 * next ``` anywhere, so `print(1)``` ` closes it too.
 */
export function allCodeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let from = 0;
  for (;;) {
    const open = nextOpeningFence(text, from);
    if (open < 0) break;
    const lineEnd = text.indexOf("\n", open + FENCE.length);
    if (lineEnd < 0) break;
    const close = text.indexOf(FENCE, lineEnd + 1);
    if (close < 0) break;
    const language = infoLanguage(text.slice(open + FENCE.length, lineEnd));
    blocks.push({ language, code: text.slice(lineEnd + 1, close) });
    from = close + FENCE.length;
  }
  return blocks;
}

/** The next ``` at or after `from` that begins a line, or -1. */
function nextOpeningFence(text: string, from: number): number {
  for (let at = text.indexOf(FENCE, from); at >= 0; at = text.indexOf(FENCE, at + FENCE.length)) {
    if (startsLine(text, at)) return at;
  }
  return -1;
}

/** Whether only spaces or tabs stand between the previous newline (or the start) and `at`. */
function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n";
}

/** "Python title=x" -> "python": the language is the info string's first word. */
function infoLanguage(info: string): string {
  const word = info.trim().split(/\s/, 1)[0] ?? "";
  return word.replace(/^`+/, "").toLowerCase(); // a ```` fence leaves a backtick behind
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
