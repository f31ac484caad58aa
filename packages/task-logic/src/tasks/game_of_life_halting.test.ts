import { describe, expect, it } from "vitest";
import { numpyStr2d } from "../lib/grid.js";
import { checkTaskProperties } from "../testing.js";
import { gameOfLifeHalting, haltsWithin } from "./game_of_life_halting.js";

describe("logic/game_of_life_halting", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(gameOfLifeHalting, {
      perturb: (answer) => (answer === "True" ? "False" : "True"),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question: "This is a 'Game of Life' grid. ...",
    answer: "False",
    metadata: {
      source_dataset: "game_of_life_halting",
      source_index: 0,
      grid_size_x: 12,
      grid_size_y: 12,
      placed_patterns: [{ name: "blinker", position: [1, 1] }],
      simulation_steps: 20,
      should_oscillate: true,
    },
  };

  it("fixes RG's scorer: only the right True/False scores, not any non-empty answer", async () => {
    expect((await gameOfLifeHalting.verify("<answer>False</answer>", rgEntry)).reward).toBe(1);
    expect(gameOfLifeHalting.scoreAnswer(" false ", rgEntry)).toBe(1);
    expect(gameOfLifeHalting.scoreAnswer("True", rgEntry)).toBe(0);
    expect(gameOfLifeHalting.scoreAnswer("It will not halt", rgEntry)).toBe(0);
    expect(gameOfLifeHalting.scoreAnswer("False True", rgEntry)).toBe(0);
    expect(gameOfLifeHalting.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("simulates with wrapping edges", () => {
    const blinker = [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(haltsWithin(blinker, 50)).toBe(false);
    const diagonal = [
      [1, 0, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(haltsWithin(diagonal, 1)).toBe(false);
    expect(haltsWithin(diagonal, 2)).toBe(true);
    // A blinker split across the wrapped edge still oscillates.
    const wrapped = [
      [0, 0, 0, 0, 0],
      [1, 1, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(haltsWithin(wrapped, 50)).toBe(false);
  });

  it("labels boards by the pattern kind, and prints them as numpy does", () => {
    const entries = gameOfLifeHalting.dataset({ seed: 4 }, 100);
    let agree = 0;
    for (const entry of entries) {
      if ((entry.answer === "False") === entry.metadata.should_oscillate) agree++;
      expect(entry.question).toContain("Initial board:\n[[0 0 0 0 0 0 0 0 0 0 0 0]\n [");
    }
    expect(agree).toBeGreaterThan(95);
    const wide = numpyStr2d([Array.from({ length: 40 }, (_, i) => i % 2)]);
    expect(wide).toBe(`[[${"0 1 ".repeat(18).trimEnd()}\n  ${"0 1 ".repeat(2).trimEnd()}]]`);
  });
});
