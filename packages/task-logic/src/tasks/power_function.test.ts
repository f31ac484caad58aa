import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { powerFunction } from "./power_function.js";

describe("logic/power_function", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) =>
      Number(answer) === 0 ? "1" : String(Number(answer) * 1.01);
    expect(await checkTaskProperties(powerFunction, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Your task is to compute an exponentiation of a number.\n\nCompute -456.2492^-7. Return your final answer correct to 3 significant figures.\nProvide your answer in scientific notation using 'e' notation (e.g., 1.23e+4).\n",
    answer: "-2.429882024519227e-19",
    metadata: {
      source_dataset: "power_function",
      source_index: 3,
      base: -456.2492,
      exponent: -7,
      solution: -2.429882024519227e-19,
      difficulty: { exponent: [0, 8] },
    },
  };

  it("compares to 3 significant figures, half-even, as RG's Decimal quantize", async () => {
    expect((await powerFunction.verify("<answer>-2.43e-19</answer>", rgEntry)).reward).toBe(1);
    for (const ok of [
      "-2.43e-19",
      "-2.43E-19",
      "-2.4299e-19",
      "-0.000000000000000000243",
      " -2.4301e-19 ",
    ])
      expect(powerFunction.scoreAnswer(ok, rgEntry)).toBe(1);
    for (const bad of [
      "-2.425e-19",
      "-2.435e-19",
      "-2.42e-19",
      "2.43e-19",
      "-2.4e-19",
      "-2.44e-19",
      "-2.43 e-19",
      "NaN",
      "0",
    ])
      expect(powerFunction.scoreAnswer(bad, rgEntry)).toBe(0.01);
    expect(powerFunction.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("rounds ties to even at the third figure and treats zero as zero", () => {
    const entry = { ...rgEntry, answer: "1.225" };
    expect(powerFunction.scoreAnswer("1.22", entry)).toBe(1); // 1.225 → 1.22 (half-even)
    expect(powerFunction.scoreAnswer("1.23", entry)).toBe(0.01);
    const zero = { ...rgEntry, answer: "0.0" };
    expect(powerFunction.scoreAnswer("0", zero)).toBe(1);
    expect(powerFunction.scoreAnswer("1e-300", zero)).toBe(0.01);
  });

  it("prints base and exponent as Python does and answers base ** exponent", () => {
    for (const e of powerFunction.dataset({ seed: 9 }, 200)) {
      const m = /Compute (-?[\d.e+-]+)\^(-?\d+)\./.exec(e.question);
      expect(m).not.toBeNull();
      expect(Number(m?.[1])).toBe(e.metadata.base);
      expect(Number(m?.[2])).toBe(e.metadata.exponent);
      expect(Number(e.answer)).toBe((e.metadata.base as number) ** (e.metadata.exponent as number));
    }
  });
});
