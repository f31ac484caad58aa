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
  /** Python: directories `site` adds to sys.path (the driver runs with -S and adds them). */
  sitePath?: string[];
  /** Python: where each name of PRIME's import header comes from (null: import it all). */
  prelude?: Record<string, [string, string | null]> | null;
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
  interpreter: Interpreter;
  /** Run as a plain script (one stdin input): own exit code, stdout and stderr reported. */
  script?: boolean;
  /** Script mode: files written into the working directory first (relative path -> base64). */
  files?: Readonly<Record<string, string>>;
  /** Program mode: the test program run after the solution (one test, under the total budget). */
  testProgram?: string;
  /** Program mode: `check(<entryPoint>)` runs after the test program. */
  entryPoint?: string | null;
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
  "sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, sys.version.split()[0], sys.path]))";

// Where each name that PRIME's import header defines comes from, for the interpreter at hand:
// name -> [module, attribute] ([module, null] for the module itself). Builtins are left out.
const PRELUDE_MODULES = [
  "string",
  "re",
  "datetime",
  "collections",
  "heapq",
  "bisect",
  "copy",
  "math",
  "random",
  "statistics",
  "itertools",
  "functools",
  "operator",
  "io",
  "sys",
  "json",
  "builtins",
  "typing",
];
const PY_PRELUDE = `
import sys, json, builtins
mods = ${JSON.stringify(PRELUDE_MODULES)}
g = {}
exec("".join("from %s import *\\n" % m for m in mods) + "import " + ", ".join(m for m in mods if m != "builtins") + "\\n", g)
out = {}
missing = object()
for name, value in g.items():
    if name == "__builtins__" or getattr(builtins, name, missing) is value:
        continue
    if name in sys.modules and sys.modules[name] is value:
        out[name] = [name, None]
        continue
    for m in reversed(mods):
        if getattr(sys.modules[m], name, missing) is value:
            out[name] = [m, name]
            break
print(json.dumps(out))
`;

async function describePython(command: string): Promise<Interpreter | null> {
  let path: string;
  try {
    path = command.includes("/") ? command : await which(command);
  } catch {
    return null;
  }
  try {
    // Runs the machine's own interpreter outside the sandbox with fixed scripts (no user
    // code): a pyenv shim or a venv symlink resolves here to the real executable.
    const { stdout } = await run(path, ["-I", "-c", PY_INFO], { timeout: 10_000, env: {} });
    const info = JSON.parse(stdout) as [...string[], string[]];
    const executable = await realpath(info[0] as string);
    const binds = new Set<string>();
    for (const dir of [dirname(executable), ...(info.slice(1, 5) as string[])]) {
      if (dir && !isUnder(dir, "/usr")) binds.add(dir);
    }
    // The driver starts with -S (no site: faster); the directories site would have added
    // (site-packages, dist-packages) are appended to sys.path by the driver instead.
    const bare = JSON.parse(
      (
        await run(executable, ["-I", "-S", "-c", "import sys, json; print(json.dumps(sys.path))"], {
          timeout: 10_000,
          env: {},
        })
      ).stdout,
    ) as string[];
    const sitePath = (info[6] as unknown as string[]).filter((p) => p && !bare.includes(p));
    let prelude: Record<string, [string, string | null]> | null = null;
    try {
      prelude = JSON.parse(
        (await run(executable, ["-I", "-S", "-c", PY_PRELUDE], { timeout: 20_000, env: {} }))
          .stdout,
      ) as Record<string, [string, string | null]>;
    } catch {
      prelude = null; // the driver then imports the whole header itself
    }
    return {
      executable,
      binds: [...binds],
      version: `Python ${info[5]}`,
      sitePath,
      prelude,
    };
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
    return [interpreter.executable, "-I", "-S", "-B", "-c", PYTHON_HARNESS];
  },
  encodeJob(job) {
    const { limits } = job;
    return JSON.stringify({
      code: job.code,
      inputs: job.inputs,
      fn_name: job.fnName,
      pidns: job.pidns,
      prime_imports: job.primeImports,
      site_path: job.interpreter.sitePath ?? [],
      prelude: job.primeImports ? (job.interpreter.prelude ?? null) : null,
      script: job.script === true,
      files: job.files ?? {},
      test_program: job.testProgram ?? null,
      entry_point: job.entryPoint ?? null,
      limits: {
        memory: limits.memoryBytes,
        procs: limits.processes,
        files: limits.openFiles,
        fsize: limits.fileSizeBytes,
        output: limits.outputBytes,
        test_ms: limits.testTimeoutMs,
        total_ms: limits.totalTimeoutMs,
        // CPU seconds per process: a stdin test is one process, a call-based worker may
        // answer every test, a test program runs under the total budget.
        cpu:
          Math.ceil(
            (job.fnName === null && job.testProgram === undefined
              ? limits.testTimeoutMs
              : limits.totalTimeoutMs) / 1000,
          ) + 1,
      },
    });
  },
};

export const LANGUAGES: Readonly<Record<string, Language>> = { python };
