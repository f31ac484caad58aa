import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { polynomialMultiplication } from "./polynomial_multiplication.js";

const INSTRUCTION =
  "\nWhen performing calculations, please follow these guidelines:\n1. Use ** instead of ^ to represent exponents. For example, write 7*X**2 instead of 7*X^2.\n2. Always include the * symbol for all multiplication operations in your reasoning steps. For example, write `-3*X**3*sin(X) - 9*X**2*cos(X) + 18*X*sin(X) + 18*cos(X) + C` instead of `-3x3sin(x) - 9x2cos(x) + 18xsin(x) + 18cos(x) + C`.\n";

describe("logic/polynomial_multiplication", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer} + 1`;
    expect(await checkTaskProperties(polynomialMultiplication, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question: `Calculate the following: (18 - 95*z**3)*(-12*z**2 - 104*z + 78)${INSTRUCTION}`,
    answer: "1140*z**5 + 9880*z**4 - 7410*z**3 - 216*z**2 - 1872*z + 1404",
    metadata: {
      source_dataset: "polynomial_multiplication",
      source_index: 0,
      polynomial_expr: "(18 - 95*z**3)*(-12*z**2 - 104*z + 78)",
      variables: ["z"],
      difficulty: {
        min_terms: 2,
        max_terms: 4,
        min_value: 1,
        max_value: 100,
        min_degree: 0,
        max_degree: 3,
        min_polynomials: 2,
        max_polynomials: 3,
      },
    },
  };

  it("accepts the expansion in any order, as SymPy's == does", async () => {
    expect(
      (await polynomialMultiplication.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry)).reward,
    ).toBe(1);
    for (const ok of [
      "1404 - 1872*z - 216*z**2 - 7410*z**3 + 9880*z**4 + 1140*z**5",
      "1140*z**5+9880*z**4-7410*z**3-216*z**2-1872*z+1404",
      "z**5*1140 + 9880*z*z*z*z - 7410*z**3 - 216*z**2 - 1872*z + 1404 + 0",
      "1140*z**5 + 9880*z**4 - 7410*z**3 - 216*z**2 - 1872*z + 1404 + z - z",
      "2*(570*z**5 + 4940*z**4 - 3705*z**3 - 108*z**2 - 936*z + 702)", // a number times one sum distributes
    ])
      expect(polynomialMultiplication.scoreAnswer(ok, rgEntry)).toBe(1);
  });

  it("rejects what SymPy would not call equal", () => {
    for (const bad of [
      "(18 - 95*z**3)*(-12*z**2 - 104*z + 78)", // the product itself is not expanded
      "1140*z^5 + 9880*z^4 - 7410*z^3 - 216*z^2 - 1872*z + 1404", // ^ is XOR in Python
      "1140z**5 + 9880z**4 - 7410z**3 - 216z**2 - 1872z + 1404", // no implicit products
      "1140.0*z**5 + 9880*z**4 - 7410*z**3 - 216*z**2 - 1872*z + 1404", // floats are not integers
      "1140*z**5 + 9880*z**4 - 7410*z**3 - 216*z**2 - 1872*z + 1405",
      "1140*x**5 + 9880*x**4 - 7410*x**3 - 216*x**2 - 1872*x + 1404",
      "2*z*(570*z**4 + 4940*z**3 - 3705*z**2 - 108*z - 936) + 1404", // a product with a sum stays
      "__import__('os').system('true')",
      "",
    ])
      expect(polynomialMultiplication.scoreAnswer(bad, rgEntry)).toBe(0);
  });

  it("stays bounded on hostile answers", () => {
    expect(
      polynomialMultiplication.scoreAnswer(`${"(".repeat(10_000)}z${")".repeat(10_000)}`, rgEntry),
    ).toBe(0);
    expect(polynomialMultiplication.scoreAnswer("2**2**2**2**2**2", rgEntry)).toBe(0);
    expect(polynomialMultiplication.scoreAnswer(`(z + 1)**${"9".repeat(50)}`, rgEntry)).toBe(0);
    expect(polynomialMultiplication.scoreAnswer("z/0", rgEntry)).toBe(0);
    expect(polynomialMultiplication.scoreAnswer(`${"z*".repeat(2000)}z`, rgEntry)).toBe(0);
  });

  it("prints products the way SymPy multiplies them", () => {
    const entries = polynomialMultiplication.dataset(
      { seed: 3, allow_cross_variable_product: true },
      200,
    );
    for (const e of entries) {
      expect(e.question).toContain(e.metadata.polynomial_expr as string);
      expect(polynomialMultiplication.scoreAnswer(e.metadata.polynomial_expr as string, e)).toBe(
        e.metadata.polynomial_expr === e.answer ? 1 : 0,
      );
    }
    expect(entries.some((e) => (e.metadata.variables as string[]).length > 1)).toBe(true);
    expect(() =>
      polynomialMultiplication.dataset({ allow_multivariate_polynomials: true }, 1),
    ).toThrow(/cross/);
  });
});
