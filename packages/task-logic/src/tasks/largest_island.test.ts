import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { largestIsland, largestIslandArea } from "./largest_island.js";

describe("logic/largest_island", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(largestIsland, {
      perturb: (answer) => String(Number(answer) + 1),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "You are given the following 3 x 4 binary matrix grid:\n1 1 0 0\n0 1 0 1\n1 0 0 1\n...",
    answer: "3",
    metadata: {
      source_dataset: "largest_island",
      source_index: 0,
      grid: [
        [1, 1, 0, 0],
        [0, 1, 0, 1],
        [1, 0, 0, 1],
      ],
      solution: 3,
    },
  };

  it("scores as RG's default scorer and computes 4-connected areas", async () => {
    expect((await largestIsland.verify("<answer>3</answer>", rgEntry)).reward).toBe(1);
    expect(largestIsland.scoreAnswer("2", rgEntry)).toBe(0);
    expect(largestIsland.scoreAnswer("area 3", rgEntry)).toBeCloseTo(1 / 6);
    expect(largestIslandArea(rgEntry.metadata.grid)).toBe(3);
    expect(largestIslandArea([[0, 0]])).toBe(0);
    expect(
      largestIslandArea([
        [1, 0],
        [0, 1],
      ]),
    ).toBe(1); // diagonal cells are separate islands
  });

  it("keeps the configured grid size", () => {
    for (const entry of largestIsland.dataset(
      { seed: 2, min_rows: 7, max_rows: 7, min_cols: 3, max_cols: 3 },
      20,
    )) {
      const grid = entry.metadata.grid as number[][];
      expect(grid).toHaveLength(7);
      expect(entry.question).toContain("7 x 3 binary matrix");
    }
  });
});
