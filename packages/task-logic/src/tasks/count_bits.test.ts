import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countBits } from "./count_bits.js";

describe("logic/count_bits", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(countBits, { perturb })).toEqual([]);
  });

  it("counts the ones of the binary form", () => {
    for (const entry of countBits.dataset({ seed: 8 }, 50)) {
      const n = entry.metadata.number as number;
      let ones = 0;
      for (let v = n; v > 0; v = Math.floor(v / 2)) ones += v % 2;
      expect(entry.answer).toBe(String(ones));
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "How many 1 bits are there in the binary representation of the number 2029173391?",
      answer: "19",
      metadata: {
        source_dataset: "count_bits",
        source_index: 0,
        number: 2029173391,
        solution: 19,
        binary: (2029173391).toString(2),
        n: 2029173391,
        difficulty: { n: [1, 2147483647] },
      },
    };
    expect(await countBits.verify("<answer>19</answer>", entry)).toMatchObject({ reward: 1 });
  });
});
