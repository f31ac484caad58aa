import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import {
  loadtxtFloat32,
  PyDict,
  pyFixed,
  pyIntText,
  pyJsonDumps,
  pyJsonLoads,
  pyLess,
  pySorted,
} from "./python.js";

// Expected values below were printed by CPython 3.11 (json.loads, sorted, int, format).
describe("pyJsonLoads (Python's json.loads)", () => {
  it("reads what JSON.parse reads, the same way", () => {
    const rng = new Rng("json");
    const value = (depth: number): unknown => {
      const kind = rng.int(0, depth > 3 ? 3 : 5);
      if (kind === 0) return rng.int(-1000, 1000) / (rng.bool() ? 8 : 1);
      if (kind === 1) return rng.pick(["", 'a"b', "é\\n", "\u0001x".slice(1), "🙂"]);
      if (kind === 2) return rng.pick([true, false, null]);
      if (kind === 3) return rng.int(0, 9);
      if (kind === 4) return Array.from({ length: rng.int(0, 4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: rng.int(0, 3) }, (_, k) => [`k${k}`, value(depth + 1)]),
      );
    };
    const plain = (v: unknown): unknown =>
      v instanceof PyDict
        ? Object.fromEntries([...v.entries].map(([k, x]) => [k, plain(x)]))
        : Array.isArray(v)
          ? v.map(plain)
          : v;
    for (let k = 0; k < 300; k++) {
      const text = JSON.stringify(value(0), null, rng.bool() ? 1 : undefined);
      expect(plain(pyJsonLoads(text))).toEqual(JSON.parse(text));
    }
  });

  it("accepts NaN and Infinity and rejects what Python rejects", () => {
    expect(pyJsonLoads("NaN")).toBeNaN();
    expect(pyJsonLoads("[-Infinity, Infinity]")).toEqual([-Infinity, Infinity]);
    expect(pyJsonLoads("[1e400]")).toEqual([Infinity]);
    expect(pyJsonLoads('"\\ud800"')).toBe("\ud800");
    const dict = pyJsonLoads('{"b": 1, "a": 2, "b": 3}') as PyDict;
    expect([...dict.entries]).toEqual([
      ["b", 3],
      ["a", 2],
    ]);
    for (const bad of [
      "[1,]",
      "01",
      "'a'",
      "\ufeff[1]",
      "[1] x",
      "-NaN",
      "[-]",
      "",
      "{1: 2}",
      "[1 2]",
    ])
      expect(() => pyJsonLoads(bad), bad).toThrow(SyntaxError);
    expect(() => pyJsonLoads(`${"[".repeat(2000)}${"]".repeat(2000)}`)).toThrow(); // RecursionError
    expect(() => pyJsonLoads("[".repeat(100_000))).toThrow();
  });
});

describe("pySorted (Python's sorted with a raising <)", () => {
  it("sorts stably and raises exactly where Python does", () => {
    expect(pySorted([true, 0.5, 2], pyLess)).toEqual([0.5, true, 2]);
    expect(
      pySorted(
        [
          [1, "a"],
          [2, 3],
        ],
        pyLess,
      ),
    ).toEqual([
      [1, "a"],
      [2, 3],
    ]);
    expect(pySorted([null], pyLess)).toEqual([null]);
    for (const raising of [
      [1, "a"],
      [
        [1, "a"],
        [1, 2],
      ],
      [null, null],
      ["b", "a", 1],
      [3, 1, "x"],
      [1, 2, "x"],
    ])
      expect(() => pySorted(raising as never[], pyLess), JSON.stringify(raising)).toThrow(
        TypeError,
      );
  });

  it("orders strings by code point, as Python does", () => {
    expect(pySorted(["\uffff", "🙂", "a"], pyLess)).toEqual(["a", "\uffff", "🙂"]);
  });

  it("agrees with a stable sort on comparable lists of every length", () => {
    const rng = new Rng("sorted");
    for (let n = 0; n < 130; n++) {
      const items = Array.from({ length: n }, (_, k) => ({ key: rng.int(0, 5), k }));
      const less = (a: { key: number }, b: { key: number }) => a.key < b.key;
      expect(pySorted(items, less)).toEqual(items.slice().sort((a, b) => a.key - b.key));
    }
  });
});

describe("pyFixed (Python's format(x, '.Nf'))", () => {
  it("rounds exact ties to even and keeps the sign of negative zero", () => {
    expect(pyFixed(2.675, 2)).toBe("2.67");
    expect(pyFixed(0.5, 0)).toBe("0");
    expect(pyFixed(1.5, 0)).toBe("2");
    expect(pyFixed(-2.5, 0)).toBe("-2");
    expect(pyFixed(1e-7, 3)).toBe("0.000");
    expect(pyFixed(-1e-7, 3)).toBe("-0.000");
    expect(pyFixed(123.456, 10)).toBe("123.4560000000");
  });

  it("matches toFixed wherever the value is not an exact tie", () => {
    const rng = new Rng("fixed");
    for (let k = 0; k < 2000; k++) {
      const x = (rng.float() - 0.5) * 10 ** rng.int(-3, 6);
      const d = rng.int(0, 8);
      expect(pyFixed(x, d), `${x} ${d}`).toBe(x.toFixed(d));
    }
  });
});

describe("pyIntText (Python's int(str))", () => {
  it("reads Unicode decimal digits, signs and underscores", () => {
    const cases: [string, bigint | null][] = [
      ["  ٣ ", 3n],
      ["1_0", 10n],
      ["1__0", null],
      ["+5", 5n],
      ["-0", 0n],
      ["５", 5n],
      ["𝟓", 5n],
      ["𝟙𝟚", 12n],
      ["1 0", null],
      ["٣٣", 33n],
      ["¹", null],
      ["1.0", null],
      ["9".repeat(5000), null],
    ];
    for (const [text, value] of cases) expect(pyIntText(text), text).toBe(value);
  });
});

describe("loadtxtFloat32 (numpy's loadtxt of a number grid)", () => {
  it("squeezes length-1 axes and rejects ragged or non-numeric grids", () => {
    expect(loadtxtFloat32("1 2\n3 4")?.shape).toEqual([2, 2]);
    expect(loadtxtFloat32("1 2")?.shape).toEqual([2]);
    expect(loadtxtFloat32("1\n2")?.shape).toEqual([2]);
    expect(loadtxtFloat32("5")?.shape).toEqual([]);
    expect(loadtxtFloat32("")?.shape).toEqual([0]);
    expect(loadtxtFloat32("1 2 # note\n\n3 4")?.shape).toEqual([2, 2]);
    expect(Array.from(loadtxtFloat32("1. .5 1e5 -inf NAN")?.values ?? [])).toEqual([
      1,
      0.5,
      1e5,
      -Infinity,
      Number.NaN,
    ]);
    expect(loadtxtFloat32("0.1")?.values[0]).toBe(Math.fround(0.1));
    for (const bad of ["1 2\n3", "1,2", "1_0", "0x1", "1e", "[1 2]", "١"])
      expect(loadtxtFloat32(bad), bad).toBeNull();
    expect(loadtxtFloat32(`${"1".repeat(100_000)}x`)).toBeNull();
  });
});

describe("pyJsonDumps (Python's json.dumps)", () => {
  it("escapes non-ASCII and separates as Python does", () => {
    expect(pyJsonDumps([["a", "é"], [1]])).toBe('[["a", "\\u00e9"], [1]]');
    expect(pyJsonDumps([[0, 1]], true)).toBe("[[0,1]]");
    expect(pyJsonDumps("🙂\u007f")).toBe('"\\ud83d\\ude42\\u007f"');
  });
});
