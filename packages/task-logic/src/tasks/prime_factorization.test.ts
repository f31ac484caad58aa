import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { primeFactorization, primeFactors } from "./prime_factorization.js";

const entry = {
  question:
    "Find the prime factorization of 924. Write the factors separated by × (Example: for 12 the answer would be: 2 × 2 × 3)",
  answer: "2 × 2 × 3 × 7 × 11",
  metadata: {
    source_dataset: "prime_factorization",
    source_index: 0,
    number: 924,
    factors: [2, 2, 3, 7, 11],
    difficulty: { value: [2, 1000] },
  },
};

describe("logic/prime_factorization", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer} × 2`;
    expect(await checkTaskProperties(primeFactorization, { perturb })).toEqual([]);
  });

  it("factors into primes whose product is the number", () => {
    for (const e of primeFactorization.dataset({ seed: 3, max_value: 100000 }, 100)) {
      const factors = e.metadata.factors as number[];
      expect(factors.reduce((a, b) => a * b, 1)).toBe(e.metadata.number);
      for (const f of factors) expect(primeFactors(f)).toEqual([f]);
    }
  });

  it("gives RG's partial credit", () => {
    expect(primeFactorization.scoreAnswer("11×7×3×2×2", entry)).toBe(1);
    expect(primeFactorization.scoreAnswer("4 × 3 × 7 × 11", entry)).toBe(0.5);
    expect(primeFactorization.scoreAnswer("-2 × -2 × 3 × 7 × 11", entry)).toBe(0.5);
    expect(primeFactorization.scoreAnswer("2 × 3 × 7 × 11", entry)).toBe(0.01);
    expect(primeFactorization.scoreAnswer(`${"9".repeat(4000)} × `.repeat(20), entry)).toBe(0.01);
    // Python refuses int() on more than 4300 digits, so RG raises: 0.
    expect(primeFactorization.scoreAnswer(`${"9".repeat(5000)} × 2`, entry)).toBe(0);
    expect(primeFactorization.scoreAnswer("2 x 2 x 3 x 7 x 11", entry)).toBe(0);
    expect(primeFactorization.scoreAnswer("", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await primeFactorization.verify("<answer>2 × 2 × 3 × 7 × 11</answer>", entry),
    ).toMatchObject({
      reward: 1,
    });
  });
});
