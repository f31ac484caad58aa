import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildBlend, loadBlendFile } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { loadTaskRegistry } from "./task-packages.js";

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
