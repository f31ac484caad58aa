import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { ARC_1D_TASKS, arc1d } from "./arc_1d.js";

describe("logic/arc_1d", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(arc1d, {
      // Change the first cell to a colour it does not have.
      perturb: (answer) => `${answer.startsWith("9") ? "8" : "9"}${answer.slice(1)}`,
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "Find the common rule that maps an input grid to an output grid, given the examples below.\n\n...",
    answer: "0 0 0 4 4 4 0 0 0 0",
    metadata: {
      source_dataset: "arc_1d",
      source_index: 0,
      task_name: "move_1pix_solid_right",
      size: 10,
      train_examples: [],
      test_example: {
        input: [0, 0, 4, 4, 4, 0, 0, 0, 0, 0],
        output: [0, 0, 0, 4, 4, 4, 0, 0, 0, 0],
      },
    },
  };

  it("scores as RG's default scorer", async () => {
    expect((await arc1d.verify("<answer>0 0 0 4 4 4 0 0 0 0</answer>", rgEntry)).reward).toBe(1);
    expect(arc1d.scoreAnswer("0 0 4 4 4 0 0 0 0 0", rgEntry)).toBe(0);
    expect(arc1d.scoreAnswer("Output: 0 0 0 4 4 4 0 0 0 0", rgEntry)).toBeCloseTo(19 / 27);
  });

  it("has RG's 70 rules, each producing grids of the requested width", () => {
    expect(Object.keys(ARC_1D_TASKS)).toHaveLength(70);
    const rng = new Rng(5);
    for (const [name, gen] of Object.entries(ARC_1D_TASKS)) {
      let made = 0;
      for (let k = 0; k < 200 && made < 3; k++) {
        try {
          const e = gen(rng, 12);
          if (!e) continue;
          made++;
          expect(e.input, name).toHaveLength(12);
          expect(e.output, name).toHaveLength(12);
          for (const v of [...e.input, ...e.output]) expect(v >= 0 && v <= 9, name).toBe(true);
        } catch {
          // an empty random range: redrawn by the task
        }
      }
      expect(made, name).toBeGreaterThan(0);
    }
  });

  it("applies the rules as named", () => {
    const rng = new Rng(1);
    const gravity = ARC_1D_TASKS.gravity_right?.(rng, 10);
    if (!gravity) throw new Error("no example");
    const kept = gravity.input.filter((x) => x !== 0);
    expect(gravity.output.slice(0, kept.length)).toEqual(kept);
    const left = ARC_1D_TASKS.move_2pix_solid_left?.(rng, 10);
    if (!left) throw new Error("no example");
    expect(left.output).toEqual([...left.input.slice(2), 0, 0]);
  });
});
