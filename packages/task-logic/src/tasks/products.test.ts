import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { products } from "./products.js";

describe("logic/products", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(BigInt(answer) + 10n);
    expect(await checkTaskProperties(products, { perturb })).toEqual([]);
    expect(
      await checkTaskProperties(products, {
        seeds: 100,
        config: { allow_negation: true, max_terms: 6, max_digits: 10 },
        perturb,
      }),
    ).toEqual([]);
  });

  it("computes exact products beyond 2^53", () => {
    for (const entry of products.dataset(
      { seed: 2, min_terms: 4, max_terms: 4, min_digits: 9, max_digits: 9 },
      20,
    )) {
      const factors = (entry.metadata.expression as string).split(" * ").map(BigInt);
      expect(entry.answer).toBe(String(factors.reduce((a, b) => a * b, 1n)));
      expect((entry.answer as string).length).toBeGreaterThan(30);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Solve the following multiplication: 2345 * 6789. Give only the result as your final answer.",
      answer: "15920205",
      metadata: {
        source_dataset: "products",
        source_index: 0,
        expression: "2345 * 6789",
        num_terms: 2,
        num_digits: 4,
        difficulty: { num_terms: [2, 2], num_digits: [1, 5] },
      },
    };
    expect(await products.verify("<answer>15,920,205</answer>", entry)).toMatchObject({
      reward: 1,
    });
    expect(products.scoreAnswer("15920206", entry)).toBe(0);
  });
});
