import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { dismantle, stringSplitting } from "./string_splitting.js";

const rgStates = [
  [1, 3, 3, 0, 0, 0],
  [0, 3, 3, 2, 1, 0],
  [0, 1, 3, 3, 1, 0],
  [0, 1, 1, 3, 2, 0],
  [1, 0, 0, 3, 2, 0],
  [0, 0, 0, 5, 3, 0],
  [0, 0, 0, 4, 2, 1],
  [0, 0, 0, 3, 1, 2],
  [0, 0, 0, 2, 0, 3],
];
const rgEntry = {
  question:
    "There is a dismantling engineer who has old machines A, B, and C.\n...\nNow, you have 1 machine A, 3 machine B, and 3 machine C. Provide the count of each machine and part type after applying the above rules.\nNote: Apply the rules at most 1000 times. If the rules cannot be applied anymore, or if you have reached the maximum number of iterations, stop and provide the current counts of each machine and part type.\n",
  answer: "0 0 0 2 0 3",
  metadata: {
    source_dataset: "string_splitting",
    source_index: 0,
    states: rgStates,
    solution: [0, 0, 0, 2, 0, 3],
    initial_machines: [1, 3, 3],
    difficulty: { initial_machines: [0, 5] },
  },
};

describe("logic/string_splitting", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.replace(/^\d+/, (n) => String(Number(n) + 1));
    expect(await checkTaskProperties(stringSplitting, { perturb })).toEqual([]);
  });

  it("applies the first applicable rule, as RG's states show", () => {
    for (let k = 0; k + 1 < rgStates.length; k++)
      expect(dismantle(rgStates[k] as number[])).toEqual(rgStates[k + 1]);
    expect(dismantle([0, 0, 0, 2, 0, 3])).toEqual([0, 0, 0, 2, 0, 3]);
    const [entry] = stringSplitting.dataset(
      { seed: 1, min_initial_machines: 1, max_initial_machines: 3 },
      1,
    );
    const states = entry?.metadata.states as number[][];
    expect(states[0]?.slice(0, 3)).toEqual(entry?.metadata.initial_machines);
  });

  it("stops after max_iterations rules", () => {
    const [entry] = stringSplitting.dataset(
      { seed: 2, min_initial_machines: 50, max_initial_machines: 50, max_iterations: 3 },
      1,
    );
    expect(entry?.metadata.states).toHaveLength(4);
    expect(entry?.question).toContain("Apply the rules at most 3 times.");
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await stringSplitting.verify("<answer>0 0 0 2 0 3</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    expect(stringSplitting.scoreAnswer("0 0 0 2 0 2", rgEntry)).toBe(0);
    expect(stringSplitting.scoreAnswer("0 0 0 2 0 3 ", rgEntry)).toBeCloseTo(11 / 12);
  });
});
