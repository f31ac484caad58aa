import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { stringSynthesis, synthesize } from "./string_synthesis.js";

const rgStates = [
  [1, 3, 3, 0, 0, 0, 0, 0, 0],
  [0, 2, 2, 1, 0, 0, 0, 0, 0],
  [0, 1, 1, 1, 1, 0, 0, 0, 0],
  [0, 0, 0, 1, 2, 0, 0, 0, 0],
  [0, 0, 0, 1, 0, 0, 0, 0, 1],
];
const rgEntry = {
  question:
    "There are nine different blocks [A] [B] [C] {A} {B} {C} (A) (B) (C)\n...\nNow, you have 1 [A], 3 [B], and 3 [C] blocks. Provide the count of each block type after applying the above rules.\nNote: Apply the rules at most 1000 times. If the rules cannot be applied anymore, or if you have reached the maximum number of iterations, stop and provide the current counts.\n",
  answer: "0 0 0 1 0 0 0 0 1",
  metadata: {
    source_dataset: "string_synthesis",
    source_index: 0,
    states: rgStates,
    solution: [0, 0, 0, 1, 0, 0, 0, 0, 1],
    initial_blocks: [1, 3, 3],
    difficulty: { initial_blocks: [0, 5] },
  },
};

describe("logic/string_synthesis", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.replace(/^\d+/, (n) => String(Number(n) + 1));
    expect(await checkTaskProperties(stringSynthesis, { perturb })).toEqual([]);
  });

  it("applies the first applicable rule, as RG's states show", () => {
    for (let k = 0; k + 1 < rgStates.length; k++)
      expect(synthesize(rgStates[k] as number[])).toEqual(rgStates[k + 1]);
    // Rule 5: {A} + {C} -> (A) + (B).
    expect(synthesize([0, 0, 1, 1, 0, 1, 0, 0, 0])).toEqual([0, 0, 1, 0, 0, 0, 1, 1, 0]);
    expect(synthesize([0, 0, 1, 0, 1, 0, 0, 0, 0])).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0]);
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(
      await stringSynthesis.verify("<answer>0 0 0 1 0 0 0 0 1</answer>", rgEntry),
    ).toMatchObject({ reward: 1 });
    expect(stringSynthesis.scoreAnswer("0 0 0 1 0 0 0 0 2", rgEntry)).toBe(0);
    expect(stringSynthesis.scoreAnswer("[0 0 0 1 0 0 0 0 1]", rgEntry)).toBeCloseTo(17 / 19);
  });
});
