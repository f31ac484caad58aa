import { describe, expect, it } from "vitest";
import { CASES } from "./cases.js";
import { checkEquivalence } from "./equivalence.js";

describe("checkEquivalence: our own cases, by kind", () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      it.each(cases.map(([gold, predicted, expected]) => ({ gold, predicted, expected })))(
        "$gold vs $predicted -> $expected",
        ({ gold, predicted, expected }) => {
          const result = checkEquivalence(gold, predicted);
          expect(result.equivalent, result.reason).toBe(expected);
          expect(typeof result.reason).toBe("string");
        },
      );
    });
  }

  it("has at least 300 cases in at least 15 groups", () => {
    const total = Object.values(CASES).reduce((n, c) => n + c.length, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(15);
  });
});

describe("checkEquivalence: safety", () => {
  const slowInputs: [string, string][] = [
    ["10^{10^{10}}", "10^{10^{10}}+1"],
    ["10^{10^{10}}", "10^{10^{11}}"],
    ["2^{2^{2^{2^{2}}}}", "2^{65536}+1"],
    ["1", `${"\\sqrt{".repeat(1000)}1${"}".repeat(1000)}`],
    ["1", `${"(".repeat(1000)}1${")".repeat(1000)}`],
    ["1", `${"-".repeat(3000)}1`],
    ["1", `${"1+".repeat(1500)}1`],
    ["5", "9".repeat(100_000)],
    ["5", `\\frac{${"1".repeat(50_000)}}{3}`],
    ["x", "x^{x^{x^{x^{x^{x^{x^{x}}}}}}}"],
    ["100000!", "100001!"],
    ["(10^{100000})!", "(10^{100000})! + 1"],
    ["\\binom{10^9}{5 \\cdot 10^8}", "1"],
    ["1, 2", Array.from({ length: 300 }, (_, i) => i).join(", ")],
  ];
  it.each(
    slowInputs.map(([gold, predicted]) => ({
      gold,
      predicted: predicted.slice(0, 60) + (predicted.length > 60 ? "..." : ""),
      full: predicted,
    })),
  )("stays within the budget: $gold vs $predicted", ({ gold, full }) => {
    const start = performance.now();
    const result = checkEquivalence(gold, full, { timeoutMs: 500 });
    const elapsed = performance.now() - start;
    // The budget is 500 ms; the bound leaves room for one uninterruptible parser call on a
    // shared, loaded CI machine. A hang would blow far past it.
    expect(elapsed).toBeLessThan(3000);
    expect(result.equivalent).toBe(false);
  });

  it("refuses answers over the size limit without parsing them", () => {
    const huge = "1".repeat(100_000);
    const result = checkEquivalence(huge, huge.slice(0, -1));
    expect(result.equivalent).toBe(false);
    expect(result.reason).toMatch(/too long/);
  });

  it("never throws on hostile strings", () => {
    const nasty = [
      "\\",
      "{",
      "}",
      "\\begin{pmatrix}",
      "\\end{pmatrix}",
      "\\frac{}{}",
      "^^^^",
      "\\left(",
      "$$$$",
      "\u0000\uffff",
      "\\boxed{\\boxed{",
      "x=",
      "=",
      "<",
      "\\in",
      "\\cup",
      "[,)",
      "(,,,)",
      "\\{\\}",
      "\\pm",
      "%",
      "1/0",
      "0/0",
      "\\infty-\\infty",
      "\\sqrt{-1}^{\\sqrt{-1}}",
      "\\log 0",
    ];
    for (const a of nasty) {
      for (const b of nasty) {
        const result = checkEquivalence(a, b, { timeoutMs: 200 });
        expect(typeof result.equivalent).toBe("boolean");
      }
    }
  });

  it("treats non-string input as not equivalent", () => {
    expect(checkEquivalence(undefined as unknown as string, "1").equivalent).toBe(false);
    expect(checkEquivalence("1", null as unknown as string).equivalent).toBe(false);
  });

  it("gives the same verdict twice (no state leaks between calls)", () => {
    for (const [gold, predicted, expected] of CASES.expressions_with_variables ?? []) {
      expect(checkEquivalence(gold, predicted).equivalent).toBe(expected);
      expect(checkEquivalence(gold, predicted).equivalent).toBe(expected);
    }
  });
});
