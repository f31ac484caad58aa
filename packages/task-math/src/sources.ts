/**
 * Loaders for the public math data formats, from JSONL or Parquet through core's readDataset:
 * DeepScaleR rows ({problem, answer, solution}), MATH-style rows whose gold is the last
 * \boxed{} inside `solution`, and benchmark rows named {question, answer} (AIME, AMC, Minerva,
 * OlympiadBench style). `fields` renames columns first, as in readDataset.
 */
import { lastBoxed, type ReadStats, type RowLoader, readDataset, type Source } from "@prorl/core";
import { z } from "zod";
import { type MathExample, MathExampleSchema } from "./example.js";

export type MathRowFormat = "deepscaler" | "math" | "qa";

export interface MathLoadOptions {
  /** Which public layout the rows follow (default "deepscaler"). */
  format?: MathRowFormat;
  /** Extra renames, example field → source column (dotted paths reach into objects). */
  fields?: Record<string, string>;
  /** Default "fail"; "skip" needs `stats`. */
  onInvalid?: "skip" | "fail";
  stats?: ReadStats;
}

const stringish = z.union([z.string(), z.number(), z.bigint()]).transform((a) => String(a));

/** MATH rows: the gold answer is the last \boxed{} of the worked solution. */
const MathSolutionRowSchema = z
  .object({ problem: z.string().min(1), solution: z.string(), answer: stringish.optional() })
  .transform((row, ctx) => {
    const boxed = lastBoxed(row.solution);
    const answer = boxed ?? row.answer;
    if (answer === undefined || answer.trim() === "") {
      ctx.addIssue({ code: "custom", message: "solution has no \\boxed{} answer" });
      return z.NEVER;
    }
    return { problem: row.problem, answer, solution: row.solution } satisfies MathExample;
  });

function schemaFor(format: MathRowFormat): z.ZodType<MathExample> {
  return format === "math" ? MathSolutionRowSchema : MathExampleSchema;
}

function fieldsFor(format: MathRowFormat, fields: Record<string, string> | undefined) {
  const base: Record<string, string> = format === "qa" ? { problem: "question" } : {};
  return { ...base, ...fields };
}

/** The public layouts as named row loaders (the task's `loaders`, a blend's `loader:` key). */
export const MATH_ROW_LOADERS: Record<MathRowFormat, RowLoader<MathExample>> = {
  deepscaler: {
    description: "DeepScaleR rows: problem, answer, solution",
    schema: schemaFor("deepscaler"),
  },
  math: {
    description: "MATH rows: problem, solution (gold = its last \\boxed{})",
    schema: schemaFor("math"),
  },
  qa: {
    description: "benchmark rows: question, answer",
    fields: fieldsFor("qa", undefined),
    schema: schemaFor("qa"),
  },
};

/** Streams math examples from a JSONL or Parquet file. */
export function loadMathDataset(
  path: string,
  options: MathLoadOptions = {},
): AsyncGenerator<MathExample> {
  const format = options.format ?? "deepscaler";
  const fields = fieldsFor(format, options.fields);
  return readDataset<MathExample>(path, {
    schema: schemaFor(format),
    ...(Object.keys(fields).length ? { fields } : {}),
    ...(options.onInvalid ? { onInvalid: options.onInvalid } : {}),
    ...(options.stats ? { stats: options.stats } : {}),
  });
}

/** DeepScaleR rows: {problem, answer, solution?}. */
export function loadDeepScaleR(path: string, options: Omit<MathLoadOptions, "format"> = {}) {
  return loadMathDataset(path, { ...options, format: "deepscaler" });
}

/** MATH (Hendrycks) rows: {problem, solution}, gold = last \boxed{} of the solution. */
export function loadMathSolutions(path: string, options: Omit<MathLoadOptions, "format"> = {}) {
  return loadMathDataset(path, { ...options, format: "math" });
}

/** Benchmark rows {question, answer} (AIME, AMC, Minerva, OlympiadBench style). */
export function loadQuestionAnswer(path: string, options: Omit<MathLoadOptions, "format"> = {}) {
  return loadMathDataset(path, { ...options, format: "qa" });
}

/** A math dataset file as a Source (re-read on each iteration). */
export function mathFileSource(path: string, options: MathLoadOptions = {}): Source<MathExample> {
  return {
    description: `file ${path} (${options.format ?? "deepscaler"})`,
    examples: () => loadMathDataset(path, options),
  };
}
