import { type Verdict, verdict } from "@prorl/core";
import type { ProgramTests } from "./example.js";
import type { RunResult, TestRun } from "./sandbox/sandbox.js";

/**
 * Test programs (HumanEval's layout): what code runs, and how a finished run is scored.
 * The run itself is the sandbox's program mode (see python-harness.ts).
 */

/**
 * Whether `code` defines `name` at the top level: `def name(`, `async def name(`,
 * `class name`, or `name =` at the start of a line. `name` is a Python identifier.
 */
export function definesName(code: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const end = "(?![\\p{L}\\p{N}_])";
  const definition = new RegExp(
    `^(?:(?:async[ \\t]+)?def[ \\t]+${escaped}[ \\t]*\\(|class[ \\t]+${escaped}${end}|${escaped}[ \\t]*=(?!=))`,
    "mu",
  );
  return definition.test(code);
}

/**
 * HumanEval's completion convention: a solution that does not define the entry point is the
 * body that follows the prompt, so `prefix` (the prompt's code) goes first; one that defines it
 * stands alone. Without an entry point or a prefix the code is taken as it is.
 */
export function programSolution(code: string, tests: ProgramTests): string {
  if (tests.prefix === undefined || tests.entry_point === undefined) return code;
  return definesName(code, tests.entry_point) ? code : tests.prefix + code;
}

const FAILURE_TEXT: Record<TestRun["status"], string> = {
  ok: "passed",
  error: "runtime error",
  memory: "memory limit",
  timeout: "time limit",
  budget: "time limit",
  output: "output limit",
  signal: "crashed",
  exit: "exited early",
  protocol: "tampered with the test driver",
  lost: "no result (sandbox killed)",
};

const SOURCE_CHARS = 200;

/** Line `line` (1-based) of the test program, trimmed and shortened, for a reason. */
function sourceLine(program: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = program.indexOf("\n", start);
    if (next < 0) return "";
    start = next + 1;
  }
  const end = program.indexOf("\n", start);
  const text = program.slice(start, end < 0 ? undefined : end).trim();
  return text.length > SOURCE_CHARS ? `${text.slice(0, SOURCE_CHARS)}...` : text;
}

/** Why a test program failed, naming the failing assert's line from the traceback. */
function describeFailure(run: TestRun, program: string): string {
  const detail = run.detail ?? "";
  if (run.status !== "error") {
    return `${FAILURE_TEXT[run.status]}${detail ? ` (${detail})` : ""}`;
  }
  if (run.line !== undefined) {
    const at = `test line ${run.line}: \`${sourceLine(program, run.line)}\``;
    return run.origin === "solution"
      ? `${detail}, raised in the solution called from ${at}`
      : `${detail || "error"} at ${at}`;
  }
  return run.origin === "solution" ? `the solution failed before the tests ran: ${detail}` : detail;
}

/** Scores a test-program run: 1 when the program ran to its end in time, else 0 and why. */
export function scoreProgramRun(result: RunResult, tests: ProgramTests): Verdict {
  if (!result.compiled) {
    const error = result.compileError;
    if (error === undefined) {
      return verdict(0, `sandbox failure: ${result.sandboxError ?? "no result"}`);
    }
    return error.startsWith("test program: ")
      ? verdict(0, `the example's ${error.replace(": ", " does not compile: ")}`)
      : verdict(0, `syntax error: ${error}`);
  }
  const run = result.tests[0];
  if (run === undefined) return verdict(0, "sandbox failure: no result");
  if (run.status === "ok") return verdict(1, "passed the test program");
  return verdict(0, `failed the test program: ${describeFailure(run, tests.program)}`);
}
