import { describe, expect, it } from "vitest";
import { isUnitWord, normalizeAnswer } from "./normalize.js";
import { casLatex } from "./scalar.js";

const text = (raw: string) => normalizeAnswer(raw)?.text;

describe("normalizeAnswer: letters after a number", () => {
  it("keeps implicit products of single-letter variables", () => {
    expect(text("0.5mv^2")).toBe("0.5mv^2");
    expect(text("2xy")).toBe("2xy");
    expect(text("\\frac{1}{2}xy^2")).toBe("\\frac{1}{2}xy^2");
    expect(text("\\frac{1}{2} bh")).toBe("\\frac{1}{2} bh");
    expect(text("3abc")).toBe("3abc");
  });

  it("drops unit symbols and unit words", () => {
    expect(text("35 cm")).toBe("35");
    expect(text("12kg")).toBe("12");
    expect(text("3 hours")).toBe("3");
    expect(text("15 cm^2")).toBe("15");
    expect(text("45 degrees")).toBe("45");
  });

  it("tells unit words from variable products", () => {
    for (const unit of ["cm", "km", "kg", "hr", "mph", "hours", "meters", "cents"]) {
      expect(isUnitWord(unit), unit).toBe(true);
    }
    for (const product of ["mv", "xy", "ab", "bh", "abc", "xyz", "mnp", "xyzw"]) {
      expect(isUnitWord(product), product).toBe(false);
    }
  });
});

describe("multi-letter \\text{} names", () => {
  it("keeps a whole-answer name in \\text{} and unwraps other text", () => {
    expect(text("\\text{Evelyn}")).toBe("\\text{Evelyn}");
    expect(text("\\textbf{ odd }")).toBe("\\text{odd}");
    expect(text("\\text{E}")).toBe("E");
    expect(text("\\text{12}")).toBe("12");
  });

  it("hands a name to the CAS as one symbol, apart from its constants", () => {
    expect(casLatex("\\text{speed}")).toBe("\\operatorname{txtspeed}");
    expect(casLatex("2\\text{ x}")).toBe("2 x");
    expect(casLatex("mv^2")).toBe("mv^2");
  });
});
