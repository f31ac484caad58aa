import { describe, expect, it } from "vitest";
import { pyFloatRepr, roundHalfEven } from "../lib/numbers.js";
import { checkTaskProperties } from "../testing.js";
import { numberSorting } from "./number_sorting.js";

const entry = {
  question: "Sort these numbers in descending order: -69.0, 12.34, 7.5\n...",
  answer: "['12.34', '7.5', '-69.0']",
  metadata: {
    source_dataset: "number_sorting",
    source_index: 0,
    original_numbers: ["-69.0", "12.34", "7.5"],
    direction: "descending",
    sorted_numbers: ["12.34", "7.5", "-69.0"],
    numbers: 3,
    difficulty: { numbers: [3, 10], decimals: [0, 2], value: [-100.0, 100.0] },
  },
};

describe("logic/number_sorting", () => {
  it("holds the task properties over 500 entries", async () => {
    // Dropping the last number makes the list too short: always wrong.
    const perturb = (answer: string) => answer.replace(/, '[^']*'\]$/, "]");
    expect(await checkTaskProperties(numberSorting, { perturb })).toEqual([]);
  });

  it("formats numbers as Python does and sorts them", () => {
    expect(pyFloatRepr(-69)).toBe("-69.0");
    expect(pyFloatRepr(-0)).toBe("-0.0");
    expect(pyFloatRepr(0.00001)).toBe("1e-05");
    expect(roundHalfEven(2.5, 0)).toBe(2);
    expect(roundHalfEven(3.5, 0)).toBe(4);
    for (const e of numberSorting.dataset({ seed: 2 }, 50)) {
      const values = (e.metadata.sorted_numbers as string[]).map(Number);
      const sorted = values.slice().sort((a, b) => a - b);
      if (e.metadata.direction === "descending") sorted.reverse();
      expect(values).toEqual(sorted);
    }
  });

  it("scores as Reasoning Gym does, without its NaN hole", () => {
    expect(numberSorting.scoreAnswer("['12.34', '7.5', '-69.0']", entry)).toBe(1);
    expect(numberSorting.scoreAnswer('["12.34", "7.5", "-69"]', entry)).toBe(1);
    expect(numberSorting.scoreAnswer("[12.34, 7.5, -69]", entry)).toBe(1);
    expect(numberSorting.scoreAnswer("['12', '7', '-69']", entry)).toBe(1); // RG's tolerance of 1
    expect(numberSorting.scoreAnswer("['-69.0', '7.5', '12.34']", entry)).toBe(0); // wrong direction
    expect(numberSorting.scoreAnswer("['12.34', '7.5']", entry)).toBe(0);
    expect(numberSorting.scoreAnswer("12.34, 7.5, -69.0", entry)).toBe(0);
    expect(numberSorting.scoreAnswer("['nan', 'nan', 'nan']", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await numberSorting.verify("<answer>['12.34', '7.5', '-69.0']</answer>", entry),
    ).toMatchObject({
      reward: 1,
    });
  });
});
