import { afterThink, lastCodeBlock, type Task, type Verdict, verdict } from "@prorl/core";
import { z } from "zod";
import { compareCallValue, compareStdout } from "./compare.js";
import {
  type CodeExample,
  CodeExampleSchema,
  type CompareMode,
  CompareModeSchema,
  type IoTests,
  isProgramTests,
  type ProgramTests,
} from "./example.js";
import { generator } from "./generator.js";
import { CODE_ROW_LOADERS } from "./loaders.js";
import { programSolution, scoreProgramRun } from "./program-tests.js";
import { python } from "./sandbox/language.js";
import type { LimitsInput } from "./sandbox/limits.js";
import { type PoolOptions, SandboxPool } from "./sandbox/pool.js";
import type { RunResult, SandboxOptions, TestRun } from "./sandbox/sandbox.js";

/**
 * What a caller may choose per verification (`prorl-eval score` lines, `run`'s `taskOptions`,
 * the server's `options`). The sandbox, pool and limits are the task's own (`createCodeTask`).
 */
export const CodeOptionsSchema = z.strictObject({
  /**
   * Output comparison for stdin/stdout and call-based tests: "prime" (PRIME's rules),
   * "lenient" (also token-wise) or "livecodebench"; overrides the example's own `compare`.
   */
  compare: CompareModeSchema.optional(),
  /** Score only the first N tests (PRIME's continuous mode scores the first 10). */
  maxTests: z.number().int().min(1).optional(),
  /** Pre-import what PRIME's harness imports (`from math import *` ...); not for test programs. */
  primeImports: z.boolean().optional(),
  /** Wall-clock limit of one stdin or call-based test, ms (LiveCodeBench allows 6000). */
  testTimeoutMs: z.number().int().min(10).max(60_000).optional(),
  /** Wall-clock budget for all tests of a program, and for a whole test program, ms. */
  totalTimeoutMs: z.number().int().min(10).max(600_000).optional(),
});
export type CodeOptions = z.output<typeof CodeOptionsSchema>;

export interface CodeTaskOptions {
  /** The pool that runs programs; built from `sandbox` and `pool` when absent. */
  runner?: SandboxPool;
  sandbox?: SandboxOptions;
  pool?: PoolOptions;
  /** Limits for every program (total budget 5 s and 5 s per test by default). */
  limits?: LimitsInput;
  /** Output comparison where neither the example nor the call chooses one (default "prime"). */
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

/**
 * Scores one finished run of stdin/stdout or call-based tests: reward = passed / total, reason
 * naming the first failure.
 */
export function scoreRun(
  result: RunResult,
  tests: IoTests,
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
        ? run.value !== undefined && compareCallValue(run.value, expected, compare)
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

/** The per-call time limits, as sandbox limits (undefined when the call sets none). */
function callLimits(perCall: CodeOptions | undefined): LimitsInput | undefined {
  const limits: LimitsInput = {};
  if (perCall?.testTimeoutMs !== undefined) limits.testTimeoutMs = perCall.testTimeoutMs;
  if (perCall?.totalTimeoutMs !== undefined) limits.totalTimeoutMs = perCall.totalTimeoutMs;
  return Object.keys(limits).length > 0 ? limits : undefined;
}

/**
 * The "code" task, complete (row loaders for prime, apps, code_contests, humaneval,
 * humaneval_plus, mbpp and livecodebench, the offline generator): continuous reward = fraction
 * of tests passed (PRIME / Eurus-2-RL), each program run in the sandbox under a 5 s total
 * budget; a test program (HumanEval) scores 1 or 0. `compare`, `maxTests` and `primeImports`
 * here are defaults that the example's `compare` and options given to `verify` override. The
 * pool is created on the first verify, so importing the package probes nothing.
 */
export function createCodeTask(options: CodeTaskOptions = {}): Task<CodeExample, CodeOptions> & {
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
    description:
      "Python programs run in a sandbox against stdin/stdout, call-based or assert-style tests",
    schema: CodeExampleSchema,
    optionsSchema: CodeOptionsSchema,
    prompt(example) {
      return example.prompt.includes("```python") ? example.prompt : example.prompt + INSTRUCTION;
    },
    async verify(response, example, perCall) {
      const code = typeof response === "string" ? extractCode(response) : null;
      if (code === null) return verdict(0, "no ```python code block in the response");
      if (code.trim() === "") return verdict(0, "the ```python code block is empty");
      const limits = callLimits(perCall);
      if (isProgramTests(example.tests)) {
        return verifyProgram(getRunner(), code, example.tests, limits);
      }
      const limit = perCall?.maxTests ?? options.maxTests ?? Number.POSITIVE_INFINITY;
      const tests: IoTests = {
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
        primeImports: perCall?.primeImports ?? options.primeImports ?? true,
        ...(limits ? { limits } : {}),
      });
      const compare = perCall?.compare ?? example.tests.compare ?? options.compare ?? "prime";
      return scoreRun(result, tests, compare);
    },
    generator,
    loaders: CODE_ROW_LOADERS,
    runner: getRunner,
  };
}

/**
 * A test program runs as HumanEval runs it: the solution (after the prompt's code when it is a
 * completion), the program, then `check(entry_point)`; nothing pre-imported.
 */
async function verifyProgram(
  runner: SandboxPool,
  code: string,
  tests: ProgramTests,
  limits: LimitsInput | undefined,
): Promise<Verdict> {
  const result = await runner.run({
    code: programSolution(code, tests),
    inputs: [],
    testProgram: tests.program,
    entryPoint: tests.entry_point ?? null,
    primeImports: false,
    ...(limits ? { limits } : {}),
  });
  return scoreProgramRun(result, tests);
}

/** The default code task (bubblewrap sandbox, pool sized to the cores, PRIME rules). */
export const codeTask = createCodeTask();
