import { describe, expect, it } from "vitest";
import {
  collectInformativeGroups,
  DynamicSamplingExhausted,
  filterInformativeGroups,
  isDegenerateGroup,
  type SampleRequest,
} from "./dynamic-sampling.js";

interface Group {
  prompt: string;
  rewards: number[];
}
const rewardsOf = (g: Group) => g.rewards;
const g = (prompt: string, ...rewards: number[]): Group => ({ prompt, rewards });

describe("isDegenerateGroup: max - min <= tol", () => {
  it("binary and continuous", () => {
    expect(isDegenerateGroup([1, 1, 1])).toBe(true);
    expect(isDegenerateGroup([0, 0])).toBe(true);
    expect(isDegenerateGroup([0, 1, 0])).toBe(false);
    expect(isDegenerateGroup([0.5, 0.5004, 0.5])).toBe(false);
    expect(isDegenerateGroup([0.5, 0.5004, 0.5], 1e-3)).toBe(true);
    expect(isDegenerateGroup([0.5, 0.502], 1e-3)).toBe(false);
  });
});

describe("filterInformativeGroups", () => {
  it("keeps order and counts why groups were dropped", () => {
    const groups = [g("a", 1, 1, 1), g("b", 0, 1), g("c", 0, 0, 0), g("d", 0.5, 0.5), g("e", 1)];
    const { kept, dropped, counts } = filterInformativeGroups(groups, rewardsOf);
    expect(kept.map((x) => x.prompt)).toEqual(["b"]);
    expect(dropped.map((x) => x.prompt)).toEqual(["a", "c", "d", "e"]);
    expect(counts).toEqual({
      kept: 1,
      dropped: 4,
      droppedSolved: 1,
      droppedFailed: 1,
      droppedOther: 2,
    });
    const withSingles = filterInformativeGroups(groups, rewardsOf, { keepSingletons: true });
    expect(withSingles.kept.map((x) => x.prompt)).toEqual(["b", "e"]);
  });
});

describe("collectInformativeGroups: sample, drop all-equal groups, refill", () => {
  const script: Group[][] = [
    [g("p1", 1, 1, 1), g("p2", 0, 0, 0), g("p3", 1, 0, 1), g("p4", 0.5, 0.5004, 0.5)],
    [g("p5", 0, 1, 0), g("p6", 0.2, 0.9, 0.5), g("p7", 1, 0, 0)],
    [g("p8", 0, 1, 1)],
  ];
  const sampler = () => {
    const requests: SampleRequest[] = [];
    return {
      requests,
      sample: (r: SampleRequest) => {
        requests.push(r);
        return script[r.round - 1] ?? [];
      },
    };
  };

  it("refills until the target, truncates to it and reports", async () => {
    const s = sampler();
    const out = await collectInformativeGroups({
      target: 3,
      maxRounds: 5,
      tolerance: 1e-3,
      sample: s.sample,
      rewardsOf,
    });
    expect(out.groups.map((x) => x.prompt)).toEqual(["p3", "p5", "p6"]);
    expect(out.surplus.map((x) => x.prompt)).toEqual(["p7"]);
    expect(s.requests).toEqual([
      { round: 1, needed: 3 },
      { round: 2, needed: 2 },
    ]);
    expect(out.report).toMatchObject({
      target: 3,
      rounds: 2,
      sampled: 7,
      kept: 4,
      dropped: 3,
      droppedSolved: 1,
      droppedFailed: 1,
      droppedOther: 1,
      surplus: 1,
      exhausted: false,
    });
    expect(out.report.perRound.map((c) => c.kept)).toEqual([1, 3]);
  });

  it("tolerance 0 keeps a nearly-equal continuous group", async () => {
    const out = await collectInformativeGroups({
      target: 2,
      maxRounds: 1,
      sample: sampler().sample,
      rewardsOf,
    });
    expect(out.groups.map((x) => x.prompt)).toEqual(["p3", "p4"]);
  });

  it("stops at maxRounds: partial result by default, an error on request", async () => {
    const partial = await collectInformativeGroups({
      target: 10,
      maxRounds: 2,
      sample: sampler().sample,
      rewardsOf,
      tolerance: 1e-3,
    });
    expect(partial.report.exhausted).toBe(true);
    expect(partial.groups).toHaveLength(4);
    await expect(
      collectInformativeGroups({
        target: 10,
        maxRounds: 2,
        sample: sampler().sample,
        rewardsOf,
        onExhausted: "error",
      }),
    ).rejects.toThrow(DynamicSamplingExhausted);
    await expect(
      collectInformativeGroups({
        target: 10,
        maxRounds: 1,
        sample: sampler().sample,
        rewardsOf,
        onExhausted: "error",
      }),
    ).rejects.toThrow("2 of 10 informative groups after 1 rounds");
  });

  it("async samplers and argument checks", async () => {
    const out = await collectInformativeGroups({
      target: 1,
      maxRounds: 3,
      sample: async () => [g("x", 0, 1)],
      rewardsOf,
    });
    expect(out.groups).toHaveLength(1);
    await expect(
      collectInformativeGroups({ target: 0, maxRounds: 1, sample: () => [], rewardsOf }),
    ).rejects.toThrow("target must be a positive integer");
    await expect(
      collectInformativeGroups({ target: 1, maxRounds: 0, sample: () => [], rewardsOf }),
    ).rejects.toThrow("maxRounds must be a positive integer");
  });
});
