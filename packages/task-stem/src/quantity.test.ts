import { describe, expect, it } from "vitest";
import { compareQuantities, parseNumberPrefix, parseQuantity } from "./quantity.js";

function value(text: string): number | undefined {
  return parseQuantity(text)?.value;
}

describe("parseQuantity", () => {
  it("reads scientific notation in its LaTeX, caret, x and e forms", () => {
    for (const s of [
      "6.02 \\times 10^{23}",
      "6.02\\times10^{23}",
      "6.02 \\cdot 10^{23}",
      "6.02 × 10^23",
      "6.02 x 10^23",
      "6.02e23",
      "6.02E+23",
    ]) {
      expect(value(s)).toBeCloseTo(6.02e23, -20);
    }
    expect(value("1.5e-3")).toBeCloseTo(0.0015);
    expect(value("10^{-3}")).toBeCloseTo(0.001);
  });

  it("separates the unit and normalises LaTeX units", () => {
    expect(parseQuantity("3.2 m/s")).toMatchObject({ value: 3.2, unit: "m/s" });
    expect(parseQuantity("3.2\\,\\mathrm{m/s}")).toMatchObject({ value: 3.2, unit: "m/s" });
    expect(parseQuantity("3.2 \\text{ m s}^{-1}")?.qty?.kind()).toBe("speed");
    expect(parseQuantity("$3.2$ m/s")).toMatchObject({ value: 3.2, unit: "m/s" });
    expect(parseQuantity("12.5 Ω")?.qty?.kind()).toBe("resistance");
    expect(parseQuantity("4 \\mu F")?.qty?.kind()).toBe("capacitance");
    expect(parseQuantity("8.314 J/(mol K)")?.qty).not.toBeNull();
    expect(parseQuantity("27 ^\\circ C")?.unit).toBe("tempC");
    expect(parseQuantity("300 K")?.unit).toBe("tempK");
  });

  it("evaluates simple exact forms and strips a leading variable", () => {
    expect(value("\\frac{1}{2} mol")).toBe(0.5);
    expect(value("\\dfrac{3}{4}")).toBe(0.75);
    expect(value("\\sqrt{2}/2")).toBeCloseTo(Math.SQRT1_2);
    expect(value("2\\pi")).toBeCloseTo(2 * Math.PI);
    expect(value("−4.5")).toBe(-4.5);
    expect(value("3,000 J")).toBe(3000);
    expect(value("v = 12 m/s")).toBe(12);
    expect(value("v \\approx 12.0 m/s")).toBe(12);
  });

  it("returns null for non-numbers and overlong input", () => {
    expect(parseQuantity("\\alpha")).toBeNull();
    expect(parseQuantity("x^2 + 1")).toBeNull();
    expect(parseQuantity("")).toBeNull();
    expect(parseQuantity(`1${"0".repeat(500)}`)).toBeNull();
    expect(parseNumberPrefix("(((((")).toBeNull();
  });
});

describe("compareQuantities", () => {
  const q = (s: string) => {
    const parsed = parseQuantity(s);
    if (!parsed) throw new Error(s);
    return parsed;
  };

  it("uses a relative tolerance", () => {
    expect(compareQuantities(q("100 m"), q("100.9 m"), 0.01).equal).toBe(true);
    expect(compareQuantities(q("100 m"), q("101.1 m"), 0.01).equal).toBe(false);
    expect(compareQuantities(q("100 m"), q("101.1 m"), 0.02).equal).toBe(true);
    expect(compareQuantities(q("0"), q("0.0"), 0.01).equal).toBe(true);
    expect(compareQuantities(q("-5 J"), q("-5.04 J"), 0.01).equal).toBe(true);
  });

  it("converts compatible units and rejects incompatible ones", () => {
    expect(compareQuantities(q("3.2 m/s"), q("320 cm/s"), 0.01).equal).toBe(true);
    expect(compareQuantities(q("101.3 kPa"), q("1 atm"), 0.01).equal).toBe(true);
    expect(compareQuantities(q("27 ^\\circ C"), q("300.15 K"), 0.01).equal).toBe(true);
    const wrong = compareQuantities(q("3.2 m/s"), q("3.2 kg"), 0.01);
    expect(wrong.equal).toBe(false);
    expect(wrong.reason).toContain("unit mismatch");
    expect(compareQuantities(q("3.2 m"), q("3.2 km"), 0.01).equal).toBe(false);
  });

  it("reads a bare number in the expected unit, and a fraction for a percentage", () => {
    expect(compareQuantities(q("3.2 m/s"), q("3.2"), 0.01).equal).toBe(true);
    expect(compareQuantities(q("45\\%"), q("0.45"), 0.01).equal).toBe(true);
    expect(compareQuantities(q("45\\%"), q("45"), 0.01).equal).toBe(true);
  });
});
