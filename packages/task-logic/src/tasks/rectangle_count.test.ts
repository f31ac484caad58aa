import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { rectangleCount } from "./rectangle_count.js";

const puzzle = [
  "          ",
  " ####     ",
  " #  #     ",
  " #  █###  ",
  " ####  #  ",
  "    #  #  ",
  "    ####  ",
  "          ",
  "          ",
  "          ",
].join("\n");

const entry = {
  question: `Your task is to count how many rectangles are present in an ASCII grid.\n...\n${puzzle}\n`,
  answer: "2",
  metadata: {
    source_dataset: "rectangle_count",
    source_index: 0,
    puzzle,
    solution: 2,
    num_rectangles: 2,
    difficulty: { max_rectangles: 10 },
  },
};

describe("logic/rectangle_count", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(rectangleCount, { perturb })).toEqual([]);
  });

  it("draws the requested number of outlines on the grid", () => {
    for (const e of rectangleCount.dataset({ seed: 3, width: 30, height: 20 }, 50)) {
      const rows = (e.metadata.puzzle as string).split("\n").filter((r) => r.length > 0);
      expect(rows).toHaveLength(20);
      for (const row of rows) expect(row).toHaveLength(30);
      expect(Number(e.answer)).toBeLessThanOrEqual(e.metadata.num_rectangles as number);
      expect(Number(e.answer)).toBeGreaterThan(0);
    }
  });

  it("gives RG's partial credit", () => {
    expect(rectangleCount.scoreAnswer(" 2 ", entry)).toBe(1);
    expect(rectangleCount.scoreAnswer("3", entry)).toBeCloseTo(0.64);
    expect(rectangleCount.scoreAnswer("6", entry)).toBeCloseTo(0.16);
    expect(rectangleCount.scoreAnswer("7", entry)).toBe(0);
    expect(rectangleCount.scoreAnswer("two", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(await rectangleCount.verify("<answer>2</answer>", entry)).toMatchObject({ reward: 1 });
  });
});
