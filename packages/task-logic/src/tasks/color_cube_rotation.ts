import { pyStrip } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/cognition/color_cube_rotation.py
// Six of 16 colours on a cube's sides, then 1 to N whole-cube rotations that each bring a named
// side to the top; the question asks for one side's colour afterwards. Scoring as RG: 1.0 for
// the colour (case and surrounding whitespace ignored), else 0.01.
// Deviation: an empty answer scores 0 (RG 0.01).

const COLORS = [
  "red",
  "green",
  "blue",
  "yellow",
  "white",
  "orange",
  "purple",
  "pink",
  "brown",
  "gray",
  "cyan",
  "magenta",
  "gold",
  "silver",
  "indigo",
  "violet",
] as const;

/** RG's Side enum order: the story lists the sides in this order. */
const SIDES = ["top", "right", "front", "left", "back", "bottom"] as const;
type Side = (typeof SIDES)[number];
type Cube = Record<Side, string>;

/**
 * Each rotation as the cycle of sides it moves, top first: the side named comes to the top, the
 * top goes where the cycle says (RG's rotate_<side>_to_top).
 */
const ROTATIONS: Record<Exclude<Side, "top">, readonly Side[]> = {
  // new[cycle[k]] = old[cycle[k + 1]]
  front: ["top", "front", "bottom", "back"],
  right: ["top", "right", "bottom", "left"],
  back: ["top", "back", "bottom", "front"],
  left: ["top", "left", "bottom", "right"],
  bottom: ["top", "bottom"],
};

function rotateToTop(cube: Cube, from: Exclude<Side, "top">): Cube {
  const next = { ...cube };
  const cycle = ROTATIONS[from];
  cycle.forEach((side, k) => {
    next[side] = cube[cycle[(k + 1) % cycle.length] as Side];
  });
  // RG's bottom-to-top turn also swaps front and back (a half turn about the left-right axis).
  if (from === "bottom") [next.front, next.back] = [cube.back, cube.front];
  return next;
}

const TEMPLATES = [
  "The cube is rotated so that the side which was before at the {side} is now at the top.",
  "Then the cube is rotated to bring the {side} side to the top.",
  "After that the cube is turned to make the {side} face the top.",
  "Now the cube is rotated to place its {side} side at the top.",
  "Next, the {side} side is rotated to become the top face.",
] as const;

export const colorCubeRotation = defineLogicTask({
  name: "color_cube_rotation",
  category: "cognition",
  curriculum: {
    rotations: range("min_rotations", "max_rotations", [1, 5, 10, 50, 100], true),
  },
  description: "Track the colours of a cube's sides through a sequence of rotations.",
  config: z.object({
    min_rotations: z.number().int().positive().default(1),
    max_rotations: z.number().int().positive().default(3),
  }),
  generate(rng, config) {
    const colors = rng.shuffle(COLORS);
    const initial = Object.fromEntries(SIDES.map((side, i) => [side, colors[i]])) as Cube;
    const count = rng.int(config.min_rotations, config.max_rotations);
    const movable = SIDES.filter((s): s is Exclude<Side, "top"> => s !== "top");
    let cube = initial;
    const rotations: Exclude<Side, "top">[] = [];
    for (let i = 0; i < count; i++) {
      const from = rng.pick(movable);
      rotations.push(from);
      cube = rotateToTop(cube, from);
    }
    const target = rng.pick(SIDES);
    const lines = ["A cube has:", ...SIDES.map((side) => `- a ${initial[side]} ${side} side`)];
    rotations.forEach((side, i) => {
      const template = i === 0 ? TEMPLATES[0] : rng.pick(TEMPLATES.slice(1));
      lines.push(`\n${template.replace("{side}", side)}`);
    });
    lines.push(`\nWhat is now the color of the ${target} side of the cube?`);
    lines.push("Provide only the color as your final answer.");
    return {
      question: lines.join("\n"),
      answer: cube[target],
      metadata: {
        initial_state: initial,
        rotations,
        target_side: target,
        num_rotations: count,
        difficulty: { rotations: [config.min_rotations, config.max_rotations] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const given = pyStrip(answer).toLowerCase();
    if (given.length === 0) return 0;
    return given === pyStrip(entry.answer ?? "").toLowerCase() ? 1 : 0.01;
  },
});
