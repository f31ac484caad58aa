import {
  afterThink,
  errorMessage,
  type InvalidRowPolicy,
  type ReadStats,
  readDataset,
  type Task,
  verdict,
} from "@prorl/core";
import { z } from "zod";
import { type EvalMode, evaluateRow } from "./evaluate.js";
import { generateIfExample, IfGeneratorConfigSchema } from "./generator.js";
import { parseInstruction } from "./instructions.js";

/** One kwargs object; IFEval rows from Hugging Face carry every key, mostly null. */
const KwargsEntrySchema = z
  .record(z.string(), z.unknown())
  .nullable()
  .transform((v) => v ?? {});

/** An IFEval row: `{prompt, instruction_id_list, kwargs}` (`key` and other fields are dropped). */
export const IfExampleSchema = z
  .object({
    prompt: z.string(),
    instruction_id_list: z.array(z.string()).min(1),
    kwargs: z.array(KwargsEntrySchema),
  })
  .superRefine((row, ctx) => {
    if (row.kwargs.length !== row.instruction_id_list.length) {
      ctx.addIssue({
        code: "custom",
        path: ["kwargs"],
        message: `has ${row.kwargs.length} entries for ${row.instruction_id_list.length} instructions`,
      });
      return;
    }
    for (const [i, id] of row.instruction_id_list.entries()) {
      const parsed = parseInstruction(id, row.kwargs[i]);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["kwargs", i], message: parsed.error });
    }
  });

export type IfExample = z.infer<typeof IfExampleSchema>;

/**
 * The training reward: the fraction of the row's instructions followed (IFEval strict mode)
 * by the text after the last `</think>`. `mode: "loose"` scores with IFEval's loose mode.
 */
export function scoreIf(response: string, example: IfExample, mode: EvalMode = "strict") {
  const text = afterThink(typeof response === "string" ? response : "");
  const result = evaluateRow(example, text, mode);
  const total = result.followInstructionList.length;
  const followed = result.followInstructionList.filter(Boolean).length;
  const missed = example.instruction_id_list.filter((_, i) => !result.followInstructionList[i]);
  let reason = `${followed}/${total} instructions followed (${mode})`;
  if (missed.length) reason += `; not followed: ${missed.join(", ")}`;
  if (result.errors.length) reason += `; unusable: ${result.errors.join("; ")}`;
  return { ...verdict(total ? followed / total : 0, reason), result };
}

/**
 * What a caller may choose per verification (`prorl-eval score` lines, `run`'s `taskOptions`,
 * the server's `options`): IFEval's strict or loose evaluation.
 */
export const IfOptionsSchema = z.strictObject({
  /** "strict" (the training reward) or "loose" (IFEval's loose variants of the response). */
  mode: z.enum(["strict", "loose"]).optional(),
});
export type IfOptions = z.output<typeof IfOptionsSchema>;

/** The instruction-following task, with a default mode that options given to `verify` override. */
export function createIfTask(defaults: IfOptions = {}): Task<IfExample, IfOptions> {
  return {
    id: "if",
    domain: "if",
    rewardType: "continuous",
    description: "IFEval instruction following: fraction of the 25 IFEval checks followed (strict)",
    schema: IfExampleSchema,
    optionsSchema: IfOptionsSchema,
    prompt: (example) => example.prompt,
    verify(response, example, options) {
      try {
        const mode = options?.mode ?? defaults.mode ?? "strict";
        const { reward, correct, reason } = scoreIf(response, example, mode);
        return { reward, correct, reason };
      } catch (error) {
        return verdict(0, `verifier error: ${errorMessage(error)}`);
      }
    },
    generator: {
      configSchema: IfGeneratorConfigSchema,
      generate: (config, index) =>
        generateIfExample(config as z.infer<typeof IfGeneratorConfigSchema>, index) as IfExample,
    },
  };
}

/** The instruction-following task, strict mode (the training reward). */
export const ifTask: Task<IfExample, IfOptions> = createIfTask();

export interface LoadIfEvalOptions {
  onInvalid?: InvalidRowPolicy;
  stats?: ReadStats;
  /** Column renames, as in `readDataset`. */
  fields?: Record<string, string>;
}

/** Streams IFEval rows (JSONL or Parquet: `prompt`, `instruction_id_list`, `kwargs`), validated. */
export function loadIfEval(
  path: string,
  options: LoadIfEvalOptions = {},
): AsyncIterable<IfExample> {
  return readDataset(path, {
    schema: IfExampleSchema,
    fields: options.fields,
    onInvalid: options.onInvalid ?? "fail",
    stats: options.stats,
  });
}
