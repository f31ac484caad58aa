import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { maze } from "./maze.js";

describe("logic/maze", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(maze, {
      perturb: (answer) => String(Number(answer) + 1),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "Navigate from 'x' (start) to 'G' (goal):\n\n```\n#####\n#x.G#\n#####\n```\nLegend: '#' = Wall, '.' = Passage\n\n...",
    answer: "2",
    metadata: {
      source_dataset: "maze",
      source_index: 0,
      grid_size: 5,
      shortest_path_length: 2,
      start: "x",
      goal: "G",
      wall: "#",
      path: ".",
    },
  };

  it("scores as RG's default scorer", async () => {
    expect((await maze.verify("<answer>2</answer>", rgEntry)).reward).toBe(1);
    expect(maze.scoreAnswer("3", rgEntry)).toBe(0);
    expect(maze.scoreAnswer("12", rgEntry)).toBeCloseTo(0.5);
  });

  it("keeps distances in range and walls on the border", () => {
    for (const entry of maze.dataset({ seed: 3, min_dist: 3, max_dist: 6 }, 50)) {
      const d = Number(entry.answer);
      expect(d >= 3 && d <= 6).toBe(true);
      const grid = entry.metadata.grid as string[];
      const wall = entry.metadata.wall as string;
      expect(grid[0]).toBe(wall.repeat(grid.length));
      expect(entry.question).toContain(grid.join("\n"));
    }
  });
});
