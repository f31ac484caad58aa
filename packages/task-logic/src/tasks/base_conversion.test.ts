import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { baseConversion } from "./base_conversion.js";

describe("logic/base_conversion", () => {
  it("holds the task properties over 500 entries", async () => {
    expect(await checkTaskProperties(baseConversion, { perturb: (a) => `${a}1` })).toEqual([]);
  });

  it("round-trips the value through both bases", () => {
    for (const e of baseConversion.dataset({ seed: 1, max_base: 36, max_value: 1_000_000 }, 100)) {
      const m = e.metadata;
      expect(m.source_base).not.toBe(m.target_base);
      expect(Number.parseInt(m.source_repr as string, m.source_base as number)).toBe(
        m.decimal_value,
      );
      expect(Number.parseInt(e.answer as string, m.target_base as number)).toBe(m.decimal_value);
      expect(e.answer).toBe((e.answer as string).toLowerCase());
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Your task is to convert a number between two different bases.\n\nIf the target base is > 10, use lowercase letters a-z for digits above 9.\n\nNow, convert the binary number 11111111 to base-7\n",
      answer: "513",
      metadata: {
        source_dataset: "base_conversion",
        source_index: 0,
        decimal_value: 255,
        source_base: 2,
        target_base: 7,
        source_repr: "11111111",
        target_repr: "513",
        difficulty: { base: [2, 16], value: [0, 1000] },
      },
    };
    expect(await baseConversion.verify("<answer>513</answer>", entry)).toMatchObject({ reward: 1 });
    expect(baseConversion.scoreAnswer("513 in base 7", entry)).toBeCloseTo(3 / 13);
  });
});
