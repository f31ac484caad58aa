import { describe, expect, it } from "vitest";
import { neighbours4, numpyStr2d, PyTuple, pyRepr } from "./grid.js";

describe("Python-style printing", () => {
  it("prints lists, tuples, strings and None as Python's repr", () => {
    expect(pyRepr([new PyTuple([0, 1]), new PyTuple([2, 3])])).toBe("[(0, 1), (2, 3)]");
    expect(pyRepr(["box_red", "it's"])).toBe(`['box_red', "it's"]`);
    expect(pyRepr([true, null, new PyTuple([1])])).toBe("[True, None, (1,)]");
    expect(pyRepr([])).toBe("[]");
  });

  it("prints 2-D arrays as numpy's str() does, wrapping rows at 75 columns", () => {
    expect(
      numpyStr2d([
        [0, 1],
        [1, 0],
      ]),
    ).toBe("[[0 1]\n [1 0]]");
    // numpy: str(np.zeros((2, 37), int))
    const row = `${"0 ".repeat(36).trimEnd()}\n  0`;
    expect(numpyStr2d([new Array(37).fill(0), new Array(37).fill(0)])).toBe(
      `[[${row}]\n [${row}]]`,
    );
    expect(numpyStr2d([[10, 2]])).toBe("[[10  2]]");
  });

  it("lists in-grid 4-neighbours", () => {
    expect(neighbours4(0, 0, 2, 2)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(neighbours4(1, 1, 3, 3)).toHaveLength(4);
  });
});
