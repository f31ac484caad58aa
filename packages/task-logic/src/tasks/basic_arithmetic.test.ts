import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { basicArithmetic, evaluateFloorDiv } from "./basic_arithmetic.js";

const plusOne = (answer: string) => String(BigInt(answer) + 1n);

describe("logic/basic_arithmetic", () => {
  it("holds the task properties over 500 entries", async () => {
    expect(await checkTaskProperties(basicArithmetic, { perturb: plusOne })).toEqual([]);
  });

  it("holds them without parentheses, with natural wording and random spacing", async () => {
    const config = { allow_parentheses: false, format_style: "natural", whitespace: "random" };
    expect(
      await checkTaskProperties(basicArithmetic, { seeds: 200, config, perturb: plusOne }),
    ).toEqual([]);
  });

  it("evaluates with Python's precedence and floor division", () => {
    expect(evaluateFloorDiv("-7 / 2")).toBe(-4n);
    expect(evaluateFloorDiv("7 / -2")).toBe(-4n);
    expect(evaluateFloorDiv("2 + 3 * 4")).toBe(14n);
    expect(evaluateFloorDiv("-(2 + 3) * 4")).toBe(-20n);
    expect(evaluateFloorDiv("3--5")).toBe(8n);
    expect(() => evaluateFloorDiv("1 / 0")).toThrow();
  });

  it("answers are the value of the printed expression", () => {
    for (const entry of basicArithmetic.dataset({ seed: 5, allow_parentheses: false }, 100)) {
      expect(String(evaluateFloorDiv(entry.metadata.expression as string))).toBe(entry.answer);
      expect(entry.question).toBe(`Calculate ${entry.metadata.expression}.`);
    }
  });

  it("scores like RG's default: exact, or the contained fraction", () => {
    const entry = { question: "Calculate 6 * 7.", answer: "42", metadata: {} };
    expect(basicArithmetic.scoreAnswer("42", entry)).toBe(1);
    expect(basicArithmetic.scoreAnswer("x = 42", entry)).toBeCloseTo(2 / 6);
    expect(basicArithmetic.scoreAnswer("41", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "Calculate -( -3849 * 7306 ) / 9 .",
      answer: "3124532",
      metadata: {
        source_dataset: "basic_arithmetic",
        source_index: 0,
        expression: "-( -3849 * 7306 ) / 9",
        num_terms: 3,
        num_digits: 4,
        difficulty: { num_terms: [2, 6], num_digits: [1, 4] },
      },
    };
    expect(String(evaluateFloorDiv(entry.metadata.expression))).toBe(entry.answer);
    expect(await basicArithmetic.verify("<answer>3124532</answer>", entry)).toMatchObject({
      reward: 1,
    });
  });
});
