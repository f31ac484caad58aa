import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { coinFlip, pyFractionValue } from "./coin_flip.js";

describe("logic/coin_flip", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 0.01);
    expect(await checkTaskProperties(coinFlip, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question: "What is the probability of getting exactly 0 heads in 13 fair coin flips?",
    answer: "0.0001220703125",
    metadata: {
      source_dataset: "coin_flip",
      source_index: 0,
      num_trials: 13,
      k_heads: 0,
      problem_type: "exact",
      rational: { numerator: 1, denominator: 8192 },
      difficulty: { num_trials: [3, 15] },
    },
  };

  it("accepts fractions, decimals and values within 1e-4, as RG", async () => {
    expect((await coinFlip.verify("<answer>0.0001220703125</answer>", rgEntry)).reward).toBe(1);
    expect(coinFlip.scoreAnswer("1/8192", rgEntry)).toBe(1);
    expect(coinFlip.scoreAnswer("0.0001", rgEntry)).toBe(1); // within the tolerance
    expect(coinFlip.scoreAnswer("1.220703125e-4", rgEntry)).toBe(1);
    expect(coinFlip.scoreAnswer("0.00012", rgEntry)).toBe(1);
  });

  it("gives RG's prefix credit to wrong answers", () => {
    const entry = { ...rgEntry, answer: "0.2734375" };
    expect(coinFlip.scoreAnswer("0.2", entry)).toBeCloseTo(3 / 9); // a whole prefix: 3 of 9 characters (RG: 1.0)
    expect(coinFlip.scoreAnswer("0.25", entry)).toBe(0.75); // "0.2" of "0.25", shorter length 4
    expect(coinFlip.scoreAnswer("0.5", entry)).toBeCloseTo(2 / 3);
    expect(coinFlip.scoreAnswer("7/8", entry)).toBeCloseTo(2 / 5); // "0.875"
    expect(coinFlip.scoreAnswer("0", rgEntry)).toBeCloseTo(1 / 15); // RG: "0" is all prefix, 1.0
  });

  it("scores unreadable answers 0", () => {
    for (const bad of ["", "  ", "1/0", "3 / 8", "half", "0x10", "1/2e3", "50%", "١/٢"])
      expect(coinFlip.scoreAnswer(bad, rgEntry)).toBe(0);
    // commas go first: 10/8192 = 0.001220703125 shares "0.00" with 0.0001220703125
    expect(coinFlip.scoreAnswer("1,0/8192", rgEntry)).toBeCloseTo(4 / 14);
  });

  it("reads Python's Fraction syntax", () => {
    expect(pyFractionValue(" 3/8 ")).toBe(0.375);
    expect(pyFractionValue("1_000/3")).toBeCloseTo(333.333333);
    expect(pyFractionValue(".5")).toBe(0.5);
    expect(pyFractionValue("5.")).toBe(5);
    expect(pyFractionValue("-0")).toBe(0);
    expect(Object.is(pyFractionValue("-0"), -0)).toBe(false);
    expect(pyFractionValue("1._5")).toBeNull();
    expect(pyFractionValue("1.5/2")).toBeNull();
    expect(pyFractionValue(`${"9".repeat(400)}/${"9".repeat(399)}`)).toBe(10);
  });

  it("prints the probability with Python's .10g from the exact count", () => {
    for (const e of coinFlip.dataset({ seed: 4, max_trials: 40 }, 200)) {
      const { numerator, denominator } = e.metadata.rational as {
        numerator: number;
        denominator: number;
      };
      expect(Math.abs(Number(e.answer) - numerator / denominator)).toBeLessThan(1e-10);
      expect(e.answer).not.toMatch(/\.\d*0$/);
    }
  });
});
