import { describe, expect, it } from "vitest";
import { isPySpace, pySplit, pySplitlines, pyStrip } from "./pystr.js";

describe("Python str whitespace", () => {
  it("counts as space exactly what str.isspace() does", () => {
    const space = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680];
    for (const code of [...space, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
      expect(isPySpace(code), code.toString(16)).toBe(true);
    }
    for (const code of [0x08, 0x0e, 0x1b, 0x21, 0x84, 0x200b, 0xfeff, 0x41]) {
      expect(isPySpace(code), code.toString(16)).toBe(false);
    }
  });

  it("strips, splits and splits lines like Python", () => {
    expect(pyStrip("\u00a0 x y \x1f\n")).toBe("x y");
    expect(pyStrip("\ufeffx")).toBe("\ufeffx"); // BOM is not whitespace in Python
    expect(pyStrip(" \t\n")).toBe("");
    expect(pySplit("  1\t2\n\n3  ")).toEqual(["1", "2", "3"]);
    expect(pySplit("a b c d", 2)).toEqual(["a", "b"]);
    expect(pySplit("")).toEqual([]);
    expect(pySplitlines("a\r\nb\rc\n\nd\u2028e\n")).toEqual(["a", "b", "c", "", "d", "e"]);
    expect(pySplitlines("x\x1cy\x85z")).toEqual(["x", "y", "z"]);
    expect(pySplitlines("")).toEqual([]);
  });
});
