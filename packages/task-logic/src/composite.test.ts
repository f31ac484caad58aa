import { describe, expect, it } from "vitest";
import { compositeDataset } from "./composite.js";
import { logicTasks } from "./tasks/index.js";

describe("compositeDataset", () => {
  const config = {
    seed: 7,
    size: 400,
    tasks: { gcd: { weight: 3 }, "logic/bf": { weight: 1, level: 1 }, chain_sum: { weight: 0 } },
  };

  it("mixes tasks by weight, item i a pure function of (config, i)", () => {
    const source = compositeDataset(config);
    const items = [...source];
    expect(items).toHaveLength(400);
    const counts = new Map<unknown, number>();
    for (const e of items)
      counts.set(e.metadata.source_dataset, (counts.get(e.metadata.source_dataset) ?? 0) + 1);
    expect(counts.get("chain_sum")).toBeUndefined();
    const gcdShare = (counts.get("gcd") ?? 0) / 400;
    expect(gcdShare).toBeGreaterThan(0.65);
    expect(gcdShare).toBeLessThan(0.85);
    expect(compositeDataset(config).at(123)).toEqual(items[123]);
    expect(compositeDataset({ ...config, size: 10 }).at(123)).toEqual(items[123]);
    expect(compositeDataset({ ...config, seed: 8 }).at(123)).not.toEqual(items[123]);
    // The curriculum level reaches the task: bf level 1 is difficulty 2.
    const bf = items.find((e) => e.metadata.source_dataset === "bf");
    expect(bf?.metadata.difficulty).toEqual({ difficulty: 2 });
  });

  it("scores each entry with its own task", async () => {
    const source = compositeDataset(config);
    for (const e of [...source].slice(0, 40)) {
      const task = logicTasks.find((t) => t.name === e.metadata.source_dataset);
      const reference = task?.referenceAnswer(e) ?? "";
      expect((await source.verify(`<answer>${reference}</answer>`, e)).reward).toBe(1);
      expect(source.scoreAnswer(reference, e)).toBe(1);
    }
    const alien = { question: "", answer: "1", metadata: { source_dataset: "zebra" } };
    expect((await source.verify("<answer>1</answer>", alien)).reward).toBe(0);
  });

  it("rejects bad configs", () => {
    expect(() => compositeDataset({ tasks: {} })).toThrow();
    expect(() => compositeDataset({ tasks: { nope: { weight: 1 } } })).toThrow(/unknown/);
    expect(() => compositeDataset({ tasks: { gcd: { weight: 0 } } })).toThrow(/weights/);
    expect(() =>
      compositeDataset({ tasks: { gcd: { weight: 1, config: { min_numbers: "x" } } } }),
    ).toThrow(/invalid config/);
  });
});
