import { z } from "zod";

/**
 * How a program's output is compared with the expected output:
 *  - "prime": PRIME's rules (stdin/stdout line and float rules; call-based `==`, or the first
 *    element of an expected list);
 *  - "lenient": PRIME's, then whitespace tokens one by one (stdin/stdout only);
 *  - "livecodebench": LiveCodeBench's (`lcb_runner/evaluation/testing_util.py`): the same
 *    number of stripped lines, each equal or equal as a list of decimals; call-based `==`.
 */
export const CompareModeSchema = z.enum(["prime", "lenient", "livecodebench"]);
export type CompareMode = z.output<typeof CompareModeSchema>;

/** Test cases as Eurus-2-RL / PRIME store them in `reward_model.ground_truth`. */
export const IoTestsSchema = z.object({
  /** stdin text per test, or newline-separated JSON arguments when `fn_name` is set. */
  inputs: z.array(z.string()),
  /** expected stdout per test, or the JSON text of the return value when `fn_name` is set. */
  outputs: z.array(z.string()),
  /** Call-based tests: the function (or `class Solution` method) to call. */
  fn_name: z.string().min(1).nullish(),
  /**
   * The comparison these tests were written for (the `livecodebench` loader sets
   * "livecodebench"); absent: the task's default, PRIME's rules.
   */
  compare: CompareModeSchema.optional(),
});
/** stdin/stdout or call-based tests: one input and one expected output per test. */
export type IoTests = z.output<typeof IoTestsSchema>;

// Python identifiers (PEP 3131, without NFKC): a letter or "_", then letters, digits, marks, "_".
const PY_IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** A Python identifier (a function name a test program calls). */
export const PythonIdentifierSchema = z
  .string()
  .regex(PY_IDENTIFIER, "must be a Python identifier");

/**
 * A test program, HumanEval's layout: Python source run after the solution in the same
 * namespace, then `check(<entry_point>)` when `entry_point` is given. The tests pass when the
 * whole run ends normally in time (every assert held).
 */
export const ProgramTestsSchema = z.strictObject({
  /** HumanEval's `test` (defines `check(candidate)`), or bare asserts (MBPP's `test_list`). */
  program: z.string().min(1),
  /** The function under test, passed to the program's `check`; absent: no call is added. */
  entry_point: PythonIdentifierSchema.optional(),
  /**
   * The code a completion continues (HumanEval's `prompt`): put before a solution that does
   * not define `entry_point` itself; a solution that defines it stands alone.
   */
  prefix: z.string().optional(),
});
export type ProgramTests = z.output<typeof ProgramTestsSchema>;

/** The tests of one code problem: stdin/stdout, call-based, or a test program. */
export const CodeTestsSchema = z.union([
  IoTestsSchema.extend({
    // Refused rather than dropped: a row with both kinds of tests is a mistake.
    program: z
      .never({ error: "give either a test program or inputs/outputs, not both" })
      .optional(),
  }).refine((t) => t.inputs.length === t.outputs.length, {
    message: "tests.inputs and tests.outputs must have the same length",
  }),
  ProgramTestsSchema,
]);
export type CodeTests = IoTests | ProgramTests;

export function isProgramTests(tests: CodeTests): tests is ProgramTests {
  return typeof (tests as Partial<ProgramTests>).program === "string";
}

/**
 * One code problem: `{prompt, tests}` with tests `{inputs, outputs, fn_name?}` (DESIGN.md) or
 * `{program, entry_point?, prefix?}`.
 */
export const CodeExampleSchema = z.object({
  prompt: z.string(),
  tests: CodeTestsSchema,
  /** A reference solution, where the source has one (the offline generator always does). */
  solution: z.string().optional(),
  /** Where the row came from (Eurus-2-RL `data_source`, "apps", "humaneval", "generator/<template>"). */
  data_source: z.string().optional(),
  /** The data set's own id for the problem (HumanEval's `task_id`, LiveCodeBench's `question_id`). */
  task_id: z.string().optional(),
});
export type CodeExample = z.output<typeof CodeExampleSchema>;
/** A code problem with stdin/stdout or call-based tests (what the generator makes). */
export type IoExample = Omit<CodeExample, "tests"> & { tests: IoTests };
