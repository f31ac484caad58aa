import { afterThink, lastCodeBlock, type Task, type Verdict, verdict } from "@prorl/core";
import { z } from "zod";
import { type CompareMode, compareCallValue, compareStdout } from "./compare.js";
import { generator } from "./generator.js";
import { python } from "./sandbox/language.js";
import type { LimitsInput } from "./sandbox/limits.js";
import { type PoolOptions, SandboxPool } from "./sandbox/pool.js";
import type { RunResult, SandboxOptions, TestRun } from "./sandbox/sandbox.js";

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

export interface CodeTaskOptions {
  /** The pool that runs programs; built from `sandbox` and `pool` when absent. */
  runner?: SandboxPool;
  sandbox?: SandboxOptions;
  pool?: PoolOptions;
  /** Limits for every program (total budget 5 s and 5 s per test by default). */
  limits?: LimitsInput;
  /** Output comparison for stdin/stdout tests (default "prime"). */
  compare?: CompareMode;
  /** Score only the first N tests (PRIME's continuous mode scores the first 10); default all. */
  maxTests?: number;
  /** Pre-import what PRIME's harness imports (`from math import *` ...); default true. */
  primeImports?: boolean;
}

const FENCES = python.fences;

/** The program to run: the last ```python block after any </think>, or null. */
export function extractCode(response: string): string | null {
  return lastCodeBlock(afterThink(response), ...FENCES);
}

const INSTRUCTION =
  "\n\nWrite a Python 3 solution. Put the complete program in one ```python code block at the end of your answer.";

const STATUS_TEXT: Record<TestRun["status"], string> = {
  ok: "wrong answer",
  error: "runtime error",
  memory: "memory limit",
  timeout: "time limit",
  budget: "total time budget used up",
  output: "output limit",
  signal: "crashed",
  exit: "exited early",
  protocol: "tampered with the test driver",
  lost: "no result (sandbox killed)",
};

/** Scores one finished run: reward = passed / total, reason naming the first failure. */
export function scoreRun(
  result: RunResult,
  tests: CodeTests,
  compare: CompareMode = "prime",
  total = tests.outputs.length,
): Verdict {
  if (!result.compiled) {
    if (result.compileError !== undefined) {
      return verdict(0, `syntax error: ${result.compileError}`);
    }
    return verdict(0, `sandbox failure: ${result.sandboxError ?? "no result"}`);
  }
  let passed = 0;
  const failures = new Map<string, number>();
  let first: string | undefined;
  result.tests.forEach((run, i) => {
    const expected = tests.outputs[i] ?? "";
    let ok = false;
    if (run.status === "ok") {
      ok = tests.fn_name
        ? run.value !== undefined && compareCallValue(run.value, expected)
        : run.stdout !== undefined && compareStdout(run.stdout, expected, compare);
    }
    if (ok) {
      passed++;
      return;
    }
    const what = STATUS_TEXT[run.status];
    failures.set(what, (failures.get(what) ?? 0) + 1);
    first ??= `test ${i + 1}: ${what}${run.detail ? ` (${run.detail})` : ""}`;
  });
  const summary = [...failures].map(([what, count]) => `${count} ${what}`).join(", ");
  const reason =
    passed === total
      ? `passed all ${total} tests`
      : `passed ${passed}/${total} tests; ${summary}; first failure ${first}`;
  return verdict(total === 0 ? 0 : passed / total, reason);
}

/**
 * The "code" task: continuous reward = fraction of tests passed (PRIME / Eurus-2-RL), each
 * program run in the sandbox under a 5 s total budget. The pool is created on the first
 * verify, so importing the package probes nothing.
 */
export function createCodeTask(options: CodeTaskOptions = {}): Task<CodeExample> & {
  /** The pool behind verify (created on first use). */
  runner(): SandboxPool;
} {
  let runner = options.runner;
  const getRunner = () => {
    runner ??= new SandboxPool(
      { ...options.sandbox, limits: { ...options.sandbox?.limits, ...options.limits } },
      options.pool,
    );
    return runner;
  };
  return {
    id: "code",
    domain: "code",
    rewardType: "continuous",
    description: "Python programs run in a sandbox against stdin/stdout or call-based tests",
    schema: CodeExampleSchema,
    prompt(example) {
      return example.prompt.includes("```python") ? example.prompt : example.prompt + INSTRUCTION;
    },
    async verify(response, example) {
      const code = typeof response === "string" ? extractCode(response) : null;
      if (code === null) return verdict(0, "no ```python code block in the response");
      if (code.trim() === "") return verdict(0, "the ```python code block is empty");
      const limit = options.maxTests ?? Number.POSITIVE_INFINITY;
      const tests: CodeTests = {
        inputs: example.tests.inputs.slice(0, limit),
        outputs: example.tests.outputs.slice(0, limit),
        fn_name: example.tests.fn_name ?? null,
      };
      if (tests.inputs.length === 0 || tests.inputs.length !== tests.outputs.length) {
        return verdict(0, "the example has no usable tests");
      }
      const result = await getRunner().run({
        code,
        inputs: tests.inputs,
        fnName: tests.fn_name ?? null,
        primeImports: options.primeImports ?? true,
      });
      return scoreRun(result, tests, options.compare ?? "prime");
    },
    generator,
    runner: getRunner,
  };
}

/** The default code task (bubblewrap sandbox, pool sized to the cores, PRIME rules). */
export const codeTask = createCodeTask();
