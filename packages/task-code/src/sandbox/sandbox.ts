import { type ChildProcess, execFile, spawn } from "node:child_process";
import { chown, lstat, mkdtemp, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import which from "which";
import { type Interpreter, LANGUAGES, type Language } from "./language.js";
import { type Limits, type LimitsInput, resolveLimits } from "./limits.js";

const execFileP = promisify(execFile);

/** Raised when no isolation tool works here and the caller did not opt into `unsafe`. */
export class SandboxUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SandboxUnavailableError";
  }
}

/** What happened to one test. Only "ok" carries the program's answer. */
export type TestStatus =
  | "ok" // ran to the end; `stdout` (stdin tests) or `value` (call-based) holds the answer
  | "error" // uncaught exception (detail: its last line)
  | "memory" // MemoryError under the address-space limit
  | "timeout" // over the per-test wall-clock or CPU limit
  | "budget" // not run or cut off because the total budget was used up
  | "output" // stdout or stderr over the output limit
  | "signal" // killed by a signal (segfault, abort, ...)
  | "exit" // exited with a non-zero code (os._exit) or before answering
  | "protocol" // the driver's result channel was tampered with
  | "lost"; // no result came back (sandbox killed at the hard deadline or crashed)

export interface TestRun {
  status: TestStatus;
  /** Wall-clock time of the test inside the sandbox, ms. */
  ms: number;
  /** stdin/stdout tests: what the program printed (at most `outputBytes`). */
  stdout?: string;
  /** Call-based tests: the JSON text of the return value. */
  value?: string;
  detail?: string;
  /** Script mode: what the program wrote on stderr (at most `outputBytes`). */
  stderr?: string;
  /** Script mode: the exit code, or minus the signal that killed the program. */
  exitCode?: number;
  /** Test programs: the last line of the test program the failing traceback went through. */
  line?: number;
  /** Test programs: where the exception was raised (the solution, the test program, elsewhere). */
  origin?: "solution" | "test" | "other";
}

export interface RunResult {
  /** False when the program does not compile (then every test is failed). */
  compiled: boolean;
  compileError?: string;
  /** One entry per input, in order. */
  tests: TestRun[];
  /** Wall-clock time of the whole run, sandbox start included, ms. */
  wallMs: number;
  /** Set when the sandbox itself failed (spawn error, killed at the hard deadline...). */
  sandboxError?: string;
}

export interface RunJob {
  code: string;
  /**
   * One string per test: stdin text, or newline-separated JSON arguments (call-based). Ignored
   * with `testProgram`, which is one test.
   */
  inputs: readonly string[];
  /** Call-based tests name the function (or `Solution` method); absent for stdin/stdout. */
  fnName?: string | null;
  /** Language id, "python" by default. */
  language?: string;
  /** Per-job overrides of the sandbox's limits. */
  limits?: LimitsInput;
  /** Pre-import what PRIME's harness imports before running the program (default true). */
  primeImports?: boolean;
  /**
   * A label ([A-Za-z0-9._-], up to 64 characters) added to the driver's command line, so the
   * run's processes can be found with `ps` (the tests use it to prove nothing outlives a run).
   */
  tag?: string;
  /**
   * Run the program as a plain script (`python file.py`), for one stdin input: its own exit
   * code (`SystemExit`), a traceback and exit code 1 on an uncaught exception, and `stdout`,
   * `stderr` and `exitCode` reported whatever happened. Used by SandboxFusion-style `run_code`.
   */
  script?: boolean;
  /**
   * Script mode: files written into the working directory before the program starts, by
   * relative path (no "..", no absolute paths) with base64 content.
   */
  files?: Readonly<Record<string, string>>;
  /**
   * A test program (HumanEval's `test`, MBPP's asserts) run after `code` in the same namespace,
   * then `check(<entryPoint>)` when `entryPoint` is set: one test, "ok" when everything ends
   * normally within the total budget. No stdin; `fnName` and `script` must not be set.
   */
  testProgram?: string;
  /** With `testProgram`: the function passed to the program's `check` (a Python identifier). */
  entryPoint?: string | null;
}

export interface SandboxOptions {
  /**
   * Run without any OS isolation when no isolation tool works. Only for trusted code on a
   * throw-away machine: the program can read your files and reach the network. Also enabled
   * by the environment variable PRORL_SANDBOX=unsafe.
   */
  unsafe?: boolean;
  /** Path or name of the bubblewrap binary (default: `bwrap` on PATH). */
  bwrap?: string;
  /** The interpreter to prefer (default "python3" on PATH; /usr/bin/python3 is the fallback). */
  python?: string;
  /**
   * When the sandbox is started by root, the user id (and group id) the program runs as.
   * Default 65534 (nobody): the kernel does not enforce RLIMIT_NPROC for root, so a root
   * sandbox would have no process limit. null keeps root (not recommended).
   */
  uid?: number | null;
  /** Default limits for every run. */
  limits?: LimitsInput;
}

/** How the sandbox isolates programs on this machine, found by probing once. */
export interface SandboxInfo {
  isolation: "bwrap" | "none";
  /** bubblewrap binary and version, when used. */
  bwrap?: string;
  bwrapVersion?: string;
  interpreter: Interpreter;
  /** The user id the programs run as on the host. */
  uid: number;
  /** Why an interpreter or the isolation was passed over, for diagnostics. */
  notes: string[];
}

// Read-only view of the system: /usr and the merged-/usr links, plus the few /etc files
// an interpreter uses. Nothing else of the host (no /home, /root, /work, /var, /run, /tmp).
const SYSTEM_DIRS = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
const ETC_FILES = [
  "ld.so.cache",
  "ld.so.conf",
  "ld.so.conf.d",
  "localtime",
  "nsswitch.conf",
  "passwd",
  "group",
  "alternatives",
  "mime.types",
];

const SANDBOX_ENV: Record<string, string> = {
  PATH: "/usr/local/bin:/usr/bin:/bin",
  HOME: "/tmp",
  TMPDIR: "/tmp",
  LANG: "C.UTF-8",
  PYTHONIOENCODING: "utf-8",
  OMP_NUM_THREADS: "1",
  OPENBLAS_NUM_THREADS: "1",
  MKL_NUM_THREADS: "1",
};

interface Resolved {
  info: SandboxInfo;
  /** argv prefix up to and excluding the driver's own argv (empty for unsafe mode). */
  prefix: string[];
}

/**
 * Runs untrusted programs against test inputs in OS isolation (bubblewrap): own user, PID,
 * network, IPC, UTS and cgroup namespaces, a read-only view of /usr, an empty size-capped
 * tmpfs at /tmp as the only writable place, no environment from the parent, resource limits
 * and a hard wall-clock deadline after which the whole sandbox is killed.
 */
export class Sandbox {
  readonly limits: Limits;
  readonly #options: SandboxOptions;
  #resolved?: Promise<Resolved>;

  constructor(options: SandboxOptions = {}) {
    this.#options = options;
    this.limits = resolveLimits(options.limits);
  }

  /** Probes the machine once: which isolation and interpreter will be used. */
  info(): Promise<SandboxInfo> {
    return this.#resolve().then((r) => r.info);
  }

  /** Runs `job.code` once per input; never rejects for anything the program does. */
  async run(job: RunJob): Promise<RunResult> {
    const language = LANGUAGES[job.language ?? "python"];
    if (!language) throw new Error(`unknown language "${job.language}"`);
    if (job.testProgram !== undefined && (job.fnName || job.script)) {
      throw new Error("a test program runs with neither fnName nor script");
    }
    if (job.files) checkFilePaths(job.files);
    const resolved = await this.#resolve();
    const limits = job.limits ? resolveLimits(this.#options.limits, job.limits) : this.limits;
    return execute(resolved, language, job, limits);
  }

  #resolve(): Promise<Resolved> {
    this.#resolved ??= resolveSandbox(this.#options, this.limits);
    return this.#resolved;
  }
}

/** A request's file names stay inside the scratch directory: relative, no "..", no NUL. */
function checkFilePaths(files: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(files)) {
    const parts = name.split("/");
    const bad =
      name === "" ||
      name.startsWith("/") ||
      name.includes("\0") ||
      parts.some((part) => part === ".." || part === "") ||
      name.length > 255;
    if (bad)
      throw new Error(
        `file name ${JSON.stringify(name)} must be a relative path inside the working directory`,
      );
  }
}

function unsafeRequested(options: SandboxOptions): boolean {
  return options.unsafe === true || process.env.PRORL_SANDBOX === "unsafe";
}

function hostUid(options: SandboxOptions): number {
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  if (uid !== 0) return uid;
  return options.uid === null ? 0 : (options.uid ?? 65534);
}

async function resolveSandbox(options: SandboxOptions, limits: Limits): Promise<Resolved> {
  const notes: string[] = [];
  const uid = hostUid(options);
  const candidates = await LANGUAGES.python?.candidates(options.python);
  if (!candidates?.length) {
    throw new SandboxUnavailableError("no python3 interpreter found on this machine");
  }
  let bwrap: string | undefined;
  try {
    bwrap = options.bwrap?.includes("/") ? options.bwrap : await which(options.bwrap ?? "bwrap");
  } catch {
    notes.push("bubblewrap (bwrap) not found on PATH");
  }
  if (bwrap) {
    let version = "unknown";
    try {
      version = (await execFileP(bwrap, ["--version"], { timeout: 10_000 })).stdout.trim();
    } catch (error) {
      notes.push(`${bwrap} --version failed: ${(error as Error).message}`);
    }
    for (const interpreter of candidates) {
      const prefix = await bwrapPrefix(bwrap, interpreter, limits);
      const info: SandboxInfo = {
        isolation: "bwrap",
        bwrap,
        bwrapVersion: version,
        interpreter,
        uid,
        notes,
      };
      const problem = await probe({ info, prefix }, limits);
      if (!problem) return { info, prefix };
      notes.push(`${interpreter.executable} in bubblewrap: ${problem}`);
    }
  }
  if (unsafeRequested(options)) {
    for (const interpreter of candidates) {
      const info: SandboxInfo = { isolation: "none", interpreter, uid, notes };
      const problem = await probe({ info, prefix: [] }, limits);
      if (!problem) {
        notes.push("UNSAFE: running programs without isolation, as requested");
        return { info, prefix: [] };
      }
      notes.push(`${interpreter.executable} without isolation: ${problem}`);
    }
  }
  throw new SandboxUnavailableError(
    `no working sandbox: ${notes.join("; ")}. Install bubblewrap (Debian/Ubuntu: ` +
      "apt-get install bubblewrap) and make sure unprivileged user namespaces are allowed " +
      "(sysctl kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 also " +
      "kernel.apparmor_restrict_unprivileged_userns=0; in Docker run with --privileged or a " +
      "seccomp profile that allows unshare). To run without isolation on a throw-away " +
      "machine, pass { unsafe: true } or set PRORL_SANDBOX=unsafe.",
  );
}

async function bwrapPrefix(bwrap: string, interp: Interpreter, limits: Limits): Promise<string[]> {
  const args = [
    bwrap,
    "--unshare-all",
    "--unshare-user",
    "--disable-userns",
    "--die-with-parent",
    "--new-session",
    "--hostname",
    "sandbox",
  ];
  for (const dir of SYSTEM_DIRS) {
    try {
      const stat = await lstat(dir);
      if (stat.isSymbolicLink()) args.push("--symlink", await readlink(dir), dir);
      else if (stat.isDirectory()) args.push("--ro-bind", dir, dir);
    } catch {
      // absent on this distribution
    }
  }
  for (const file of ETC_FILES) args.push("--ro-bind-try", `/etc/${file}`, `/etc/${file}`);
  for (const dir of interp.binds) args.push("--ro-bind", dir, dir);
  args.push(
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--remount-ro",
    "/dev",
    "--size",
    String(limits.scratchBytes),
    "--tmpfs",
    "/tmp",
    "--remount-ro",
    "/",
    "--chdir",
    "/tmp",
    "--clearenv",
  );
  for (const [key, value] of Object.entries(SANDBOX_ENV)) args.push("--setenv", key, value);
  args.push("--");
  return args;
}

async function probe(resolved: Resolved, limits: Limits): Promise<string | null> {
  const language = LANGUAGES.python as Language;
  const result = await execute(
    resolved,
    language,
    { code: "import sys\nprint(sum(map(int, sys.stdin.read().split())))", inputs: ["40 2"] },
    { ...limits, totalTimeoutMs: 10_000, testTimeoutMs: 10_000, startupGraceMs: 10_000 },
  );
  const test = result.tests[0];
  if (result.compiled && test?.status === "ok" && test.stdout === "42\n") return null;
  return (
    result.sandboxError ??
    result.compileError ??
    `probe program failed (${test?.status}: ${test?.detail ?? ""})`
  );
}

interface DriverLine {
  line?: unknown;
  origin?: unknown;
  compile?: string;
  detail?: unknown;
  test?: unknown;
  status?: unknown;
  ms?: unknown;
  stdout?: unknown;
  value?: unknown;
  done?: unknown;
  stderr?: unknown;
  exit_code?: unknown;
}

const STATUSES = new Set<string>([
  "ok",
  "error",
  "memory",
  "timeout",
  "budget",
  "output",
  "signal",
  "exit",
  "protocol",
]);

async function execute(
  resolved: Resolved,
  language: Language,
  job: RunJob,
  limits: Limits,
): Promise<RunResult> {
  const started = performance.now();
  const { info, prefix } = resolved;
  const pidns = info.isolation === "bwrap";
  const fnName = job.fnName ?? null;
  const inputs = job.testProgram === undefined ? job.inputs : [""];
  const payload = language.encodeJob({
    code: job.code,
    inputs,
    fnName,
    limits,
    pidns,
    primeImports: job.primeImports ?? true,
    interpreter: info.interpreter,
    script: job.script === true,
    ...(job.files ? { files: job.files } : {}),
    ...(job.testProgram === undefined
      ? {}
      : { testProgram: job.testProgram, entryPoint: job.entryPoint ?? null }),
  });
  const tag = job.tag && /^[A-Za-z0-9._-]{1,64}$/.test(job.tag) ? [job.tag] : [];
  const argv = [...prefix, ...language.driverArgv(info.interpreter), ...tag];
  const n = inputs.length;
  const tests: (TestRun | undefined)[] = new Array(n).fill(undefined);
  const result: RunResult = { compiled: false, tests: [], wallMs: 0 };
  let compileSeen = false;

  let scratch: string | undefined;
  const ids = info.uid !== (process.getuid?.() ?? 0) ? { uid: info.uid, gid: info.uid } : {};
  if (!pidns) {
    scratch = await mkdtemp(join(tmpdir(), "prorl-unsafe-"));
    if (ids.uid !== undefined) await chown(scratch, info.uid, info.uid).catch(() => undefined);
  }
  const env = pidns ? {} : { ...SANDBOX_ENV, HOME: scratch as string, TMPDIR: scratch as string };

  // Everything the driver prints is bounded: one line per test, each at most a few output caps.
  const maxStdout = n * (limits.outputBytes * 7 + 8192) + 65_536;
  let stdoutBytes = 0;
  let pending = "";
  let stderr = "";

  const handleLine = (line: string) => {
    if (!line.trim()) return;
    let parsed: DriverLine;
    try {
      parsed = JSON.parse(line) as DriverLine;
    } catch {
      return;
    }
    if (typeof parsed !== "object" || parsed === null) return;
    if (!compileSeen && typeof parsed.compile === "string") {
      compileSeen = true;
      result.compiled = parsed.compile === "ok";
      if (!result.compiled) result.compileError = String(parsed.detail ?? "does not compile");
      return;
    }
    const index = parsed.test;
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= n) return;
    if (tests[index] !== undefined) return;
    const status = typeof parsed.status === "string" && STATUSES.has(parsed.status);
    const run: TestRun = {
      status: status ? (parsed.status as TestStatus) : "protocol",
      ms: typeof parsed.ms === "number" && Number.isFinite(parsed.ms) ? parsed.ms : 0,
    };
    if (typeof parsed.stdout === "string") run.stdout = parsed.stdout;
    if (typeof parsed.value === "string") run.value = parsed.value;
    if (typeof parsed.detail === "string") run.detail = parsed.detail.slice(0, 500);
    if (typeof parsed.stderr === "string") run.stderr = parsed.stderr;
    if (typeof parsed.exit_code === "number" && Number.isInteger(parsed.exit_code)) {
      run.exitCode = parsed.exit_code;
    }
    if (typeof parsed.line === "number" && Number.isInteger(parsed.line) && parsed.line > 0) {
      run.line = parsed.line;
    }
    if (parsed.origin === "solution" || parsed.origin === "test" || parsed.origin === "other") {
      run.origin = parsed.origin;
    }
    tests[index] = run;
  };

  await new Promise<void>((resolveRun) => {
    let child: ChildProcess;
    try {
      child = spawn(argv[0] as string, argv.slice(1), {
        cwd: scratch ?? "/",
        env,
        detached: true,
        stdio: ["pipe", "pipe", "pipe"],
        ...ids,
      });
    } catch (error) {
      result.sandboxError = `cannot start the sandbox: ${(error as Error).message}`;
      resolveRun();
      return;
    }
    let finished = false;
    const killAll = () => {
      // Only while bwrap runs: once it is reaped its process-group id may be reused.
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    };
    const deadline = setTimeout(() => {
      result.sandboxError ??= `killed at the hard deadline (${limits.totalTimeoutMs + limits.startupGraceMs} ms)`;
      killAll();
    }, limits.totalTimeoutMs + limits.startupGraceMs);
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      resolveRun();
    };
    child.on("error", (error) => {
      result.sandboxError ??= `cannot start the sandbox: ${error.message}`;
      finish();
    });
    child.on("close", finish);
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(payload);
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        result.sandboxError ??= "the driver wrote more than its output bound";
        killAll();
        return;
      }
      pending += chunk;
      let from = 0;
      for (let at = pending.indexOf("\n"); at >= 0; at = pending.indexOf("\n", from)) {
        handleLine(pending.slice(from, at));
        from = at + 1;
      }
      pending = pending.slice(from);
    });
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      if (stderr.length < 16_384) stderr += chunk.slice(0, 16_384 - stderr.length);
    });
  });
  if (scratch) await rm(scratch, { recursive: true, force: true }).catch(() => undefined);

  if (!compileSeen) {
    result.sandboxError ??= `the driver ended without a result${stderr ? `: ${lastLines(stderr)}` : ""}`;
  }
  const missing: TestRun =
    compileSeen && !result.compiled
      ? { status: "error", ms: 0, detail: `does not compile: ${result.compileError}` }
      : { status: "lost", ms: 0, detail: result.sandboxError ?? "no result from the driver" };
  result.tests = tests.map((t) => t ?? { ...missing });
  result.wallMs = performance.now() - started;
  return result;
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" | ").slice(0, 1000);
}
