import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { canFinish, courseSchedule } from "./course_schedule.js";

describe("logic/course_schedule", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(courseSchedule, {
      perturb: (answer) => (answer === "True" ? "False" : "True"),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "There are a total of 3 courses you have to take, labeled from 0 to 2.\nYou are given the following list of prerequisites, where prerequisites[i] = (a_i, b_i) indicates that you must first take course b_i if you want to take course a_i:\n[(1, 0), (2, 1), (0, 2)]\n\nReturn True if you can finish all courses considering the prerequisites, or False otherwise.\n",
    answer: "False",
    metadata: {
      source_dataset: "course_schedule",
      source_index: 0,
      courses: [0, 1, 2],
      prerequisites: [
        [1, 0],
        [2, 1],
        [0, 2],
      ],
      solution: false,
      solvable: false,
    },
  };

  it("scores as RG's default scorer and detects cycles", async () => {
    expect((await courseSchedule.verify("<answer>False</answer>", rgEntry)).reward).toBe(1);
    expect(courseSchedule.scoreAnswer("True", rgEntry)).toBe(0);
    expect(courseSchedule.scoreAnswer("False.", rgEntry)).toBeCloseTo(5 / 6);
    expect(canFinish(3, rgEntry.metadata.prerequisites)).toBe(false);
    expect(
      canFinish(3, [
        [1, 0],
        [2, 1],
        [2, 0],
      ]),
    ).toBe(true);
  });

  it("answers by the generated structure and prints tuples as Python does", () => {
    const entries = courseSchedule.dataset({ seed: 4 }, 100);
    for (const entry of entries) {
      if (entry.metadata.solvable) expect(entry.answer).toBe("True");
      else expect(entry.answer).toBe("False");
      expect(entry.question).toMatch(/\n\[\(\d+, \d+\)(, \(\d+, \d+\))*\]\n/);
    }
  });
});
