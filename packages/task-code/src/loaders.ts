import {
  type ReadOptions,
  type ReadStats,
  type RowLoader,
  readDataset,
  type Source,
} from "@prorl/core";
import { z } from "zod";
import { type CodeExample, CodeExampleSchema } from "./example.js";
import { HumanEvalPlusRowSchema, HumanEvalRowSchema, MbppRowSchema } from "./humaneval.js";
import { LiveCodeBenchRowSchema } from "./livecodebench.js";

/**
 * Loaders for the public code datasets, from JSONL or Parquet (core's readDataset), each row
 * turned into a CodeExample `{prompt, tests: {inputs, outputs, fn_name?}}`:
 *  - Eurus-2-RL / PRIME rows: `prompt` (a chat list, or a string), `reward_model.ground_truth`
 *    (a JSON string, or an object, `{"inputs": [...], "outputs": [...], "fn_name"?}`) and
 *    `data_source`; rows whose `ability` is not "code" are rejected.
 *  - APPS / TACO rows: `question`, `input_output` (JSON string or object), `starter_code`.
 *  - CodeContests rows: `description` and `public_tests` / `private_tests` /
 *    `generated_tests` (`{input: [...], output: [...]}`).
 *  - HumanEval / HumanEval+ / MBPP rows as test programs (humaneval.ts) and LiveCodeBench rows
 *    as stdin or call-based tests with LiveCodeBench's comparison (livecodebench.ts).
 * Rows that cannot be turned into tests are handled by `onInvalid` ("fail" by default, or
 * "skip" with a stats object that counts them).
 */

export interface LoadOptions {
  onInvalid?: ReadOptions<CodeExample>["onInvalid"];
  stats?: ReadStats;
}

const JsonLike = z.union([z.string(), z.record(z.string(), z.unknown())]);

function parseJsonField(
  value: string | Record<string, unknown>,
  ctx: z.RefinementCtx,
  name: string,
) {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: `${name} is not valid JSON (${(error as Error).message})`,
    });
    return z.NEVER;
  }
}

/** One stdin text or expected stdout: strings as they are, lists of lines joined by "\n". */
function asText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("\n");
  return null;
}

/**
 * Turns `{inputs, outputs, fn_name?}` in PRIME or APPS shape into CodeTests. Call-based
 * inputs given as argument lists become newline-separated JSON; outputs that are not yet JSON
 * text become JSON text (PRIME stores text, APPS stores values).
 */
function toTests(raw: unknown, ctx: z.RefinementCtx, textOutputs: boolean) {
  if (typeof raw !== "object" || raw === null) {
    ctx.addIssue({ code: "custom", message: "test cases are not an object" });
    return z.NEVER;
  }
  const obj = raw as Record<string, unknown>;
  const inputs = obj.inputs;
  const outputs = obj.outputs;
  const fnName = typeof obj.fn_name === "string" && obj.fn_name !== "" ? obj.fn_name : null;
  if (!Array.isArray(inputs) || !Array.isArray(outputs) || inputs.length !== outputs.length) {
    ctx.addIssue({ code: "custom", message: "inputs and outputs must be lists of equal length" });
    return z.NEVER;
  }
  if (inputs.length === 0) {
    ctx.addIssue({ code: "custom", message: "no test cases" });
    return z.NEVER;
  }
  const ins: string[] = [];
  const outs: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const output = outputs[i];
    if (fnName) {
      ins.push(
        typeof input === "string"
          ? input
          : Array.isArray(input)
            ? input.map((arg) => JSON.stringify(arg)).join("\n")
            : JSON.stringify(input),
      );
      outs.push(typeof output === "string" && textOutputs ? output : JSON.stringify(output));
    } else {
      const a = asText(input);
      const b = asText(output);
      if (a === null || b === null) {
        ctx.addIssue({ code: "custom", message: `test ${i + 1}: stdin/stdout must be text` });
        return z.NEVER;
      }
      ins.push(a);
      outs.push(b);
    }
  }
  return { inputs: ins, outputs: outs, ...(fnName ? { fn_name: fnName } : {}) };
}

const ChatMessage = z.object({ role: z.string(), content: z.string() });

/** Eurus-2-RL / PRIME row → CodeExample. */
export const PrimeRowSchema = z
  .object({
    prompt: z.union([z.string(), z.array(ChatMessage).min(1)]),
    reward_model: z.object({ ground_truth: JsonLike }),
    data_source: z.string().optional(),
    ability: z.string().optional(),
  })
  .transform((row, ctx): CodeExample => {
    if (row.ability !== undefined && row.ability !== "code") {
      ctx.addIssue({ code: "custom", message: `ability is "${row.ability}", not "code"` });
      return z.NEVER;
    }
    const prompt =
      typeof row.prompt === "string"
        ? row.prompt
        : row.prompt
            .filter((m) => m.role === "user")
            .map((m) => m.content)
            .join("\n\n") ||
          (row.prompt[row.prompt.length - 1]?.content ?? "");
    const tests = toTests(
      parseJsonField(row.reward_model.ground_truth, ctx, "ground_truth"),
      ctx,
      true,
    );
    return {
      prompt,
      tests,
      ...(row.data_source ? { data_source: row.data_source } : {}),
    };
  })
  .pipe(CodeExampleSchema);

/** APPS / TACO row → CodeExample (the starter code, when present, is added to the prompt). */
export const AppsRowSchema = z
  .object({
    question: z.string(),
    input_output: JsonLike,
    starter_code: z.string().nullish(),
    solutions: z.unknown().optional(),
  })
  .transform((row, ctx): CodeExample => {
    const tests = toTests(parseJsonField(row.input_output, ctx, "input_output"), ctx, false);
    const starter = row.starter_code?.trim()
      ? `\n\nUse this starter code:\n\`\`\`python\n${row.starter_code.trimEnd()}\n\`\`\``
      : "";
    return { prompt: row.question + starter, tests, data_source: "apps" };
  })
  .pipe(CodeExampleSchema);

const ContestTests = z.object({ input: z.array(z.string()), output: z.array(z.string()) });

/** CodeContests row (DeepMind's format) → CodeExample, all three test groups together. */
export const CodeContestsRowSchema = z
  .object({
    description: z.string(),
    public_tests: ContestTests.nullish(),
    private_tests: ContestTests.nullish(),
    generated_tests: ContestTests.nullish(),
  })
  .transform((row, ctx): CodeExample => {
    const inputs: string[] = [];
    const outputs: string[] = [];
    for (const group of [row.public_tests, row.private_tests, row.generated_tests]) {
      if (!group) continue;
      if (group.input.length !== group.output.length) {
        ctx.addIssue({ code: "custom", message: "a test group has unequal input/output lists" });
        return z.NEVER;
      }
      inputs.push(...group.input);
      outputs.push(...group.output);
    }
    if (inputs.length === 0) {
      ctx.addIssue({ code: "custom", message: "no test cases" });
      return z.NEVER;
    }
    return { prompt: row.description, tests: { inputs, outputs }, data_source: "code_contests" };
  })
  .pipe(CodeExampleSchema);

export type CodeDatasetFormat =
  | "prime"
  | "apps"
  | "code_contests"
  | "humaneval"
  | "humaneval_plus"
  | "mbpp"
  | "livecodebench";

/** The public layouts as named row loaders (the task's `loaders`, a blend's `loader:` key). */
export const CODE_ROW_LOADERS: Readonly<Record<CodeDatasetFormat, RowLoader<CodeExample>>> = {
  prime: {
    description: "Eurus-2-RL / PRIME rows: prompt, reward_model.ground_truth",
    schema: PrimeRowSchema,
  },
  apps: { description: "APPS / TACO rows: question, input_output", schema: AppsRowSchema },
  code_contests: {
    description: "CodeContests rows: description, public/private/generated tests",
    schema: CodeContestsRowSchema,
  },
  humaneval: {
    description:
      "HumanEval rows (prompt, test, entry_point), or HumanEval+ rows with their base_input tests",
    schema: HumanEvalRowSchema,
  },
  humaneval_plus: {
    description: "HumanEval+ rows: base_input and plus_input checked against canonical_solution",
    schema: HumanEvalPlusRowSchema,
  },
  mbpp: { description: "MBPP rows: text (or prompt), test_list asserts", schema: MbppRowSchema },
  livecodebench: {
    description:
      "LiveCodeBench rows: question_content, public/private_test_cases, metadata.func_name",
    schema: LiveCodeBenchRowSchema,
  },
};

/** Streams a JSONL or Parquet file of one of the public formats as CodeExamples. */
export function readCodeDataset(
  path: string,
  format: CodeDatasetFormat,
  options: LoadOptions = {},
): AsyncGenerator<CodeExample> {
  return readDataset(path, {
    schema: CODE_ROW_LOADERS[format].schema,
    ...(options.onInvalid ? { onInvalid: options.onInvalid } : {}),
    ...(options.stats ? { stats: options.stats } : {}),
  });
}

/** A dataset file as a Source for blends. */
export function codeDatasetSource(
  path: string,
  format: CodeDatasetFormat,
  options: LoadOptions = {},
): Source<CodeExample> {
  return {
    description: `file ${path} (${format})`,
    examples: () => readCodeDataset(path, format, options),
  };
}
