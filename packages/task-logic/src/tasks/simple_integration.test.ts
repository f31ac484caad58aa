import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { simpleIntegration } from "./simple_integration.js";

describe("logic/simple_integration", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string, entry: { metadata: Record<string, unknown> }) =>
      `${answer} + ${entry.metadata.variable}`;
    expect(await checkTaskProperties(simpleIntegration, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Find the indefinite integral: ∫ 70*x**6 + 12*x**2/5 dx\nWhen performing calculations, please follow these guidelines:\n1. Use ** instead of ^ to represent exponents. For example, write 7*X**2 instead of 7*X^2.\n2. Always include the * symbol for all multiplication operations in your reasoning steps. For example, write `-3*X**3*sin(X) - 9*X**2*cos(X) + 18*X*sin(X) + 18*cos(X) + C` instead of `-3x3sin(x) - 9x2cos(x) + 18xsin(x) + 18cos(x) + C`.\n",
    answer: "10*x**7 + 4*x**3/5 + C",
    metadata: {
      source_dataset: "simple_integration",
      source_index: 0,
      integrand: "70*x**6 + 12*x**2/5",
      variable: "x",
      num_terms: 2,
      difficulty: { terms: [2, 5] },
    },
  };

  it("accepts any antiderivative, whatever its constant and form", async () => {
    expect(
      (await simpleIntegration.verify("<answer>10*x**7 + 4*x**3/5 + C</answer>", rgEntry)).reward,
    ).toBe(1);
    for (const ok of [
      "10*x**7 + 4*x**3/5",
      "10*x**7 + 4*x**3/5 + 17",
      "4*x**3/5 + 10*x**7 + K",
      "2*x**3*(25*x**4 + 2)/5",
      "10*x**7 + 4*x**3/5 + sin(x)**2 + cos(x)**2", // SymPy's simplify proves this one too
    ])
      expect(simpleIntegration.scoreAnswer(ok, rgEntry)).toBe(1);
  });

  it("computes with floats as SymPy's 53-bit Floats do", () => {
    const linear = {
      ...rgEntry,
      answer: "x**2/2 + C",
      metadata: { ...rgEntry.metadata, integrand: "x" },
    };
    expect(simpleIntegration.scoreAnswer("0.5*x**2", linear)).toBe(1);
    expect(simpleIntegration.scoreAnswer("x**2/2.0", linear)).toBe(1);
    expect(simpleIntegration.scoreAnswer("0.25*x**2*2", linear)).toBe(1);
    expect(simpleIntegration.scoreAnswer("0.4999999*x**2", linear)).toBe(0);
  });

  it("rejects wrong antiderivatives and unreadable answers", () => {
    for (const bad of [
      "10*x**7 + 4*x**3/5 + x",
      "10*x**7 + 4*x**3/5 + C*x",
      "10*x**7 + 0.8001*x**3",
      "0.8*x**3 + 10*x**7", // 0.8·3 is 2.4000000000000004 in 53-bit floats, not 12/5 (so in SymPy too)
      "70*x**6 + 12*x**2/5", // the integrand itself
      "10*x^7 + 4*x^3/5",
      "10x**7 + 4x**3/5",
      "10*t**7 + 4*t**3/5", // another variable
      "Integral(70*x**6 + 12*x**2/5, x)",
      "",
    ])
      expect(simpleIntegration.scoreAnswer(bad, rgEntry)).toBe(0);
  });

  it("differentiates the answer back to the printed integrand, negative degrees included", () => {
    for (const e of simpleIntegration.dataset({ seed: 8, min_degree: -10, max_degree: 10 }, 200)) {
      expect(simpleIntegration.scoreAnswer(e.answer, e)).toBe(1);
      expect(e.question).toContain(`∫ ${e.metadata.integrand} dx`);
    }
  });
});
