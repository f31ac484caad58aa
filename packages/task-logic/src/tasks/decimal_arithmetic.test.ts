import { describe, expect, it } from "vitest";
import { decToString } from "../lib/decimal.js";
import { checkTaskProperties } from "../testing.js";
import { decimalArithmetic, evaluateDecimalExpression } from "./decimal_arithmetic.js";

describe("logic/decimal_arithmetic", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 0.01);
    expect(await checkTaskProperties(decimalArithmetic, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Please solve this problem to a maximum of 12 significant digits, rounding up from the half. Only reply with the final value.\n((2.895/4.745)+1.912+2.568*9.683) = ?",
    answer: "27.3880599115",
    metadata: {
      source_dataset: "decimal_arithmetic",
      source_index: 2,
      decimal_places: 3,
      num_terms: 5,
      difficulty: { decimal_places: [3, 3], num_terms: [2, 6] },
    },
  };

  it("evaluates RG's expression to RG's answer (Decimal, 12 digits)", () => {
    const value = evaluateDecimalExpression("((2.895/4.745)+1.912+2.568*9.683)", 12);
    expect(value && decToString(value)).toBe("27.3880599115");
    // literals pass through Python floats: 4.180 reads as 4.18, so the sum keeps 2 places
    expect(decToString(evaluateDecimalExpression("1.500+2.500", 12) as never)).toBe("4.0");
    expect(evaluateDecimalExpression("1.000/(2.000-2.000)", 12)).toBeNull();
  });

  it("accepts answers within 10^-max_num_decimal_places, as RG", async () => {
    expect((await decimalArithmetic.verify("<answer>27.3880599115</answer>", rgEntry)).reward).toBe(
      1,
    );
    for (const ok of [
      "27.388",
      "27.389",
      "2.73880599115e1",
      " 27.3885 ",
      "27.3880599115000",
      "27_3.880599115e-1",
    ])
      expect(decimalArithmetic.scoreAnswer(ok, rgEntry)).toBe(1);
    for (const bad of [
      "27.387",
      "27.39",
      "27,388",
      "27.388 approx",
      "NaN",
      "Infinity",
      "",
      "1e-6000",
    ])
      expect(decimalArithmetic.scoreAnswer(bad, rgEntry)).toBe(0);
  });

  it("reads the tolerance from the entry", () => {
    const fine = {
      ...rgEntry,
      metadata: { ...rgEntry.metadata, difficulty: { decimal_places: [3, 6], num_terms: [2, 6] } },
    };
    expect(decimalArithmetic.scoreAnswer("27.388", fine)).toBe(0);
    expect(decimalArithmetic.scoreAnswer("27.388060", fine)).toBe(1);
  });
});
