import { describe, expect, it } from "vitest";
import { sympyPolynomial } from "../lib/numbers.js";
import { checkTaskProperties } from "../testing.js";
import { simpleEquations } from "./simple_equations.js";

/** Solves "a*v + b = c" as printed by the generator, by trying the form at two points. */
function solve(equation: string, variable: string): bigint {
  const [lhs, rhs] = equation.split(" = ") as [string, string];
  const at = (v: bigint) => {
    let value = 0n;
    const tokens = lhs.replaceAll(" - ", " + -").split(" + ");
    for (const token of tokens) {
      const negative = token.startsWith("-");
      const body = negative ? token.slice(1) : token;
      let term: bigint;
      if (body === variable) term = v;
      else if (body.endsWith(`*${variable}`)) term = BigInt(body.slice(0, -2)) * v;
      else term = BigInt(body);
      value += negative ? -term : term;
    }
    return value;
  };
  const b = at(0n);
  const a = at(1n) - b;
  return (BigInt(rhs) - b) / a;
}

describe("logic/simple_equations", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(simpleEquations, { perturb })).toEqual([]);
  });

  it("prints the expanded left side as sympy does, and the answer solves it", () => {
    expect(sympyPolynomial([3n, -5n], "x")).toBe("3 - 5*x");
    expect(sympyPolynomial([-4n, 5n], "x")).toBe("5*x - 4");
    expect(sympyPolynomial([-4n, -1n], "x")).toBe("-x - 4");
    expect(sympyPolynomial([0n, 20n], "x")).toBe("20*x");
    for (const e of simpleEquations.dataset({ seed: 4, max_terms: 8 }, 100)) {
      const variable = e.metadata.variable as string;
      expect(solve(e.metadata.equation as string, variable)).toBe(BigInt(e.answer as string));
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "Solve for x: 20*x + 12 = 152",
      answer: "7",
      metadata: {
        source_dataset: "simple_equations",
        source_index: 0,
        equation: "20*x + 12 = 152",
        variable: "x",
        difficulty: {
          min_terms: 2,
          max_terms: 4,
          min_value: 1,
          max_value: 100,
          operators_weights: [0.4, 0.4, 0.2],
        },
      },
    };
    expect(await simpleEquations.verify("<answer>7</answer>", entry)).toMatchObject({ reward: 1 });
    expect(simpleEquations.scoreAnswer("x = 7", entry)).toBeCloseTo(1 / 5);
  });
});
