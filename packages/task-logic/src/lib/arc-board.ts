/**
 * Reasoning Gym's ARC board text format (reasoning_gym/arc/board_format.py), shared by the ARC
 * tasks (arc_agi, rearc): the prompt template, boards printed as rows of cell symbols, and the
 * parser that reads a model's board back. Names follow RG's (format_board → formatBoard, ...).
 */
import { z } from "zod";

/** The characters Python's str.isspace() accepts (JavaScript's trim also takes U+FEFF and leaves U+001C–U+001F). */
const PY_WHITESPACE = new Set([
  " ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\x1c",
  "\x1d",
  "\x1e",
  "\x1f",
  "\x85",
  "\xa0",
  "\u1680",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
]);

/** Python's str.strip() with no argument. */
function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PY_WHITESPACE.has(text[start] as string)) start++;
  while (end > start && PY_WHITESPACE.has(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** A board: rows of colours 0-9. */
export type Board = readonly (readonly number[])[];

/** RG's ARC_PROMPT_TEMPLATE; `{examples}` and `{input_grid}` are filled by `arcPrompt`. */
export const ARC_PROMPT_TEMPLATE = `Find the common rule that maps an input grid to an output grid, given the examples below.

{examples}
Below is a test input grid. Predict the corresponding output grid by applying the rule you found.
Your final answer should just be the text output grid itself.

Input:
{input_grid}
`;

/** RG's BoardFormattingOptions with its defaults (digits, space between cells, newline between rows). */
export const BoardFormattingOptionsSchema = z.object({
  alphabet: z
    .array(z.string())
    .length(10)
    .default(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
  col_delimiter: z.string().default(" "),
  row_delimiter: z.string().default("\n"),
  array_brackets: z.boolean().default(false),
});
export type BoardFormattingOptions = z.infer<typeof BoardFormattingOptionsSchema>;

export const DEFAULT_BOARD_FORMATTING_OPTIONS: BoardFormattingOptions =
  BoardFormattingOptionsSchema.parse({});

/** RG's format_board: rows of symbols, optionally with "Shape: HxW" and [[...]] brackets. */
export function formatBoard(
  board: Board,
  options: BoardFormattingOptions,
  withBoardShape = false,
): string {
  const { alphabet, col_delimiter: colDelimiter, row_delimiter: rowDelimiter } = options;
  const rows = board.map((row) => {
    const cells = row.map((value) => alphabet[value] ?? "").join(colDelimiter);
    return options.array_brackets ? `[${cells}]` : cells;
  });
  const body = rows.join(rowDelimiter);
  const shape = withBoardShape ? `Shape: ${board.length}x${board[0]?.length ?? 0}\n` : "";
  return shape + (options.array_brackets ? `[${body}]` : body);
}

/** RG's format_board_pair: "Example N:" with its input and output boards. */
export function formatBoardPair(
  index: number,
  pair: { input: Board; output: Board },
  options: BoardFormattingOptions,
): string {
  const input = formatBoard(pair.input, options);
  const output = formatBoard(pair.output, options);
  return `Example ${index}:\n\nInput:\n${input}\nOutput:\n${output}\n\n`;
}

/** RG's ARC_PROMPT_TEMPLATE.format(examples=..., input_grid=...). */
export function arcPrompt(examples: string, inputGrid: string): string {
  return ARC_PROMPT_TEMPLATE.replace("{examples}", () => examples).replace(
    "{input_grid}",
    () => inputGrid,
  );
}

/** Python's `text.split(sep)`: an empty separator raises. */
function splitOn(text: string, separator: string): string[] {
  if (separator.length === 0) throw new RangeError("empty separator");
  return text.split(separator);
}

/** `text[1:-1]` when it is wrapped in [ ] (RG strips one pair of brackets). */
function unbracket(text: string): string {
  return text.startsWith("[") && text.endsWith("]") ? pyStrip(text.slice(1, -1)) : text;
}

/**
 * RG's parse_board: the board a formatted string holds. Lines starting "Shape: " are dropped,
 * rows split on the row delimiter, cells on the column delimiter (empty cells skipped), each cell
 * looked up in the alphabet; a symbol outside the alphabet throws, as RG's ValueError does.
 * Rows may differ in length: the caller compares the result with the expected board.
 */
export function parseBoard(text: string, options: BoardFormattingOptions): number[][] {
  const lines = text
    .split("\n")
    .filter((line) => !pyStrip(line).startsWith("Shape: "))
    .map(pyStrip);
  let grid = pyStrip(lines.join("\n"));
  if (options.array_brackets) grid = unbracket(grid);
  return splitOn(grid, options.row_delimiter).map((line) => {
    let row = pyStrip(line);
    if (options.array_brackets) row = unbracket(row);
    const cells = splitOn(row, options.col_delimiter)
      .map(pyStrip)
      .filter((cell) => cell.length > 0);
    return cells.map((cell) => {
      const value = options.alphabet.indexOf(cell);
      if (value < 0) throw new RangeError("Invalid character in board string");
      return value;
    });
  });
}

/** Whether two boards hold the same rows (RG compares tuples of tuples). */
export function sameBoard(a: Board, b: Board): boolean {
  return (
    a.length === b.length &&
    a.every((row, r) => {
      const other = b[r];
      return (
        other !== undefined && row.length === other.length && row.every((v, c) => v === other[c])
      );
    })
  );
}
