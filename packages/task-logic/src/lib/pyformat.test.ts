import { describe, expect, it } from "vitest";
import { pyExponential, pyFixed, pyGeneral, pyThousands, ratioToNumber } from "./pyformat.js";

// Reference values from CPython 3.11: f"{x:.2f}", f"{x:.3e}", f"{x:.10g}", f"{x:,}", int / int.
describe("lib/pyformat", () => {
  it("rounds exact ties half to even, as CPython (JavaScript rounds them up)", () => {
    expect(pyFixed(0.125, 2)).toBe("0.12");
    expect(pyFixed(0.375, 2)).toBe("0.38");
    expect(pyFixed(2.5, 0)).toBe("2");
    expect(pyFixed(-2.675, 2)).toBe("-2.67"); // the double is below 2.675
    expect(pyFixed(999999.5, 0)).toBe("1000000");
    expect(pyGeneral(3.0517578125e-5, 10)).toBe("3.051757812e-05");
  });

  it("keeps the sign of negative zero and of values that round to zero", () => {
    expect(pyFixed(-0, 2)).toBe("-0.00");
    expect(pyFixed(-0.001, 2)).toBe("-0.00");
    expect(pyExponential(-0, 2)).toBe("-0.00e+00");
  });

  it("formats exponentials, general and grouped forms", () => {
    expect(pyExponential(569204305.618, 15)).toBe("5.692043056180000e+08");
    expect(pyExponential(9.9996, 3)).toBe("1.000e+01");
    expect(pyGeneral(0.0001220703125, 10)).toBe("0.0001220703125");
    expect(pyGeneral(0.00001220703125, 10)).toBe("1.220703125e-05");
    expect(pyGeneral(1234567890123, 10)).toBe("1.23456789e+12");
    expect(pyGeneral(0.5, 10)).toBe("0.5");
    expect(pyGeneral(100, 10)).toBe("100");
    expect(pyThousands(569204311.663)).toBe("569,204,311.663");
    expect(pyThousands(-1234.0)).toBe("-1,234.0");
    expect(pyThousands(1e16)).toBe("1e+16");
    expect(pyFixed(Number.NaN, 2)).toBe("nan");
    expect(pyGeneral(Number.NEGATIVE_INFINITY, 3)).toBe("-inf");
  });

  it("divides big integers to the nearest double", () => {
    expect(ratioToNumber(10n ** 30n + 7n, 3n * 10n ** 29n)).toBe(3.3333333333333335);
    expect(ratioToNumber(2n ** 60n + 1n, 2n ** 61n)).toBe(0.5);
    expect(ratioToNumber(-7n, 23n)).toBe(-7 / 23);
    expect(ratioToNumber(2n ** 53n + 1n, 1n)).toBe(2 ** 53); // tie to even
    expect(ratioToNumber(2n ** 53n + 3n, 1n)).toBe(2 ** 53 + 4);
  });
});
