import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TaskRegistry } from "@prorl/core";
import taskCode, { Sandbox, SandboxUnavailableError } from "@prorl/task-code";
import taskMath from "@prorl/task-math";
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

describe("options on a line", () => {
  it("reach the verifier; --task-options defaults apply beneath them; unknown ones are an error record", async () => {
    const math = new TaskRegistry().add(taskMath);
    const item = (options?: unknown) =>
      JSON.stringify({
        task: "math",
        example: { problem: "2+2?", answer: "4" },
        response: "4",
        options,
      });
    expect(await scoreLine(item(), 1, math)).toMatchObject({
      reward: 0,
      reason: "no boxed answer",
    });
    expect(await scoreLine(item({ mode: "lenient" }), 2, math)).toMatchObject({ reward: 1 });
    const lenient = { math: { mode: "lenient" } };
    expect(await scoreLine(item(), 3, math, lenient)).toMatchObject({ reward: 1 });
    expect(await scoreLine(item({ mode: "strict" }), 4, math, lenient)).toMatchObject({
      reward: 0,
    });
    expect(await scoreLine(item({ mode: "lenient", budget: 1 }), 5, math)).toMatchObject({
      reward: 0,
      reason: "error",
      error: 'line 5: unknown option "budget" for task math (known: mode, timeoutMs)',
      options: { mode: "lenient", budget: 1 },
    });
  });
});

describe("a loader on a line", () => {
  const math = new TaskRegistry().add(taskMath).add(taskCode);
  const score = (item: Record<string, unknown>, n = 1) => scoreLine(JSON.stringify(item), n, math);

  it("turns a raw data set row into the example with the task's loader of that name", async () => {
    // A benchmark row {question, answer} (AIME/AMC style) and a MATH row (gold in its solution).
    const qa = { question: "What is 2+2?", answer: 4 };
    expect(
      await score({ task: "math", loader: "qa", example: qa, response: "\\boxed{4}" }),
    ).toMatchObject({
      reward: 1,
      loader: "qa",
      example: qa,
    });
    const row = { problem: "2+3?", solution: "It is $\\boxed{5}$." };
    expect(
      await score({ task: "math", loader: "math", example: row, response: "\\boxed{5}" }),
    ).toMatchObject({ reward: 1 });
    // Without the loader the same row does not fit the task's own layout.
    expect(await score({ task: "math", example: qa, response: "\\boxed{4}" }, 3)).toMatchObject({
      reward: 0,
      error: expect.stringMatching(/^line 3: example does not fit task math: problem: /),
    });
  });

  it("makes an unknown loader, a refused row or a bad loader field an error record naming them", async () => {
    const item = { task: "math", example: { question: "q", answer: "1" }, response: "1" };
    expect(await score({ ...item, loader: "gsm8k" }, 4)).toMatchObject({
      reward: 0,
      reason: "error",
      error: 'line 4: task math has no loader "gsm8k" (it has: deepscaler, math, qa)',
    });
    expect(await score({ ...item, loader: "math" }, 5)).toMatchObject({
      error:
        'line 5: loader "math" of task math rejects the row: problem: Invalid input: expected string, received undefined; solution: Invalid input: expected string, received undefined',
    });
    expect(await score({ ...item, loader: 7 }, 6)).toMatchObject({
      error: 'line 6: "loader" must be a string',
    });
    expect(
      await score({ task: "code", loader: "humaneval", example: { prompt: "x" }, response: "" }, 7),
    ).toMatchObject({
      error: expect.stringMatching(
        /^line 7: loader "humaneval" of task code rejects the row: entry_point: /,
      ),
    });
  });

  it("scores a Eurus-2-RL row and a HumanEval line as they are (where a sandbox works)", async () => {
    try {
      await new Sandbox().info();
    } catch (error) {
      if (error instanceof SandboxUnavailableError) return;
      throw error;
    }
    const eurus = {
      data_source: "codecontests",
      prompt: [{ role: "user", content: "Print the sum of two integers." }],
      ability: "code",
      reward_model: { style: "rule", ground_truth: '{"inputs": ["1 2\\n"], "outputs": ["3\\n"]}' },
    };
    const sum = "```python\na, b = map(int, input().split())\nprint(a + b)\n```";
    expect(
      await score({ task: "code", loader: "prime", example: eurus, response: sum }),
    ).toMatchObject({
      reward: 1,
    });
    const humanEval = {
      task_id: "Fixture/1",
      prompt: "def inc(x):\n",
      canonical_solution: "    return x + 1\n",
      test: "def check(candidate):\n    assert candidate(1) == 2\n",
      entry_point: "inc",
    };
    const completion = "```python\n    return x + 1\n```";
    expect(
      await score({ task: "code", loader: "humaneval", example: humanEval, response: completion }),
    ).toMatchObject({ reward: 1, reason: "passed the test program" });
  });
});

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
