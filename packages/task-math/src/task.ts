import type { Task } from "@prorl/core";
import { z } from "zod";
import { type MathGeneratorConfig, mathGenerator } from "./generator.js";
import { type VerifyOptions, verifyMath } from "./verify.js";

/** DeepScaleR's instruction, appended to every problem. */
export const MATH_INSTRUCTION =
  "Let's think step by step and output the final answer within \\boxed{}.";

/** A math example row, with DeepScaleR's field names. Numeric answers become strings. */
export const MathExampleSchema = z.object({
  problem: z.string().min(1),
  answer: z.union([z.string(), z.number(), z.bigint()]).transform((a) => String(a)),
  solution: z.string().optional(),
});
export type MathExample = z.output<typeof MathExampleSchema>;

export function mathPrompt(example: Pick<MathExample, "problem">): string {
  return `${example.problem}\n\n${MATH_INSTRUCTION}`;
}

/**
 * The math task with a chosen extraction mode and budget: "strict" (the default, for
 * training) or "lenient" (for evaluating models that do not box their answers).
 */
export function createMathTask(options: VerifyOptions = {}): Task<MathExample> {
  return {
    id: "math",
    domain: "math",
    rewardType: "binary",
    schema: MathExampleSchema as unknown as z.ZodType<MathExample>,
    prompt: mathPrompt,
    verify: (response, example) => verifyMath(response, example.answer, options),
    generator: mathGenerator as unknown as NonNullable<Task<MathExample>["generator"]>,
    description:
      "Competition math with a \\boxed{} final answer; binary reward by symbolic/numeric equivalence",
  };
}

/** The math task: strict extraction (last \boxed{} after </think>), 2 s budget. */
export const mathTask: Task<MathExample> = createMathTask();

export type { MathGeneratorConfig };
