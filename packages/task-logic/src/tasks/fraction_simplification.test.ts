import { describe, expect, it } from "vitest";
import { gcd } from "../lib/numbers.js";
import { checkTaskProperties } from "../testing.js";
import { fractionSimplification } from "./fraction_simplification.js";

const entry = {
  question:
    "Simplify the fraction $\\frac{462}{798}$ to its lowest terms. Give only the simplified fraction as your final answer.",
  answer: "$\\frac{11}{19}$",
  metadata: {
    source_dataset: "fraction_simplification",
    source_index: 0,
    numerator: 462,
    denominator: 798,
    simplified_numerator: 11,
    simplified_denominator: 19,
    reduction_factor: 42,
    style: "latex_frac",
    factor: 42,
    difficulty: { value: [1, 1000], factor: [1, 100] },
  },
};

describe("logic/fraction_simplification", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (_answer: string, e: { metadata: Record<string, unknown> }) =>
      `${e.metadata.simplified_numerator}/${(e.metadata.simplified_denominator as number) + 1}`;
    expect(await checkTaskProperties(fractionSimplification, { perturb })).toEqual([]);
  });

  it("generates reduced fractions equal to the question's", () => {
    for (const e of fractionSimplification.dataset({ seed: 6 }, 100)) {
      const m = e.metadata as Record<string, number>;
      expect(gcd(m.simplified_numerator as number, m.simplified_denominator as number)).toBe(1);
      expect((m.numerator as number) * (m.simplified_denominator as number)).toBe(
        (m.denominator as number) * (m.simplified_numerator as number),
      );
    }
  });

  it("reads every style and gives RG's partial credit", () => {
    const score = (a: string) => fractionSimplification.scoreAnswer(a, entry);
    expect(score("11/19")).toBe(1);
    expect(score("$11/19$")).toBe(1);
    expect(score("\\dfrac{11}{19}")).toBe(1);
    expect(score("\\frac { 11 } { 19 }")).toBe(1);
    expect(score("462/100")).toBe(0.1);
    expect(score("22/38")).toBe(0.05);
    expect(score("0.578")).toBe(0.01);
    expect(score("")).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await fractionSimplification.verify("<answer>$\\frac{11}{19}$</answer>", entry),
    ).toMatchObject({ reward: 1 });
  });
});
