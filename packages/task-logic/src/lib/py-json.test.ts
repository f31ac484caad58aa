import { describe, expect, it } from "vitest";
import {
  MAX_JSON_DEPTH,
  PyJsonError,
  PyJsonLimitError,
  pyJsonDumps,
  pyJsonEquals,
  pyJsonLoads,
  pyJsonStr,
} from "./py-json.js";

// Expected values are what Python 3.11's json module and str() give for the same input.
describe("JSON as Python's json module reads and writes it", () => {
  it("round-trips like json.dumps(json.loads(...))", () => {
    const text =
      '{"b": 1, "a": [1.0, 1e5, -0.0, 1E400, NaN, true, null, "\u00e9\\ud83d\\ude00\\u0001\\u007f"], "b": 2}';
    expect(pyJsonDumps(pyJsonLoads(text))).toBe(
      '{"b": 2, "a": [1.0, 100000.0, -0.0, Infinity, NaN, true, null, "\\u00e9\\ud83d\\ude00\\u0001\\u007f"]}',
    );
    expect(pyJsonDumps(pyJsonLoads(" [ ] "))).toBe("[]");
    expect(pyJsonDumps(pyJsonLoads("123456789012345678901234567890"))).toBe(
      "123456789012345678901234567890",
    );
  });

  it("rejects what json.loads rejects", () => {
    for (const bad of [
      "[1,]",
      '{"a":1,}',
      "01",
      "1.",
      ".5",
      '"\u0001"',
      "{a:1}",
      "'a'",
      "[1] x",
      "-",
      '"\\x"',
      " \u00a0 1",
      "",
    ]) {
      expect(() => pyJsonLoads(bad), JSON.stringify(bad)).toThrow(PyJsonError);
    }
    // RG's scorer handled 991 nested containers and raised RecursionError at 992.
    const nested = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(() => pyJsonLoads(nested(MAX_JSON_DEPTH + 1))).not.toThrow();
    expect(() => pyJsonLoads(nested(MAX_JSON_DEPTH + 2))).toThrow(PyJsonLimitError);
    expect(() => pyJsonLoads("9".repeat(4301))).toThrow(PyJsonLimitError);
  });

  it("compares as Python's == does", () => {
    expect(pyJsonEquals(pyJsonLoads("[1, 1.0, true]"), pyJsonLoads("[1.0, 1, 1]"))).toBe(true);
    expect(pyJsonEquals(pyJsonLoads('{"a":1,"b":2}'), pyJsonLoads('{"b":2,"a":1}'))).toBe(true);
    expect(pyJsonEquals(pyJsonLoads("NaN"), pyJsonLoads("NaN"))).toBe(false);
    expect(pyJsonEquals(pyJsonLoads("[NaN]"), pyJsonLoads("[NaN]"))).toBe(true); // one shared NaN object
    expect(pyJsonEquals(pyJsonLoads('"1"'), pyJsonLoads("1"))).toBe(false);
    expect(pyJsonEquals(pyJsonLoads("9007199254740993"), pyJsonLoads("9007199254740992.0"))).toBe(
      false,
    );
  });

  it("prints leaves as str() does", () => {
    expect(
      ["1e16", "1e-5", "1e5", "1E400", "true", "null", "3"].map((t) => pyJsonStr(pyJsonLoads(t))),
    ).toEqual(["1e+16", "1e-05", "100000.0", "inf", "True", "None", "3"]);
  });
});
