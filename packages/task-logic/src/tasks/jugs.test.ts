import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { jugs, searchJugs, simulateJugs } from "./jugs.js";

const entry = {
  question:
    "You are a police officer. ...\nThe empty jugs hold this many litres of water: A:3, B:5, C:8\nAnd your target is: 4 litres.\n...",
  answer: '["fill B", "pour B->A", "empty A", "pour B->A", "fill B", "pour B->A"]',
  metadata: {
    source_dataset: "jugs",
    source_index: 0,
    puzzle: { jug_capacities: [3, 5, 8], target: 4, min_moves: 6 },
    difficulty: { num_jugs: 3, difficulty: 6 },
  },
};

describe("logic/jugs", () => {
  it("holds the task properties over 500 entries", async () => {
    // Drop the last move of a shortest plan: the target is not reached yet.
    const perturb = (answer: string) =>
      JSON.stringify((JSON.parse(answer) as string[]).slice(0, -1));
    expect(await checkTaskProperties(jugs, { perturb })).toEqual([]);
  });

  it("plans are shortest and reach the target", () => {
    for (const e of jugs.dataset({ seed: 5, num_jugs: 4, difficulty: 6 }, 5)) {
      const puzzle = e.metadata.puzzle as {
        jug_capacities: number[];
        target: number;
        min_moves: number;
      };
      const plan = JSON.parse(e.answer as string) as string[];
      expect(plan).toHaveLength(puzzle.min_moves);
      expect(puzzle.min_moves).toBeGreaterThanOrEqual(6);
      expect(simulateJugs(puzzle.jug_capacities, plan)).toContain(puzzle.target);
    }
    expect(searchJugs([3, 5, 8]).best[4]).toBe(6);
  });

  it("accepts any working plan and scores RG's 0.01 for a wrong one", () => {
    const longer =
      '["fill A", "empty A", "fill B", "pour B->A", "empty A", "pour B->A", "fill B", "pour B->A"]';
    expect(jugs.scoreAnswer(longer, entry)).toBe(1);
    expect(jugs.scoreAnswer('["fill B"]', entry)).toBe(0.01);
    expect(jugs.scoreAnswer("[]", entry)).toBe(0.01);
    expect(jugs.scoreAnswer('["fill D"]', entry)).toBe(0);
    expect(jugs.scoreAnswer('["pour B -> A"]', entry)).toBe(0);
    expect(jugs.scoreAnswer("fill B, pour B->A", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(await jugs.verify(`<answer>${entry.answer}</answer>`, entry)).toMatchObject({
      reward: 1,
    });
  });
});
