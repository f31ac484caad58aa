import { z } from "zod";

/** Test cases as Eurus-2-RL / PRIME store them in `reward_model.ground_truth`. */
export const CodeTestsSchema = z.object({
  /** stdin text per test, or newline-separated JSON arguments when `fn_name` is set. */
  inputs: z.array(z.string()),
  /** expected stdout per test, or the JSON text of the return value when `fn_name` is set. */
  outputs: z.array(z.string()),
  /** Call-based tests: the function (or `class Solution` method) to call. */
  fn_name: z.string().min(1).nullish(),
});
export type CodeTests = z.output<typeof CodeTestsSchema>;

/** One code problem: `{prompt, tests: {inputs, outputs, fn_name?}}` (DESIGN.md). */
export const CodeExampleSchema = z.object({
  prompt: z.string(),
  tests: CodeTestsSchema.refine((t) => t.inputs.length === t.outputs.length, {
    message: "tests.inputs and tests.outputs must have the same length",
  }),
  /** A reference solution, where the source has one (the offline generator always does). */
  solution: z.string().optional(),
  /** Where the row came from (Eurus-2-RL `data_source`, "apps", "generator/<template>"). */
  data_source: z.string().optional(),
});
export type CodeExample = z.output<typeof CodeExampleSchema>;
