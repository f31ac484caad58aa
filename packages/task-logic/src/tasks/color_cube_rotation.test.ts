import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { colorCubeRotation } from "./color_cube_rotation.js";

describe("logic/color_cube_rotation", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(colorCubeRotation, {
      perturb: (answer) => (answer === "red" ? "blue" : "red"),
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1).
  const rgEntry = {
    question:
      "A cube has:\n- a cyan top side\n- a orange right side\n- a gold front side\n- a gray left side\n- a indigo back side\n- a yellow bottom side\n\nThe cube is rotated so that the side which was before at the bottom is now at the top.\n\nThen the cube is rotated to bring the left side to the top.\n\nNow the cube is rotated to place its left side at the top.\n\nWhat is now the color of the right side of the cube?\nProvide only the color as your final answer.",
    answer: "gray",
    metadata: {
      source_dataset: "color_cube_rotation",
      source_index: 1,
      initial_state: {
        top: "cyan",
        right: "orange",
        front: "gold",
        left: "gray",
        back: "indigo",
        bottom: "yellow",
      },
      rotations: ["bottom", "left", "left"],
      target_side: "right",
      num_rotations: 3,
      difficulty: {
        rotations: [1, 3],
      },
    },
  };

  it("scores an RG entry as RG does", () => {
    expect(colorCubeRotation.scoreAnswer("gray", rgEntry)).toBe(1);
    expect(colorCubeRotation.scoreAnswer("  GRAY \n", rgEntry)).toBe(1);
    expect(colorCubeRotation.scoreAnswer("grey", rgEntry)).toBe(0.01);
    expect(colorCubeRotation.scoreAnswer("The color is gray", rgEntry)).toBe(0.01);
    expect(colorCubeRotation.scoreAnswer("🙂", rgEntry)).toBe(0.01);
    expect(colorCubeRotation.scoreAnswer("", rgEntry)).toBe(0);
    expect(colorCubeRotation.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("replays RG's rotations: the answer follows from the story", () => {
    for (const entry of colorCubeRotation.dataset({ seed: 7, max_rotations: 8 }, 200)) {
      const m = entry.metadata as {
        initial_state: Record<string, string>;
        rotations: string[];
        target_side: string;
      };
      // Rotations as RG writes them: side -> new position of each old side.
      let cube = { ...m.initial_state };
      for (const from of m.rotations) {
        const o = cube;
        const c = { ...o };
        if (from === "front")
          Object.assign(c, { top: o.front, front: o.bottom, bottom: o.back, back: o.top });
        if (from === "right")
          Object.assign(c, { top: o.right, right: o.bottom, bottom: o.left, left: o.top });
        if (from === "back")
          Object.assign(c, { top: o.back, back: o.bottom, bottom: o.front, front: o.top });
        if (from === "left")
          Object.assign(c, { top: o.left, left: o.bottom, bottom: o.right, right: o.top });
        if (from === "bottom")
          Object.assign(c, { top: o.bottom, bottom: o.top, front: o.back, back: o.front });
        cube = c;
      }
      expect(entry.answer).toBe(cube[m.target_side]);
      expect(entry.question).toMatch(
        /^A cube has:\n(- a \w+ \w+ side\n){6}\nThe cube is rotated so that/,
      );
    }
  });
});
