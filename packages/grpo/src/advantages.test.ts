import { describe, expect, it } from "vitest";
import {
  computeAdvantages,
  drGrpoAdvantages,
  flattenGroups,
  groupMean,
  groupStd,
  grpoAdvantages,
  RewardError,
  rlooAdvantages,
  validateRewards,
} from "./advantages.js";
import { advantageConfigSchema } from "./config.js";

const close = (actual: number[][], expected: number[][], digits = 6) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    const want = expected[i] as number[];
    expect(row.length).toBe(want.length);
    row.forEach((x, j) => {
      expect(x).toBeCloseTo(want[j] as number, digits);
    });
  });
};

describe("group statistics", () => {
  it("mean and both std choices by hand", () => {
    expect(groupMean([1, 0, 0, 0])).toBe(0.25);
    // sum of squares 0.75: sample std sqrt(0.75/3) = 0.5, population sqrt(0.75/4)
    expect(groupStd([1, 0, 0, 0], "sample")).toBeCloseTo(0.5, 12);
    expect(groupStd([1, 0, 0, 0], "population")).toBeCloseTo(Math.sqrt(0.1875), 12);
    expect(groupStd([0.7], "sample")).toBe(0);
  });
});

describe("grpoAdvantages: (r - mean) / (std + eps)", () => {
  it("binary group with the default Bessel-corrected std", () => {
    // mean 0.25, sample std 0.5 -> (0.75/0.5, -0.25/0.5, ...)
    close(grpoAdvantages([[1, 0, 0, 0]], { eps: 0 }), [[1.5, -0.5, -0.5, -0.5]]);
  });
  it("population std gives the other documented value", () => {
    // [1,0,0,1]: mean 0.5, population std 0.5 -> +-1; sample std sqrt(1/3) -> +-sqrt(3)/2
    close(grpoAdvantages([[1, 0, 0, 1]], { eps: 0, std: "population" }), [[1, -1, -1, 1]]);
    const s = Math.sqrt(3) / 2;
    close(grpoAdvantages([[1, 0, 0, 1]], { eps: 0 }), [[s, -s, -s, s]]);
  });
  it("eps 1e-6 is in the denominator by default", () => {
    const [a] = grpoAdvantages([[1, 0, 0, 0]]);
    expect(a?.[0]).toBeCloseTo(0.75 / (0.5 + 1e-6), 10);
  });
  it("continuous rewards", () => {
    // mean 0.5, sample std 0.3
    close(grpoAdvantages([[0.2, 0.5, 0.8]], { eps: 0 }), [[-1, 0, 1]]);
  });
  it("all-equal groups give zero advantages, not NaN", () => {
    close(
      grpoAdvantages([
        [1, 1, 1],
        [0, 0],
      ]),
      [
        [0, 0, 0],
        [0, 0],
      ],
    );
  });
  it("groups of size 1: zero by default, the raw reward on request", () => {
    close(grpoAdvantages([[0.7], [1, 0]], { eps: 0 }), [[0], [Math.SQRT1_2, -Math.SQRT1_2]]);
    close(grpoAdvantages([[0.7]], { singleton: "raw" }), [[0.7]]);
    close(rlooAdvantages([[0.7]]), [[0]]);
    close(drGrpoAdvantages([[0.7]], { singleton: "raw" }), [[0.7]]);
  });
  it("groups are independent of each other", () => {
    const both = grpoAdvantages(
      [
        [1, 0],
        [0.2, 0.5, 0.8],
      ],
      { eps: 0 },
    );
    close(both, [
      [Math.SQRT1_2, -Math.SQRT1_2],
      [-1, 0, 1],
    ]);
  });
});

describe("drGrpoAdvantages: r - mean", () => {
  it("by hand", () => {
    close(drGrpoAdvantages([[1, 0, 0, 0]]), [[0.75, -0.25, -0.25, -0.25]]);
  });
});

describe("rlooAdvantages: r_i - mean of the others", () => {
  it("by hand", () => {
    close(rlooAdvantages([[1, 0, 0, 0]]), [[1, -1 / 3, -1 / 3, -1 / 3]]);
    close(rlooAdvantages([[0.2, 0.5, 0.8]]), [[-0.45, 0, 0.45]]);
  });
  it("equals n/(n-1) times the Dr.GRPO advantage", () => {
    const g = [[0.1, 0.9, 0.4, 0.4, 1]];
    const dr = drGrpoAdvantages(g)[0] as number[];
    close(rlooAdvantages(g), [dr.map((a) => (a * 5) / 4)]);
  });
});

describe("computeAdvantages dispatches on the estimator", () => {
  it("each name", () => {
    const g = [[1, 0, 0, 0]];
    expect(computeAdvantages(g, "grpo")).toEqual(grpoAdvantages(g));
    expect(computeAdvantages(g, "dr-grpo")).toEqual(drGrpoAdvantages(g));
    expect(computeAdvantages(g, "rloo")).toEqual(rlooAdvantages(g));
    expect(flattenGroups(computeAdvantages([[1, 0], [1]], "dr-grpo"))).toEqual([0.5, -0.5, 0]);
  });
  it("its config schema fills verl's defaults", () => {
    expect(advantageConfigSchema.parse({})).toEqual({
      estimator: "grpo",
      eps: 1e-6,
      std: "sample",
    });
    expect(() => advantageConfigSchema.parse({ epsilon: 1 })).toThrow(/epsilon/);
  });
});

describe("reward validation names the sample", () => {
  it("NaN", () => {
    const run = () =>
      grpoAdvantages([
        [1, 0],
        [0, 1, Number.NaN],
      ]);
    expect(run).toThrow(RewardError);
    expect(run).toThrow("sample 2 of group 1 (flat index 4) is NaN");
    try {
      run();
    } catch (e) {
      expect((e as RewardError).group).toBe(1);
      expect((e as RewardError).sample).toBe(2);
    }
  });
  it("infinite and out of range", () => {
    expect(() => drGrpoAdvantages([[Number.POSITIVE_INFINITY]])).toThrow(
      "sample 0 of group 0 (flat index 0) is Infinity",
    );
    expect(() => rlooAdvantages([[0, 1.5]])).toThrow("is 1.5, outside [-1, 1]");
    expect(() => validateRewards([[0, 1.5]], [0, 2])).not.toThrow();
    expect(() => validateRewards([[-0.5]], [0, 1])).toThrow("outside [0, 1]");
  });
  it("empty group", () => {
    expect(() => grpoAdvantages([[1], []])).toThrow("group 1 has no samples");
  });
});
