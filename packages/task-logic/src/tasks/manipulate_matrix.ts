import { pySplit, pyStrip, type Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { codePointLength, defineLogicTask } from "../define.js";
import { matrixToString } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/algorithmic/manipulate_matrix.py
// A random digit matrix and num_transforms operations chosen with softmax(weights) probabilities
// (so a weight of 0 still has probability e^0 / sum, as in RG); removing every nth row or
// column is skipped (and redrawn) when only one is left.
// Scoring as RG: the answer stripped equals the oracle 1.0; after re-spacing each row (split on
// whitespace, joined by single spaces) equal 1.0; the oracle inside the re-spaced answer:
// len(oracle) / len(answer); else 0.
// Fix: RG pairs its weights with the transforms in a different order (w_crop weighs
// zero_divisible, w_remove_every_nth_row weighs crop, w_remove_every_nth_col weighs removing rows,
// w_zero_divisible weighs removing columns); here each weight weighs the transform it names.
// With the default weights (all 1) nothing changes.
const QUESTION = (matrix: string, operations: string) => `For the following matrix:
${matrix}

Perform the following series of operations in order:
- Identity transformation, i.e. no change
${operations}
`;

type Matrix = number[][];

/** RG's transforms; each has a weight w_<name> in the config. */
export const TRANSFORMS = [
  "rotate",
  "hmirror",
  "vmirror",
  "dmirror",
  "cmirror",
  "map",
  "crop",
  "remove_every_nth_row",
  "remove_every_nth_col",
  "zero_divisible",
] as const;
type Transform = (typeof TRANSFORMS)[number];

const transpose = (m: Matrix): Matrix =>
  (m[0] ?? []).map((_, c) => m.map((row) => row[c] as number));
const hmirror = (m: Matrix): Matrix => m.slice().reverse();
const vmirror = (m: Matrix): Matrix => m.map((row) => row.slice().reverse());
const rot90 = (m: Matrix): Matrix => transpose(hmirror(m));
const rot180 = (m: Matrix): Matrix => vmirror(hmirror(m));
const rot270 = (m: Matrix): Matrix => hmirror(transpose(m));
const cmirror = (m: Matrix): Matrix => transpose(rot180(m));
const ROTATIONS: Record<string, (m: Matrix) => Matrix> = {
  "90": rot90,
  "180": rot180,
  "270": rot270,
  "360": (m) => m,
};

/** One step: the operation as RG records it (null when it does not apply) and the new matrix. */
type Step = { operation: Record<string, unknown>; matrix: Matrix } | null;

function applyTransform(rng: Rng, transform: Transform, m: Matrix): Step {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const step = (instruction: string, matrix: Matrix, extra: Record<string, unknown> = {}) => ({
    operation: { transform, ...extra, instruction },
    matrix,
  });
  switch (transform) {
    case "rotate": {
      const degrees = rng.pick(Object.keys(ROTATIONS));
      const rotate = ROTATIONS[degrees] as (m: Matrix) => Matrix;
      return step(`- Rotate the matrix ${degrees} degrees`, rotate(m), { degrees });
    }
    case "hmirror":
      return step("- Horizontally mirror the matrix", hmirror(m));
    case "vmirror":
      return step("- Vertically mirror the matrix", vmirror(m));
    case "dmirror":
      return step("- Mirror the matrix along the diagonal", transpose(m));
    case "cmirror":
      return step("- Mirror the matrix along the counterdiagonal", cmirror(m));
    case "map": {
      const [from, to] = rng.sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2) as [number, number];
      const mapped = m.map((row) => row.map((x) => (x === from ? to : x)));
      return step(`- Map each occurrence of ${from} to ${to}`, mapped, { from, to });
    }
    case "zero_divisible": {
      const k = rng.int(1, 9);
      const zeroed = m.map((row) => row.map((x) => (x % k === 0 ? 0 : x)));
      return step(`- Set all elements divisible by ${k} to zero`, zeroed, { k });
    }
    case "crop": {
      const rowStart = rng.int(1, rows);
      const rowEnd = rng.int(rowStart, rows);
      const colStart = rng.int(1, cols);
      const colEnd = rng.int(colStart, cols);
      const cropped = m.slice(rowStart - 1, rowEnd).map((row) => row.slice(colStart - 1, colEnd));
      return step(
        `- Crop the matrix to rows ${rowStart}-${rowEnd} and columns ${colStart}-${colEnd} (1-indexed)`,
        cropped,
        { row_start: rowStart, row_end: rowEnd, col_start: colStart, col_end: colEnd },
      );
    }
    case "remove_every_nth_row": {
      if (rows <= 1) return null;
      const n = rng.int(2, rows);
      const kept = m.filter((_, i) => (i + 1) % n !== 0);
      return step(`- Remove every ${n}-${ordinalSuffix(n)} row (1-indexed)`, kept, { n });
    }
    case "remove_every_nth_col": {
      if (cols <= 1) return null;
      const n = rng.int(2, cols);
      const kept = m.map((row) => row.filter((_, i) => (i + 1) % n !== 0));
      return step(`- Remove every ${n}-${ordinalSuffix(n)} column (1-indexed)`, kept, { n });
    }
  }
}

/** RG's suffix: "st" for 1, "nd" for 2, "th" otherwise (n is at least 2 here). */
const ordinalSuffix = (n: number) => (n === 1 ? "st" : n === 2 ? "nd" : "th");

/** Index drawn with probability proportional to `weights`. */
function weightedIndex(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.float() * total;
  for (const [k, w] of weights.entries()) {
    x -= w;
    if (x < 0) return k;
  }
  return weights.length - 1;
}

const weight = () => z.number().default(1);

export const manipulateMatrix = defineLogicTask({
  name: "manipulate_matrix",
  category: "algorithmic",
  curriculum: {
    rows: range("min_rows", "max_rows", [10, 25, 50, 100]),
    cols: range("min_cols", "max_cols", [10, 25, 50, 100]),
    num_transforms: range("min_transforms", "max_transforms", [1, 3, 5, 10, 15]),
  },
  description: "Apply a series of rotations, mirrors, maps and crops to a matrix.",
  config: z.object({
    min_rows: z.number().int().min(2).default(2),
    min_cols: z.number().int().min(2).default(2),
    max_rows: z.number().int().min(2).default(10),
    max_cols: z.number().int().min(2).default(10),
    min_transforms: z.number().int().min(1).default(1),
    max_transforms: z.number().int().min(1).default(10),
    w_rotate: weight(),
    w_hmirror: weight(),
    w_vmirror: weight(),
    w_dmirror: weight(),
    w_cmirror: weight(),
    w_map: weight(),
    w_crop: weight(),
    w_remove_every_nth_row: weight(),
    w_remove_every_nth_col: weight(),
    w_zero_divisible: weight(),
  }),
  generate(rng, config) {
    const weights = TRANSFORMS.map((t) => Math.exp(config[`w_${t}`]));
    const rows = rng.int(config.min_rows, config.max_rows);
    const cols = rng.int(config.min_cols, config.max_cols);
    const matrix = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => rng.int(0, 9)),
    );
    const numTransforms = rng.int(config.min_transforms, config.max_transforms);
    const operations: Record<string, unknown>[] = [];
    let answer = matrix;
    while (operations.length < numTransforms) {
      const step = applyTransform(
        rng,
        TRANSFORMS[weightedIndex(rng, weights)] as Transform,
        answer,
      );
      if (!step) continue;
      operations.push(step.operation);
      answer = step.matrix;
    }
    return {
      question: QUESTION(
        matrixToString(matrix),
        operations.map((op) => op.instruction as string).join("\n"),
      ),
      answer: matrixToString(answer),
      metadata: {
        matrix,
        solution: answer,
        operations,
        rows,
        cols,
        num_transforms: numTransforms,
        difficulty: {
          rows: [config.min_rows, config.max_rows],
          cols: [config.min_cols, config.max_cols],
          num_transforms: [config.min_transforms, config.max_transforms],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    const oracle = pyStrip(entry.answer);
    const given = pyStrip(answer);
    if (given === oracle) return 1;
    const respaced = pyStrip(
      given
        .split("\n")
        .map((row) => pySplit(pyStrip(row)).join(" "))
        .join("\n"),
    );
    if (respaced === oracle) return 1;
    return oracle.length > 0 && respaced.includes(oracle)
      ? codePointLength(oracle) / codePointLength(respaced)
      : 0;
  },
});
