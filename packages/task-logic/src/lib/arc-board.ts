/**
 * Reasoning Gym's ARC board text format (reasoning_gym/arc/board_format.py), shared by the ARC
 * tasks: a board is printed one row per line, cells by the alphabet, separated by the column
 * delimiter; `parseBoard` reads the same text back (as RG's parse_board: each line stripped, a
 * "Shape: " line skipped, empty cells dropped, any unknown cell rejected).
 */
import { z } from "zod";

export const ARC_PROMPT_TEMPLATE = (examples: string, inputGrid: string): string =>
  "Find the common rule that maps an input grid to an output grid, given the examples below.\n\n" +
  `${examples}\n` +
  "Below is a test input grid. Predict the corresponding output grid by applying the rule you found.\n" +
  "Your final answer should just be the text output grid itself.\n\n" +
  `Input:\n${inputGrid}\n`;

/** RG's BoardFormattingOptions. */
export const BoardFormattingOptionsSchema = z.object({
  alphabet: z.array(z.string()).min(1).default(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
  col_delimiter: z.string().default(" "),
  row_delimiter: z.string().default("\n"),
  array_brackets: z.boolean().default(false),
});
export type BoardFormattingOptions = z.infer<typeof BoardFormattingOptionsSchema>;
export const DEFAULT_BOARD_FORMAT: BoardFormattingOptions = BoardFormattingOptionsSchema.parse({});

export type Board = readonly (readonly number[])[];

/** RG's format_board. */
export function formatBoard(
  board: Board,
  options: BoardFormattingOptions = DEFAULT_BOARD_FORMAT,
  withBoardShape = false,
): string {
  const { alphabet, col_delimiter, row_delimiter, array_brackets } = options;
  const h = board.length;
  const w = board[0]?.length ?? 0;
  const cell = (v: number) => {
    const symbol = alphabet[v];
    if (symbol === undefined) throw new RangeError(`no symbol for colour ${v}`);
    return symbol;
  };
  const rows = board.map((r) => {
    const text = r.map(cell).join(col_delimiter);
    return array_brackets ? `[${text}]` : text;
  });
  const body = rows.join(row_delimiter);
  const shape = withBoardShape ? `Shape: ${h}x${w}\n` : "";
  return shape + (array_brackets ? `[${body}]` : body);
}

/** RG's format_board_pair: "Example i:\n\nInput:\n…\nOutput:\n…\n\n". */
export function formatBoardPair(
  index: number,
  pair: { input: Board; output: Board },
  options: BoardFormattingOptions = DEFAULT_BOARD_FORMAT,
): string {
  return (
    `Example ${index}:\n\nInput:\n${formatBoard(pair.input, options)}\n` +
    `Output:\n${formatBoard(pair.output, options)}\n\n`
  );
}

/** The characters Python's str.isspace() accepts, which str.strip() removes. */
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

/** Python's str.strip() (JavaScript's trim also removes U+FEFF and keeps U+001C–U+001F). */
export function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PY_WHITESPACE.has(text[start] as string)) start++;
  while (end > start && PY_WHITESPACE.has(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** Python's str.split(sep) for a non-empty separator; an empty one raises as Python does. */
function pySplit(text: string, sep: string): string[] {
  if (sep === "") throw new RangeError("ValueError: empty separator");
  return text.split(sep);
}

/**
 * RG's parse_board: the board the text describes (rows may differ in length, as in RG). Throws
 * on a cell outside the alphabet, as RG's ValueError.
 */
export function parseBoard(
  text: string,
  options: BoardFormattingOptions = DEFAULT_BOARD_FORMAT,
): number[][] {
  const lines = text
    .split("\n")
    .map(pyStrip)
    .filter((line) => !line.startsWith("Shape: "));
  let gridText = pyStrip(lines.join("\n"));
  if (options.array_brackets && gridText.startsWith("[") && gridText.endsWith("]"))
    gridText = pyStrip(gridText.slice(1, -1));
  return pySplit(gridText, options.row_delimiter).map((line) => {
    let row = pyStrip(line);
    if (options.array_brackets && row.startsWith("[") && row.endsWith("]"))
      row = pyStrip(row.slice(1, -1));
    return pySplit(row, options.col_delimiter)
      .filter((cell) => pyStrip(cell) !== "")
      .map((cell) => {
        const index = options.alphabet.indexOf(pyStrip(cell));
        if (index < 0) throw new RangeError("Invalid character in board string");
        return index;
      });
  });
}
