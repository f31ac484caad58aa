import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyFloatRepr, roundHalfEven } from "../lib/numbers.js";
import { loadtxtFloat32 } from "../lib/python.js";
import { matrixToString } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/pool_matrix.py
// A random digit matrix pooled (average or max) with stride = kernel size; windows at the edges
// are cut short, as numpy slicing does. Values print as RG prints them: max pooling integers
// ("7"), average pooling floats rounded to 2 decimals ("4.0", "4.33").
// Scoring as RG: both matrices read as numpy's loadtxt reads them (float32, length-1 axes
// squeezed: a row and a column of the same numbers read alike); same shape and every answer
// value a within 1% (|o - a| <= 1e-8 + 0.01·|a|, in float32) 1.0; same shape only 0.1; else 0.
// Fix: RG draws the number of columns from [min_rows, max_cols]; here from [min_cols, max_cols].
const QUESTION = (poolType: string, poolSize: number, matrix: string) =>
  `Your job is to perform max/average pooling on the given matrix.
The stride is equal to the kernel size, meaning there is no overlap between the pooling regions.

Your output should be a matrix in the same format as the input matrix.
The output matrix is smaller than the input matrix when the kernel size is greater than 1, and its elements may be floating-point numbers.
Give elements in the output matrix correct to 2 decimal places.

Perform ${poolType} pooling on the following matrix with a kernel size of ${poolSize}:
${matrix}
`;

type PoolType = "average" | "max";

/** Pooling with stride = kernel size; edge windows are whatever is left. */
export function pool(
  matrix: readonly (readonly number[])[],
  size: number,
  type: PoolType,
): number[][] {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  const out: number[][] = [];
  for (let i = 0; i < rows; i += size) {
    const row: number[] = [];
    for (let j = 0; j < cols; j += size) {
      const window = matrix.slice(i, i + size).flatMap((r) => r.slice(j, j + size));
      row.push(
        type === "max" ? Math.max(...window) : window.reduce((a, b) => a + b, 0) / window.length,
      );
    }
    out.push(row);
  }
  return out;
}

/** numpy's isclose(o, a, rtol=0.01) on float32 values: |o - a| <= 1e-8 + 0.01·|a|, or equal. */
function closeFloat32(o: number, a: number): boolean {
  if (o === a) return true;
  if (!Number.isFinite(a)) return false;
  const difference = Math.fround(Math.abs(Math.fround(o - a)));
  const tolerance = Math.fround(Math.fround(1e-8) + Math.fround(Math.fround(0.01) * Math.abs(a)));
  return difference <= tolerance;
}

export const poolMatrix = defineLogicTask({
  name: "pool_matrix",
  category: "algorithmic",
  curriculum: {
    rows: range("min_rows", "max_rows", [10, 25, 50, 100]),
    cols: range("min_cols", "max_cols", [10, 25, 50, 100]),
    pool_size: range("min_pool_size", "max_pool_size", [3, 5, 7, 9]),
  },
  description: "Max or average pooling of a matrix.",
  config: z.object({
    min_rows: z.number().int().min(2).default(2),
    max_rows: z.number().int().min(2).default(10),
    min_cols: z.number().int().min(2).default(2),
    max_cols: z.number().int().min(2).default(10),
    min_pool_size: z.number().int().min(1).default(1),
    max_pool_size: z.number().int().min(1).default(3),
  }),
  generate(rng, config) {
    const rows = rng.int(config.min_rows, config.max_rows);
    const cols = rng.int(config.min_cols, config.max_cols);
    const matrix = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => rng.int(0, 9)),
    );
    const poolSize = rng.int(config.min_pool_size, config.max_pool_size);
    const poolType: PoolType = rng.bool() ? "average" : "max";
    const solution = pool(matrix, poolSize, poolType);
    const printed =
      poolType === "max"
        ? solution.map((row) => row.map(String))
        : solution.map((row) => row.map((x) => pyFloatRepr(roundHalfEven(x, 2))));
    return {
      question: QUESTION(poolType, poolSize, matrixToString(matrix)),
      answer: matrixToString(printed),
      metadata: {
        matrix,
        pool_type: poolType,
        pool_size: poolSize,
        solution,
        rows,
        cols,
        difficulty: {
          rows: [config.min_rows, config.max_rows],
          cols: [config.min_cols, config.max_cols],
          pool_size: [config.min_pool_size, config.max_pool_size],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const oracle = loadtxtFloat32(entry.answer);
    const given = loadtxtFloat32(answer);
    if (oracle === null || given === null) return 0;
    if (oracle.shape.join("x") !== given.shape.join("x")) return 0;
    const close = oracle.values.every((o, k) => closeFloat32(o, given.values[k] as number));
    return close ? 1 : 0.1;
  },
});
