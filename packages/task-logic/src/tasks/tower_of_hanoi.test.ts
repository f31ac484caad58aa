import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { hanoiMoves, towerOfHanoi } from "./tower_of_hanoi.js";

describe("logic/tower_of_hanoi", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(towerOfHanoi, {
      perturb: (answer) => answer.split("\n").slice(0, -1).join("\n"),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "Solve the Tower of Hanoi problem with 2 disks and 3 pegs.\nMove all disks from Peg 1 to Peg 3 ...",
    answer:
      "Move disk 1 from Peg 1 to Peg 2\nMove disk 2 from Peg 1 to Peg 3\nMove disk 1 from Peg 2 to Peg 3",
    metadata: {
      source_dataset: "tower_of_hanoi",
      source_index: 0,
      num_disks: 2,
      num_pegs: 3,
      start_peg: 1,
      target_peg: 3,
      auxiliary_pegs: [2],
      solution_length: 3,
    },
  };

  it("gives RG's scores: 1, optimal/length, 0.05 unfinished, 0 illegal", async () => {
    expect(
      (await towerOfHanoi.verify(`<answer>\n${rgEntry.answer}\n</answer>`, rgEntry)).reward,
    ).toBe(1);
    const longer = [
      "Move disk 1 from Peg 1 to Peg 3",
      "Move disk 1 from Peg 3 to Peg 2",
      "Move disk 2 from Peg 1 to Peg 3",
      "Move disk 1 from Peg 2 to Peg 3",
    ].join("\n");
    expect(towerOfHanoi.scoreAnswer(longer, rgEntry)).toBeCloseTo(3 / 4);
    expect(towerOfHanoi.scoreAnswer("Move disk 1 from Peg 1 to Peg 2", rgEntry)).toBe(0.05);
    expect(towerOfHanoi.scoreAnswer("Move disk 2 from Peg 1 to Peg 3", rgEntry)).toBe(0); // not on top
    expect(towerOfHanoi.scoreAnswer("1. Move disk 1 from Peg 1 to Peg 2", rgEntry)).toBe(0); // ten words
    expect(towerOfHanoi.scoreAnswer("Move disk 1 from Peg 1 to Peg 9", rgEntry)).toBe(0); // no such peg
    expect(towerOfHanoi.scoreAnswer("move disk 1 from peg 1 to peg 2", rgEntry)).toBe(0);
  });

  it("generates Frame-Stewart solutions of the known optimal lengths", () => {
    expect(hanoiMoves(5, [1, 2, 3], 1, 3)).toHaveLength(31);
    expect(hanoiMoves(5, [1, 2, 3, 4], 2, 1)).toHaveLength(13);
    expect(hanoiMoves(8, [1, 2, 3, 4], 1, 4)).toHaveLength(33);
    expect(hanoiMoves(6, [1, 2, 3, 4, 5], 1, 5)).toHaveLength(15);
  });
});
