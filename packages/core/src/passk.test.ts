import { describe, expect, it } from "vitest";
import { passAtK, summarizePassAtK } from "./passk.js";
import { Rng } from "./rng.js";

/** Exact 1 - C(n-c, k) / C(n, k) with BigInt binomials, as a float at the end. */
function exactPassAtK(n: number, c: number, k: number): number {
  const choose = (a: number, b: number): bigint => {
    if (b < 0 || b > a) return 0n;
    let result = 1n;
    for (let i = 1; i <= b; i++) result = (result * BigInt(a - b + i)) / BigInt(i);
    return result;
  };
  const fail = choose(n - c, k);
  const all = choose(n, k);
  // 1 - fail/all with 30 digits kept before converting.
  const scale = 10n ** 30n;
  return Number(scale - (fail * scale) / all) / 1e30;
}

describe("passAtK", () => {
  it("matches the hand-computed n=16, c=3, k=8 value", () => {
    // C(13,8) = 1287, C(16,8) = 12870, so 1 - 1287/12870 = 0.9.
    expect(passAtK(16, 3, 8)).toBeCloseTo(0.9, 12);
  });
  it("matches other hand-computed values", () => {
    // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10.
    expect(passAtK(5, 2, 2)).toBeCloseTo(0.7, 12);
    // n=10, c=1, k=3: 1 - C(9,3)/C(10,3) = 1 - 84/120.
    expect(passAtK(10, 1, 3)).toBeCloseTo(0.3, 12);
  });
  it("is 0 with no correct sample and 1 with all correct", () => {
    expect(passAtK(16, 0, 8)).toBe(0);
    expect(passAtK(16, 16, 8)).toBe(1);
    expect(passAtK(16, 16, 1)).toBe(1);
  });
  it("is 1 whenever fewer than k samples fail", () => {
    expect(passAtK(16, 9, 8)).toBe(1);
    expect(passAtK(4, 1, 4)).toBe(1);
  });
  it("is c/n for k = 1", () => {
    for (const [n, c] of [
      [16, 3],
      [7, 5],
      [100, 37],
    ] as const) {
      expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 12);
    }
  });
  it("grows with k", () => {
    const values = [1, 2, 4, 8, 16].map((k) => passAtK(16, 2, k));
    for (let i = 1; i < values.length; i++) {
      expect(values[i]).toBeGreaterThan(values[i - 1] as number);
    }
  });
  it("stays accurate for large n against an exact BigInt computation", () => {
    for (const [n, c, k] of [
      [1000, 1, 1],
      [1000, 3, 10],
      [1000, 500, 100],
      [1000, 999, 1],
      [1000, 2, 500],
      [1000, 50, 900],
    ] as const) {
      expect(Math.abs(passAtK(n, c, k) - exactPassAtK(n, c, k))).toBeLessThan(1e-12);
    }
  });
  it("agrees with the exact value on random (n, c, k)", () => {
    const rng = new Rng(31, "passk");
    for (let i = 0; i < 300; i++) {
      const n = rng.int(1, 400);
      const c = rng.int(0, n);
      const k = rng.int(1, n);
      expect(Math.abs(passAtK(n, c, k) - exactPassAtK(n, c, k)), `${n} ${c} ${k}`).toBeLessThan(
        1e-12,
      );
    }
  });
  it("refuses k > n with a clear error", () => {
    expect(() => passAtK(4, 1, 5)).toThrow(/pass@5 needs at least 5 samples per problem, got n=4/);
  });
  it("refuses non-integers and out-of-range counts", () => {
    expect(() => passAtK(16, 3.5, 8)).toThrow(/integers/);
    expect(() => passAtK(16, 3, 1.5)).toThrow(/integers/);
    expect(() => passAtK(Number.NaN, 3, 1)).toThrow(RangeError);
    expect(() => passAtK(16, 17, 8)).toThrow(/c=17/);
    expect(() => passAtK(16, -1, 8)).toThrow(RangeError);
    expect(() => passAtK(16, 3, 0)).toThrow(/k >= 1/);
    expect(() => passAtK(0, 0, 1)).toThrow(RangeError);
  });
});

describe("summarizePassAtK", () => {
  it("averages pass@k over problems, counting only reward 1 as correct", () => {
    const problems = [
      { rewards: [1, 0, 0, 0] }, // c=1
      { rewards: [1, 1, 0.5, 0.99] }, // c=2: partial rewards are not correct
      { rewards: [0, 0, 0, 0] }, // c=0
    ];
    const summary = summarizePassAtK(problems, [1, 2]);
    expect(summary.problems).toBe(3);
    expect(summary.samplesPerProblem).toEqual({ min: 4, max: 4 });
    expect(summary.passAtK[1]).toBeCloseTo((1 / 4 + 2 / 4 + 0) / 3, 12);
    const at2 = (passAtK(4, 1, 2) + passAtK(4, 2, 2) + 0) / 3;
    expect(summary.passAtK[2]).toBeCloseTo(at2, 12);
  });
  it("reports mean reward with problems weighted equally", () => {
    const summary = summarizePassAtK([{ rewards: [0.5, 0.5] }, { rewards: [1, 0, 0, 0.2] }], [1]);
    // (0.5 + 0.3) / 2, not the sample mean 2.7 / 6.
    expect(summary.meanReward).toBeCloseTo(0.4, 12);
    expect(summary.samplesPerProblem).toEqual({ min: 2, max: 4 });
  });
  it("names the problem that has too few samples for k", () => {
    expect(() => summarizePassAtK([{ rewards: [1, 1, 1] }, { rewards: [1] }], [2])).toThrow(
      /pass@2 needs at least 2 samples per problem; problem 1 has 1/,
    );
  });
  it("refuses zero problems, empty problems and rewards outside [0, 1]", () => {
    expect(() => summarizePassAtK([], [1])).toThrow(/zero problems/);
    expect(() => summarizePassAtK([{ rewards: [1] }, { rewards: [] }], [])).toThrow(
      /problem 1 has no samples/,
    );
    expect(() => summarizePassAtK([{ rewards: [1.5] }], [1])).toThrow(/\[0, 1\]/);
    expect(() => summarizePassAtK([{ rewards: [Number.NaN] }], [1])).toThrow(/\[0, 1\]/);
  });
});
