import { describe, expect, it } from "vitest";
import {
  addDec,
  decToString,
  divDec,
  mulDec,
  parseDec,
  quantizeDec,
  subDec,
  withinDec,
} from "./decimal.js";

const d = (text: string) => {
  const value = parseDec(text);
  if (value === null) throw new Error(text);
  return value;
};

// Reference: CPython's decimal module (getcontext().prec = 12 unless stated).
describe("lib/decimal", () => {
  it("keeps exponents and prints as str(Decimal)", () => {
    expect(decToString(d("4.180"))).toBe("4.180");
    expect(decToString(d("0.00000001"))).toBe("1E-8");
    expect(decToString(d("0E-8"))).toBe("0E-8");
    expect(decToString(d("1.5e3"))).toBe("1.5E+3");
    expect(decToString(d(" -0.000 "))).toBe("-0.000");
    expect(decToString(d("1_000.5"))).toBe("1000.5");
    for (const bad of ["", ".", "1e", "1__0", "nan", "Infinity", "0x10", "1e6000", "1,5"])
      expect(parseDec(bad)).toBeNull();
  });

  it("adds, multiplies and divides with Python's context rounding and exponents", () => {
    expect(decToString(addDec(d("1.5"), d("2.5"), 12))).toBe("4.0");
    expect(decToString(subDec(d("1.000"), d("1.000"), 12))).toBe("0.000");
    expect(decToString(mulDec(d("2.568"), d("9.683"), 12))).toBe("24.865944");
    expect(decToString(divDec(d("7.365"), d("3.44"), 12) as never)).toBe("2.14098837209");
    expect(decToString(divDec(d("1.000"), d("2.000"), 12) as never)).toBe("0.5");
    expect(decToString(divDec(d("1"), d("3"), 6) as never)).toBe("0.333333");
    expect(decToString(divDec(d("2"), d("3"), 6) as never)).toBe("0.666667");
    expect(decToString(mulDec(d("123456789"), d("1000000"), 12))).toBe("1.23456789000E+14");
    expect(divDec(d("1"), d("0"), 12)).toBeNull();
  });

  it("compares within a tolerance exactly and quantizes half-even", () => {
    expect(withinDec(d("27.389"), d("27.3880599115"), 3)).toBe(true);
    expect(withinDec(d("27.387"), d("27.3880599115"), 3)).toBe(false);
    expect(withinDec(d("1.001"), d("1"), 3)).toBe(true);
    expect(decToString(quantizeDec(d("1.225"), -2))).toBe("1.22");
    expect(decToString(quantizeDec(d("1.235"), -2))).toBe("1.24");
  });
});
