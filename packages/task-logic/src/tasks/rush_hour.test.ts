import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { rushHour } from "./rush_hour.js";

/** An entry in RG's format, on a board written for this test (D blocks the red car; a wall). */
const board = "BBooooooxDooAAoDoooooooooooooooooooo";
const rgEntry = {
  question: `Move the red car (AA) to the exit on the right.\nSpecify moves in the format: 'F+1 K+1 M-1 C+3 H+2 ...'\nwhere the letter is the vehicle and +/- number is spaces to move right/left or down/up.\nWalls are marked with an 'x'. Cars cannot move through walls, and walls cannot be moved.\nA car oriented vertically can only move up and down, a car oriented horizontally can only move left and right.\n\nBoard:\nBB....\n..xC..\nAA.C..\n......\n......\n......\n`,
  answer: null,
  metadata: {
    source_dataset: "rush_hour",
    source_index: 1,
    board_config: board,
    min_moves: 2,
    difficulty: { moves: [1, 50] },
  },
};

describe("logic/rush_hour", () => {
  // Generation searches every board reachable from a random layout (~0.4 s an entry).
  it("holds the task properties over 40 entries", async () => {
    const failures = await checkTaskProperties(rushHour, {
      seeds: 40,
      perturb: (answer) => answer.split(" ").slice(0, -1).join(" "),
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it("prints RG's board (cars lettered by their index) and scores as RG does", () => {
    const [entry] = rushHour.dataset({ seed: 1, data_path: fixture([`2 ${board}`]) }, 1);
    expect(entry?.question).toBe(rgEntry.question);
    // RG's scores for these answers (run on RG 49b07130).
    const cases: [string, number][] = [
      ["C-1 A+4", 1],
      ["C-9 A+9", 1],
      ["C-1 A+0004", 1],
      ["C-1\nA+4", 1],
      ["C-1, A+4!", 1],
      ["D-1 A+4", 0.01], // D is the wall: nothing moves
      ["C+1 A+4", 0.01],
      ["A+4", 0.01],
      ["C-1 A+4 A-1", 0.01],
      ["c-1 a+4", 0.01],
      ["E-1 A+4", 0], // one past the last piece: RG's Board raises
      ["", 0],
    ];
    for (const [answer, score] of cases)
      expect(rushHour.scoreAnswer(answer, rgEntry), answer).toBe(score);
    expect(rushHour.scoreAnswer(`C-1 A+${"9".repeat(5000)}`, rgEntry)).toBe(1);
    expect(rushHour.scoreAnswer("C-1 A+0000", rgEntry)).toBe(0.01);
    expect(rushHour.scoreAnswer("C-1 ".repeat(20_000), rgEntry)).toBe(0.01);
  });

  it("generates boards whose stored move count is the fewest moves", () => {
    for (const entry of rushHour.dataset({ seed: 4, min_moves: 3, max_moves: 12 }, 12)) {
      const moves = entry.metadata.min_moves as number;
      expect(moves).toBeGreaterThanOrEqual(3);
      expect(moves).toBeLessThanOrEqual(12);
      const solution = rushHour.referenceAnswer(entry);
      expect(solution.split(" ")).toHaveLength(moves);
      expect(rushHour.scoreAnswer(solution, entry)).toBe(1);
      expect(entry.metadata.board_config).toMatch(/^[A-Zox]{36}$/);
    }
  });

  it("draws from a data file in the database's format, with clear errors", () => {
    const path = fixture([`03 ${board} 12`, "", "07 ooooBoooooBoAAooBooooooooooooooooooo 5"]);
    const entries = rushHour.dataset({ seed: 2, data_path: path, min_moves: 3, max_moves: 5 }, 5);
    for (const entry of entries) expect(entry.metadata.board_config).toBe(board);
    expect(() => rushHour.dataset({ data_path: path, min_moves: 20, max_moves: 30 }, 1)).toThrow(
      /no puzzles in .* with moves between 20 and 30/,
    );
    expect(() => rushHour.dataset({ data_path: join(tmpdir(), "no-such-rush.txt") }, 1)).toThrow(
      /cannot read data_path/,
    );
  });
});

function fixture(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "rush-")), "rush.txt");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
