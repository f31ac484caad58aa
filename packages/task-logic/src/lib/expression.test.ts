import { describe, expect, it } from "vitest";
import { evaluateArithmetic, integerLiterals, rationalEquals, sameMultiset } from "./expression.js";

describe("evaluateArithmetic", () => {
  it("evaluates + - * / with precedence, exactly", () => {
    expect(evaluateArithmetic("2 + 3 * 4")).toEqual({ n: 14n, d: 1n });
    expect(evaluateArithmetic("(2 + 3) * 4")).toEqual({ n: 20n, d: 1n });
    expect(evaluateArithmetic("8 / (3 - 8 / 3)")).toEqual({ n: 24n, d: 1n });
    expect(evaluateArithmetic("1/3 + 1/6")).toEqual({ n: 1n, d: 2n });
    expect(evaluateArithmetic("10 - 4 - 3")).toEqual({ n: 3n, d: 1n }); // left-associative
    expect(evaluateArithmetic("24 / 4 / 2")).toEqual({ n: 3n, d: 1n });
    expect(evaluateArithmetic("-3 * -(2)")).toEqual({ n: 6n, d: 1n });
    expect(evaluateArithmetic("0.5 * 4")).toEqual({ n: 2n, d: 1n });
  });

  it("rejects what is not plain arithmetic", () => {
    for (const bad of [
      "",
      "2 +",
      "2 ** 3",
      "2 ^ 3",
      "x + 1",
      "(2 + 3",
      "2 + 3)",
      "1 / 0",
      "3 = 3",
      "2 3",
      "05",
      "1\n+2",
    ])
      expect(evaluateArithmetic(bad), bad).toBeNull();
    expect(evaluateArithmetic("(1\n+2)")).toEqual({ n: 3n, d: 1n });
  });

  it("fails fast past its limits instead of doing unbounded work", () => {
    expect(evaluateArithmetic(`${"(".repeat(101)}1${")".repeat(101)}`)).toBeNull();
    expect(evaluateArithmetic(`${"(".repeat(100)}1${")".repeat(100)}`)).toEqual({ n: 1n, d: 1n });
    expect(evaluateArithmetic("9".repeat(2000))).toBeNull();
    expect(evaluateArithmetic(Array.from({ length: 500 }, () => "999999").join("*"))).toBeNull();
    expect(evaluateArithmetic("1+".repeat(6000).concat("1"))).toBeNull(); // over maxLength
  });

  it("compares with integers", () => {
    expect(rationalEquals({ n: 24n, d: 1n }, 24)).toBe(true);
    expect(rationalEquals({ n: 49n, d: 2n }, 24)).toBe(false);
  });
});

describe("integerLiterals", () => {
  it("finds digit runs as Python's \\b\\d+\\b does", () => {
    expect(integerLiterals("1 + 1 + 81")).toEqual([1, 1, 81]);
    expect(integerLiterals("(12*3)-4/2")).toEqual([12, 3, 4, 2]);
    expect(integerLiterals("1.5")).toEqual([1, 5]);
    expect(integerLiterals("x12 + 3")).toEqual([3]);
    expect(sameMultiset([1, 2, 2], [2, 1, 2])).toBe(true);
    expect(sameMultiset([1, 2], [1, 2, 2])).toBe(false);
  });
});
