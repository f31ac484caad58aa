import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { futoshiki } from "./futoshiki.js";

const perturb = (answer: string) => answer.replace(/\d/, (d) => (d === "1" ? "2" : "1"));

/** Every completion of a puzzle, by brute force over rows (small boards only). */
function completions(puzzle: number[][], constraints: [number, number, number, number, string][]) {
  const n = puzzle.length;
  const perms: number[][] = [];
  const permute = (prefix: number[]) => {
    if (prefix.length === n) perms.push(prefix);
    for (let v = 1; v <= n; v++) if (!prefix.includes(v)) permute([...prefix, v]);
  };
  permute([]);
  let count = 0;
  const rows: number[][] = [];
  const go = (r: number) => {
    if (r === n) {
      const ok = constraints.every(([r1, c1, r2, c2, s]) => {
        const a = rows[r1]?.[c1] as number;
        const b = rows[r2]?.[c2] as number;
        return s === "<" ? a < b : a > b;
      });
      if (ok) count++;
      return;
    }
    for (const p of perms) {
      if (p.some((v, c) => (puzzle[r]?.[c] ?? 0) !== 0 && puzzle[r]?.[c] !== v)) continue;
      if (rows.some((row) => row.some((v, c) => p[c] === v))) continue;
      rows.push(p);
      go(r + 1);
      rows.pop();
    }
  };
  go(0);
  return count;
}

describe("logic/futoshiki", () => {
  // Boards up to 6 x 6 keep this fast; the default config (up to 9 x 9) is checked below.
  it("holds the task properties over 300 entries", async () => {
    const failures = await checkTaskProperties(futoshiki, {
      seeds: 300,
      config: { max_board_size: 6 },
      perturb,
    });
    expect(failures).toEqual([]);
  }, 60_000);

  it("holds the task properties with the default config", async () => {
    const failures = await checkTaskProperties(futoshiki, { seeds: 20, perturb });
    expect(failures).toEqual([]);
  }, 60_000);

  // An entry as RG 49b07130 emits it (seed 3, index 1, 4 x 4).
  const rgEntry = {
    question:
      "Solve the following 4x4 Futoshiki puzzle:\n\n4   _   _   _\n            ∧\n2   _   _   _\n    ∨        \n_   1   _   2\n             \n_   _   _   3\n\nEnsure your answer follows the same format as the puzzle above, just replace blanks (_) with the correct value for the cell.\nUse < and > for horizontal constraints. Use ∧ and ∨ for vertical constraints.\nRemember, in Futoshiki each row and column must contain each number from 1 to 4 exactly once.",
    answer:
      "4   2   3   1\n            ∧\n2   3   1   4\n    ∨        \n3   1   4   2\n             \n1   4   2   3",
    metadata: {
      source_dataset: "futoshiki",
      source_index: 1,
      puzzle: [
        [4, 0, 0, 0],
        [2, 0, 0, 0],
        [0, 1, 0, 2],
        [0, 0, 0, 3],
      ],
      constraints: [
        [0, 3, 1, 3, "<"],
        [1, 1, 2, 1, ">"],
      ],
      solution: [
        [4, 2, 3, 1],
        [2, 3, 1, 4],
        [3, 1, 4, 2],
        [1, 4, 2, 3],
      ],
      board_size: 4,
      difficulty_rating: 2,
      difficulty: {
        board_size: [4, 4],
        difficulty: [0, 3],
      },
    },
  };

  it("scores an RG entry as RG does", () => {
    const oracle = rgEntry.answer;
    expect(futoshiki.scoreAnswer(oracle, rgEntry)).toBe(1);
    // Trailing spaces per line do not matter (but the length penalty still applies).
    expect(futoshiki.scoreAnswer(oracle.replaceAll(" \n", "\n"), rgEntry)).toBe(1);
    const padded = oracle
      .split("\n")
      .map((l) => `${l}  `)
      .join("\n");
    expect(futoshiki.scoreAnswer(padded, rgEntry)).toBeCloseTo(oracle.length / padded.length);
    // Digits only, no signs: 0.9 for a right board.
    expect(futoshiki.scoreAnswer("4 2 3 1\n2 3 1 4\n3 1 4 2\n1 4 2 3", rgEntry)).toBeCloseTo(0.9);
    // One wrong cell out of 16.
    expect(futoshiki.scoreAnswer("4 2 3 1\n2 3 1 4\n3 1 4 2\n1 4 3 3", rgEntry)).toBeCloseTo(
      (0.9 * 15) / 16,
    );
    // Lines with a different count of digits are skipped, not counted as rows.
    expect(futoshiki.scoreAnswer("Answer 42:\n4 2 3 1\n2 3 1 4", rgEntry)).toBeCloseTo(
      (0.9 * 8) / 16,
    );
    expect(futoshiki.scoreAnswer("", rgEntry)).toBe(0);
    expect(futoshiki.scoreAnswer("🙂".repeat(50), rgEntry)).toBe(0);
  });

  it("generates puzzles with exactly one completion, printed as RG prints them", () => {
    for (const entry of futoshiki.dataset({ seed: 2, max_board_size: 5 }, 40)) {
      const m = entry.metadata as {
        puzzle: number[][];
        solution: number[][];
        constraints: [number, number, number, number, string][];
        board_size: number;
      };
      expect(completions(m.puzzle, m.constraints)).toBe(1);
      const lines = (entry.answer as string).split("\n");
      expect(lines).toHaveLength(2 * m.board_size - 1);
      expect(lines[0]).toMatch(new RegExp(`^\\d( [<> ] \\d){${m.board_size - 1}}$`));
      expect(entry.question).toContain(
        `Solve the following ${m.board_size}x${m.board_size} Futoshiki puzzle:`,
      );
    }
  });
});
