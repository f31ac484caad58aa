import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TaskRegistry } from "@prorl/core";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreFile, scoreLine } from "./score.js";
import { echoRegistry, ECHO_TASKS as fixture } from "./testing/echo-registry.js";

let registry: TaskRegistry;
let dir: string;

beforeAll(async () => {
  registry = await echoRegistry();
  dir = await mkdtemp(join(tmpdir(), "prorl-score-"));
});

const line = (response: string, answer = "42") =>
  JSON.stringify({ task: "demo/exact", example: { question: "6*7?", answer }, response });

async function readJsonl(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, "utf8");
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe("scoreFile", () => {
  it("scores good lines and turns malformed JSON, unknown tasks and bad examples into error records", async () => {
    const input = join(dir, "mixed.jsonl");
    const output = join(dir, "mixed.out.jsonl");
    await writeFile(
      input,
      [
        line("42"),
        "{not json",
        JSON.stringify({ task: "nope/unknown", example: {}, response: "x" }),
        JSON.stringify({ task: "demo/exact", example: { question: 1 }, response: "x" }),
        JSON.stringify({ task: "demo/exact", example: { question: "q", answer: "a" } }),
        "",
        "[1, 2]",
        line("41"),
        JSON.stringify({ task: "demo/broken", example: {}, response: "x" }),
      ].join("\r\n"),
    );
    const summary = await scoreFile({ input, output, registry, concurrency: 3 });
    const records = await readJsonl(output);
    expect(records).toHaveLength(8);
    expect(records[0]).toMatchObject({
      task: "demo/exact",
      response: "42",
      reward: 1,
      correct: true,
      reason: "match",
    });
    expect(records[1]).toMatchObject({ line: 2, reward: 0, correct: false });
    expect(records[1]?.error).toMatch(/^line 2: invalid JSON/);
    expect(records[2]?.error).toBe('line 3: unknown task "nope/unknown"');
    expect(records[2]).toMatchObject({ task: "nope/unknown", reward: 0, correct: false });
    expect(records[3]?.error).toMatch(/^line 4: example does not fit task demo\/exact: question: /);
    expect(records[4]?.error).toBe('line 5: "response" must be a string');
    expect(records[5]?.error).toBe("line 7: expected a JSON object");
    expect(records[6]).toMatchObject({
      response: "41",
      reward: 0,
      correct: false,
      reason: "mismatch",
    });
    expect(records[6]?.error).toBeUndefined();
    expect(records[7]).toMatchObject({ task: "demo/broken", reward: 0, correct: false });
    expect(records[7]?.reason).toMatch(/verifier of demo\/broken failed: verifier bug/);
    expect(summary.lines).toBe(8);
    expect(summary.errors).toBe(5);
    expect(summary.tasks.get("demo/exact")).toEqual({
      count: 2,
      rewardSum: 1,
      correct: 1,
      errors: 0,
    });
  });

  it("keeps input order when verifications finish out of order", async () => {
    const input = join(dir, "order.jsonl");
    const output = join(dir, "order.out.jsonl");
    const responses = Array.from(
      { length: 300 },
      (_, i) => `${i % 50 === 0 ? "42" : "x".repeat(i % 17)}#${i}`,
    );
    await writeFile(input, responses.map((r) => line(r)).join("\n"));
    await scoreFile({ input, output, registry, concurrency: 8 });
    const records = await readJsonl(output);
    expect(records.map((r) => r.response)).toEqual(responses);
  });

  it("fails with a one-line reason for a missing input and leaves no output behind", async () => {
    const output = join(dir, "never.jsonl");
    await expect(
      scoreFile({ input: join(dir, "missing.jsonl"), output, registry }),
    ).rejects.toThrow(/missing\.jsonl: no such input file/);
    await expect(
      scoreFile({ input: fixture, output: join(dir, "no/such/dir/out.jsonl"), registry }),
    ).rejects.toThrow(/cannot write .*out\.jsonl: its directory does not exist/);
    expect((await readdir(dir)).filter((f) => f.includes("never") || f.endsWith(".tmp"))).toEqual(
      [],
    );
  });
});

describe("scoreLine", () => {
  it("never throws on hostile lines", async () => {
    const hostile = [
      "null",
      "0",
      '"str"',
      "{}",
      '{"task": {}}',
      "x".repeat(100_000),
      '{"task":"demo/exact","example":null,"response":""}',
    ];
    for (const [i, text] of hostile.entries()) {
      const record = await scoreLine(text, i + 1, registry);
      expect(record).toMatchObject({ reward: 0, correct: false });
      expect(typeof record.error).toBe("string");
    }
  });
});
