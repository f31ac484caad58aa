/**
 * SandboxFusion's `POST /run_code` on prorl's bubblewrap sandbox. The request and response
 * follow SandboxFusion's models (bytedance/SandboxFusion, sandbox/server/sandbox_api.py:
 * RunCodeRequest, RunCodeResponse, parse_run_status; sandbox/runners/types.py:
 * CommandRunResult), so verl's client (verl/utils/reward_score/sandbox_fusion/utils.py) works
 * against this server unchanged. Python only: other languages answer SandboxError.
 */
import { errorMessage } from "@prorl/core";
import type { LimitsInput, RunResult, SandboxPool, TestRun } from "@prorl/task-code";
import { z } from "zod";

/** SandboxFusion's RunCodeRequest (unknown keys are ignored, as pydantic does). */
export const RunCodeRequestSchema = z.object({
  code: z.string(),
  language: z.string(),
  stdin: z.string().nullish(),
  compile_timeout: z.number().positive().default(10),
  run_timeout: z.number().positive().default(10),
  memory_limit_MB: z.number().int().default(-1),
  files: z.record(z.string(), z.string().nullable()).default({}),
  fetch_files: z.array(z.string()).default([]),
});
export type RunCodeRequest = z.output<typeof RunCodeRequestSchema>;

/** SandboxFusion's CommandRunResult: `Error` means the sandbox failed, not the program. */
export interface CommandRunResult {
  status: "Finished" | "Error" | "TimeLimitExceeded";
  execution_time: number | null;
  return_code: number | null;
  stdout: string | null;
  stderr: string | null;
}

/** SandboxFusion's RunCodeResponse. */
export interface RunCodeResponse {
  status: "Success" | "Failed" | "SandboxError";
  message: string;
  compile_result: CommandRunResult | null;
  run_result: CommandRunResult | null;
  executor_pod_name: string | null;
  files: Record<string, string>;
}

export interface RunCodeLimits {
  /** Longest `run_timeout` honoured, seconds. */
  maxRunTimeoutSeconds: number;
  /** Memory when the request asks for none (`memory_limit_MB <= 0`), MiB. */
  defaultMemoryMB: number;
  /** Largest `memory_limit_MB` honoured. */
  maxMemoryMB: number;
}

export const DEFAULT_RUN_CODE_LIMITS: RunCodeLimits = {
  maxRunTimeoutSeconds: 60,
  defaultMemoryMB: 1024,
  maxMemoryMB: 8192,
};

const MIN_MEMORY_MB = 64;

/** Runs one request; never rejects (a sandbox failure is a SandboxError reply). */
export async function runCode(
  request: RunCodeRequest,
  pool: SandboxPool,
  limits: RunCodeLimits = DEFAULT_RUN_CODE_LIMITS,
): Promise<RunCodeResponse> {
  if (request.language !== "python") {
    return sandboxError(`language "${request.language}" is not supported here (python only)`);
  }
  if (request.fetch_files.length > 0) return sandboxError("fetch_files is not supported here");
  const files = Object.fromEntries(
    Object.entries(request.files).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !entry[0].includes("IGNORE_THIS_FILE"),
    ),
  );
  let result: RunResult;
  try {
    result = await pool.run({
      code: request.code,
      inputs: [request.stdin ?? ""],
      script: true,
      primeImports: false,
      files,
      limits: jobLimits(request, limits),
    });
  } catch (error) {
    return sandboxError(errorMessage(error));
  }
  return responseOf(result);
}

function jobLimits(request: RunCodeRequest, limits: RunCodeLimits): LimitsInput {
  const runMs = Math.round(Math.min(request.run_timeout, limits.maxRunTimeoutSeconds) * 1000);
  const memoryMB =
    request.memory_limit_MB > 0
      ? Math.min(Math.max(request.memory_limit_MB, MIN_MEMORY_MB), limits.maxMemoryMB)
      : limits.defaultMemoryMB;
  return {
    testTimeoutMs: Math.max(10, runMs),
    totalTimeoutMs: Math.max(10, runMs),
    memoryBytes: memoryMB * 1024 * 1024,
  };
}

/** SandboxFusion's parse_run_status: a TLE or a non-zero exit is Failed, else Success. */
function responseOf(result: RunResult): RunCodeResponse {
  if (result.compileError !== undefined) {
    // `python file.py` reports a syntax error on stderr and exits 1.
    return reply(finished(1, "", `${result.compileError}\n`, 0));
  }
  const run = result.tests[0];
  if (!result.compiled || run === undefined) {
    return sandboxError(result.sandboxError ?? "no result from the sandbox");
  }
  const seconds = run.ms / 1000;
  switch (run.status) {
    case "ok":
    case "exit":
    case "signal":
      return reply(finished(run.exitCode ?? 1, run.stdout ?? "", run.stderr ?? "", seconds));
    case "timeout":
    case "budget":
      return reply({
        status: "TimeLimitExceeded",
        execution_time: seconds,
        return_code: null,
        stdout: run.stdout ?? "",
        stderr: run.stderr ?? "",
      });
    case "memory":
    case "output":
      // Killed by the sandbox (SIGKILL), as the kernel's OOM killer would.
      return reply(finished(-9, run.stdout ?? "", withNote(run), seconds));
    default:
      return sandboxError(`the sandbox lost the run (${run.status}: ${run.detail ?? ""})`);
  }
}

function withNote(run: TestRun): string {
  return `${run.stderr ?? ""}prorl sandbox: killed: ${run.detail ?? run.status}\n`;
}

function finished(code: number, stdout: string, stderr: string, seconds: number): CommandRunResult {
  return { status: "Finished", execution_time: seconds, return_code: code, stdout, stderr };
}

function reply(run: CommandRunResult): RunCodeResponse {
  const failed = run.status === "TimeLimitExceeded" || run.return_code !== 0;
  return {
    status: failed ? "Failed" : "Success",
    message: "",
    compile_result: null,
    run_result: run,
    executor_pod_name: null,
    files: {},
  };
}

function sandboxError(message: string): RunCodeResponse {
  return {
    status: "SandboxError",
    message,
    compile_result: null,
    run_result: null,
    executor_pod_name: null,
    files: {},
  };
}
