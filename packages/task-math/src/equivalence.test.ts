import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { CASES } from "./cases.js";
import { checkEquivalence } from "./equivalence.js";
import { generateMath, MathGeneratorConfigSchema } from "./generator.js";

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

  it("keeps exact arithmetic small: huge fractions and binomials fall back quickly", () => {
    for (const predicted of [
      "(1+2^{-100})^{1000}",
      "\\binom{100000}{20000}",
      "\\frac{(2^{5000}+1)(2^{5000}+3)}{(2^{5000}+3)(2^{5000}+1)}",
      "3000! \\cdot 2999! \\cdot 2998!",
    ]) {
      const start = performance.now();
      const result = checkEquivalence("7", predicted);
      expect(result.equivalent).toBe(false);
      expect(performance.now() - start).toBeLessThan(3000);
    }
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

describe("checkEquivalence: seeded fuzzing", () => {
  it("never throws on random token soup and always gives a reason", () => {
    const tokens = [
      "1",
      "2",
      "x",
      "\\frac",
      "{",
      "}",
      "(",
      ")",
      "[",
      "]",
      "\\{",
      "\\}",
      "^",
      "_",
      "+",
      "-",
      "=",
      "<",
      "\\le",
      ",",
      ";",
      "\\sqrt",
      "\\pi",
      "e",
      "i",
      "\\cup",
      "\\infty",
      "\\pm",
      "\\text{cm}",
      "\\%",
      "\\begin{pmatrix}",
      "\\end{pmatrix}",
      "&",
      "\\\\",
      "!",
      "\\boxed",
      "$",
      "0.5",
      "\\cdot",
      ":",
      "|",
      "\\left(",
      "\\right)",
      "\\in",
      "\\approx",
      " and ",
      "\\ln",
      "10^{10^{10}}",
      "\\binom",
      "\\overline",
    ];
    const rng = new Rng(2024);
    const soup = () => Array.from({ length: rng.int(1, 20) }, () => rng.pick(tokens)).join("");
    for (let n = 0; n < 1500; n++) {
      const a = soup();
      const b = rng.bool(0.3) ? a : soup();
      const r = checkEquivalence(a, b, { timeoutMs: 300 });
      expect(typeof r.equivalent).toBe("boolean");
      expect(r.reason.length).toBeGreaterThan(0);
    }
  });

  it("rejects perturbed generated answers and accepts rewritten ones", () => {
    const config = MathGeneratorConfigSchema.parse({
      seed: 77,
      difficulty: 4,
      kinds: ["arithmetic", "fractions", "linear", "modular", "counting", "sequence"],
    });
    for (let i = 0; i < 150; i++) {
      const a = generateMath(config, i).answer;
      const zero = checkEquivalence("0", a).equivalent;
      expect(checkEquivalence(a, `${a}+1`).equivalent, `${a} vs ${a}+1`).toBe(false);
      expect(checkEquivalence(a, `${a}+10^{-9}`).equivalent, `${a} vs ${a}+10^{-9}`).toBe(false);
      expect(checkEquivalence(a, `2\\left(${a}\\right)`).equivalent).toBe(zero);
      expect(checkEquivalence(a, `-\\left(${a}\\right)`).equivalent).toBe(zero);
      expect(
        checkEquivalence(a, `\\frac{2\\left(${a}\\right)}{2}`).equivalent,
        `${a} rewritten`,
      ).toBe(true);
      expect(checkEquivalence(a, `\\left(${a}\\right)+0`).equivalent).toBe(true);
    }
  });
});
