import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import {
  commas,
  Fraction,
  fixed,
  floorDiv,
  formatNumber,
  mod,
  percent,
  pyRandom,
  pyRound,
  range,
} from "./python.js";

// Expected values are what Python 3.11 prints for the same expressions.
describe("Python semantics for the GSM-Symbolic templates", () => {
  it("formats and rounds like Python: exact binary values, exact ties to even", () => {
    expect(fixed(0.125, 2)).toBe("0.12"); // JavaScript's toFixed gives 0.13
    expect(fixed(0.375, 2)).toBe("0.38");
    expect(fixed(-0.125, 2)).toBe("-0.12");
    expect(fixed(2.5, 0)).toBe("2");
    expect(fixed(2.675, 2)).toBe("2.67"); // 2.675 is 2.67499999... in binary
    expect(pyRound(2.675, 2)).toBe(2.67);
    expect(pyRound(0.5)).toBe(0);
    expect(pyRound(1.5)).toBe(2);
    expect(pyRound(2.5)).toBe(2);
    expect(pyRound(-0.5)).toBe(0);
    expect(percent(0.125, 0)).toBe("12%");
    expect(commas("1234567.891")).toBe("1,234,567.891");
    expect(commas("1234567")).toBe("1,234,567");
    expect(commas("-1234")).toBe("-1,234");
  });

  it("divides like Python", () => {
    expect(floorDiv(-7, 2)).toBe(-4);
    expect(mod(-7, 2)).toBe(1);
    expect(mod(7, -2)).toBe(-1);
    expect(() => floorDiv(1, 0)).toThrow();
    expect(range(20, 50, 10)).toEqual([20, 30, 40]);
    expect(range(3)).toEqual([0, 1, 2]);
  });

  it("has Python's Fraction", () => {
    expect(String(new Fraction(6, 8))).toBe("3/4");
    expect(String(new Fraction(4, 2))).toBe("2");
    expect(String(new Fraction(1, 3).add(new Fraction(1, 6)))).toBe("1/2");
    expect(new Fraction(-7, 2).trunc()).toBe(-3);
    expect(Fraction.parse("3/4").mul(8).isInteger()).toBe(true);
    expect(new Fraction(1, 3).compare(new Fraction(1, 2))).toBe(-1);
    expect(() => new Fraction(1, 0)).toThrow();
  });

  it("formats answers as RG's format_number does", () => {
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(12.0)).toBe("12");
    expect(formatNumber(2.5)).toBe("2.5");
    expect(formatNumber(19.99)).toBe("19.99");
    expect(() => formatNumber(0.125)).toThrow(/decimals/);
    expect(() => formatNumber(0.1 + 0.2)).toThrow(/decimals/);
  });

  it("draws within Python's ranges", () => {
    const rng = pyRandom(new Rng("python.test"));
    for (let i = 0; i < 200; i++) {
      const r = rng.randrange(20, 50, 5);
      expect(r >= 20 && r < 50 && r % 5 === 0).toBe(true);
      const u = rng.uniform(2.25, 11.5);
      expect(u >= 2.25 && u < 11.5).toBe(true);
    }
    expect(() => rng.randrange(10, 10)).toThrow(/empty range/);
    expect(rng.sample(["a", "b", "c"], 3).sort()).toEqual(["a", "b", "c"]);
  });
});
