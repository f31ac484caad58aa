import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./program.js";
import { captureOutput } from "./testing/capture-output.js";

const fixture = resolve(import.meta.dirname, "../test-fixtures/echo-tasks.mjs");
const { stdout, stderr } = captureOutput();

const run = (...args: string[]) => main(["node", "prorl-eval", ...args]);

describe("prorl-eval score", () => {
  it("processes a file with good lines, malformed JSON and an unknown task, and exits 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    await writeFile(
      input,
      [
        JSON.stringify({
          task: "demo/exact",
          example: { question: "q", answer: "a" },
          response: "a",
        }),
        "{{{",
        JSON.stringify({ task: "no/such-task", example: {}, response: "a" }),
      ].join("\n"),
    );
    expect(await run("score", "--input", input, "--output", output, "--tasks", fixture)).toBe(0);
    const records = (await readFile(output, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.reward)).toEqual([1, 0, 0]);
    expect(records[1].error).toMatch(/invalid JSON/);
    expect(records[2].error).toMatch(/unknown task "no\/such-task"/);
    const log = stderr.join("");
    expect(log).toMatch(/demo\/exact\s+1\s+1\.000\s+1\s+0/);
    expect(log).toMatch(/3 lines, 2 errors/);
  });

  it("exits non-zero with one line for a missing input file", async () => {
    expect(await run("score", "-i", "/nonexistent/in.jsonl", "-o", "/tmp/x.jsonl", "-q")).toBe(1);
    expect(stderr.join("")).toBe("prorl-eval: /nonexistent/in.jsonl: no such input file\n");
  });

  it("rejects a bad --concurrency and a missing option with one line", async () => {
    expect(await run("score", "-i", "a", "-o", "b", "--concurrency", "0")).not.toBe(0);
    expect(await run("score", "-i", "a")).not.toBe(0);
    for (const message of stderr) expect(message.trim().split("\n")).toHaveLength(1);
  });

  it("exits non-zero when a --tasks package cannot be loaded", async () => {
    expect(await run("tasks", "--tasks", "./no/such/module.mjs")).toBe(1);
    expect(stderr.join("")).toMatch(/cannot load task package "\.\/no\/such\/module\.mjs"/);
  });
});

describe("prorl-eval tasks", () => {
  it("lists built-in and user tasks", async () => {
    expect(await run("tasks", "--tasks", fixture)).toBe(0);
    const listing = stdout.join("");
    expect(listing).toMatch(/^demo\/exact\tlogic\tbinary\techo-tasks$/m);
    expect(listing).toMatch(/^logic\/spell_backward\tlogic\tcontinuous\t@prorl\/task-logic$/m);
  });
});
