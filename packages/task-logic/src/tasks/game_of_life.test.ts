import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { evolveLife, gameOfLife } from "./game_of_life.js";

const oracle =
  "[[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,1,0,0,0,0,0],[0,0,0,1,1,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0]]";
const rgEntry = {
  question:
    "What will this Game of Life board look like after 1 steps of simulation? Assume a Moore neighborhood and wrapping topology. Reply as array of arrays representing rows in the grid from top to bottom in JSON format. (An empty 3x3 grid would look like this: [[0,0,0],[0,0,0],[0,0,0]])\n\n[[0,0,0,1,0,0,0,0,0,0],\n [0,1,0,0,0,0,0,0,1,0],\n [0,0,0,0,0,0,0,1,0,0],\n [0,0,0,0,0,0,0,0,0,0],\n [0,0,0,1,0,0,0,0,0,0],\n [0,0,0,1,0,0,0,0,0,0],\n [0,0,0,0,0,1,0,0,1,0],\n [0,0,1,0,1,0,0,0,0,0],\n [0,0,0,0,0,0,0,0,0,0],\n [0,0,0,0,0,0,0,0,0,0]].",
  answer: oracle,
  metadata: {
    source_dataset: "game_of_life",
    source_index: 0,
    grid_size_x: 10,
    grid_size_y: 10,
    filled_cells: 10,
    simulation_steps: 1,
    difficulty: {
      grid_size_x: 10,
      grid_size_y: 10,
      filled_cells_weights: 0.1,
      simulation_steps: 1,
    },
  },
};

const board = (text: string) => JSON.parse(text) as number[][];

describe("logic/game_of_life", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.replace(/\d/, (d) => (d === "0" ? "1" : "0"));
    expect(await checkTaskProperties(gameOfLife, { perturb })).toEqual([]);
  });

  it("simulates B3/S23 on a wrapping board", () => {
    const blinker = [
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(evolveLife(blinker, 1)[2]).toEqual([0, 1, 1, 1, 0]);
    expect(evolveLife(blinker, 2)).toEqual(blinker);
    // A blinker centred on column 0, across the left/right edge, keeps blinking through the wrap.
    const edge = [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 1, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(evolveLife(edge, 1).map((row) => row[0])).toEqual([0, 1, 1, 1, 0]);
    expect(
      evolveLife(edge, 1)
        .flat()
        .filter((c) => c === 1),
    ).toHaveLength(3);
    // RG's entry: its board after one step is its answer.
    const start = board(rgEntry.question.split("\n\n")[1]?.slice(0, -1) as string);
    expect(JSON.stringify(evolveLife(start, 1))).toBe(oracle);
  });

  it("fills filled_cells cells at most, int(weight · x · y) by default", () => {
    for (const entry of gameOfLife.dataset(
      { seed: 4, grid_size_x: 20, grid_size_y: 5, filled_cells_weights: 0.3 },
      20,
    )) {
      expect(entry.metadata.filled_cells).toBe(30);
      const start = board(entry.question.split("\n\n")[1]?.slice(0, -1) as string);
      expect(start).toHaveLength(20);
      expect(start[0]).toHaveLength(5);
      const alive = start.flat().filter((c) => c === 1).length;
      expect(alive).toBeGreaterThan(0);
      expect(alive).toBeLessThanOrEqual(30);
    }
    expect(gameOfLife.dataset({ filled_cells: 3 }, 1)[0]?.metadata.filled_cells).toBe(3);
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => gameOfLife.scoreAnswer(answer, rgEntry);
    expect(await gameOfLife.verify(`<answer>${oracle}</answer>`, rgEntry)).toMatchObject({
      reward: 1,
    });
    // The probes and scores below come from RG's score_answer on this entry.
    expect(
      score(
        oracle.replace("[0,0,0,0,1,0", "[0,0,0,0,true,0").replace("[0,0,0,1,1", "[0,0,0,1.0,1"),
      ),
    ).toBe(1);
    expect(score(JSON.stringify(board(oracle).slice(0, 7)))).toBeCloseTo(0.7);
    const withNaN = board(oracle).map((row) => row.join(","));
    withNaN[0] = `NaN,${withNaN[0]?.slice(2)}`;
    withNaN[9] = `Infinity,${withNaN[9]?.slice(2)}`;
    expect(score(`[[${withNaN.join("],[")}]]`)).toBeCloseTo(0.98);
    expect(score(JSON.stringify(board(oracle).map(() => Array(10).fill(0))))).toBeCloseTo(0.97);
    expect(score("[[0]]")).toBeCloseTo(0.01);
    expect(score('["0000000000","0000000000"]')).toBe(0);
    for (const bad of ["[]", "5", '"abc"', "[[0,0,0,0,0,0,0,0,0,0],", "[[0,0]] extra", ""])
      expect(score(bad), bad).toBe(0);
    // RG raises KeyError on object rows; here they score 0.
    expect(score('[{"0": 1}]')).toBe(0);
  });

  it("never throws or hangs on hostile answers", () => {
    for (const answer of [
      "[".repeat(100_000),
      `${"[".repeat(5000)}0${"]".repeat(5000)}`,
      `"${"x".repeat(100_000)}"`,
    ])
      expect(gameOfLife.scoreAnswer(answer, rgEntry)).toBe(0);
  });
});
