import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/geometry/simple_geometry.py
// Scoring: RG's default (exact, or the contained fraction). The known angles are whole
// degrees, so the missing angle is an integer, printed without a decimal point as RG does.
const TEMPLATES = [
  "Given a convex polygon with {n_sides} sides, its first {n_minus_1} interior angles are: {angle_list}. What is the measure of the remaining interior angle (in degrees)?Return only the angle as your answer.Do not give the units in your answer.",
  "A convex polygon has {n_sides} sides. The measures of the first {n_minus_1} interior angles are: {angle_list}. Find the measure of the last interior angle.Return only the angle as your answer.Do not give the units in your answer.",
  "Consider a convex {n_sides}-gon whose first {n_minus_1} interior angles are: {angle_list}. Determine the measure of the remaining angle.Return only the angle as your answer.Do not give the units in your answer.",
];

export const simpleGeometry = defineLogicTask({
  name: "simple_geometry",
  category: "geometry",
  curriculum: { sides: range("min_sides", "max_sides", [5, 10, 15, 30], true) },
  description: "The missing interior angle of a convex polygon.",
  config: z.object({
    min_sides: z.number().int().min(3).default(3),
    max_sides: z.number().int().min(3).default(6),
    min_angle: z.number().int().min(1).max(179).default(10),
    max_angle: z.number().int().min(1).max(179).default(170),
  }),
  generate(rng, config) {
    const nSides = rng.int(config.min_sides, config.max_sides);
    const total = 180 * (nSides - 2);
    let angles: number[] = [];
    let ok = false;
    for (let attempt = 0; attempt < 100 && !ok; attempt++) {
      angles = Array.from({ length: nSides - 1 }, () =>
        rng.int(config.min_angle, config.max_angle),
      );
      ok = angles.reduce((a, b) => a + b, 0) < total;
    }
    if (!ok) throw new RangeError(`no valid angles for a ${nSides}-gon within 100 attempts`);
    const known = angles.reduce((a, b) => a + b, 0);
    const missing = total - known;
    const question = rng
      .pick(TEMPLATES)
      .replace("{n_sides}", String(nSides))
      .replace("{n_minus_1}", String(nSides - 1))
      .replace("{angle_list}", angles.map((a) => `${a.toFixed(1)}°`).join(", "));
    return {
      question,
      answer: String(missing),
      metadata: {
        n_sides: nSides,
        known_angles: angles,
        sum_of_known_angles: known,
        missing_angle_raw: missing,
        missing_angle_rounded: missing,
        total_interior_sum: total,
        difficulty: { sides: [config.min_sides, config.max_sides] },
      },
    };
  },
  score: scoreExactOrContained,
});
