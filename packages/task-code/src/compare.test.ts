import { describe, expect, it } from "vitest";
import {
  compareCallValue,
  compareStdout,
  compareStdoutLiveCodeBench,
  isClose,
  parsePyJson,
  pyDecimal,
  pyEqual,
  pyFloat,
} from "./compare.js";

describe("Python string helpers", () => {
  it("parses floats with Python's grammar", () => {
    expect(pyFloat(" 1_000.5 ")).toBe(1000.5);
    expect(pyFloat("-.5e1")).toBe(-5);
    expect(pyFloat("1.")).toBe(1);
    expect(pyFloat("+Infinity")).toBe(Number.POSITIVE_INFINITY);
    expect(pyFloat("-inf")).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(pyFloat("nan"))).toBe(true);
    for (const bad of ["", ".", "1e", "0x10", "1__0", "_1", "1_", "1 2", "abc", "1.2.3"]) {
      expect(pyFloat(bad), bad).toBeNull();
    }
  });

  it("uses numpy.isclose tolerances", () => {
    expect(isClose(1.000001, 1)).toBe(true);
    expect(isClose(1.0001, 1)).toBe(false);
    expect(isClose(0, 1e-9)).toBe(true);
    expect(isClose(Number.NaN, Number.NaN)).toBe(false);
    expect(isClose(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(true);
  });
});

describe("compareStdout (PRIME rules)", () => {
  it("accepts outputs equal after stripping, line by line", () => {
    expect(compareStdout("3\n", "3")).toBe(true);
    expect(compareStdout("  1 2  \n3\r\n", "1 2\n3\n")).toBe(true);
    expect(compareStdout("a\n\n\nb\n", "a\nb")).toBe(true); // empty printed lines dropped
    expect(compareStdout("a\nb\n", "a\n\n  \nb\n")).toBe(false); // a whitespace-only line stays
    expect(compareStdout("4\n", "3")).toBe(false);
    expect(compareStdout("", "0")).toBe(false);
  });

  it("compares lines as floats within tolerance unless all are digit strings", () => {
    expect(compareStdout("0.3333333\n", "0.33333333333")).toBe(true);
    expect(compareStdout("-5\n", "-5.0")).toBe(true);
    expect(compareStdout("1e3\n2\n", "1000\n2")).toBe(true);
    expect(compareStdout("007\n", "7")).toBe(false); // both digit strings: no float step
    expect(compareStdout("0.34\n", "0.33333")).toBe(false);
    expect(compareStdout("1 2\n", "1.0 2.0")).toBe(false); // a line is not one float
  });

  it("compares tokens only in lenient mode (PRIME's token step never takes effect)", () => {
    expect(compareStdout("1  2\n", "1 2")).toBe(false);
    expect(compareStdout("1  2\n", "1 2", "lenient")).toBe(true);
    expect(compareStdout("1 2\n3\n", "1 2 3", "lenient")).toBe(true);
    expect(compareStdout("1.0000001 x\n", "1 x", "lenient")).toBe(true);
    expect(compareStdout("1 y\n", "1 x", "lenient")).toBe(false);
  });

  it("stays linear on adversarial output", () => {
    const huge = `${"1_".repeat(200_000)}x\n`.repeat(5);
    const start = performance.now();
    expect(compareStdout(huge, "1\n1\n1\n1\n1", "lenient")).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("compareCallValue (PRIME rules)", () => {
  it("uses Python equality on JSON values", () => {
    expect(compareCallValue("[1, 2]", "[1, 2]")).toBe(true);
    expect(compareCallValue("1.0", "1")).toBe(true);
    expect(compareCallValue("true", "1")).toBe(true);
    expect(compareCallValue('"1"', "1")).toBe(false);
    expect(compareCallValue("null", "null")).toBe(true);
    expect(compareCallValue('{"a": [1, 2.5]}', '{"a": [1, 2.5]}')).toBe(true);
    expect(compareCallValue('{"a": 1}', '{"a": 1, "b": 2}')).toBe(false);
  });

  it("keeps big integers exact", () => {
    expect(compareCallValue("18446744073709551617", "18446744073709551616")).toBe(false);
    expect(compareCallValue("18446744073709551616", "18446744073709551616")).toBe(true);
  });

  it("unwraps a one-element expected list, as APPS stores return values", () => {
    expect(compareCallValue("4", "[4]")).toBe(true);
    expect(compareCallValue("[1, 2]", "[[1, 2]]")).toBe(true);
    expect(compareCallValue("4", "[5, 4]")).toBe(false);
    expect(compareCallValue("[]", "[]")).toBe(true);
  });

  it("wraps expected dicts with integer keys like PRIME", () => {
    expect(compareCallValue('{"1": "a"}', '{"1": "a"}')).toBe(true);
    expect(compareCallValue('{"1": "a"}', '[{"1": "a"}, 5]')).toBe(true);
  });

  it("handles NaN and Infinity as Python's json does", () => {
    expect(compareCallValue("Infinity", "Infinity")).toBe(true);
    expect(compareCallValue("-Infinity", "Infinity")).toBe(false);
    expect(compareCallValue("NaN", "NaN")).toBe(false);
    expect(compareCallValue('"NaN"', '"NaN"')).toBe(true);
    expect(pyEqual(parsePyJson('["Infinity", 1]'), parsePyJson('["Infinity", 1.0]'))).toBe(true);
  });

  it("rejects invalid JSON without throwing", () => {
    expect(compareCallValue("{", "1")).toBe(false);
    expect(compareCallValue("1", "")).toBe(false);
    expect(compareCallValue(`${"[".repeat(100_000)}`, "1")).toBe(false);
  });
});

describe("LiveCodeBench rules", () => {
  // [printed, expected, verdict]: the verdicts are those of LiveCodeBench's grade_stdio
  // comparison (get_stripped_lines, then Decimal per token) run under CPython 3.11.
  const CPYTHON: [string, string, boolean][] = [
    ["3\n", "3", true],
    ["3.0\n", "3", true],
    ["1e3", "1000", true],
    ["1E+3", "1000.000", true],
    ["-0", "0", true],
    ["0.1", "0.10", true],
    ["0.1", "0.1000000001", false],
    ["1_000", "1000", true],
    ["1__000", "1000", true],
    [".5", "0.5", true],
    ["5.", "5", true],
    ["inf", "Infinity", true],
    ["-inf", "-INF", true],
    ["inf", "-inf", false],
    ["nan", "nan", true],
    ["NaN", "NaN", true],
    ["sNaN", "sNaN", true],
    ["nan12", "nan12", true],
    ["1 2 3", "1 2 3.0", true],
    ["1 2", "1 2 3", false],
    ["1  2\t3", "1 2 3", true],
    ["a b", "a  b", false],
    ["a b", "a b", true],
    ["yes", "YES", false],
    ["1\n2\n", "1\n2", true],
    ["1\n\n2", "1\n2", false],
    ["  1\n2  \n\n", "1\n2", true],
    ["", "", true],
    ["\n", "", true],
    ["", "0", false],
    ["1.5 x", "1.5 x", true],
    ["1.5 x", "1.50 x", false],
    ["0x10", "16", false],
    ["1e", "1", false],
    ["+5", "5", true],
    ["1e999999999999999999", "1e999999999999999999", true],
    ["10e-1", "1", true],
    ["12345678901234567890123", "12345678901234567890123.0", true],
    ["12345678901234567890123", "12345678901234567890124", false],
    ["0.30000000000000004", "0.3", false],
    ["1\r\n2\r\n", "1\n2", true],
    ["1 \u00a02", "1 2", true],
    ["e5", "1", false],
    ["1.2.3", "1.2.3", true],
    ["1.2.3", "1.2.30", false],
    ["-", "-", true],
    ["-", "0", false],
    ["00012", "12", true],
    ["1e-0", "1", true],
    ["1e+", "1", false],
    ["Infinity1", "Infinity1", true],
  ];

  it("matches LiveCodeBench's stdin/stdout comparison as CPython runs it", () => {
    for (const [printed, expected, verdict] of CPYTHON) {
      expect(
        compareStdoutLiveCodeBench(printed, expected),
        JSON.stringify([printed, expected]),
      ).toBe(verdict);
      expect(compareStdout(printed, expected, "livecodebench")).toBe(verdict);
    }
  });

  it("parses Decimal text as CPython does: underscores dropped, values normalised", () => {
    expect(pyDecimal(" -1_0.50e+2 ")).toEqual({
      kind: "finite",
      negative: true,
      digits: "105",
      exponent: 1n,
    });
    expect(pyDecimal("000")).toEqual({ kind: "finite", negative: false, digits: "", exponent: 0n });
    expect(pyDecimal("in_f")).toEqual({ kind: "infinity", negative: false });
    expect(pyDecimal("-sNaN7")).toEqual({ kind: "nan" });
    for (const bad of ["", "_", ".", "e5", "1e", "1e+", "0x1", "1.2.3", "--1", "1 2", "infinit"]) {
      expect(pyDecimal(bad), bad).toBeNull();
    }
    expect(compareStdoutLiveCodeBench(`${"1 ".repeat(50_000)}`, `${"1.0 ".repeat(50_000)}`)).toBe(
      true,
    );
  });

  it("differs from PRIME where LiveCodeBench does: line counts, exact decimals", () => {
    expect(compareStdout("1\n\n2\n", "1\n2")).toBe(true);
    expect(compareStdout("1\n\n2\n", "1\n2", "livecodebench")).toBe(false);
    expect(compareStdout("0.3000001", "0.3")).toBe(true);
    expect(compareStdout("0.3000001", "0.3", "livecodebench")).toBe(false);
  });

  it("compares call-based values with == only (no unwrapping of a one-element list)", () => {
    expect(compareCallValue("[1, 2]", "[1, 2]", "livecodebench")).toBe(true);
    expect(compareCallValue("2", "2.0", "livecodebench")).toBe(true);
    expect(compareCallValue("true", "1", "livecodebench")).toBe(true);
    expect(compareCallValue("4", "[4]")).toBe(true);
    expect(compareCallValue("4", "[4]", "livecodebench")).toBe(false);
    expect(compareCallValue('{"1": "a"}', '[{"1": "a"}]', "livecodebench")).toBe(false);
    expect(compareCallValue("1", "not json", "livecodebench")).toBe(false);
  });
});
