import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { gcd } from "./gcd.js";

describe("logic/gcd", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(gcd, { perturb })).toEqual([]);
  });

  it("answers divide every number and are the greatest such", () => {
    for (const entry of gcd.dataset({ seed: 4, max_numbers: 4 }, 100)) {
      const numbers = entry.metadata.numbers as number[];
      const g = Number(entry.answer);
      for (const n of numbers) expect(n % g).toBe(0);
      for (let d = g + 1; d <= Math.min(...numbers); d++) {
        expect(numbers.every((n) => n % d === 0)).toBe(false);
      }
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Find the Greatest Common Divisor (GCD) of these numbers: 462, 1071. Give only the GCD as your final answer.",
      answer: "21",
      metadata: {
        source_dataset: "gcd",
        source_index: 0,
        numbers: [462, 1071],
        result: 21,
        num_terms: 2,
        difficulty: { num_terms: [2, 2], value: [1, 1000] },
      },
    };
    expect(await gcd.verify("<answer>21</answer>", entry)).toMatchObject({ reward: 1 });
    expect(gcd.scoreAnswer("GCD 21", entry)).toBeCloseTo(2 / 6);
  });
});
