import { describe, expect, it } from "vitest";
import { processesWith, sandboxForTests } from "../test-helpers.js";
import { resolveLimits } from "./limits.js";
import { Sandbox, SandboxUnavailableError } from "./sandbox.js";

const { sandbox, reason } = await sandboxForTests({
  limits: { testTimeoutMs: 1500, totalTimeoutMs: 4000, memoryBytes: 256 * 1024 * 1024 },
});

describe("limits", () => {
  it("defaults to the issue's limits", () => {
    const limits = resolveLimits();
    expect(limits.memoryBytes).toBe(1024 ** 3);
    expect(limits.outputBytes).toBe(1024 ** 2);
    expect(limits.totalTimeoutMs).toBe(5000);
  });
});

describe("without isolation", () => {
  it("refuses to run when no isolation tool works, unless unsafe is asked for", async () => {
    const broken = new Sandbox({ bwrap: "/nonexistent/bwrap" });
    await expect(broken.info()).rejects.toBeInstanceOf(SandboxUnavailableError);
    await expect(broken.run({ code: "print(1)", inputs: [""] })).rejects.toThrow(/unsafe/);
  });

  it("runs without isolation only with the explicit unsafe option", async () => {
    const unsafe = new Sandbox({ bwrap: "/nonexistent/bwrap", unsafe: true });
    expect((await unsafe.info()).isolation).toBe("none");
    const result = await unsafe.run({ code: "print(int(input()) * 2)", inputs: ["21"] });
    expect(result.tests[0]).toMatchObject({ status: "ok", stdout: "42\n" });
  });
});

describe.skipIf(!sandbox)(`bubblewrap sandbox (${reason})`, () => {
  const sb = sandbox as Sandbox;

  it("reports how it isolates", async () => {
    const info = await sb.info();
    expect(info.isolation).toBe("bwrap");
    if (process.getuid?.() === 0) expect(info.uid).toBe(65534);
  });

  it("runs stdin/stdout tests, one result per input, in order", async () => {
    const code = "a, b = map(int, input().split())\nprint(a + b)";
    const result = await sb.run({ code, inputs: ["1 2", "10 -3\n", "x y"] });
    expect(result.compiled).toBe(true);
    expect(result.tests.map((t) => t.status)).toEqual(["ok", "ok", "error"]);
    expect(result.tests[0]?.stdout).toBe("3\n");
    expect(result.tests[1]?.stdout).toBe("7\n");
    expect(result.tests[2]?.detail).toMatch(/ValueError/);
  });

  it("runs call-based tests: functions, class Solution, PRIME's imports", async () => {
    const fn = await sb.run({
      code: "def f(xs, k):\n    return [x * k for x in xs], len(deque(xs))",
      fnName: "f",
      inputs: ["[1, 2]\n3", "[]\n0"],
    });
    expect(fn.tests.map((t) => t.value)).toEqual(["[[3, 6], 2]", "[[], 0]"]);
    const cls = await sb.run({
      code: "class Solution:\n    def __init__(self):\n        self.calls = 0\n    def g(self, s):\n        self.calls += 1\n        return s[::-1] + str(self.calls)",
      fnName: "g",
      inputs: ['"abc"', '"xy"'],
    });
    // One Solution instance answers every test, as in PRIME.
    expect(cls.tests.map((t) => t.value)).toEqual(['"cba1"', '"yx2"']);
  });

  it("binds PRIME's header names the program uses, and none without primeImports", async () => {
    const code =
      "print(gcd(12, 18), bisect_left([1, 3], 2), reduce(add, accumulate([1, 2])), Counter('aab')['a'], inf > 1, ascii_lowercase[:3], math.isqrt(17), List is typing.List, sqrt(4), pow(2, 3, 5))";
    const result = await sb.run({ code, inputs: [""] });
    expect(result.tests[0]).toMatchObject({
      status: "ok",
      stdout: "6 1 4 2 True abc 4 True 2.0 3\n",
    });
    const bare = await sb.run({ code, inputs: [""], primeImports: false });
    expect(bare.tests[0]?.detail).toMatch(/NameError: name 'gcd'/);
  });

  it("reports a syntax error without running anything", async () => {
    const result = await sb.run({ code: "def f(:\n  pass", inputs: ["", ""] });
    expect(result.compiled).toBe(false);
    expect(result.compileError).toMatch(/SyntaxError/);
    expect(result.tests.every((t) => t.status === "error")).toBe(true);
  });

  it("kills a test at the per-test limit and goes on with the next", async () => {
    const code = "def f(x):\n    while x == 1:\n        pass\n    return x * 2";
    const result = await sb.run({
      code,
      fnName: "f",
      inputs: ["0", "1", "2"],
      limits: { testTimeoutMs: 1000, totalTimeoutMs: 4000 },
    });
    expect(result.tests.map((t) => t.status)).toEqual(["ok", "timeout", "ok"]);
    expect(result.tests[2]?.value).toBe("4");
  });

  it("stops at the total budget and fails the tests it could not run", async () => {
    const code = "import time\ntime.sleep(0.2)\nprint(1)";
    const result = await sb.run({
      code,
      inputs: ["", "", "", "", "", "", "", "", "", ""],
      limits: { testTimeoutMs: 1000, totalTimeoutMs: 1000 },
    });
    const statuses = result.tests.map((t) => t.status);
    expect(statuses[0]).toBe("ok");
    expect(statuses[9]).toBe("budget");
    expect(statuses.every((s) => s === "ok" || s === "budget")).toBe(true);
    // Once the budget is used up, no later test runs.
    expect(statuses.indexOf("budget")).toBeGreaterThan(0);
    expect(statuses.slice(statuses.indexOf("budget")).every((s) => s === "budget")).toBe(true);
  });

  it("captures output written by threads, large inputs, PRIME's bare stdin/stdout, sys.exit", async () => {
    const threaded = await sb.run({
      code: "import threading, sys\nthreading.stack_size(1 << 26)\ndef main():\n    print(sum(map(int, sys.stdin.read().split())))\nt = threading.Thread(target=main)\nt.start()",
      inputs: [`${"1 ".repeat(1_000_000)}\n`],
    });
    expect(threaded.tests[0]).toMatchObject({ status: "ok", stdout: "1000000\n" });
    const bare = await sb.run({
      code: "stdout.write(str(sum(map(int, stdin.read().split()))) + chr(10))",
      inputs: ["1 2 3"],
    });
    expect(bare.tests[0]).toMatchObject({ status: "ok", stdout: "6\n" });
    const exits = await sb.run({ code: "print('a')\nimport sys\nsys.exit(3)", inputs: [""] });
    expect(exits.tests[0]).toMatchObject({ status: "ok", stdout: "a\n" });
  });

  it("gives the program an empty environment and a private writable /tmp", async () => {
    const code =
      "import os\nopen('/tmp/f', 'w').write('x')\nprint(sorted(os.environ), os.getcwd(), sorted(os.listdir('/tmp')))";
    const result = await sb.run({ code, inputs: [""] });
    expect(result.tests[0]?.stdout).toBe(
      "['HOME', 'LANG', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'PATH', 'PWD', 'PYTHONIOENCODING', 'TMPDIR'] /tmp ['f']\n",
    );
  });

  it("enforces the process, open-file and file-size limits", async () => {
    const code = `import os, time, errno
forks = 0
try:
    for _ in range(100):
        if os.fork() == 0:
            time.sleep(5)
            os._exit(0)
        forks += 1
except OSError as e:
    fork_error = errno.errorcode[e.errno]
files = []
try:
    for i in range(200):
        files.append(open("/tmp/f%d" % i, "w"))
except OSError as e:
    file_error = errno.errorcode[e.errno]
for f in files:
    f.close()
try:
    with open("/tmp/big", "wb") as f:
        f.write(b"x" * (2 * 1024 * 1024))
    size_error = "none"
except OSError as e:
    size_error = errno.errorcode[e.errno]
print(forks, fork_error, len(files), file_error, size_error)`;
    const result = await sb.run({
      code,
      inputs: [""],
      limits: { processes: 8, openFiles: 32, fileSizeBytes: 1024 * 1024 },
    });
    const [forks, forkError, files, fileError, sizeError] = (result.tests[0]?.stdout ?? "").split(
      " ",
    );
    expect(Number(forks)).toBeGreaterThan(0);
    expect(Number(forks)).toBeLessThan(8);
    expect(forkError).toBe("EAGAIN");
    expect(Number(files)).toBeLessThan(32);
    expect(fileError).toBe("EMFILE");
    expect(sizeError?.trim()).toBe("EFBIG");
  });

  it("bounds the memory of all the program's processes together", async () => {
    const code = `import os, time
for _ in range(4):
    if os.fork() == 0:
        block = bytearray(48 * 1024 * 1024)
        time.sleep(3)
        os._exit(0)
time.sleep(3)
print("survived")`;
    const result = await sb.run({
      code,
      inputs: [""],
      limits: { memoryBytes: 128 * 1024 * 1024, testTimeoutMs: 4000, totalTimeoutMs: 5000 },
    });
    expect(result.tests[0]?.status).toBe("memory");
    expect(result.tests[0]?.detail).toMatch(/together/);
  });

  it("kills the whole sandbox at the hard deadline and leaves nothing behind", async () => {
    const tag = `deadline${process.pid}x${Date.now()}`;
    const result = await sb.run({
      code: "import time\nwhile True:\n    time.sleep(0.01)",
      inputs: ["", ""],
      tag,
      limits: { testTimeoutMs: 60_000, totalTimeoutMs: 300, startupGraceMs: 0 },
    });
    expect(result.sandboxError ?? "").toMatch(/hard deadline/);
    expect(result.tests.every((t) => t.status === "lost" || t.status === "budget")).toBe(true);
    let left = await processesWith(tag);
    for (let i = 0; i < 20 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = await processesWith(tag);
    }
    expect(left).toEqual([]);
  });

  it("fails a test whose output exceeds the limit", async () => {
    const result = await sb.run({
      code: "print('x' * 5000)",
      inputs: [""],
      limits: { outputBytes: 4096 },
    });
    expect(result.tests[0]).toMatchObject({ status: "output" });
  });

  describe("script mode (SandboxFusion's run_code)", () => {
    it("reports stdout, stderr and the program's own exit code", async () => {
      const result = await sb.run({
        code: "import sys\nprint(input()[::-1])\nprint('warn', file=sys.stderr)\nsys.exit(3)",
        inputs: ["abc"],
        script: true,
      });
      expect(result.tests[0]).toMatchObject({
        status: "exit",
        stdout: "cba\n",
        stderr: "warn\n",
        exitCode: 3,
      });
    });

    it("prints the traceback and exits 1 on an uncaught exception, keeping earlier output", async () => {
      const result = await sb.run({ code: "print('before')\n1/0", inputs: [""], script: true });
      const run = result.tests[0];
      expect(run).toMatchObject({ status: "exit", stdout: "before\n", exitCode: 1 });
      expect(run?.stderr).toMatch(/Traceback[\s\S]*ZeroDivisionError: division by zero\n$/);
    });

    it("runs as __main__ without PRIME's imports, exit code 0 on success", async () => {
      const code = "if __name__ == '__main__':\n    print('main', 'sqrt' in globals())";
      const result = await sb.run({ code, inputs: [""], script: true, primeImports: false });
      expect(result.tests[0]).toMatchObject({ status: "ok", stdout: "main False\n", exitCode: 0 });
    });

    it("writes the request's files into the working directory first", async () => {
      const files = { "data/in.txt": Buffer.from("hello file").toString("base64") };
      const code = "print(open('data/in.txt').read().upper())";
      const result = await sb.run({ code, inputs: [""], script: true, files });
      expect(result.tests[0]).toMatchObject({ status: "ok", stdout: "HELLO FILE\n" });
    });

    it("refuses file names that leave the working directory", async () => {
      for (const name of ["../x", "/etc/x", "a/../../x", ""]) {
        await expect(
          sb.run({ code: "pass", inputs: [""], script: true, files: { [name]: "" } }),
        ).rejects.toThrow(/relative path inside the working directory/);
      }
    });

    it("reports a time limit with what was printed before it", async () => {
      const result = await sb.run({
        code: "import time\nprint('start', flush=True)\ntime.sleep(10)",
        inputs: [""],
        script: true,
        limits: { testTimeoutMs: 300, totalTimeoutMs: 300 },
      });
      expect(result.tests[0]?.status).toMatch(/^(timeout|budget)$/);
      expect(result.tests[0]?.stdout).toBe("start\n");
    });
  });
});
