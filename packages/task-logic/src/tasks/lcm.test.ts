import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { lcm } from "./lcm.js";

describe("logic/lcm", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(BigInt(answer) * 2n);
    expect(await checkTaskProperties(lcm, { perturb })).toEqual([]);
  });

  it("answers are the least common multiple", () => {
    for (const entry of lcm.dataset({ seed: 4 }, 50)) {
      const numbers = entry.metadata.numbers as number[];
      const l = Number(entry.answer);
      for (const n of numbers) expect(l % n).toBe(0);
      for (let m = Math.max(...numbers); m < l; m++) {
        expect(numbers.every((n) => m % n === 0)).toBe(false);
      }
    }
  });

  it("is exact beyond 2^53", () => {
    for (const entry of lcm.dataset(
      { seed: 4, min_numbers: 5, max_numbers: 5, max_value: 100000 },
      20,
    )) {
      const l = BigInt(entry.answer as string);
      for (const n of entry.metadata.numbers as number[]) expect(l % BigInt(n)).toBe(0n);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "Find the Least Common Multiple (LCM) of these numbers: 12, 18",
      answer: "36",
      metadata: {
        source_dataset: "lcm",
        source_index: 0,
        numbers: [12, 18],
        result: 36,
        difficulty: { numbers: [2, 2], value: [1, 100] },
      },
    };
    expect(await lcm.verify("<answer>36</answer>", entry)).toMatchObject({ reward: 1 });
    expect(lcm.scoreAnswer("72", entry)).toBe(0);
  });
});
