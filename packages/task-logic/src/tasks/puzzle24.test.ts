import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { puzzle24 } from "./puzzle24.js";

describe("logic/puzzle24", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(puzzle24, {
      perturb: (answer) => `${answer} - 1 + 1`,
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "Make 24 using 4, 6, 1, 1. You can only use each number once. You can use the operators +, -, *, /.\nFinal answer format instructions:\n1. Provide your final answer as a arithmetic expression (no '=' sign).\n2. Do not include the target number in the expression.\n3. Use '*' for multiplication.\n4. Use '/' for division.\n",
    answer: "4*6*1*1",
    metadata: {
      source_dataset: "puzzle24",
      source_index: 3,
      numbers: [4, 6, 1, 1],
      difficulty: { value: [1, 10] },
    },
  };

  it("accepts any expression that makes 24 from exactly the given numbers", async () => {
    expect((await puzzle24.verify("<answer>4*6*1*1</answer>", rgEntry)).reward).toBe(1);
    expect(puzzle24.scoreAnswer("(6 * 4) / (1 * 1)", rgEntry)).toBe(1);
    expect(puzzle24.scoreAnswer("1*1*6*4", rgEntry)).toBe(1);
    const other = { ...rgEntry, metadata: { ...rgEntry.metadata, numbers: [3, 3, 8, 8] } };
    expect(puzzle24.scoreAnswer("8/(3-8/3)", other)).toBe(1);
  });

  it("fixes RG's scorer: other numbers and non-integer values score 0.01", () => {
    expect(puzzle24.scoreAnswer("8*3*1*1", rgEntry)).toBe(0.01); // not the given numbers
    expect(puzzle24.scoreAnswer("4*6*1", rgEntry)).toBe(0.01); // a number left out
    const half = { ...rgEntry, metadata: { ...rgEntry.metadata, numbers: [7, 7, 1, 1] } };
    expect(puzzle24.scoreAnswer("(7*7)/(1+1)", half)).toBe(0.01); // 24.5, RG's int() said 24
    expect(puzzle24.scoreAnswer("4 x 6 x 1 x 1", rgEntry)).toBe(0.01);
    expect(puzzle24.scoreAnswer("", rgEntry)).toBe(0);
    expect(puzzle24.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("generates puzzles whose numbers lie in the range, purely from (config, index)", () => {
    const config = { seed: 2, min_value: 2, max_value: 9 };
    const entries = puzzle24.dataset(config, 30);
    expect(puzzle24.dataset(config, 30)).toEqual(entries);
    for (const entry of entries) {
      const numbers = entry.metadata.numbers as number[];
      expect(numbers).toHaveLength(4);
      for (const n of numbers) expect(n >= 2 && n <= 9).toBe(true);
    }
  });
});
