import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { pool, poolMatrix } from "./pool_matrix.js";

const rgEntry = {
  question:
    "Your job is to perform max/average pooling on the given matrix.\nThe stride is equal to the kernel size, meaning there is no overlap between the pooling regions.\n\nYour output should be a matrix in the same format as the input matrix.\nThe output matrix is smaller than the input matrix when the kernel size is greater than 1, and its elements may be floating-point numbers.\nGive elements in the output matrix correct to 2 decimal places.\n\nPerform average pooling on the following matrix with a kernel size of 2:\n8 8 3 7 7 0 4 2 5\n2 2 2 1 0 8 4 0 9\n6 2 4 1 5 3 4 4 3\n7 1 1 7 7 0 2 9 9\n",
  answer: "5.0 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0",
  metadata: {
    source_dataset: "pool_matrix",
    source_index: 0,
    matrix: [
      [8, 8, 3, 7, 7, 0, 4, 2, 5],
      [2, 2, 2, 1, 0, 8, 4, 0, 9],
      [6, 2, 4, 1, 5, 3, 4, 4, 3],
      [7, 1, 1, 7, 7, 0, 2, 9, 9],
    ],
    pool_type: "average",
    pool_size: 2,
    solution: [
      [5.0, 3.25, 3.75, 2.5, 7.0],
      [4.0, 3.25, 3.75, 4.75, 6.0],
    ],
    rows: 4,
    cols: 9,
    difficulty: { rows: [2, 10], cols: [2, 10], pool_size: [1, 3] },
  },
};

describe("logic/pool_matrix", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.replace(/^[\d.]+/, (x) => String(Number(x) + 1));
    expect(await checkTaskProperties(poolMatrix, { perturb })).toEqual([]);
  });

  it("pools with stride = kernel, edge windows cut short", () => {
    expect(pool(rgEntry.metadata.matrix, 2, "average")).toEqual(rgEntry.metadata.solution);
    expect(pool([[1, 2, 3]], 2, "max")).toEqual([[2, 3]]);
    expect(pool([[1, 2, 3]], 2, "average")).toEqual([[1.5, 3]]);
    const [entry] = poolMatrix.dataset({ seed: 2, min_pool_size: 3, max_pool_size: 3 }, 1);
    const m = entry?.metadata as { rows: number; cols: number; solution: number[][] };
    expect(m.solution).toHaveLength(Math.ceil(m.rows / 3));
    expect(m.solution[0]).toHaveLength(Math.ceil(m.cols / 3));
  });

  it("prints max pools as integers and averages rounded to two decimals", () => {
    const entries = poolMatrix.dataset({ seed: 9, min_pool_size: 3, max_pool_size: 3 }, 40);
    for (const entry of entries) {
      const values = (entry.answer as string).split(/\s+/);
      if (entry.metadata.pool_type === "max") for (const v of values) expect(v).toMatch(/^\d$/);
      else for (const v of values) expect(v).toMatch(/^\d\.\d{1,2}$/);
    }
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => poolMatrix.scoreAnswer(answer, rgEntry);
    expect(await poolMatrix.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry)).toMatchObject({
      reward: 1,
    });
    // The probes and scores below come from RG's score_answer (numpy loadtxt + allclose).
    expect(score("5 3.25 3.75 2.5 7\n4 3.25 3.75 4.75 6")).toBe(1);
    expect(score("5.0 3.25 3.75 2.5 7.0 # row 1\n\n4.0 3.25 3.75 4.75 6.0")).toBe(1);
    expect(score("5.0\t3.25\u00a03.75 2.5 7.0\r\n4.0 3.25 3.75 4.75 6.0")).toBe(1);
    expect(score("5.05 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0")).toBe(1); // within 1%
    expect(score("5.06 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0")).toBe(0.1);
    expect(score("4.95 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0")).toBe(0.1);
    expect(score("5.0 3.3 3.8 2.5 7.0\n4.0 3.3 3.8 4.8 6.0")).toBe(0.1);
    expect(score("nan 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0")).toBe(0.1);
    expect(score("inf 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0")).toBe(0.1);
    for (const wrong of [
      "5.0,3.25,3.75,2.5,7.0\n4.0,3.25,3.75,4.75,6.0",
      "5.0 3.25 3.75 2.5 7.0",
      "5.0 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75",
      "1_0 3.25 3.75 2.5 7.0\n4.0 3.25 3.75 4.75 6.0",
      "[[5.0, 3.25]]",
      "5.0 3.25 3.75 2.5 7.0 4.0 3.25 3.75 4.75 6.0",
      "",
    ])
      expect(score(wrong), wrong).toBe(0);
  });

  it("reads a row and a column alike, as loadtxt squeezes length-1 axes", () => {
    const column = { ...rgEntry, answer: "1.5\n2.0\n3.0" };
    expect(poolMatrix.scoreAnswer("1.5 2 3", column)).toBe(1);
    expect(poolMatrix.scoreAnswer("1.5\n2\n3", column)).toBe(1);
    expect(poolMatrix.scoreAnswer("4", { ...rgEntry, answer: "4.0" })).toBe(1);
  });
});
