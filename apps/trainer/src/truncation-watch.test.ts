import { describe, expect, it } from "vitest";
import { TruncationWatch } from "./truncation-watch.js";

describe("truncation watch", () => {
  it("warns once when the rate stays above the threshold for the given steps, again after a dip", () => {
    const watch = new TruncationWatch(0.5, 3);
    const rates = [0.9, 0.9, 0.4, 0.6, 0.7, 0.99, 0.99, 0.1, 0.8, 0.8, 0.8];
    const warnings = rates.map((r, i) => watch.observe(i + 1, r, 24));
    expect(warnings.map((w, i) => (w ? i + 1 : null)).filter((s) => s !== null)).toEqual([6, 11]);
    expect(warnings[5]).toBe(
      "warning: step 6: 99% of responses hit the 24-token cap without end-of-sequence (over 50% for 3 steps): the policy may have stopped terminating; see shaping.nonTerminated",
    );
  });
});
