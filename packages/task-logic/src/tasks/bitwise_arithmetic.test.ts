import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import {
  bitwiseArithmetic,
  evaluateIntegerExpression,
  pyIntAutoBase,
} from "./bitwise_arithmetic.js";

describe("logic/bitwise_arithmetic", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer}1`;
    expect(await checkTaskProperties(bitwiseArithmetic, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Please solve this problem. Assume there is arbitrary bit depth and that there are signed integers. If the answer is negative, reply as a negative value (ex., -0x3), not the two's-compliment form. Reply only with the final hexidecimal value.\n((0x3a24 - 0x24b8) + (0x1741 >> 0x3))",
    answer: "0x1854",
    metadata: {
      source_dataset: "bitwise_arithmetic",
      source_index: 0,
      problem: "((0x3a24 - 0x24b8) + (0x1741 >> 0x3))",
      difficulty: { difficulty: 2 },
    },
  };

  it("accepts any spelling Python's int(text, 0) reads as the value", async () => {
    expect((await bitwiseArithmetic.verify("<answer>0x1854</answer>", rgEntry)).reward).toBe(1);
    for (const ok of [
      "0X1854",
      "0x18_54",
      "0x_1854",
      "6228",
      "0b1100001010100",
      "0o14124",
      " +0x1854\t",
      "0x001854",
    ])
      expect(bitwiseArithmetic.scoreAnswer(ok, rgEntry)).toBe(1);
    for (const bad of [
      "1854",
      "0x1855",
      "-0x1854",
      "06228",
      "0x",
      "0x1854.",
      "0x18__54",
      "x1854",
      "0x1854 h",
    ])
      expect(bitwiseArithmetic.scoreAnswer(bad, rgEntry)).toBe(0);
    // Python also reads non-ASCII digits (int("٦٢٢٨", 0) is 6228); here digits are ASCII only.
    expect(bitwiseArithmetic.scoreAnswer("٦٢٢٨", rgEntry)).toBe(0);
  });

  it("evaluates with Python's precedence and floor shifts", () => {
    expect(evaluateIntegerExpression("(0x10 - 0x20) >> 0x2")).toBe(-4n);
    expect(evaluateIntegerExpression("-0x11 >> 0x1")).toBe(-9n); // floor, not truncation
    expect(evaluateIntegerExpression("1 + 2 * 3 << 1")).toBe(14n);
    expect(evaluateIntegerExpression("0x1 << 0x1000000")).toBeNull(); // shift bounded
    expect(evaluateIntegerExpression("((0x1)")).toBeNull();
    expect(evaluateIntegerExpression("__import__('os')")).toBeNull();
    expect(evaluateIntegerExpression(`${"(".repeat(10_000)}1${")".repeat(10_000)}`)).toBeNull();
  });

  it("reads integers as Python does", () => {
    expect(pyIntAutoBase("-0x3")).toBe(-3n);
    expect(pyIntAutoBase("0")).toBe(0n);
    expect(pyIntAutoBase("000")).toBe(0n);
    expect(pyIntAutoBase("007")).toBeNull();
    expect(pyIntAutoBase("1_000")).toBe(1000n);
    expect(pyIntAutoBase("9".repeat(4301))).toBeNull(); // Python's digit limit
    expect(pyIntAutoBase(`0x${"f".repeat(5000)}`)).toBe(16n ** 5000n - 1n);
  });

  it("answers are the problem's value in hex, at every difficulty", () => {
    for (const difficulty of [1, 3, 6]) {
      for (const e of bitwiseArithmetic.dataset({ seed: difficulty, difficulty }, 50)) {
        const value = evaluateIntegerExpression(e.metadata.problem as string) as bigint;
        expect(e.answer).toBe(
          value < 0n ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`,
        );
      }
    }
  });
});
