import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { spiralMatrix, spiralOrder } from "./spiral_matrix.js";

const entry = {
  question:
    "Given a matrix, ...\nFor the matrix below, what is the list of elements in spiral order?\n1 2 3\n4 5 6\n7 8 9\n",
  answer: "1 2 3 6 9 8 7 4 5",
  metadata: {
    source_dataset: "spiral_matrix",
    source_index: 0,
    matrix: [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
    solution: [1, 2, 3, 6, 9, 8, 7, 4, 5],
    n: 3,
    difficulty: { n: [2, 10] },
  },
};

describe("logic/spiral_matrix", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer[0] === "9" ? "8" : "9"}${answer.slice(1)}`;
    expect(await checkTaskProperties(spiralMatrix, { perturb })).toEqual([]);
  });

  it("walks every cell once", () => {
    expect(
      spiralOrder([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 4, 3]);
    for (const e of spiralMatrix.dataset({ seed: 1 }, 50)) {
      const flat = (e.metadata.matrix as number[][]).flat().sort();
      expect((e.metadata.solution as number[]).slice().sort()).toEqual(flat);
    }
  });

  it("gives RG's 0.1 for the list form, without eval", () => {
    expect(spiralMatrix.scoreAnswer(" 1 2 3 6 9 8 7 4 5 ", entry)).toBe(1);
    expect(spiralMatrix.scoreAnswer("[1, 2, 3, 6, 9, 8, 7, 4, 5]", entry)).toBe(0.1);
    expect(spiralMatrix.scoreAnswer("(1, 2, 3, 6, 9, 8, 7, 4, 5,)", entry)).toBe(0.1);
    expect(spiralMatrix.scoreAnswer("1, 2, 3, 6, 9, 8, 7, 4, 5", entry)).toBe(0.1);
    expect(spiralMatrix.scoreAnswer("__import__('os')", entry)).toBe(0);
    expect(spiralMatrix.scoreAnswer("1 2 3 6 9 8 7 5 4", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(await spiralMatrix.verify("<answer>1 2 3 6 9 8 7 4 5</answer>", entry)).toMatchObject({
      reward: 1,
    });
  });
});
