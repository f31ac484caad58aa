import type { Task } from "@prorl/core";
import { z } from "zod";
import { type MathExample, MathExampleSchema } from "./example.js";
import { type MathGeneratorConfig, mathGenerator } from "./generator.js";
import { MATH_ROW_LOADERS } from "./sources.js";
import { type VerifyOptions, verifyMath } from "./verify.js";

/** DeepScaleR's instruction, appended to every problem. */
export const MATH_INSTRUCTION =
  "Let's think step by step and output the final answer within \\boxed{}.";

export function mathPrompt(example: Pick<MathExample, "problem">): string {
  return `${example.problem}\n\n${MATH_INSTRUCTION}`;
}

/**
 * What a caller may choose per verification (`prorl-eval score` lines, `run`'s `taskOptions`,
 * the server's `options`): the extraction mode and the time budget.
 */
export const MathOptionsSchema = z.strictObject({
  /** "strict" (last \boxed{} after </think>; training) or "lenient" (evaluation). */
  mode: z.enum(["strict", "lenient"]).optional(),
  /** Budget for the whole verification, ms. */
  timeoutMs: z.number().int().min(1).max(60_000).optional(),
});
export type MathOptions = z.output<typeof MathOptionsSchema>;

/**
 * The math task, complete (row loaders for deepscaler, math and qa included), with default
 * options: "strict" extraction (the default, for training) or "lenient" (for evaluating models
 * that do not box their answers), 2 s budget. Options given to `verify` override these.
 */
export function createMathTask(defaults: VerifyOptions = {}): Task<MathExample, MathOptions> {
  return {
    id: "math",
    domain: "math",
    rewardType: "binary",
    schema: MathExampleSchema,
    optionsSchema: MathOptionsSchema,
    prompt: mathPrompt,
    verify: (response, example, options) =>
      verifyMath(response, example.answer, {
        mode: options?.mode ?? defaults.mode,
        timeoutMs: options?.timeoutMs ?? defaults.timeoutMs,
      }),
    generator: mathGenerator,
    loaders: MATH_ROW_LOADERS,
    description:
      "Competition math with a \\boxed{} final answer; binary reward by symbolic/numeric equivalence",
  };
}

/** The math task: strict extraction (last \boxed{} after </think>), 2 s budget. */
export const mathTask: Task<MathExample, MathOptions> = createMathTask();

export type { MathGeneratorConfig };
