// prorl-eval as a user runs it: the built CLI in its own process, progress bars on (no -q), so a
// bar left running (its timer keeps Node alive) shows up as a process that never exits.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const built = existsSync(CLI);
if (!built) console.warn(`skipping prorl-eval CLI tests: ${CLI} is not built (run pnpm build)`);
const fixture = resolve(import.meta.dirname, "../test-fixtures/echo-tasks.mjs");

/** A process that has not exited after this long is reported as hung (and killed). */
const HANG_MS = 60_000;

interface Exit {
  code: number | null;
  stderr: string;
  hung: boolean;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  child.stdout?.resume();
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill("SIGKILL");
  }, HANG_MS);
  const done = new Promise<Exit>((ok) =>
    child.on("exit", (code) => {
      clearTimeout(timer);
      ok({ code, stderr, hung });
    }),
  );
  return { child, done };
}

const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "prorl-eval-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `lines` score lines of the echo task; each takes the verifier up to 12 ms. */
async function scoreInput(name: string, lines: number, responseBytes = 20): Promise<string> {
  const path = join(dir, name);
  const line = (i: number) =>
    JSON.stringify({
      task: "demo/exact",
      example: { question: "q", answer: "a" },
      response: `${i} ${"x".repeat(responseBytes)}`,
    });
  await writeFile(path, Array.from({ length: lines }, (_, i) => line(i)).join("\n"));
  return path;
}

describe.skipIf(!built)("prorl-eval CLI exits on failure, bars on", { timeout: 120_000 }, () => {
  it("run against a server that is not there: exit 1 with the reason, no hang", async () => {
    const config = join(dir, "unreachable.yaml");
    await writeFile(
      config,
      [
        "name: unreachable",
        "output: out-unreachable",
        "engine: { type: openai, baseURL: 'http://127.0.0.1:1/v1', model: m, maxRetries: 0 }",
        "sampling: { n: 2, maxTokens: 8 }",
        "benchmarks:",
        "  components:",
        "    - task: logic/basic_arithmetic",
        "      source: { generator: { min_terms: 2, max_terms: 2, min_digits: 1, max_digits: 1 } }",
        "      count: 2",
      ].join("\n"),
    );
    const done = await start(["run", "--config", config]).done;
    expect(done.hung).toBe(false);
    expect(done.code).toBe(1);
    expect(lastLine(done.stderr)).toMatch(
      /^prorl-eval: http:\/\/127\.0\.0\.1:1\/v1: cannot reach the server/,
    );
  });

  it("score -o DIR: exit 1 at once, one line", async () => {
    const input = await scoreInput("to-dir.jsonl", 50);
    await mkdir(join(dir, "a-directory"));
    const done = await start(["score", "-i", input, "-o", join(dir, "a-directory")]).done;
    expect(done.hung).toBe(false);
    expect(done.code).toBe(1);
    expect(done.stderr).toBe(
      `prorl-eval: cannot write ${join(dir, "a-directory")}: it is a directory\n`,
    );
  });

  it("SIGINT during score: exit 130, and neither the output nor its temporary file is left", async () => {
    const input = await scoreInput("slow.jsonl", 4000);
    const out = join(dir, "interrupted");
    await mkdir(out);
    const run = start([
      "score",
      "-i",
      input,
      "-o",
      join(out, "scored.jsonl"),
      "--tasks",
      fixture,
      "--concurrency",
      "1",
    ]);
    // Scoring has begun once the temporary output exists.
    while ((await readdir(out)).length === 0) {
      if (run.child.exitCode !== null) throw new Error("score exited before it began writing");
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));
    run.child.kill("SIGINT");
    const done = await run.done;
    expect(done.hung).toBe(false);
    expect(done.code).toBe(130);
    expect(lastLine(done.stderr)).toBe(
      `prorl-eval: interrupted; ${join(out, "scored.jsonl")} not written`,
    );
    expect(await readdir(out)).toEqual([]);
  });
});

/** A 2 MB tmpfs, where this process may mount one (root on Linux); null otherwise, with why. */
function mountSmallDisk(path: string): string | null {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return "needs root on Linux";
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", path], { stdio: "pipe" });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed (${(error as Error).message.split("\n")[0]})`;
  }
}

describe.skipIf(!built)("prorl-eval score on a full disk", { timeout: 120_000 }, () => {
  let disk: string;
  let unavailable: string | null = "not set up";
  beforeAll(async () => {
    disk = await mkdtemp(join(tmpdir(), "prorl-eval-disk-"));
    unavailable = mountSmallDisk(disk);
    if (unavailable) console.warn(`skipping the full-disk CLI test: ${unavailable}`);
  });
  afterAll(async () => {
    if (!unavailable) execFileSync("umount", [disk]);
    await rm(disk, { recursive: true, force: true });
  });

  for (const quiet of [false, true]) {
    it(`exits 1 with ENOSPC in one line and leaves no temporary file${quiet ? " (-q)" : ""}`, async (context) => {
      if (unavailable) context.skip();
      // About 3 MB of output for a 2 MB disk.
      const input = await scoreInput(`full-${quiet}.jsonl`, 3000, 1000);
      const args = ["score", "-i", input, "-o", join(disk, "scored.jsonl"), "--tasks", fixture];
      const done = await start(quiet ? [...args, "-q"] : args).done;
      expect(done.hung).toBe(false);
      expect(done.code).toBe(1);
      expect(lastLine(done.stderr)).toMatch(
        /^prorl-eval: cannot write .*scored\.jsonl: ENOSPC: no space left on device/,
      );
      expect(await readdir(disk)).toEqual([]);
    });
  }
});
