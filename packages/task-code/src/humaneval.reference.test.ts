import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { referenceFile } from "@prorl/core/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeExample } from "./example.js";
import { readCodeDataset } from "./loaders.js";
import { SandboxPool } from "./sandbox/pool.js";
import { createCodeTask } from "./task.js";
import { sandboxForTests } from "./test-helpers.js";

/**
 * OpenAI's HumanEval (`../shared/reference/data/humaneval-HumanEval.jsonl.gz` beside the
 * repository, or PRORL_REFERENCE_DIR): every canonical solution scores 1 through the loader and
 * the sandbox, and broken or hostile solutions score 0 with the right reason. Skipped, saying
 * so, where the file or a working sandbox is absent (CI sets PRORL_REQUIRE_REFERENCE).
 */
const file = referenceFile("data/humaneval-HumanEval.jsonl.gz", import.meta.url);
if (!file) {
  console.warn(
    "[task-code] SKIPPED: HumanEval reference tests (data/humaneval-HumanEval.jsonl.gz not found)",
  );
}
const { sandbox, reason } = await sandboxForTests();

interface HumanEvalLine {
  task_id: string;
  prompt: string;
  canonical_solution: string;
  entry_point: string;
}

const fence = (code: string) => `Here is the solution.\n\`\`\`python\n${code}\`\`\`\n`;

describe.skipIf(!file || !sandbox)(`HumanEval, all 164 problems (${reason})`, () => {
  const task = createCodeTask({ runner: new SandboxPool(sandbox ?? {}) });
  const lines: HumanEvalLine[] = file
    ? gunzipSync(readFileSync(file))
        .toString("utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as HumanEvalLine)
    : [];
  let examples: CodeExample[] = [];

  beforeAll(async () => {
    examples = [];
    for await (const example of readCodeDataset(file as string, "humaneval"))
      examples.push(example);
  });

  it("loads every row from the gzipped file", () => {
    expect(examples).toHaveLength(164);
    expect(examples.map((e) => e.task_id)).toEqual(lines.map((l) => l.task_id));
  });

  it("scores every canonical solution 1, as a completion and as a whole function", {
    timeout: 300_000,
  }, async () => {
    const failures: string[] = [];
    await Promise.all(
      lines.map(async (line, i) => {
        const example = examples[i] as CodeExample;
        const completion = await task.verify(fence(line.canonical_solution), example);
        const whole = await task.verify(fence(line.prompt + line.canonical_solution), example);
        if (!completion.correct) failures.push(`${line.task_id} completion: ${completion.reason}`);
        if (!whole.correct) failures.push(`${line.task_id} whole: ${whole.reason}`);
      }),
    );
    expect(failures).toEqual([]);
  });

  describe("broken and hostile solutions of HumanEval/0 score 0 with the reason", () => {
    const example = () => examples[0] as CodeExample;
    let dir = "";
    let server: Server;
    let port = 0;
    let connections = 0;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "prorl-humaneval-"));
      await writeFile(join(dir, "keep.txt"), "precious");
      server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      port = typeof address === "object" && address ? address.port : 0;
    });
    afterAll(async () => {
      server.close();
      await rm(dir, { recursive: true, force: true });
    });

    it("a solution that returns None fails at the first assert", async () => {
      const v = await task.verify(fence("    return None\n"), example());
      expect(v).toMatchObject({ reward: 0, correct: false });
      expect(v.reason).toBe(
        "failed the test program: AssertionError at test line 10: `assert candidate([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3) == True`",
      );
    });

    it("a solution that loops forever hits the time limit", async () => {
      const v = await task.verify(fence("    while True:\n        pass\n"), example());
      expect(v.reward).toBe(0);
      expect(v.reason).toBe(
        "failed the test program: time limit (total time budget of 5000 ms used up)",
      );
    });

    it("a solution that deletes files deletes nothing of the host", async () => {
      const target = join(dir, "keep.txt");
      const code = `    import os, shutil\n    os.remove(${JSON.stringify(target)})\n    return False\n`;
      const v = await task.verify(fence(code), example());
      expect(v.reward).toBe(0);
      expect(v.reason).toMatch(
        /^failed the test program: FileNotFoundError: \[Errno 2\] No such file or directory: '.*keep\.txt', raised in the solution called from test line 10:/,
      );
      const wipe = "    import shutil\n    shutil.rmtree('/usr')\n    return False\n";
      expect((await task.verify(fence(wipe), example())).reason).toMatch(
        /^failed the test program: OSError: \[Errno 30\] Read-only file system: /,
      );
      expect(readFileSync(target, "utf8")).toBe("precious");
      expect(existsSync("/usr/bin")).toBe(true);
    });

    it("a solution that opens a socket reaches nothing", async () => {
      const local = `    import socket\n    socket.create_connection(("127.0.0.1", ${port}), timeout=2)\n    return True\n`;
      expect((await task.verify(fence(local), example())).reason).toMatch(
        /^failed the test program: ConnectionRefusedError: \[Errno 111\] Connection refused, raised in the solution/,
      );
      const outside = `    import socket\n    socket.create_connection(("1.1.1.1", 80), timeout=2)\n    return True\n`;
      expect((await task.verify(fence(outside), example())).reason).toMatch(
        /^failed the test program: OSError: \[Errno 101\] Network is unreachable, raised in the solution/,
      );
      expect(connections).toBe(0);
    });
  });
});
