import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyReadStats } from "@prorl/core";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeExample, IoTests } from "./example.js";
import { readCodeDataset } from "./loaders.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "prorl-code-loaders-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function collect(gen: AsyncGenerator<CodeExample>): Promise<CodeExample[]> {
  const out: CodeExample[] = [];
  for await (const example of gen) out.push(example);
  return out;
}

const jsonl = (rows: unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;

const primeStdin = {
  data_source: "taco",
  ability: "code",
  prompt: [
    { role: "system", content: "You are a coder." },
    { role: "user", content: "Print a+b.\n\nPresent the code in ```python\nYour code\n```" },
  ],
  reward_model: {
    style: "rule",
    ground_truth: JSON.stringify({ inputs: ["1 2\n", "3 4\n"], outputs: ["3\n", "7\n"] }),
  },
  extra_info: { index: 0, split: "dummy" },
};
const primeCall = {
  data_source: "apps",
  ability: "code",
  prompt: [{ role: "user", content: "def add(a, b)" }],
  reward_model: {
    ground_truth: JSON.stringify({
      fn_name: "add",
      inputs: ["1\n2", "[1]\n[2]"],
      outputs: ["3", "[1, 2]"],
    }),
  },
};

describe("Eurus-2-RL / PRIME rows", () => {
  it("reads JSONL: the user message as prompt, ground truth as tests", async () => {
    const path = join(dir, "prime.jsonl");
    await writeFile(path, jsonl([primeStdin, primeCall]));
    const [a, b] = await collect(readCodeDataset(path, "prime"));
    expect(a).toEqual({
      prompt: "Print a+b.\n\nPresent the code in ```python\nYour code\n```",
      tests: { inputs: ["1 2\n", "3 4\n"], outputs: ["3\n", "7\n"] },
      data_source: "taco",
    });
    expect(b?.tests).toEqual({
      inputs: ["1\n2", "[1]\n[2]"],
      outputs: ["3", "[1, 2]"],
      fn_name: "add",
    });
  });

  it("reads Parquet with nested columns", async () => {
    const path = join(dir, "prime.parquet");
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "data_source", data: ["taco", "apps"], type: "STRING" },
        { name: "ability", data: ["code", "code"], type: "STRING" },
        { name: "prompt", data: [primeStdin.prompt, primeCall.prompt], type: "JSON" },
        {
          name: "reward_model",
          data: [primeStdin.reward_model, primeCall.reward_model],
          type: "JSON",
        },
      ],
    });
    await writeFile(path, new Uint8Array(buffer));
    const rows = await collect(readCodeDataset(path, "prime"));
    const tests = rows.map((r) => r.tests as IoTests);
    expect(tests.map((t) => t.fn_name ?? null)).toEqual([null, "add"]);
    expect(tests[0]?.outputs).toEqual(["3\n", "7\n"]);
  });

  it("skips (and counts) rows that are not code or have broken ground truth", async () => {
    const path = join(dir, "prime-bad.jsonl");
    const bad = [
      { ...primeStdin, ability: "math" },
      { ...primeStdin, reward_model: { ground_truth: "{not json" } },
      {
        ...primeStdin,
        reward_model: { ground_truth: JSON.stringify({ inputs: ["1"], outputs: [] }) },
      },
      primeStdin,
    ];
    await writeFile(path, jsonl(bad));
    const stats = emptyReadStats();
    const rows = await collect(readCodeDataset(path, "prime", { onInvalid: "skip", stats }));
    expect(rows).toHaveLength(1);
    expect(stats).toMatchObject({ rows: 4, valid: 1, skipped: 3 });
    expect(stats.problems.map((p) => p.line)).toEqual([1, 2, 3]);
    await expect(collect(readCodeDataset(path, "prime"))).rejects.toThrow(/prime-bad.jsonl:1/);
  });
});

describe("APPS / TACO and CodeContests rows", () => {
  it("turns APPS input_output into PRIME-style tests (call-based args as JSON lines)", async () => {
    const path = join(dir, "apps.parquet");
    const stdinRow = JSON.stringify({
      inputs: [["1 2", "3"], "5\n"],
      outputs: [["3", "3"], "5\n"],
    });
    const callRow = JSON.stringify({
      fn_name: "f",
      inputs: [
        [1, "a"],
        [[2, 3], { k: 1 }],
      ],
      outputs: [[4], ["x"]],
    });
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "question", data: ["Sum.", "Call f."], type: "STRING" },
        { name: "input_output", data: [stdinRow, callRow], type: "STRING" },
        { name: "starter_code", data: ["", "def f(a, b):\n    "], type: "STRING" },
      ],
    });
    await writeFile(path, new Uint8Array(buffer));
    const [stdin, call] = await collect(readCodeDataset(path, "apps"));
    expect(stdin?.tests).toEqual({ inputs: ["1 2\n3", "5\n"], outputs: ["3\n3", "5\n"] });
    expect(stdin?.prompt).toBe("Sum.");
    expect(call?.tests).toEqual({
      inputs: ['1\n"a"', '[2,3]\n{"k":1}'],
      outputs: ["[4]", '["x"]'],
      fn_name: "f",
    });
    expect(call?.prompt).toMatch(/starter code:\n```python\ndef f\(a, b\):\n```/);
  });

  it("joins CodeContests' public, private and generated tests", async () => {
    const path = join(dir, "cc.jsonl");
    await writeFile(
      path,
      jsonl([
        {
          description: "Echo.",
          public_tests: { input: ["1\n"], output: ["1\n"] },
          private_tests: { input: ["2\n"], output: ["2\n"] },
          generated_tests: null,
        },
      ]),
    );
    const [row] = await collect(readCodeDataset(path, "code_contests"));
    expect(row).toEqual({
      prompt: "Echo.",
      tests: { inputs: ["1\n", "2\n"], outputs: ["1\n", "2\n"] },
      data_source: "code_contests",
    });
  });
});
