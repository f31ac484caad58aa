import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { polynomialEquations, realRoots } from "./polynomial_equations.js";

const entry = {
  question: "Solve for real x: -3*x**3 + 12*x = 0\n...",
  answer: "-2.0, 0.0, 2.0",
  metadata: {
    source_dataset: "polynomial_equations",
    source_index: 0,
    polynomial_expr: "-3*x**3 + 12*x",
    variable: "x",
    degree: 3,
    real_solutions: [-2.0, 0.0, 2.0],
    num_terms: 2,
    difficulty: { terms: [2, 4], degree: [1, 3] },
  },
};

describe("logic/polynomial_equations", () => {
  it("holds the task properties over 500 entries", async () => {
    // Dropping a root costs 0.5; a single root is moved by 1 (reward exp(-10)).
    const perturb = (answer: string) => {
      const roots = answer.split(", ");
      return roots.length > 1 ? roots.slice(1).join(", ") : String(Number(roots[0]) + 1);
    };
    expect(await checkTaskProperties(polynomialEquations, { perturb })).toEqual([]);
  });

  it("finds every real root once, including repeated ones", () => {
    // (x - 1)^2 (x + 2) = x^3 - 3x + 2
    expect(realRoots([2n, -3n, 0n, 1n])).toEqual([-2, 1]);
    // x^2 + 1 has none; x^2 - 2 has ±sqrt(2)
    expect(realRoots([1n, 0n, 1n])).toEqual([]);
    const [a, b] = realRoots([-2n, 0n, 1n]);
    expect(a).toBeCloseTo(-Math.SQRT2, 14);
    expect(b).toBeCloseTo(Math.SQRT2, 14);
  });

  it("gives RG's partial credit", () => {
    const score = (a: string) => polynomialEquations.scoreAnswer(a, entry);
    expect(score("2, -2, 0")).toBe(1);
    expect(score("-2.0, 0.0, 2.0001")).toBeCloseTo((2 + Math.exp(-0.001)) / 3);
    expect(score("-2, 2")).toBeCloseTo(0.5);
    expect(score("-2, 0, 2, 5")).toBeCloseTo(0.5);
    expect(score("-2, zero, 2")).toBeCloseTo(0.5);
    expect(score("")).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await polynomialEquations.verify("<answer>-2.0, 0.0, 2.0</answer>", entry),
    ).toMatchObject({
      reward: 1,
    });
  });
});
