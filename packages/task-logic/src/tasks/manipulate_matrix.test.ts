import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { manipulateMatrix, TRANSFORMS } from "./manipulate_matrix.js";

const rgEntry = {
  question:
    "For the following matrix:\n7 2 6 5 6 8 1 8 1\n1 7 4 0 3 5 3 4 3\n2 2 3 5 5 6 3 6 7\n8 4 6 2 1 2 0 9 6\n\nPerform the following series of operations in order:\n- Identity transformation, i.e. no change\n- Crop the matrix to rows 2-2 and columns 3-9 (1-indexed)\n- Rotate the matrix 180 degrees\n- Remove every 7-th column (1-indexed)\n",
  answer: "3 4 3 5 3 0",
  metadata: {
    source_dataset: "manipulate_matrix",
    source_index: 0,
    matrix: [
      [7, 2, 6, 5, 6, 8, 1, 8, 1],
      [1, 7, 4, 0, 3, 5, 3, 4, 3],
      [2, 2, 3, 5, 5, 6, 3, 6, 7],
      [8, 4, 6, 2, 1, 2, 0, 9, 6],
    ],
    solution: [[3, 4, 3, 5, 3, 0]],
    operations: [
      {
        transform: "crop",
        row_start: 2,
        row_end: 2,
        col_start: 3,
        col_end: 9,
        instruction: "- Crop the matrix to rows 2-2 and columns 3-9 (1-indexed)",
      },
      { transform: "rotate", degrees: "180", instruction: "- Rotate the matrix 180 degrees" },
      {
        transform: "remove_every_nth_col",
        n: 7,
        instruction: "- Remove every 7-th column (1-indexed)",
      },
    ],
    rows: 4,
    cols: 9,
    num_transforms: 3,
    difficulty: { rows: [2, 10], cols: [2, 10], num_transforms: [1, 10] },
  },
};

const matrixOf = (text: string) => text.split("\n").map((row) => row.split(" ").map(Number));

describe("logic/manipulate_matrix", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${(Number(answer[0]) + 1) % 10}${answer.slice(1)}`;
    expect(await checkTaskProperties(manipulateMatrix, { perturb })).toEqual([]);
  });

  it("applies each operation as its instruction says", () => {
    const one = (transform: string) =>
      manipulateMatrix
        .dataset({ seed: 3, min_transforms: 1, max_transforms: 1, ...onlyWeight(transform) }, 40)
        .filter(
          (e) => (e.metadata.operations as { transform: string }[])[0]?.transform === transform,
        );
    const onlyWeight = (transform: string) =>
      Object.fromEntries(TRANSFORMS.map((t) => [`w_${t}`, t === transform ? 20 : 0]));
    for (const entry of one("dmirror")) {
      const m = entry.metadata.matrix as number[][];
      expect(matrixOf(entry.answer as string)).toEqual(m[0]?.map((_, c) => m.map((row) => row[c])));
    }
    for (const entry of one("rotate")) {
      const m = entry.metadata.matrix as number[][];
      const op = (entry.metadata.operations as { degrees: string }[])[0];
      const quarter = (x: number[][]) =>
        x[0]?.map((_, c) => x.map((row) => row[c]).reverse()) as number[][];
      let expected = m;
      for (let k = 0; k < Number(op?.degrees) / 90; k++) expected = quarter(expected);
      expect(matrixOf(entry.answer as string)).toEqual(expected);
    }
    for (const entry of one("cmirror")) {
      const m = entry.metadata.matrix as number[][];
      const n = m.length;
      const w = m[0]?.length as number;
      const expected = Array.from({ length: w }, (_, r) =>
        Array.from({ length: n }, (_, c) => m[n - 1 - c]?.[w - 1 - r]),
      );
      expect(matrixOf(entry.answer as string)).toEqual(expected);
    }
    for (const entry of one("remove_every_nth_row")) {
      const m = entry.metadata.matrix as number[][];
      const n = (entry.metadata.operations as { n: number }[])[0]?.n as number;
      expect(matrixOf(entry.answer as string)).toEqual(m.filter((_, i) => (i + 1) % n !== 0));
    }
  });

  it("weighs each transform by its own weight", () => {
    const entries = manipulateMatrix.dataset(
      { seed: 1, w_crop: 10, min_transforms: 1, max_transforms: 1 },
      100,
    );
    const crops = entries.filter(
      (e) => (e.metadata.operations as { transform: string }[])[0]?.transform === "crop",
    );
    expect(crops.length).toBeGreaterThan(90);
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => manipulateMatrix.scoreAnswer(answer, rgEntry);
    expect(
      await manipulateMatrix.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry),
    ).toMatchObject({ reward: 1 });
    expect(score("3  4 3 5 3 0 ")).toBe(1);
    expect(score("3\t4 3 5 3 0")).toBe(1);
    expect(score(" 3 4 3 5 3 0\n")).toBe(1);
    expect(score("The answer:\n3 4 3 5 3 0")).toBeCloseTo(11 / 23);
    expect(score("[[3, 4, 3, 5, 3, 0]]")).toBe(0);
    expect(score("3 4 3 5 3")).toBe(0);
    expect(score("")).toBe(0);
  });
});
