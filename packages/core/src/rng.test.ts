import { describe, expect, it } from "vitest";
import { hashSeed, Rng } from "./rng.js";

// The algorithm under test: xoroshiro128+ from pure-rand, seeded with hashSeed (a 32-bit
// FNV-1a hash of the seed parts, finished with murmur3's fmix32).

function draws(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => rng.int(0, 1_000_000));
}

describe("Rng determinism", () => {
  it("gives the same stream for the same seed parts, in separate instances", () => {
    expect(draws(new Rng(7, "logic/countdown", 3), 50)).toEqual(
      draws(new Rng(7, "logic/countdown", 3), 50),
    );
    const a = new Rng(1);
    const b = new Rng(1);
    expect([a.float(), a.bool(), a.pick([1, 2, 3])]).toEqual([
      b.float(),
      b.bool(),
      b.pick([1, 2, 3]),
    ]);
  });
  it("gives different streams for different parts, part order and part types", () => {
    const base = draws(new Rng(7, "task", 3), 20);
    expect(draws(new Rng(8, "task", 3), 20)).not.toEqual(base);
    expect(draws(new Rng(7, "task", 4), 20)).not.toEqual(base);
    expect(draws(new Rng(7, "other", 3), 20)).not.toEqual(base);
    expect(draws(new Rng(3, "task", 7), 20)).not.toEqual(base);
    expect(draws(new Rng("7", "task", 3), 20)).not.toEqual(base);
    expect(draws(new Rng(7, "task3"), 20)).not.toEqual(draws(new Rng(7, "task", 3), 20));
  });
  it("keeps item streams independent: item i does not depend on earlier items", () => {
    const direct = new Rng(5, "gen", 10).int(0, 1e9);
    for (let i = 0; i < 10; i++) draws(new Rng(5, "gen", i), 100);
    expect(new Rng(5, "gen", 10).int(0, 1e9)).toBe(direct);
  });
  it("hashSeed is a 32-bit integer, stable for equal parts and spread for nearby ones", () => {
    const h = hashSeed([1, "a"]);
    expect(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31).toBe(true);
    expect(hashSeed([1, "a"])).toBe(h);
    const nearby = new Set(Array.from({ length: 10_000 }, (_, i) => hashSeed([0, "item", i])));
    expect(nearby.size).toBeGreaterThan(9_990);
  });
});

describe("Rng.int", () => {
  it("stays within [min, max] and reaches both ends", () => {
    const rng = new Rng(11);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const v = rng.int(-3, 3);
      expect(v).toBeGreaterThanOrEqual(-3);
      expect(v).toBeLessThanOrEqual(3);
      expect(Number.isInteger(v)).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(rng.int(5, 5)).toBe(5);
  });
  it("is uniform (chi-square over 10 bins, fixed seed)", () => {
    const rng = new Rng(2024, "chi-square");
    const bins = new Array<number>(10).fill(0);
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const v = rng.int(0, 9);
      bins[v] = (bins[v] as number) + 1;
    }
    const expected = n / 10;
    const chi2 = bins.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: P(chi2 > 27.88) = 0.001.
    expect(chi2).toBeLessThan(27.88);
  });
  it("handles the full safe-integer range", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 100; i++) {
      const v = rng.int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      expect(Number.isSafeInteger(v)).toBe(true);
    }
  });
  it("refuses bad ranges", () => {
    const rng = new Rng(1);
    expect(() => rng.int(2, 1)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(/integers/);
    expect(() => rng.int(0, Number.NaN)).toThrow(RangeError);
    expect(() => rng.int(0, 2 ** 60)).toThrow(/safe integers/);
  });
});

describe("Rng.float / bool / pick", () => {
  it("float lies in [0, 1) with mean near 1/2", () => {
    const rng = new Rng(9);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const v = rng.float();
      expect(v >= 0 && v < 1).toBe(true);
      sum += v;
    }
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
  });
  it("bool follows its probability", () => {
    const rng = new Rng(4);
    let trues = 0;
    for (let i = 0; i < 20_000; i++) if (rng.bool(0.2)) trues++;
    expect(trues / 20_000).toBeGreaterThan(0.18);
    expect(trues / 20_000).toBeLessThan(0.22);
    expect(new Rng(1).bool(0)).toBe(false);
    expect(new Rng(1).bool(1)).toBe(true);
  });
  it("pick returns an element and refuses an empty list", () => {
    const items = ["a", "b", "c"];
    const rng = new Rng(2);
    const picked = new Set(Array.from({ length: 200 }, () => rng.pick(items)));
    expect([...picked].sort()).toEqual(items);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe("Rng.shuffle / sample", () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it("shuffle returns a permutation and leaves the input alone", () => {
    const copy = items.slice();
    const shuffled = new Rng(1).shuffle(items);
    expect(items).toEqual(copy);
    expect(shuffled).not.toEqual(items);
    expect(shuffled.slice().sort((a, b) => a - b)).toEqual(items);
    expect(new Rng(1).shuffle(items)).toEqual(shuffled);
    expect(new Rng(2).shuffle(items)).not.toEqual(shuffled);
    expect(new Rng(1).shuffle([])).toEqual([]);
  });
  it("shuffle puts each item in each place about equally often", () => {
    const rng = new Rng(77);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 8_000; i++) {
      const first = rng.shuffle([0, 1, 2, 3])[0] as number;
      counts[first] = (counts[first] as number) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 2_000)).toBeLessThan(200);
  });
  it("sample gives distinct items of the input", () => {
    const rng = new Rng(5);
    const sample = rng.sample(items, 20);
    expect(sample).toHaveLength(20);
    expect(new Set(sample).size).toBe(20);
    for (const s of sample) expect(items).toContain(s);
    expect(rng.sample(items, 0)).toEqual([]);
    expect(rng.sample(items, 50).sort((a, b) => a - b)).toEqual(items);
    expect(new Rng(5).sample(items, 20)).toEqual(sample);
  });
  it("sample refuses counts it cannot meet", () => {
    const rng = new Rng(5);
    expect(() => rng.sample(items, 51)).toThrow(/cannot sample 51 items from 50/);
    expect(() => rng.sample(items, -1)).toThrow(RangeError);
    expect(() => rng.sample(items, 1.5)).toThrow(RangeError);
  });
});
