import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { minutesToRot, rottenOranges } from "./rotten_oranges.js";

describe("logic/rotten_oranges", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(rottenOranges, {
      perturb: (answer) => String(Number(answer) + 1),
      config: { min_n: 5, max_n: 12 },
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question: "You are given an n x n grid ...\n2 1 1\n1 1 0\n0 1 1\n",
    answer: "4",
    metadata: {
      source_dataset: "rotten_oranges",
      source_index: 0,
      matrix: [
        [2, 1, 1],
        [1, 1, 0],
        [0, 1, 1],
      ],
      solution: 4,
      n: 3,
    },
  };

  it("scores as RG's default scorer and simulates the spread", async () => {
    expect((await rottenOranges.verify("<answer>4</answer>", rgEntry)).reward).toBe(1);
    expect(rottenOranges.scoreAnswer("3", rgEntry)).toBe(0);
    expect(minutesToRot(rgEntry.metadata.matrix)).toBe(4);
    expect(
      minutesToRot([
        [2, 1, 1],
        [0, 1, 1],
        [1, 0, 1],
      ]),
    ).toBe(-1);
    expect(minutesToRot([[0, 2]])).toBe(0);
  });

  it("generates n x n grids within the configured size", () => {
    for (const entry of rottenOranges.dataset({ seed: 1, min_n: 4, max_n: 6 }, 20)) {
      const n = entry.metadata.n as number;
      expect(n >= 4 && n <= 6).toBe(true);
      expect(entry.metadata.matrix).toHaveLength(n);
    }
  });
});
