import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { survo } from "./survo.js";

describe("logic/survo", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(survo, {
      perturb: (answer) => answer.replace(/\d+/, (d) => String(Number(d) + 1)),
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1).
  const rgEntry = {
    question:
      "Solve this 4*4 matrix puzzle:\n0 0 8 17\n3 0 2 7\n1 7 0 17\n6 16 19 41\nwhere 0 represents empty cells that need to be filled. The last number in each row and column equals the sum of all other numbers in that row or column. You have the numbers [2, 2, 7, 9] to place in the empty cells. Each number can only be used once.",
    answer: "2 7 8 17\n3 2 2 7\n1 7 9 17\n6 16 19 41",
    metadata: {
      source_dataset: "survo",
      source_idx: 1,
      puzzle: [
        [0, 0, 8, 17],
        [3, 0, 2, 7],
        [1, 7, 0, 17],
        [6, 16, 19, 41],
      ],
      solution: [
        [2, 7, 8, 17],
        [3, 2, 2, 7],
        [1, 7, 9, 17],
        [6, 16, 19, 41],
      ],
      candidate_numbers: [2, 2, 7, 9],
      board_size: 4,
      num_empty: 4,
      min_num: 1,
      max_num: 9,
      difficulty: {
        board_size: [4, 5],
        empty: [3, 5],
      },
    },
  };

  it("scores an RG entry as RG does for its own matrix and malformed answers", () => {
    const oracle = rgEntry.answer;
    expect(survo.scoreAnswer(oracle, rgEntry)).toBe(1);
    // RG reads integers per line and skips other tokens and empty lines.
    expect(survo.scoreAnswer(`\n${oracle.replaceAll(" ", " | ")}\n\n`, rgEntry)).toBe(1);
    expect(survo.scoreAnswer(oracle.replaceAll(" ", ", "), rgEntry)).toBe(0); // "2," is not an int
    expect(survo.scoreAnswer(oracle.split("\n").slice(0, 3).join("\n"), rgEntry)).toBe(0);
    expect(survo.scoreAnswer(oracle.replace(/^\d+/, "99"), rgEntry)).toBe(0);
    expect(survo.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("accepts another completion with the listed numbers (RG only its stored one)", () => {
    // Four empty cells in a rectangle: a b / c d can become a+1 b-1 / c-1 d+1 when the
    // list holds those numbers too.
    const entry = {
      question: "",
      answer: "1 2 3 6\n2 1 3 6\n3 3 6 12\n6 6 12 24",
      metadata: {
        board_size: 4,
        puzzle: [
          [0, 0, 3, 6],
          [0, 0, 3, 6],
          [3, 3, 6, 12],
          [6, 6, 12, 24],
        ],
        solution: [
          [1, 2, 3, 6],
          [2, 1, 3, 6],
          [3, 3, 6, 12],
          [6, 6, 12, 24],
        ],
        candidate_numbers: [1, 2, 2, 1],
      },
    };
    expect(survo.scoreAnswer("2 1 3 6\n1 2 3 6\n3 3 6 12\n6 6 12 24", entry)).toBe(1);
    // Right sums, but numbers that were not listed.
    expect(survo.scoreAnswer("3 0 3 6\n0 3 3 6\n3 3 6 12\n6 6 12 24", entry)).toBe(0);
  });
});
