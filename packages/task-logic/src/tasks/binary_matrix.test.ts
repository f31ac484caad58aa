import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { binaryMatrix, nearestZero } from "./binary_matrix.js";

const entry = {
  question:
    "Given a square matrix, ...\nFind the distance to the nearest 0 for each cell in the matrix below:\n0 1 1\n1 1 1\n1 1 0\n",
  answer: "0 1 2\n1 2 1\n2 1 0",
  metadata: {
    source_dataset: "binary_matrix",
    source_index: 0,
    matrix: [
      [0, 1, 1],
      [1, 1, 1],
      [1, 1, 0],
    ],
    solution: [
      [0, 1, 2],
      [1, 2, 1],
      [2, 1, 0],
    ],
    n: 3,
    difficulty: { n: [3, 10], p_zero: 0.25 },
  },
};

describe("logic/binary_matrix", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer.slice(0, -1)}${answer.endsWith("9") ? "8" : "9"}`;
    expect(await checkTaskProperties(binaryMatrix, { perturb })).toEqual([]);
  });

  it("computes Manhattan distances to the nearest zero", () => {
    for (const e of binaryMatrix.dataset({ seed: 2 }, 30)) {
      const m = e.metadata.matrix as number[][];
      const d = nearestZero(m);
      const zeros = m.flatMap((row, r) => row.flatMap((v, c) => (v === 0 ? [[r, c]] : [])));
      d.forEach((row, r) => {
        row.forEach((v, c) => {
          expect(v).toBe(
            Math.min(
              ...zeros.map(
                ([zr, zc]) => Math.abs(r - (zr as number)) + Math.abs(c - (zc as number)),
              ),
            ),
          );
        });
      });
    }
  });

  it("gives RG's 0.1 for the nested-list form, without eval", () => {
    expect(binaryMatrix.scoreAnswer("[[0, 1, 2], [1, 2, 1], [2, 1, 0]]", entry)).toBe(0.1);
    expect(binaryMatrix.scoreAnswer("[[0, 1, 2], [1, 2, 1], [2, 1, 1]]", entry)).toBe(0);
    expect(binaryMatrix.scoreAnswer("0 1 2\n1 2 1\n2 1 1", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(await binaryMatrix.verify("<answer>0 1 2\n1 2 1\n2 1 0</answer>", entry)).toMatchObject({
      reward: 1,
    });
  });
});
