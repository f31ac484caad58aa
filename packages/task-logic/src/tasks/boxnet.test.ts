import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { boxnet } from "./boxnet.js";

describe("logic/boxnet", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(boxnet, {
      perturb: (answer) => JSON.stringify((JSON.parse(answer) as unknown[]).slice(0, -1)),
    });
    expect(failures).toEqual([]);
  });

  // As the Python package writes it: 2 x 2 field, one box and target per colour.
  const rgEntry = {
    question: "(boxnet prompt)",
    answer: null,
    metadata: {
      source_dataset: "boxnet",
      source_index: 0,
      row_num: 2,
      column_num: 2,
      initial_state: {
        "0.5_0.5": ["box_red", "target_blue"],
        "0.5_1.5": ["target_red"],
        "1.5_0.5": ["box_blue", "box_green"],
        "1.5_1.5": ["target_green"],
      },
      difficulty: { row_num: [1, 2], column_num: [2, 2], box_num: [1, 1] },
    },
  };

  it("accepts any plan that matches every box, parallel or sequential", async () => {
    const parallel = JSON.stringify([
      {
        "Agent[0.5, 0.5]": "move(box_red, square[0.5, 1.5])",
        "Agent[1.5, 0.5]": "move(box_green, square[1.5, 1.5])",
      },
      {
        "Agent[0.5, 1.5]": "move(box_red, target_red)",
        "Agent[1.5, 1.5]": "move(box_green, target_green)",
        "Agent[1.5, 0.5]": "move(box_blue, square[0.5, 0.5])",
      },
      { "Agent[0.5, 0.5]": "move(box_blue, target_blue)" },
    ]);
    expect((await boxnet.verify(`<answer>${parallel}</answer>`, rgEntry)).reward).toBe(1);
    const reference = boxnet.referenceAnswer(rgEntry);
    expect(boxnet.scoreAnswer(reference, rgEntry)).toBe(1);
  });

  it("gives the fraction of boxes matched, at least 0.05 for parseable JSON", () => {
    const oneOfThree = JSON.stringify([
      { "Agent[0.5, 0.5]": "move(box_red, square[0.5, 1.5])" },
      { "Agent[0.5, 1.5]": "move(box_red, target_red)" },
    ]);
    expect(boxnet.scoreAnswer(oneOfThree, rgEntry)).toBeCloseTo(1 / 3);
    // Illegal moves are ignored: not adjacent, wrong colour, a box that is not there.
    const illegal = JSON.stringify([
      { "Agent[0.5, 0.5]": "move(box_red, square[1.5, 1.5])" },
      { "Agent[0.5, 0.5]": "move(box_red, target_blue)" },
      { "Agent[0.5, 1.5]": "move(box_red, target_red)" },
      { "Agent[9.5, 9.5]": "move(box_red, target_red)", "Agent[0.5, 0.5]": 42 },
      ["not a step"],
    ]);
    expect(boxnet.scoreAnswer(illegal, rgEntry)).toBe(0.05);
    expect(boxnet.scoreAnswer('{"Agent[0.5, 0.5]": "move(box_red, target_red)"}', rgEntry)).toBe(
      0.05,
    );
    expect(boxnet.scoreAnswer("[]", rgEntry)).toBe(0.05);
    expect(boxnet.scoreAnswer("move(box_red, target_red)", rgEntry)).toBe(0);
    expect(boxnet.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("reads actions as RG's regex does (a comma and a space, then up to the first ')')", () => {
    const plan = (action: string) =>
      JSON.stringify([
        { "Agent[0.5,0.5]": action },
        { "Agent[0.5, 1.5]": "move(box_red, target_red)" },
      ]);
    expect(boxnet.scoreAnswer(plan("move(box_red, square[0.50, 1.5]) now"), rgEntry)).toBeCloseTo(
      1 / 3,
    );
    expect(boxnet.scoreAnswer(plan("move(box_red,square[0.5, 1.5])"), rgEntry)).toBe(0.05);
    expect(boxnet.scoreAnswer(plan("please move(box_red, square[0.5, 1.5])"), rgEntry)).toBe(0.05);
  });

  it("replays a huge hostile plan in linear time", () => {
    const step = { "Agent[0.5, 0.5]": `move(box_red, ${", ".repeat(20_000)}` };
    const plan = JSON.stringify([
      ...Array.from({ length: 5000 }, () => ({
        "Agent[0.5, 0.5]": "move(box_red, square[0.5, 1.5])",
        "Agent[0.5, 1.5]": "move(box_red, square[0.5, 0.5])",
      })),
      step,
    ]);
    expect(boxnet.scoreAnswer(plan, rgEntry)).toBe(0.05);
  });

  it("prints the state as RG does", () => {
    const [entry] = boxnet.dataset(
      { seed: 1, min_row_num: 2, max_row_num: 2, min_column_num: 2, max_column_num: 2 },
      1,
    );
    if (!entry) throw new Error("no entry");
    expect(entry.question).toContain(
      "The current left boxes and agents are: Agent[0.5, 0.5]: I am in square[0.5, 0.5], I can observe [",
    );
    expect(entry.question).toContain("Agent[1.5, 1.5]: I am in square[1.5, 1.5]");
    expect(entry.question).toMatch(/'move\(box_\w+, square\[\d\.5, \d\.5\]\)'/);
  });
});
