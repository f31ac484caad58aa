import { describe, expect, it } from "vitest";
import { pyFixed } from "../lib/python.js";
import { checkTaskProperties } from "../testing.js";
import { numberFiltering } from "./number_filtering.js";

const rgEntry = {
  question:
    "Keep all numbers smaller than -10.1 in this list: ['-8.1', '41.10', '-13', '7', '47.34']\nReturn the new list in the same format.",
  answer: "['-13']",
  metadata: {
    source_dataset: "number_filtering",
    source_index: 0,
    original_numbers: ["-8.1", "41.10", "-13", "7", "47.34"],
    filter_value: "-10.1",
    operation: "keep_smaller",
    result: ["-13"],
    numbers: 5,
    difficulty: { numbers: [3, 10], decimals: [0, 4], value: [-100.0, 100.0] },
  },
};

describe("logic/number_filtering", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => (answer === "[]" ? "['0']" : "[]");
    expect(await checkTaskProperties(numberFiltering, { perturb })).toEqual([]);
  });

  it("keeps or removes the numbers on the asked side of the threshold", () => {
    for (const entry of numberFiltering.dataset({ seed: 21 }, 100)) {
      const m = entry.metadata as {
        original_numbers: string[];
        filter_value: string;
        operation: string;
        result: string[];
      };
      const t = Number(m.filter_value);
      const test = {
        keep_larger: (n: number) => n > t,
        keep_smaller: (n: number) => n < t,
        remove_larger: (n: number) => n <= t,
        remove_smaller: (n: number) => n >= t,
      }[m.operation] as (n: number) => boolean;
      expect(m.result).toEqual(m.original_numbers.filter((s) => test(Number(s))));
      expect(entry.answer).toBe(`[${m.result.map((s) => `'${s}'`).join(", ")}]`);
    }
  });

  it("prints numbers as Python's f-format does (half to even on the exact value)", () => {
    expect(pyFixed(2.5, 0)).toBe("2");
    expect(pyFixed(3.5, 0)).toBe("4");
    expect(pyFixed(0.125, 2)).toBe("0.12");
    expect(pyFixed(1.005, 2)).toBe("1.00"); // 1.005 is 1.00499999999999989... in binary
    expect(pyFixed(-0.001, 2)).toBe("-0.00");
    expect(pyFixed(-93.7, 1)).toBe("-93.7");
    expect(pyFixed(41.1, 2)).toBe("41.10");
    expect(pyFixed(1e22, 1)).toBe("10000000000000000000000.0");
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await numberFiltering.verify("<answer>['-13']</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    expect(numberFiltering.scoreAnswer('["-13"]', rgEntry)).toBe(0);
    expect(numberFiltering.scoreAnswer("['-13.0']", rgEntry)).toBe(0);
    expect(numberFiltering.scoreAnswer("[-13]", rgEntry)).toBe(0);
    expect(numberFiltering.scoreAnswer("The list is ['-13']", rgEntry)).toBeCloseTo(7 / 19);
  });
});
