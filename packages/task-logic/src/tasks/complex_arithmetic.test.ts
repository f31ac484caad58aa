import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import {
  complexArithmetic,
  formatComplex,
  parseComplexAnswer,
  pyComplex,
} from "./complex_arithmetic.js";

describe("logic/complex_arithmetic", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (_answer: string, entry: { metadata: Record<string, unknown> }) => {
      const [re, im] = entry.metadata.result as [number, number];
      return `${re + 1} + ${im}i`;
    };
    expect(await checkTaskProperties(complexArithmetic, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question: "Divide the complex numbers: (-51.0 + 21.0i) ÷ (5.0 + 1.0i)",
    answer: "-9.0 + 6.0i",
    metadata: {
      source_dataset: "complex_arithmetic",
      source_index: 10,
      num1: [-51.0, 21.0],
      num2: [5.0, 1.0],
      operation: "/",
      result: [-9, 6],
      difficulty: {
        min_real: -10,
        max_real: 10,
        min_imag: -10,
        max_imag: 10,
        operations_weights: [0.4, 0.4, 0.1, 0.1],
      },
    },
  };

  it("reads the answer as RG does and scores exp(-distance)", async () => {
    expect((await complexArithmetic.verify("<answer>-9.0 + 6.0i</answer>", rgEntry)).reward).toBe(
      1,
    );
    for (const ok of [
      "-9+6i",
      "(-9 + 6i)",
      "((-9+6j))",
      "-9+6I",
      "-9.0+6.0i",
      "-9e0+6e0i",
      "-9_0e-1+6i",
    ])
      expect(complexArithmetic.scoreAnswer(ok, rgEntry)).toBe(1);
    expect(complexArithmetic.scoreAnswer("-8+6i", rgEntry)).toBeCloseTo(Math.exp(-1));
    expect(complexArithmetic.scoreAnswer("-9", rgEntry)).toBeCloseTo(Math.exp(-6));
    expect(complexArithmetic.scoreAnswer("6i", rgEntry)).toBeCloseTo(Math.exp(-9));
    expect(complexArithmetic.scoreAnswer("-9+i", rgEntry)).toBeCloseTo(Math.exp(-5));
    for (const bad of ["6i+-9", "6i-9", "-9+6*i", "1+2i+3", "(1+2i", "i-9", "", "inf"])
      expect(complexArithmetic.scoreAnswer(bad, rgEntry)).toBe(0);
  });

  it("scores NaN parts 0 (RG's min(1.0, nan) is 1.0)", () => {
    expect(complexArithmetic.scoreAnswer("nan", rgEntry)).toBe(0);
    expect(complexArithmetic.scoreAnswer("nanj", rgEntry)).toBe(0);
  });

  it("follows Python's complex() grammar", () => {
    expect(pyComplex("1+2j")).toEqual({ re: 1, im: 2 });
    expect(pyComplex("( 1-j )")).toEqual({ re: 1, im: -1 });
    expect(pyComplex("-j")).toEqual({ re: 0, im: -1 });
    expect(pyComplex("1e3-2.5e-1j")).toEqual({ re: 1000, im: -0.25 });
    expect(pyComplex("1+2")).toBeNull();
    expect(pyComplex("j2")).toBeNull();
    expect(pyComplex("1_+2j")).toBeNull();
    expect(parseComplexAnswer("3.5")).toEqual({ re: 3.5, im: 0 });
    expect(parseComplexAnswer("-i")).toEqual({ re: 0, im: -1 });
    expect(parseComplexAnswer("2i+3")).toBeNull(); // RG: "j" not last
  });

  it("prints numbers as RG's _format_complex, negative zero included", () => {
    expect(formatComplex({ re: -15, im: 3 })).toBe("-15.0 + 3.0i");
    expect(formatComplex({ re: 7, im: 0 })).toBe("7.00");
    expect(formatComplex({ re: 0, im: -2 })).toBe("-2.00i");
    expect(formatComplex({ re: -0, im: 0 })).toBe("-0.00");
    expect(formatComplex({ re: 1e16, im: -1 })).toBe("1e+16 - 1.0i");
  });

  it("divides exactly: the dividend is built from the quotient", () => {
    for (const e of complexArithmetic.dataset({ seed: 3, operations_weights: [0, 0, 0, 1] }, 100)) {
      const a = e.metadata.num1 as [number, number];
      const [b0, b1] = e.metadata.num2 as [number, number];
      const [q0, q1] = e.metadata.result as [number, number];
      expect([q0 * b0 - q1 * b1, q0 * b1 + q1 * b0]).toEqual(a.map((v) => v + 0));
      expect(e.question.startsWith("Divide the complex numbers:")).toBe(true);
    }
  });

  it("stays bounded on hostile answers", () => {
    expect(
      complexArithmetic.scoreAnswer(`${"(".repeat(100_000)}1+2i${")".repeat(100_000)}`, rgEntry),
    ).toBe(0);
    expect(complexArithmetic.scoreAnswer("1".repeat(200_000), rgEntry)).toBe(0);
  });
});
