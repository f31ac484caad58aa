import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildBlend, type ComponentReport, loadBlendFile } from "@prorl/core";
import { referenceFile } from "@prorl/core/reference";
import { describe, expect, it } from "vitest";
import { main } from "./program.js";
import { loadTaskRegistry } from "./task-packages.js";
import { captureOutput } from "./testing/capture-output.js";

const { stdout } = captureOutput();

// Small files in the public data sets' own layouts, read through each task's named row loader.
async function writeDataSets(dir: string): Promise<void> {
  const deepscaler = Array.from({ length: 6 }, (_, i) => ({
    problem: `What is ${i} + ${i}?`,
    answer: String(2 * i),
    solution: `${i} + ${i} = ${2 * i}`,
  }));
  await writeFile(join(dir, "deepscaler.json"), JSON.stringify(deepscaler));
  const prime = Array.from({ length: 3 }, (_, i) => ({
    prompt: [{ role: "user", content: `Print the number ${i} times two.` }],
    reward_model: { ground_truth: JSON.stringify({ inputs: [""], outputs: [`${2 * i}\n`] }) },
    data_source: "codecontests",
    ability: "code",
  }));
  await writeFile(join(dir, "code.jsonl"), prime.map((r) => JSON.stringify(r)).join("\n"));
  const scp = [
    { problem: "A cart covers 16 m in 5 s. Its speed?", solution: "v = 16/5 = \\boxed{3.2 m/s}" },
    { problem: "Kinetic energy of mass m at speed v?", solution: "\\boxed{\\frac{mv^2}{2}}" },
  ];
  await writeFile(join(dir, "scp.jsonl"), scp.map((r) => JSON.stringify(r)).join("\n"));
}

describe("a blend over the real task packages", () => {
  it("reads each domain's public layout and generates logic and IF prompts, with exact counts", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-blend-e2e-"));
    await writeDataSets(dir);
    const blendPath = join(dir, "blend.yaml");
    await writeFile(
      blendPath,
      [
        "name: mini-prorl",
        "seed: 7",
        "validation: { count: 1 }",
        "components:",
        "  - { name: math, task: math, source: { file: deepscaler.json, loader: deepscaler }, count: 4 }",
        "  - { name: code, task: code, source: { file: code.jsonl, loader: prime }, count: 4 }",
        "  - { name: stem, task: stem, source: { file: scp.jsonl, loader: scp }, count: 1 }",
        "  - { name: logic, task: 'logic/*', source: { generator: {} }, count: 60 }",
        "  - { name: if, task: if, source: { generator: {} }, count: 5 }",
      ].join("\n"),
    );
    const { registry } = await loadTaskRegistry();
    const blend = await buildBlend(await loadBlendFile(blendPath), registry);
    const rows = Object.fromEntries(blend.components.map((c) => [c.component, c]));
    expect(rows.math).toMatchObject({ train: 4, validation: 1, shortfall: 0, available: 6 });
    expect(rows.code).toMatchObject({ train: 2, validation: 1, shortfall: 2, available: 3 });
    expect(rows.stem).toMatchObject({ train: 1, validation: 1, shortfall: 0 });
    expect(rows.logic).toMatchObject({ train: 60, validation: 1, shortfall: 0 });
    expect(rows.logic?.tasks.length).toBeGreaterThanOrEqual(20);
    expect(rows.if).toMatchObject({ train: 5, validation: 1, shortfall: 0 });
    for (const row of blend.components) expect(row.error).toBeUndefined();

    const code = blend.train.find((item) => item.task === "code");
    expect(code?.example).toMatchObject({ tests: { inputs: [""] } });
    for (const item of [...blend.train, ...blend.validation]) {
      expect(registry.get(item.task).schema.safeParse(item.example).success).toBe(true);
    }
  });
});

describe("the logic component of the shipped prorl-136k blend", () => {
  // The whole 37,064-example draw takes minutes (apps/eval/README.md records it); this is its
  // mechanism on real tasks: tower_of_hanoi's default config has 90 distinct prompts, coin_flip's
  // 260, and the other tasks make up what they cannot give, every prompt distinct.
  it("makes up from the other tasks what a task with a small item space cannot give", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-blend-logic-"));
    const blendPath = join(dir, "blend.yaml");
    await writeFile(
      blendPath,
      [
        "name: logic-spaces",
        "seed: 42",
        "components:",
        "  - name: logic",
        "    task: 'logic/{tower_of_hanoi,coin_flip,gcd}'",
        "    source: { generator: {} }",
        "    count: 900",
      ].join("\n"),
    );
    const { registry } = await loadTaskRegistry();
    const blend = await buildBlend(await loadBlendFile(blendPath), registry);
    const [logic] = blend.components;
    expect(logic).toMatchObject({ train: 900, shortfall: 0, available: 900 });
    expect(logic?.taskCounts.map((c) => [c.task, c.examples])).toEqual([
      ["logic/coin_flip", 260],
      ["logic/gcd", 550],
      ["logic/tower_of_hanoi", 90],
    ]);
    const prompts = blend.train.map((item) => registry.get(item.task).prompt(item.example));
    expect(new Set(prompts).size).toBe(900);
  });
});

/** DeepScaleR's own files (../shared/reference/data): skipped where absent, except in CI. */
const trainMath = referenceFile("data/train-math.json", import.meta.url);
const DEEPSCALER_TESTS = ["aime", "amc", "math", "minerva", "olympiad_bench"];

describe.skipIf(!trainMath)("prorl-eval blend on DeepScaleR's real files", () => {
  async function blendFile(): Promise<string> {
    const data = dirname(trainMath as string);
    const path = join(await mkdtemp(join(tmpdir(), "prorl-blend-real-")), "blend.yaml");
    const component = (name: string, file: string) =>
      `  - { name: ${name}, task: math, source: { file: ${JSON.stringify(join(data, file))}, loader: deepscaler }, count: 10000 }`;
    await writeFile(
      path,
      [
        "name: deepscaler",
        "onInvalidRow: skip",
        "components:",
        ...DEEPSCALER_TESTS.map((name) => component(name, `test-${name}.json`)),
        component("train-math", "train-math.json"),
      ].join("\n"),
    );
    return path;
  }

  it("loads every test row, list answers included, and says why training rows were skipped", async () => {
    const config = await blendFile();
    expect(await main(["node", "prorl-eval", "blend", "--config", config, "--json"])).toBe(0);
    const { components } = JSON.parse(stdout.join("")) as { components: ComponentReport[] };
    expect(components.map((c) => [c.component, c.available, c.invalidRows])).toEqual([
      ["aime", 30, 0],
      ["amc", 83, 0],
      ["math", 500, 0],
      ["minerva", 272, 0],
      ["olympiad_bench", 675, 0],
      ["train-math", 7469, 4],
    ]);
    const train = components[5] as ComponentReport;
    // Rows 887 and 1010 hold `null`, rows 5329 and 5331 `""` (1-based positions in the array).
    expect(train.invalidRowReasons).toEqual([
      { reason: "answer: no gold answer (null)", count: 2 },
      { reason: "answer: empty gold answer", count: 2 },
    ]);
    expect(train.invalidRowExamples.map((p) => [p.line, p.file === trainMath])).toEqual([
      [887, true],
      [1010, true],
      [5329, true],
      [5331, true],
    ]);

    stdout.length = 0;
    expect(await main(["node", "prorl-eval", "blend", "--config", config])).toBe(0);
    const table = stdout.join("");
    expect(table).toContain("Invalid rows (skipped):\n- train-math: 4 rows\n");
    expect(table).toContain("  - 2 × answer: empty gold answer\n");
    expect(table).toContain(`  - e.g. ${trainMath} row 5329: answer: empty gold answer\n`);
  }, 60_000);
});

if (!trainMath) {
  describe("prorl-eval blend on DeepScaleR's real files", () => {
    it.skip("skipped: data/train-math.json not found in ../shared/reference (set PRORL_REFERENCE_DIR)", () => {});
  });
}
