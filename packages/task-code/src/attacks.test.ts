import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Verdict } from "@prorl/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreProgramRun } from "./program-tests.js";
import { SandboxPool } from "./sandbox/pool.js";
import type { RunResult } from "./sandbox/sandbox.js";
import { scoreRun } from "./task.js";
import { processesWith, sandboxForTests } from "./test-helpers.js";

/**
 * The attack suite: each program attacks the sandbox and prints the expected answer only if
 * the attack worked, so reward 0 means it failed; afterwards the host is checked for leaks
 * (processes, files, connections, secrets). All attacks run concurrently with short limits.
 */

const { sandbox, reason } = await sandboxForTests({
  limits: {
    testTimeoutMs: 1000,
    totalTimeoutMs: 2000,
    startupGraceMs: 3000,
    memoryBytes: 128 * 1024 * 1024,
    processes: 16,
  },
});

const RUN = `attack${randomBytes(6).toString("hex")}`;
const SECRET = `s3cret-${randomBytes(12).toString("hex")}`;
const SLEEP = `${1000 + randomBytes(2).readUInt16BE(0)}.${randomBytes(2).readUInt16BE(0)}`;
/** Starts `sleep SLEEP` as a double-forked daemon in its own session, then goes on. */
const DAEMON = `import os
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv("/usr/bin/sleep", ["sleep", "${SLEEP}"])
    os._exit(0)
os.wait()
`;

interface Attack {
  name: string;
  code: string;
  expected: string;
  /** The attack also solves the task within limits: reward 1 expected, still no leak. */
  solves?: boolean;
  fnName?: string;
  input?: string;
  /** Runs as a test program (HumanEval's layout) with this `check`, entry point `solve`. */
  program?: string;
}

describe.skipIf(!sandbox)(`attack suite (${reason})`, () => {
  const pool = new SandboxPool(sandbox ?? {}, { concurrency: 4 });
  const results = new Map<string, { run: RunResult; verdict: Verdict }>();
  let hostDir = "";
  let server: Server;
  let port = 0;
  let connections = 0;
  const hostTmpMarker = join(tmpdir(), `prorl-escape-${RUN}`);

  const attacks = (): Attack[] => [
    { name: "infinite loop", code: "while True:\n    pass", expected: "1" },
    {
      name: "fork bomb",
      code: "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass",
      expected: "1",
    },
    {
      name: "memory bomb",
      code: "blocks = []\nwhile True:\n    blocks.append(bytearray(32 * 1024 * 1024))",
      expected: "1",
    },
    {
      name: "write outside the scratch directory",
      code: `import os
hits = []
for path in [${JSON.stringify(join(hostDir, "pwned"))}, "/pwned", "/usr/pwned", "/etc/pwned", "/dev/shm/pwned", "/proc/pwned", ${JSON.stringify(hostTmpMarker)}]:
    try:
        with open(path, "w") as f:
            f.write("x")
        if not path.startswith("/tmp/"):
            hits.append(path)
    except OSError:
        pass
print("pwned" if hits else "safe")`,
      expected: "pwned",
    },
    {
      name: "read the parent's environment and files",
      code: `import os, glob
found = ""
for key, value in os.environ.items():
    if "s3cret" in value:
        found = value
for path in glob.glob("/proc/*/environ") + glob.glob("/proc/*/cmdline") + [${JSON.stringify(join(hostDir, "secret.txt"))}, "/proc/1/root/${join(hostDir, "secret.txt").slice(1)}"]:
    try:
        data = open(path, "rb").read().decode("latin-1")
        if "s3cret" in data:
            found = data[data.index("s3cret"):][:40]
    except OSError:
        pass
print(found)`,
      expected: SECRET,
    },
    {
      name: "connect to a port on loopback",
      code: `import socket
ok = False
for host in ["127.0.0.1", "::1", "10.0.2.2", "172.17.0.1"]:
    try:
        socket.create_connection((host, PORT), timeout=0.3).close()
        ok = True
    except OSError:
        pass
print("connected" if ok else "offline")`,
      expected: "connected",
    },
    {
      name: "double-forked daemon",
      code: `${DAEMON}print("daemon started")`,
      expected: "daemon started",
      solves: true,
    },
    {
      name: "1 GB output flood",
      code: 'import sys\nchunk = "x" * 65536\nfor _ in range(16384):\n    sys.stdout.write(chunk)\nprint("1")',
      expected: "1",
    },
    {
      name: "kill the parent",
      code: `import os, signal
for pid in [os.getppid(), 1, ${process.pid}]:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
print("1")`,
      expected: "1",
    },
    {
      name: "segfault via ctypes",
      code: "import ctypes\nctypes.string_at(0)\nprint(1)",
      expected: "1",
    },
    {
      name: "deep recursion",
      code: "import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1) + 1\nprint(f(0))",
      expected: "1",
    },
    {
      name: "ignore SIGTERM",
      code: "import signal\nfor s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):\n    signal.signal(s, signal.SIG_IGN)\nwhile True:\n    pass",
      expected: "1",
    },
    {
      name: "test program: double-forked daemon, then a correct answer",
      code: `${DAEMON}def solve(x):\n    return x + 1`,
      program: "def check(candidate):\n    assert candidate(1) == 2\n",
      expected: "",
      solves: true,
    },
    {
      name: "test program: exit 0 before the asserts",
      code: "import os\nos._exit(0)",
      program: "def check(candidate):\n    assert candidate(1) == 2\n",
      expected: "",
    },
    {
      name: "test program: fork bomb inside the checked function",
      code: "import os\ndef solve(x):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass",
      program: "def check(candidate):\n    assert candidate(1) == 2\n",
      expected: "",
    },
    {
      name: "call-based test that never returns",
      code: "def solve(x):\n    import time\n    time.sleep(60)\n    return x",
      fnName: "solve",
      input: "1",
      expected: "1",
    },
  ];

  beforeAll(async () => {
    hostDir = await mkdtemp(join(tmpdir(), "prorl-attack-"));
    await chmod(hostDir, 0o777); // only the mount namespace may stand in the way
    await writeFile(join(hostDir, "secret.txt"), SECRET);
    process.env.PRORL_ATTACK_SECRET = SECRET;
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
    await Promise.all(
      attacks().map(async (attack) => {
        if (attack.program !== undefined) {
          const tests = { program: attack.program, entry_point: "solve" };
          const run = await pool.run({
            code: attack.code,
            inputs: [],
            testProgram: tests.program,
            entryPoint: tests.entry_point,
            tag: RUN,
          });
          results.set(attack.name, { run, verdict: scoreProgramRun(run, tests) });
          return;
        }
        const tests = {
          inputs: [attack.input ?? "", attack.input ?? ""],
          outputs: [attack.expected, attack.expected],
          fn_name: attack.fnName ?? null,
        };
        const run = await pool.run({
          code: attack.code.replaceAll("PORT", String(port)),
          inputs: tests.inputs,
          fnName: tests.fn_name,
          tag: RUN,
        });
        results.set(attack.name, { run, verdict: scoreRun(run, tests) });
      }),
    );
  }, 60_000);

  afterAll(async () => {
    delete process.env.PRORL_ATTACK_SECRET;
    server?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  for (const attack of attacks()) {
    it(`${attack.name}: ${attack.solves ? "reward 1 without a leak" : "reward 0"}`, () => {
      const result = results.get(attack.name);
      expect(result, "the attack ran").toBeDefined();
      const { verdict, run } = result as { run: RunResult; verdict: Verdict };
      expect(verdict.reward, `${verdict.reason}`).toBe(attack.solves ? 1 : 0);
      for (const test of run.tests) expect(test.stdout ?? "").not.toContain("s3cret");
      expect(run.wallMs).toBeLessThan(2000 + 3000 + 1000);
    });
  }

  it("attacks fail for the right reasons", () => {
    const status = (name: string) => results.get(name)?.run.tests[0]?.status;
    expect(status("infinite loop")).toBe("timeout");
    expect(status("ignore SIGTERM")).toBe("timeout");
    expect(status("memory bomb")).toBe("memory");
    expect(status("1 GB output flood")).toBe("output");
    expect(status("segfault via ctypes")).toBe("signal");
    expect(status("call-based test that never returns")).toBe("timeout");
    expect(status("test program: exit 0 before the asserts")).toBe("exit");
    expect(status("test program: fork bomb inside the checked function")).toBe("budget");
    expect(results.get("write outside the scratch directory")?.run.tests[0]?.stdout).toBe("safe\n");
    expect(results.get("connect to a port on loopback")?.run.tests[0]?.stdout).toBe("offline\n");
  });

  it("nothing leaked: no process, no file, no connection", async () => {
    expect(await processesWith(RUN)).toEqual([]);
    expect(await processesWith(`sleep ${SLEEP}`)).toEqual([]);
    expect(readdirSync(hostDir).sort()).toEqual(["secret.txt"]);
    expect(existsSync(hostTmpMarker)).toBe(false);
    expect(existsSync("/pwned")).toBe(false);
    expect(connections).toBe(0);
  });
});
