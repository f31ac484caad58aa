import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { rotate90, rotateMatrix } from "./rotate_matrix.js";

describe("logic/rotate_matrix", () => {
  it("holds the task properties over 500 entries", async () => {
    // Change the first digit.
    const perturb = (answer: string) => `${answer[0] === "9" ? "8" : "9"}${answer.slice(1)}`;
    expect(await checkTaskProperties(rotateMatrix, { perturb })).toEqual([]);
  });

  it("rotates clockwise, four turns being the identity", () => {
    expect(
      rotate90([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [3, 1],
      [4, 2],
    ]);
    for (const e of rotateMatrix.dataset({ seed: 1 }, 50)) {
      let m = e.metadata.solution as number[][];
      for (let k = 0; k < 4 - ((e.metadata.num_rotations as number) % 4); k++) m = rotate90(m);
      expect(m).toEqual(e.metadata.matrix);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Given a square matrix, your job is to rotate it clockwise.\n\nYour output should be a matrix in the same format as the input.\n\nRotate the matrix below by 450 degrees clockwise:\n1 2 3\n4 5 6\n7 8 9\n",
      answer: "7 4 1\n8 5 2\n9 6 3",
      metadata: {
        source_dataset: "rotate_matrix",
        source_index: 0,
        matrix: [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        num_rotations: 5,
        solution: [
          [7, 4, 1],
          [8, 5, 2],
          [9, 6, 3],
        ],
        n: 3,
        difficulty: { n: [2, 10], num_rotations: [0, 10] },
      },
    };
    expect(
      await rotateMatrix.verify("<answer>\n7 4 1\n8 5 2\n9 6 3\n</answer>", entry),
    ).toMatchObject({
      reward: 1,
    });
    expect(rotateMatrix.scoreAnswer("3 6 9\n2 5 8\n1 4 7", entry)).toBe(0);
  });
});
