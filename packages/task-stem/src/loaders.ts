import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import {
  emptyReadStats,
  errorMessage,
  hashSeed,
  type InvalidRowPolicy,
  lastBoxed,
  type ReadStats,
  Rng,
  type RowLoader,
  readDataset,
} from "@prorl/core";
import { parse } from "csv-parse";
import { z } from "zod";
import { type StemExample, StemExampleSchema } from "./example.js";

export interface StemLoadOptions {
  /** "fail" (default): the first bad row stops the read with its line; "skip": counted in stats. */
  onInvalid?: InvalidRowPolicy;
  stats?: ReadStats;
}

export interface GpqaLoadOptions extends StemLoadOptions {
  /** Seed of the choice permutation (default 0). Each row's order also depends on its question. */
  seed?: number;
}

const GPQA_COLUMNS = [
  "Question",
  "Correct Answer",
  "Incorrect Answer 1",
  "Incorrect Answer 2",
  "Incorrect Answer 3",
] as const;

/**
 * One GPQA row (`Question`, `Correct Answer`, `Incorrect Answer 1..3`) as a multiple-choice
 * example: the four answers shuffled by a permutation seeded with (seed, question), the
 * answer the letter where the correct one landed.
 */
export function gpqaRowToExample(row: Record<string, unknown>, seed = 0): StemExample {
  const missing = GPQA_COLUMNS.filter(
    (c) => typeof row[c] !== "string" || !(row[c] as string).trim(),
  );
  if (missing.length) throw new Error(`missing GPQA column(s): ${missing.join(", ")}`);
  const question = (row.Question as string).trim();
  const correct = (row["Correct Answer"] as string).trim();
  const options = [correct, ...GPQA_COLUMNS.slice(2).map((c) => (row[c] as string).trim())];
  const order = new Rng(seed, "gpqa", hashSeed([question])).shuffle([0, 1, 2, 3]);
  const choices = order.map((i) => options[i] as string);
  const answer = String.fromCharCode(65 + order.indexOf(0));
  return StemExampleSchema.parse({ question, choices, answer });
}

/** Rows as examples through a row function; its error becomes the row's validation message. */
function rowLoader(
  description: string,
  toExample: (row: Record<string, unknown>) => StemExample,
): RowLoader<StemExample> {
  const schema = z.record(z.string(), z.unknown()).transform((row, ctx) => {
    try {
      return toExample(row);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: errorMessage(error) });
      return z.NEVER;
    }
  });
  return { description, schema: schema };
}

/** The public layouts as named row loaders (the task's `loaders`, a blend's `loader:` key). */
export const STEM_ROW_LOADERS: Record<"gpqa" | "scp", RowLoader<StemExample>> = {
  gpqa: rowLoader(
    "GPQA rows: Question, Correct Answer, Incorrect Answer 1-3 (choices shuffled, seed 0)",
    (row) => gpqaRowToExample(row),
  ),
  scp: rowLoader(
    "SCP-116K rows: problem, answer or the last \\boxed{} of a solution column",
    (row) => scpRowToExample(row),
  ),
};

/** Streams a GPQA CSV file (e.g. `gpqa_diamond.csv`) as multiple-choice examples. */
export async function* loadGpqaCsv(
  path: string,
  options: GpqaLoadOptions = {},
): AsyncGenerator<StemExample> {
  const stats = options.stats ?? emptyReadStats();
  await access(path).catch(() => {
    throw new Error(`${path}: no such file`);
  });
  const parser = createReadStream(path).pipe(
    parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, unknown>>) {
    line++;
    stats.rows++;
    try {
      const example = gpqaRowToExample(record, options.seed ?? 0);
      stats.valid++;
      yield example;
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      if ((options.onInvalid ?? "fail") === "fail")
        throw new Error(`${path}: record ${line - 1}: ${message}`);
      stats.skipped++;
      stats.problems.push({ file: path, line: line - 1, message: message ?? "invalid row" });
    }
  }
}

export interface ScpLoadOptions extends StemLoadOptions {
  /** Column with the question (default "problem"). */
  questionField?: string;
  /** Column with a short reference answer (default "answer"). */
  answerField?: string;
  /**
   * Columns whose last `\boxed{}` gives the answer when there is no answer column, in order
   * (default `solution`, `matched_solution`, `o1_solution`, `qwq_solution`). A model's solution
   * column `X_solution` is used only when the row's `is_X_solution_same_with_matched_solution`
   * flag, if present, is true (SCP-116K's own agreement check).
   */
  solutionFields?: string[];
}

/**
 * An SCP-116K style row as a free-form example: `problem` -> question; the answer from the
 * `answer` column, or else the last `\boxed{}` of the first solution column that has one
 * (see `ScpLoadOptions.solutionFields`). Throws when no answer can be found.
 */
export function scpRowToExample(
  row: Record<string, unknown>,
  options: ScpLoadOptions = {},
): StemExample {
  const question = row[options.questionField ?? "problem"];
  if (typeof question !== "string" || !question.trim()) throw new Error("no problem text");
  let answer = row[options.answerField ?? "answer"];
  if (typeof answer !== "string" && typeof answer !== "number") {
    const fields = options.solutionFields ?? [
      "solution",
      "matched_solution",
      "o1_solution",
      "qwq_solution",
    ];
    for (const field of fields) {
      const solution = row[field];
      if (typeof solution !== "string") continue;
      const flag = row[`is_${field}_same_with_matched_solution`];
      if (flag !== undefined && flag !== true && flag !== "true" && flag !== 1) continue;
      const boxed = lastBoxed(solution);
      if (boxed?.trim()) {
        answer = boxed.trim();
        break;
      }
    }
  }
  if ((typeof answer !== "string" || !answer.trim()) && typeof answer !== "number") {
    throw new Error("no answer: neither an answer column nor a \\boxed{} in a solution");
  }
  return StemExampleSchema.parse({ question: question.trim(), answer });
}

/** Streams SCP-116K rows (JSONL or Parquet) as free-form examples. */
export async function* loadScp(
  path: string,
  options: ScpLoadOptions = {},
): AsyncGenerator<StemExample> {
  const stats = options.stats ?? emptyReadStats();
  const inner = emptyReadStats();
  let index = 0;
  for await (const row of readDataset<Record<string, unknown>>(path, {
    onInvalid: "fail",
    stats: inner,
  })) {
    index++;
    stats.rows++;
    try {
      const example = scpRowToExample(row, options);
      stats.valid++;
      yield example;
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      if ((options.onInvalid ?? "fail") === "fail")
        throw new Error(`${path}: row ${index}: ${message}`);
      stats.skipped++;
      stats.problems.push({ file: path, line: index, message: message ?? "invalid row" });
    }
  }
}
