import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { chainSum } from "./chain_sum.js";

describe("logic/chain_sum", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(BigInt(answer) - 1n);
    expect(await checkTaskProperties(chainSum, { perturb })).toEqual([]);
    expect(
      await checkTaskProperties(chainSum, {
        seeds: 100,
        config: { allow_negation: true, max_digits: 12, max_terms: 12 },
        perturb,
      }),
    ).toEqual([]);
  });

  it("scores with RG's decimal tolerance", () => {
    const entry = chainSum.dataset({ seed: 1 }, 1)[0];
    if (!entry) throw new Error("no entry");
    const entry1000 = { ...entry, answer: "1000" };
    expect(chainSum.scoreAnswer("+01,000.00", entry1000)).toBe(1);
    expect(chainSum.scoreAnswer("1e3", entry1000)).toBe(1);
    expect(chainSum.scoreAnswer("1000 apples", entry1000)).toBeCloseTo(4 / 11);
    expect(chainSum.scoreAnswer("-1000", entry1000)).toBeCloseTo(4 / 5);
    expect(chainSum.scoreAnswer("999", entry1000)).toBe(0);
  });

  it("answers are the value of the expression", () => {
    for (const entry of chainSum.dataset({ seed: 9, allow_negation: true }, 50)) {
      const tokens = (entry.metadata.expression as string).split(" ");
      let value = BigInt(tokens[0] as string);
      for (let k = 1; k < tokens.length; k += 2) {
        const c = BigInt(tokens[k + 1] as string);
        value = tokens[k] === "+" ? value + c : value - c;
      }
      expect(String(value)).toBe(entry.answer);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "State the final answer to the following arithmetic problem: 4567 - 123 + 89 =",
      answer: "4533",
      metadata: {
        source_dataset: "chain_sum",
        source_index: 3,
        num_terms: 3,
        num_digits: 4,
        expression: "4567 - 123 + 89",
        difficulty: { num_terms: [2, 6], num_digits: [1, 4] },
      },
    };
    expect(await chainSum.verify("<answer>4,533</answer>", entry)).toMatchObject({ reward: 1 });
  });
});
