import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { intermediateIntegration } from "./intermediate_integration.js";

const INSTRUCTION =
  "\nWhen performing calculations, please follow these guidelines:\nUse same variable symbols as given in the question\n1. Use ** instead of ^ to represent exponents. For example, write 7*X**2 instead of 7*X^2.\n2. Always include the * symbol for all multiplication operations in your reasoning steps. For example, write `-3*X**3*sin(X) - 9*X**2*cos(X) + 18*X*sin(X) + 18*cos(X) + C` instead of `-3x3sin(x) - 9x2cos(x) + 18xsin(x) + 18cos(x) + C`.\n3. Use `exp(x)` or `E**(x)` for the exponential function (i.e. use capital E for Euler's number).\n";

const entry = (integrand: string, answer: string, problemType: string) => ({
  question: `Find the indefinite integral: ∫ ${integrand} dx${INSTRUCTION}`,
  answer,
  metadata: {
    source_dataset: "intermediate_integration",
    source_index: 0,
    integrand,
    problem_type: problemType,
    variable: "x",
    difficulty: { problem_type_weights: new Array(8).fill(0.125) },
  },
});

describe("logic/intermediate_integration", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer} + x`;
    expect(await checkTaskProperties(intermediateIntegration, { perturb })).toEqual([]);
  });

  it("scores an entry as Reasoning Gym emits it", async () => {
    const rg = entry(
      "(16*x + 4)*exp(4*x**2 + 2*x + 10)",
      "2*exp(4*x**2 + 2*x + 10) + C",
      "exponential",
    );
    expect((await intermediateIntegration.verify(`<answer>${rg.answer}</answer>`, rg)).reward).toBe(
      1,
    );
    for (const ok of [
      "2*E**(4*x**2 + 2*x + 10)",
      "2*exp(2*x*(2*x + 1) + 10) - 7",
      "2*exp(10)*exp(4*x**2 + 2*x)",
      "exp(4*x**2 + 2*x + 10 + log(2))",
    ])
      expect(intermediateIntegration.scoreAnswer(ok, rg)).toBe(1);
    for (const bad of [
      "exp(4*x**2 + 2*x + 10)",
      "2*e**(4*x**2 + 2*x + 10)",
      "2*exp(4x**2 + 2x + 10)",
      "2*exp(4*x^2 + 2*x + 10)",
      "(16*x + 4)*exp(4*x**2 + 2*x + 10)",
    ])
      expect(intermediateIntegration.scoreAnswer(bad, rg)).toBe(0);
  });

  it("respects branches as SymPy's complex symbols do", () => {
    const log2 = entry("log(x**2)", "x*log(x**2) - 2*x + C", "log_inverse_trig");
    expect(intermediateIntegration.scoreAnswer("x*log(x**2) - 2*x", log2)).toBe(1);
    expect(intermediateIntegration.scoreAnswer("2*x*log(x) - 2*x", log2)).toBe(0); // log(x**2) ≠ 2·log(x) for x < 0
    const radical = entry("4*sqrt(-2*x - 8)", "-4*(-2*x - 8)**(3/2)/3 + C", "radical");
    expect(intermediateIntegration.scoreAnswer("-4*sqrt(-2*x - 8)**3/3", radical)).toBe(1);
    expect(intermediateIntegration.scoreAnswer("-4*(-2*x - 8)*sqrt(-2*x - 8)/3", radical)).toBe(1);
    expect(intermediateIntegration.scoreAnswer("4*(2*x + 8)**(3/2)/3", radical)).toBe(0);
    const atan = entry("-2*atan(x)", "-2*x*atan(x) + log(x**2 + 1) + C", "log_inverse_trig");
    expect(intermediateIntegration.scoreAnswer("log(1 + x**2) - 2*x*atan(x)", atan)).toBe(1);
    expect(intermediateIntegration.scoreAnswer("-2*x*atan(x) + 2*log(sqrt(x**2 + 1))", atan)).toBe(
      1,
    );
  });

  it("gives 0 to an unevaluated Integral, which RG's own oracle answer is for x^n·sin/cos", () => {
    const rg = entry("2*x**3*cos(3*x)", "2*Integral(x**3*cos(3*x), x) + C", "polynomial_exp_trig");
    expect(intermediateIntegration.scoreAnswer(rg.answer, rg)).toBe(0);
    const real = "2*x**3*sin(3*x)/3 + 2*x**2*cos(3*x)/3 - 4*x*sin(3*x)/9 - 4*cos(3*x)/27";
    expect(intermediateIntegration.scoreAnswer(real, rg)).toBe(1);
    const [ours] = intermediateIntegration.dataset(
      { seed: 2, problem_types: ["polynomial_exp_trig"], problem_type_weights: [1] },
      1,
    );
    expect(ours?.answer).not.toContain("Integral");
  });

  it("stays bounded on hostile answers", () => {
    const rg = entry("3*exp(x)*sin(x)", "3*exp(x)*sin(x)/2 - 3*exp(x)*cos(x)/2 + C", "cyclic");
    for (const hostile of [
      `${"sin(".repeat(5_000)}x${")".repeat(5_000)}`,
      "x**x**x**x**x**x**x**x",
      "exp(exp(exp(exp(exp(x)))))",
      "(x+1)**123456789",
      "x/0",
      "log(0)",
      "x".repeat(100_000),
      "1e999*x",
    ])
      expect(intermediateIntegration.scoreAnswer(hostile, rg)).toBe(0);
  });

  it("generates every problem type with an antiderivative of its printed integrand", () => {
    const seen = new Set<unknown>();
    for (const e of intermediateIntegration.dataset({ seed: 9 }, 400)) {
      seen.add(e.metadata.problem_type);
      expect(intermediateIntegration.scoreAnswer(e.answer, e)).toBe(1);
      expect(e.answer?.endsWith(" + C")).toBe(true);
    }
    expect(seen.size).toBe(8);
  });
});
