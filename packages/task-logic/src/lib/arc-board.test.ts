import { describe, expect, it } from "vitest";
import {
  arcPrompt,
  DEFAULT_BOARD_FORMATTING_OPTIONS,
  formatBoard,
  formatBoardPair,
  parseBoard,
  sameBoard,
} from "./arc-board.js";

const board = [
  [0, 1, 2],
  [3, 4, 5],
];
const brackets = {
  alphabet: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
  col_delimiter: ",",
  row_delimiter: "\n",
  array_brackets: true,
};

// Expected strings are what RG's board_format.py returns for the same boards and options.
describe("RG's ARC board format", () => {
  it("formats boards and pairs as format_board / format_board_pair do", () => {
    expect(formatBoard(board, DEFAULT_BOARD_FORMATTING_OPTIONS)).toBe("0 1 2\n3 4 5");
    expect(formatBoard(board, DEFAULT_BOARD_FORMATTING_OPTIONS, true)).toBe(
      "Shape: 2x3\n0 1 2\n3 4 5",
    );
    expect(formatBoard(board, brackets)).toBe("[[a,b,c]\n[d,e,f]]");
    expect(
      formatBoardPair(2, { input: board, output: [[9]] }, DEFAULT_BOARD_FORMATTING_OPTIONS),
    ).toBe("Example 2:\n\nInput:\n0 1 2\n3 4 5\nOutput:\n9\n\n");
    expect(arcPrompt("E$&", "G")).toContain("examples below.\n\nE$&\nBelow is a test input grid.");
    expect(arcPrompt("E", "G").endsWith("Input:\nG\n")).toBe(true);
  });

  it("parses boards as parse_board does", () => {
    const opts = DEFAULT_BOARD_FORMATTING_OPTIONS;
    expect(parseBoard("0 1 2\n3 4 5", opts)).toEqual(board);
    expect(parseBoard("  Shape: 2x3\n 0 1 2 \n3 4 5\n\n", opts)).toEqual(board);
    expect(parseBoard("0  1 2\n3 4 5 ", opts)).toEqual(board); // empty cells skipped
    expect(parseBoard("0 1\n\n2", opts)).toEqual([[0, 1], [], [2]]);
    expect(parseBoard("", opts)).toEqual([[]]);
    expect(parseBoard("[[a,b,c]\n[d,e,f]]", brackets)).toEqual(board);
    expect(() => parseBoard("0 1 x", opts)).toThrow(/Invalid character/);
    expect(() => parseBoard("01", opts)).toThrow(/Invalid character/);
    expect(() => parseBoard("0", { ...opts, col_delimiter: "" })).toThrow(/empty separator/);
    // Python's strip: U+001C is whitespace to Python, U+FEFF is not.
    expect(parseBoard("\u001c0 1", opts)).toEqual([[0, 1]]);
    expect(() => parseBoard("\ufeff0 1", opts)).toThrow(/Invalid character/);
  });

  it("compares boards cell by cell", () => {
    expect(
      sameBoard(board, [
        [0, 1, 2],
        [3, 4, 5],
      ]),
    ).toBe(true);
    expect(sameBoard(board, [[0, 1, 2]])).toBe(false);
    expect(
      sameBoard(board, [
        [0, 1, 2],
        [3, 4],
      ]),
    ).toBe(false);
  });
});
