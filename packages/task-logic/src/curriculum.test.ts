import { describe, expect, it } from "vitest";
import {
  configForAttributeLevels,
  configForLevel,
  curricula,
  levelCount,
  levelsTable,
} from "./curriculum.js";
import { logicTasks } from "./tasks/index.js";

describe("curriculum", () => {
  it("maps levels to RG's config values (inclusive ranges)", () => {
    expect(configForLevel("gcd", 0)).toEqual({
      min_numbers: 2,
      max_numbers: 2,
      min_value: 100,
      max_value: 1000,
    });
    expect(configForLevel("gcd", 2)).toEqual({
      min_numbers: 2,
      max_numbers: 4,
      min_value: 100,
      max_value: 100000,
    });
    // Past an attribute's last level it stays at its last one.
    expect(configForLevel("gcd", 9)).toEqual(configForLevel("gcd", 3));
    expect(configForLevel("bf", 1)).toEqual({ difficulty: 2 });
    expect(levelCount("leg_counting")).toBe(36);
    expect(levelsTable("bf")).toEqual([{ difficulty: 1 }, { difficulty: 2 }, { difficulty: 3 }]);
    expect(configForAttributeLevels("gcd", { value: 1 })).toEqual({
      min_numbers: 2,
      max_numbers: 2,
      min_value: 100,
      max_value: 10000,
    });
    expect(() => configForLevel("no_such_task", 0)).toThrow();
    expect(() => configForLevel("gcd", -1)).toThrow();
    expect(() => configForAttributeLevels("gcd", { nope: 1 })).toThrow();
  });

  it("gives every level of every curriculum a config its task accepts", () => {
    expect(Object.keys(curricula).length).toBeGreaterThan(0);
    for (const task of logicTasks) {
      if (!task.curriculum) continue;
      const name = task.name;
      // zod objects drop unknown keys, so check that every field is one of the task's knobs.
      const shape = (task.configSchema as unknown as { shape: Record<string, unknown> }).shape;
      for (const overrides of levelsTable(name)) {
        for (const key of Object.keys(overrides))
          expect(shape, `${name}.${key}`).toHaveProperty(key);
        const parsed = task.configSchema.safeParse(overrides);
        expect(parsed.success, `${name} ${JSON.stringify(overrides)}`).toBe(true);
      }
    }
  });

  it("makes harder levels generate harder items", () => {
    const gcd = logicTasks.find((t) => t.name === "gcd");
    if (!gcd) throw new Error("gcd missing");
    const easy = gcd.dataset({ ...configForLevel("gcd", 0), seed: 1 }, 50);
    const hard = gcd.dataset({ ...configForLevel("gcd", 3), seed: 1 }, 50);
    const terms = (entries: typeof easy) =>
      entries.map((e) => (e.metadata.numbers as number[]).length);
    expect(Math.max(...terms(easy))).toBe(2);
    expect(Math.max(...terms(hard))).toBeGreaterThan(2);
  });
});
