import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { tsumego } from "./tsumego.js";

type Board = string[][];

/** Stones a black stone at (r, c) captures, by flood fill (independent of the task's code). */
function captured(board: Board, r: number, c: number): number {
  const n = board.length;
  const b = board.map((row) => row.slice());
  (b[r] as string[])[c] = "X";
  let total = 0;
  const seen = new Set<string>();
  for (const [dr, dc] of [
    [-1, 0],
    [1, 0],
    [0, -1],
    [0, 1],
  ] as const) {
    const start = [r + dr, c + dc] as const;
    if (b[start[0]]?.[start[1]] !== "O" || seen.has(`${start}`)) continue;
    const stack: (readonly [number, number])[] = [start];
    const group = new Set([`${start}`]);
    let liberties = 0;
    while (stack.length > 0) {
      const [pr, pc] = stack.pop() as readonly [number, number];
      for (const [er, ec] of [
        [-1, 0],
        [1, 0],
        [0, -1],
        [0, 1],
      ] as const) {
        const q = [pr + er, pc + ec] as const;
        if (q[0] < 0 || q[0] >= n || q[1] < 0 || q[1] >= n) continue;
        if (b[q[0]]?.[q[1]] === ".") liberties++;
        if (b[q[0]]?.[q[1]] === "O" && !group.has(`${q}`)) {
          group.add(`${q}`);
          stack.push(q);
        }
      }
    }
    for (const g of group) seen.add(g);
    if (liberties === 0) total += group.size;
  }
  return total;
}

describe("logic/tsumego", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(tsumego, {
      perturb: (answer) => (answer.startsWith("A") ? `B${answer.slice(1)}` : `A${answer.slice(1)}`),
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, 5 x 5). Its key move C3 captures
  // nothing (the white group keeps A2): the generator bug this port fixes.
  const rgEntry = {
    question:
      "Tsumego time. Black to play and capture some stones.\nFind the key move.\n\n```\n   A B C D E\n 5 O X X . .\n 4 X O O X .\n 3 O O . . .\n 2 . X . . .\n 1 . . . . .\n```\n\nX - Black\nO - White\n\nSpecify your move in coordinates (e.g. 'C4' for column C, row 4)",
    answer: "C3",
    metadata: {
      source_dataset: "tsumego",
      source_index: 1,
      board: [
        ["O", "X", "X", ".", "."],
        ["X", "O", "O", "X", "."],
        ["O", "O", ".", ".", "."],
        [".", "X", ".", ".", "."],
        [".", ".", ".", ".", "."],
      ],
      board_size: 5,
      difficulty: {
        board_size: [5, 6],
      },
    },
  };

  it("scores an RG entry as RG does", () => {
    expect(tsumego.scoreAnswer("C3", rgEntry)).toBe(1);
    expect(tsumego.scoreAnswer(" c3 ", rgEntry)).toBe(1);
    expect(tsumego.scoreAnswer("Play C3", rgEntry)).toBeCloseTo(2 / 7);
    expect(tsumego.scoreAnswer("A2", rgEntry)).toBe(0.05);
    expect(tsumego.scoreAnswer("Z99", rgEntry)).toBe(0.05);
    expect(tsumego.scoreAnswer("pass", rgEntry)).toBe(0.01);
    expect(tsumego.scoreAnswer("C-3", rgEntry)).toBe(0.01);
    expect(tsumego.scoreAnswer("", rgEntry)).toBe(0);
    expect(tsumego.scoreAnswer(null, rgEntry)).toBe(0);
    expect(captured(rgEntry.metadata.board, 2, 2)).toBe(0);
  });

  it("makes the key move the one capturing move", () => {
    for (const entry of tsumego.dataset({ seed: 6, min_board_size: 5, max_board_size: 19 }, 60)) {
      const board = entry.metadata.board as Board;
      const n = board.length;
      const answer = entry.answer as string;
      const keyCol = answer.charCodeAt(0) - 65;
      const keyRow = n - Number(answer.slice(1));
      expect(board[keyRow]?.[keyCol]).toBe(".");
      expect(captured(board, keyRow, keyCol)).toBeGreaterThan(0);
      for (let r = 0; r < n; r++)
        for (let c = 0; c < n; c++)
          if (board[r]?.[c] === "." && (r !== keyRow || c !== keyCol))
            expect(captured(board, r, c), `${entry.metadata.source_index} ${r},${c}`).toBe(0);
      expect(entry.question).toContain("```\n   A B C");
    }
  });
});
