import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { shortestPathTask } from "./shortest_path.js";

describe("logic/shortest_path", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(shortestPathTask, {
      perturb: (answer) => (answer === "infeasible" ? "right" : "infeasible"),
    });
    expect(failures).toEqual([]);
  });

  const matrix = [
    ["*", "O", "O"],
    ["O", "X", "O"],
    ["O", "O", "#"],
  ];
  const rgEntry = {
    question: "Your task is to find the shortest path ...\n* O O\nO X O\nO O #\n",
    answer: "right right down down",
    metadata: {
      source_dataset: "shortest_path",
      source_index: 0,
      matrix,
      solution: ["right", "right", "down", "down"],
      difficulty: { rows: [5, 8], cols: [5, 8] },
    },
  };

  it("accepts every shortest path, half credit for a longer valid one", async () => {
    expect(
      (await shortestPathTask.verify("<answer>right right down down</answer>", rgEntry)).reward,
    ).toBe(1);
    expect(shortestPathTask.scoreAnswer("down down right right", rgEntry)).toBe(1);
    expect(shortestPathTask.scoreAnswer("down  down\nright right", rgEntry)).toBe(1);
    expect(shortestPathTask.scoreAnswer("right left right right down down", rgEntry)).toBe(0.5);
    expect(shortestPathTask.scoreAnswer("right down right down", rgEntry)).toBe(0); // through X
    expect(shortestPathTask.scoreAnswer("right right down", rgEntry)).toBe(0); // stops short
    expect(shortestPathTask.scoreAnswer("up right right down down down", rgEntry)).toBe(0); // off grid
    expect(shortestPathTask.scoreAnswer("infeasible", rgEntry)).toBe(0);
    expect(shortestPathTask.scoreAnswer("constructor right", rgEntry)).toBe(0);
  });

  it("generates optimal answers and 'infeasible' when # cannot be reached", () => {
    const entries = shortestPathTask.dataset({ seed: 9, p_blocked: 0.5 }, 200);
    let infeasible = 0;
    for (const entry of entries) {
      if (entry.answer === "infeasible") infeasible++;
      else {
        // No valid path is shorter: the Manhattan distance is a lower bound the answer respects.
        const m = entry.metadata.matrix as string[][];
        const at = (mark: string) => {
          const r = m.findIndex((row) => row.includes(mark));
          return [r, (m[r] as string[]).indexOf(mark)] as const;
        };
        const [sr, sc] = at("*");
        const [er, ec] = at("#");
        expect((entry.answer as string).split(" ").length).toBeGreaterThanOrEqual(
          Math.abs(sr - er) + Math.abs(sc - ec),
        );
      }
    }
    expect(infeasible).toBeGreaterThan(0);
    expect(infeasible).toBeLessThan(200);
  });
});
