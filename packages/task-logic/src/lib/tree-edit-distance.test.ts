import { describe, expect, it } from "vitest";
import { type LabelledTree, treeEditDistance } from "./tree-edit-distance.js";

const node = (label: string, ...children: LabelledTree[]): LabelledTree => ({ label, children });
const unit = (a: string, b: string) => (a === b ? 0 : 1);

describe("Zhang–Shasha tree edit distance", () => {
  it("gives the known distances (zss's README example and small cases)", () => {
    // zss README: f(d(a, c(b)), e) to f(c(d(a, b)), e) takes 2 edits.
    const a = node("f", node("d", node("a"), node("c", node("b"))), node("e"));
    const b = node("f", node("c", node("d", node("a"), node("b"))), node("e"));
    expect(treeEditDistance(a, b, unit)).toBe(2);
    expect(treeEditDistance(a, a, unit)).toBe(0);
    expect(treeEditDistance(node("x"), node("x", node("y"), node("z")), unit)).toBe(2);
    expect(
      treeEditDistance(node("r", node("a"), node("b")), node("r", node("b"), node("a")), unit),
    ).toBe(2);
  });

  it("uses cost(label, '') and cost('', label) for removals and insertions", () => {
    const byLength = (x: string, y: string) => (x === y ? 0 : Math.max(x.length, y.length));
    expect(treeEditDistance(node("root"), node("root", node("abc")), byLength)).toBe(3);
  });

  it("refuses comparisons over its cell budget", () => {
    const wide = node("r", ...Array.from({ length: 100 }, (_, i) => node(`c${i}`)));
    expect(treeEditDistance(wide, wide, unit, 1000)).toBeNull();
    expect(treeEditDistance(wide, wide, unit, 1e6)).toBe(0);
  });
});
