import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { kakurasu } from "./kakurasu.js";

describe("logic/kakurasu", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(kakurasu, {
      perturb: (answer) => (answer.startsWith("1") ? `0${answer.slice(1)}` : `1${answer.slice(1)}`),
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, 3 x 3).
  const rgEntry = {
    question:
      "I'm presenting you with a 3 x 3 Kukurasu puzzle. Your task is to place 1s in the grid so that the weighted sums match the given constraints: row sums [4, 1, 5] and column sums [3, 3, 4].\n1. Rules:\n  1. Each cell must be filled with either a 1 or an 0.\n  2. In each row, a 1 in position j has a weight of j (where j ranges from 1 to 3).\n  3. In each column, a 1 in position i has a weight of i (where i ranges from 1 to 3).\n  4. The weighted sum of each row must match its constraint.\n  5. The weighted sum of each column must match its constraint.\n2. Input:\n0 0 0\n0 0 0\n0 0 0",
    answer: "1 0 1\n1 0 0\n0 1 1",
    metadata: {
      source_dataset: "kakurasu",
      source_idx: 1,
      n_rows: 3,
      n_cols: 3,
      p_ones: 0.3,
      puzzle: [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      row_sums: [4, 1, 5],
      col_sums: [3, 3, 4],
      solution: [
        [1, 0, 1],
        [1, 0, 0],
        [0, 1, 1],
      ],
      difficulty: {
        rows: [3, 3],
        cols: [3, 3],
        p_ones: 0.3,
      },
    },
  };

  it("scores an RG entry as RG does", () => {
    const oracle = rgEntry.answer;
    expect(kakurasu.scoreAnswer(oracle, rgEntry)).toBe(1);
    // Only the characters 0 and 1 count, so other separators are fine...
    expect(kakurasu.scoreAnswer(oracle.replaceAll(" ", ","), rgEntry)).toBe(1);
    expect(
      kakurasu.scoreAnswer(
        `[${oracle
          .split("\n")
          .map((l) => `[${l}]`)
          .join(",\n")}]`,
        rgEntry,
      ),
    ).toBe(1);
    // ...but every line counts: a trailing explanation line breaks the shape.
    expect(kakurasu.scoreAnswer(`${oracle}\ndone`, rgEntry)).toBe(0);
    expect(kakurasu.scoreAnswer(oracle.replace("1", "0"), rgEntry)).toBe(0);
    expect(kakurasu.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("generates puzzles whose sums have exactly the stored solution", () => {
    for (const entry of kakurasu.dataset(
      { seed: 8, min_rows: 3, max_rows: 4, min_cols: 3, max_cols: 4 },
      30,
    )) {
      const m = entry.metadata as {
        n_rows: number;
        n_cols: number;
        row_sums: number[];
        col_sums: number[];
      };
      // Brute force over all grids of this size.
      const cells = m.n_rows * m.n_cols;
      let solutions = 0;
      for (let mask = 0; mask < 2 ** cells; mask++) {
        const bit = (i: number, j: number) => Math.floor(mask / 2 ** (i * m.n_cols + j)) % 2;
        const rowsOk = m.row_sums.every(
          (s, i) =>
            Array.from({ length: m.n_cols }, (_, j) => bit(i, j) * (j + 1)).reduce(
              (a, b) => a + b,
            ) === s,
        );
        if (!rowsOk) continue;
        const colsOk = m.col_sums.every(
          (s, j) =>
            Array.from({ length: m.n_rows }, (_, i) => bit(i, j) * (i + 1)).reduce(
              (a, b) => a + b,
            ) === s,
        );
        if (colsOk) solutions++;
      }
      expect(solutions).toBe(1);
    }
  });
});
