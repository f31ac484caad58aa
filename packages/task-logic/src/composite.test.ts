import { formatZodError } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { compositeDataset, compositeTask } from "./composite.js";
import { MissingDataError } from "./define.js";
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

describe("logic/composite (Reasoning Gym's CompositeDataset as a task)", () => {
  const config = {
    seed: 3,
    size: 60,
    datasets: [
      { name: "gcd", weight: 2, config: { max_value: 500 } },
      { name: "spell_backward", weight: 1 },
      { name: "logic/propositional_logic", weight: 1 },
    ],
  };
  const entries = compositeTask.dataset(config);
  const taskOf = (name: unknown) => logicTasks.find((t) => t.name === name);

  it("draws each item from one sub-dataset by weight, with RG's seed and size defaults", () => {
    expect(compositeTask.id).toBe("logic/composite");
    expect(entries).toHaveLength(60);
    const sources = new Set(entries.map((e) => e.metadata.source_dataset));
    expect(sources).toEqual(new Set(["gcd", "spell_backward", "propositional_logic"]));
    for (const [i, entry] of entries.entries()) {
      const name = entry.metadata.source_dataset as string;
      const position = config.datasets.findIndex((d) => d.name.endsWith(name));
      const own = config.datasets[position]?.config ?? {};
      // Item i is the sub-dataset's own item i, seeded composite seed + position + 1.
      const [expected] = (
        taskOf(name)?.dataset({ seed: 3 + position + 1, ...own }, i + 1) ?? []
      ).slice(i);
      expect(entry).toEqual(expected);
    }
    expect(compositeTask.dataset(config, 5)).toEqual(entries.slice(0, 5));
  });

  it("gives each entry's reference answer 1, through verify as a model answer", async () => {
    for (const entry of entries) {
      const reference = compositeTask.referenceAnswer(entry);
      expect(compositeTask.scoreAnswer(reference, entry)).toBe(1);
      expect((await compositeTask.verify(`<answer>${reference}</answer>`, entry)).reward).toBe(1);
    }
  });

  it("scores a wrong answer as the source task's scorer does", () => {
    const spell = entries.find((e) => e.metadata.source_dataset === "spell_backward");
    const gcd = entries.find((e) => e.metadata.source_dataset === "gcd");
    if (!spell?.answer || !gcd?.answer) throw new Error("the mix lacks spell_backward or gcd");
    // spell_backward gives positional partial credit; gcd's default scorer the contained fraction.
    const partial = `${spell.answer.slice(0, -1)}#`;
    const expected = (spell.answer.length - 1) / spell.answer.length;
    expect(compositeTask.scoreAnswer(partial, spell)).toBeCloseTo(expected, 12);
    expect(compositeTask.scoreAnswer(partial, spell)).toBe(
      taskOf("spell_backward")?.scoreAnswer(partial, spell),
    );
    expect(compositeTask.scoreAnswer(`${gcd.answer} !`, gcd)).toBeCloseTo(
      gcd.answer.length / (gcd.answer.length + 2),
      12,
    );
    expect(compositeTask.scoreAnswer(null, gcd)).toBe(0);
    const alien = { question: "", answer: "1", metadata: { source_dataset: "zebra" } };
    expect(compositeTask.scoreAnswer("1", alien)).toBe(0);
  });

  it("rejects bad configs with one line naming the key", () => {
    const error = (datasets: unknown) => {
      const parsed = compositeTask.configSchema.safeParse({ datasets });
      if (parsed.success) throw new Error("accepted");
      return formatZodError(parsed.error);
    };
    expect(error([{ name: "nope", weight: 1 }])).toBe('datasets.0.name: unknown logic task "nope"');
    expect(
      error([
        { name: "gcd", weight: 1 },
        { name: "logic/gcd", weight: 2 },
      ]),
    ).toBe('datasets.1.name: "gcd" is listed twice');
    expect(error([{ name: "gcd", weight: 0 }])).toMatch(/^datasets\.0\.weight: /);
    expect(error([{ name: "gcd", weight: 1, config: { min_numbers: "x" } }])).toMatch(
      /^datasets\.0\.config: invalid config for "gcd": min_numbers: [^\n]+$/,
    );
    expect(error([{ name: "gcd", weight: 1, wieght: 2 }])).toMatch(/^datasets\.0: [^\n]*wieght/);
  });

  it("throws MissingDataError without datasets, so a logic/* blend leaves it out", () => {
    expect(() => compositeTask.dataset({}, 1)).toThrow(MissingDataError);
    expect(() => compositeTask.dataset({}, 1)).toThrow(/config\.datasets/);
  });
});
