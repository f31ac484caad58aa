import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";
import which from "which";
import type { Limits } from "./limits.js";
import { PYTHON_HARNESS } from "./python-harness.js";

const run = promisify(execFile);

/** An interpreter found on this machine, with the directories it needs inside the sandbox. */
export interface Interpreter {
  /** Absolute path of the real executable (no shims, no symlinks to follow inside). */
  executable: string;
  /** Directories bound read-only into the sandbox at the same path (beyond /usr). */
  binds: string[];
  /** One line, e.g. "Python 3.11.2". */
  version: string;
}

/** One job for the language's driver: the program, the test inputs, and how to call it. */
export interface DriverJob {
  code: string;
  inputs: readonly string[];
  /** Call-based tests: the function (or `Solution` method) to call; null for stdin/stdout. */
  fnName: string | null;
  limits: Limits;
  /** True when the sandbox has its own PID namespace (the driver may then kill(-1)). */
  pidns: boolean;
  /** Python: pre-import the modules PRIME's harness imports (`from math import *` ...). */
  primeImports: boolean;
}

/**
 * A language the sandbox can run. Each language brings a driver program that speaks the
 * JSON-lines protocol described in python-harness.ts; the sandbox, the limits and the
 * comparison of outputs are shared. Python 3 is implemented; JavaScript is the next one.
 */
export interface Language {
  id: string;
  /** Code-fence names that select this language (lowercase). */
  fences: readonly string[];
  /** Interpreters to try, best first (the sandbox keeps the first that passes its probe). */
  candidates(preferred?: string): Promise<Interpreter[]>;
  /** The command line that starts the driver inside the sandbox. */
  driverArgv(interpreter: Interpreter): string[];
  /** What the driver reads on stdin. */
  encodeJob(job: DriverJob): string;
}

const PY_INFO =
  "import sys, os, json; print(json.dumps([os.path.realpath(sys.executable), sys.prefix, " +
  "sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, sys.version.split()[0]]))";

async function describePython(command: string): Promise<Interpreter | null> {
  let path: string;
  try {
    path = command.includes("/") ? command : await which(command);
  } catch {
    return null;
  }
  try {
    // Runs the machine's own interpreter outside the sandbox with a fixed script (no user
    // code): a pyenv shim or a venv symlink resolves here to the real executable.
    const { stdout } = await run(path, ["-I", "-c", PY_INFO], { timeout: 10_000, env: {} });
    const info = JSON.parse(stdout) as string[];
    const executable = await realpath(info[0] as string);
    const binds = new Set<string>();
    for (const dir of [dirname(executable), ...info.slice(1, 5)]) {
      if (dir && !isUnder(dir, "/usr")) binds.add(dir);
    }
    return { executable, binds: [...binds], version: `Python ${info[5]}` };
  } catch {
    return null;
  }
}

function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

export const python: Language = {
  id: "python",
  fences: ["python", "py", "python3"],
  async candidates(preferred = "python3") {
    const found: Interpreter[] = [];
    for (const command of [preferred, "/usr/bin/python3", "/usr/local/bin/python3"]) {
      const interp = await describePython(command);
      if (interp && !found.some((f) => f.executable === interp.executable)) found.push(interp);
    }
    return found;
  },
  driverArgv(interpreter) {
    return [interpreter.executable, "-I", "-B", "-c", PYTHON_HARNESS];
  },
  encodeJob(job) {
    const { limits } = job;
    return JSON.stringify({
      code: job.code,
      inputs: job.inputs,
      fn_name: job.fnName,
      pidns: job.pidns,
      prime_imports: job.primeImports,
      limits: {
        memory: limits.memoryBytes,
        procs: limits.processes,
        files: limits.openFiles,
        fsize: limits.fileSizeBytes,
        output: limits.outputBytes,
        test_ms: limits.testTimeoutMs,
        total_ms: limits.totalTimeoutMs,
        // CPU seconds per process: a stdin test is one process, a call-based worker may
        // answer every test.
        cpu:
          Math.ceil((job.fnName === null ? limits.testTimeoutMs : limits.totalTimeoutMs) / 1000) +
          1,
      },
    });
  },
};

export const LANGUAGES: Readonly<Record<string, Language>> = { python };
