import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { main } from "./program.js";
import { scoreItem } from "./score-item.js";
import { loadTaskRegistry } from "./task-packages.js";
import { captureOutput } from "./testing/capture-output.js";

const { stderr } = captureOutput();
const run = (...args: string[]) => main(["node", "prorl-eval", ...args]);
const { registry } = await loadTaskRegistry();

async function blendDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "prorl-export-"));
  await writeFile(
    join(dir, "blend.yaml"),
    [
      "name: tiny",
      "seed: 5",
      "validation: { count: 1 }",
      "components:",
      "  - { name: math, task: math, source: { generator: { kinds: [arithmetic] } }, count: 4 }",
      "  - { name: words, task: logic/spell_backward, source: { generator: {} }, count: 3 }",
    ].join("\n"),
  );
  return dir;
}

/** The answer each exported example's verifier gives 1. */
function goodResponse(task: string, example: { answer: string }): string {
  return task === "math" ? `\\boxed{${example.answer}}` : `<answer>${example.answer}</answer>`;
}

describe("prorl-eval export --format verl", () => {
  it("writes verl's RL parquet: nested types as pandas writes them, labels the server scores", async () => {
    const dir = await blendDir();
    const out = join(dir, "train.parquet");
    expect(
      await run("export", "--config", join(dir, "blend.yaml"), "--format", "verl", "--out", out),
    ).toBe(0);
    expect(stderr.join("")).toMatch(/wrote .*train\.parquet \(train, 7 rows\)/);
    expect(stderr.join("")).toMatch(/wrote .*train\.validation\.parquet \(validation, 2 rows\)/);
    const file = await asyncBufferFromFile(out);
    const schema = (await parquetMetadataAsync(file)).schema.map((e) => [
      e.name,
      e.repetition_type ?? null,
      e.type ?? null,
      e.converted_type ?? null,
    ]);
    expect(schema).toEqual([
      ["schema", null, null, null],
      ["data_source", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
      ["prompt", "OPTIONAL", null, "LIST"],
      ["list", "REPEATED", null, null],
      ["element", "OPTIONAL", null, null],
      ["content", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
      ["role", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
      ["ability", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
      ["reward_model", "OPTIONAL", null, null],
      ["ground_truth", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
      ["style", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
      ["extra_info", "OPTIONAL", null, null],
      ["index", "OPTIONAL", "INT64", null],
      ["split", "OPTIONAL", "BYTE_ARRAY", "UTF8"],
    ]);
    const rows = (await parquetReadObjects({ file })) as {
      data_source: string;
      prompt: { role: string; content: string }[];
      ability: string;
      reward_model: { style: string; ground_truth: string };
      extra_info: { split: string; index: bigint };
    }[];
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.extra_info)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => ({ split: "train", index: BigInt(i) })),
    );
    for (const row of rows) {
      const truth = JSON.parse(row.reward_model.ground_truth);
      const task = registry.get(truth.task);
      expect(row).toMatchObject({ data_source: task.id, ability: task.domain });
      expect(row.reward_model.style).toBe("rule");
      expect(row.prompt).toEqual([{ role: "user", content: task.prompt(truth.example) }]);
      const item = { ...truth, response: goodResponse(truth.task, truth.example) };
      expect(await scoreItem(item, { registry }, "row")).toMatchObject({ reward: 1 });
    }
    const validation = await parquetReadObjects({
      file: await asyncBufferFromFile(join(dir, "train.validation.parquet")),
    });
    expect(validation.map((r) => (r.extra_info as { split: string }).split)).toEqual([
      "validation",
      "validation",
    ]);
  });

  it("wraps prompts in a template, adds a system message and writes options into the labels", async () => {
    const dir = await blendDir();
    const out = join(dir, "t.parquet");
    const code = await run(
      "export",
      "--config",
      join(dir, "blend.yaml"),
      "--format",
      "verl",
      "--out",
      out,
      "--template",
      "Problem:\n{prompt}\nEnd.",
      "--system",
      "You are careful.",
      "--task-options",
      '{"math": {"mode": "lenient"}}',
    );
    expect(code).toBe(0);
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(out) });
    const mathRow = rows.find((r) => r.data_source === "math") as {
      prompt: { role: string; content: string }[];
      reward_model: { ground_truth: string };
    };
    expect(mathRow.prompt[0]).toEqual({ role: "system", content: "You are careful." });
    expect(mathRow.prompt[1]?.content).toMatch(/^Problem:\n[\s\S]*\\boxed\{\}\.\nEnd\.$/);
    expect(JSON.parse(mathRow.reward_model.ground_truth).options).toEqual({ mode: "lenient" });
  });
});

describe("prorl-eval export --format openrlhf", () => {
  it("writes JSONL with input and label", async () => {
    const dir = await blendDir();
    const out = join(dir, "train.jsonl");
    expect(
      await run("export", "--config", join(dir, "blend.yaml"), "--format", "openrlhf", "-o", out),
    ).toBe(0);
    const lines = (await readFile(out, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["input", "label"]);
      const truth = JSON.parse(line.label);
      expect(line.input).toBe(registry.get(truth.task).prompt(truth.example));
    }
    expect(
      (await readFile(join(dir, "train.validation.jsonl"), "utf8")).trim().split("\n"),
    ).toHaveLength(2);
  });

  it("exits 1 with one line for a template without {prompt} or a missing directory", async () => {
    const dir = await blendDir();
    const blend = join(dir, "blend.yaml");
    const cases: [string[], RegExp][] = [
      [
        ["--format", "openrlhf", "-o", join(dir, "a.jsonl"), "--template", "x"],
        /--template must contain "\{prompt\}"/,
      ],
      [
        ["--format", "verl", "-o", join(dir, "no/such/dir.parquet")],
        /cannot write .*: its directory does not exist/,
      ],
    ];
    for (const [args, message] of cases) {
      stderr.length = 0;
      expect(await run("export", "--config", blend, ...args)).not.toBe(0);
      expect(stderr.join("")).toMatch(message);
      expect(stderr.join("").trim().split("\n"), stderr.join("")).toHaveLength(1);
    }
  });
});
