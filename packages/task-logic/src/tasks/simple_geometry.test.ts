import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { simpleGeometry } from "./simple_geometry.js";

describe("logic/simple_geometry", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(simpleGeometry, { perturb })).toEqual([]);
  });

  it("angles sum to 180 (n - 2)", () => {
    for (const e of simpleGeometry.dataset({ seed: 2, max_sides: 12 }, 100)) {
      const m = e.metadata;
      const known = (m.known_angles as number[]).reduce((a, b) => a + b, 0);
      expect(known + Number(e.answer)).toBe(180 * ((m.n_sides as number) - 2));
      expect(Number(e.answer)).toBeGreaterThan(0);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Given a convex polygon with 4 sides, its first 3 interior angles are: 100.0°, 80.0°, 95.0°. What is the measure of the remaining interior angle (in degrees)?Return only the angle as your answer.Do not give the units in your answer.",
      answer: "85",
      metadata: {
        source_dataset: "simple_geometry",
        source_index: 0,
        n_sides: 4,
        known_angles: [100.0, 80.0, 95.0],
        sum_of_known_angles: 275.0,
        missing_angle_raw: 85.0,
        missing_angle_rounded: 85,
        total_interior_sum: 360,
        difficulty: { sides: [3, 6] },
      },
    };
    expect(await simpleGeometry.verify("<answer>85</answer>", entry)).toMatchObject({ reward: 1 });
    expect(simpleGeometry.scoreAnswer("85°", entry)).toBeCloseTo(2 / 3);
  });
});
