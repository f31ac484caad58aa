import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { knightSwap } from "./knight_swap.js";

describe("logic/knight_swap", () => {
  // 150 entries: generation searches many boards (about 60 ms an entry; RG takes ~1.7 s).
  it("holds the task properties over 150 entries", async () => {
    const failures = await checkTaskProperties(knightSwap, {
      seeds: 150,
      perturb: (answer) => (answer === "No" ? "[]" : "No"),
    });
    expect(failures).toEqual([]);
  }, 60_000);

  // Entries as RG 49b07130 emits them (seed 3, 4 to 6 steps): a possible and an impossible one.
  const rgEntry = {
    question:
      "Knight Swap Challenge:\n\n```\n    A   B   C   D\n   ----------------\n3 |   | . | B | . |\n   ----------------\n2 | w | w |   |   |\n   ----------------\n1 |   |   | B | . |\n   ----------------\n```\n\nLegend:\n- 'w' = White Knight\n- 'B' = Black Knight\n- Empty squares are marked with '.'\n\nObjective:\nSwap the positions of all white knights with all black knights through valid moves.\n\nRules:\n1. Knights move in L-shape (2 squares + 1 square perpendicular)\n2. Knights can only move to empty squares\n3. w moves first, then players alternate\n4. All knights must reach their target positions (white ↔ black)\n\nQuestion:\nIs it possible to swap all knights' positions? If yes, list the moves.\n\nAnswer Format:\n- For impossible puzzles: \"No\"\n- For possible puzzles: List moves as [\"color,from,to\", ...]\n  Example: [\"w,A1,B3\"] means white knight moves A1→B3\n",
    answer: '["w,B2,D1", "B,C1,D3", "w,A2,C1", "B,C3,A2", "w,D1,C3", "B,D3,B2"]',
    metadata: {
      source_dataset: "knight_swap",
      source_index: 0,
      board: {
        C1: ["A2", "B3", "D3"],
        D1: ["B2", "C3"],
        B3: ["C1"],
        C3: ["A2", "D1"],
        D3: ["B2", "C1"],
        B2: ["D1", "D3"],
        A2: ["C1", "C3"],
      },
      pieces: {
        C1: "B",
        D1: null,
        B3: null,
        C3: "B",
        D3: null,
        B2: "w",
        A2: "w",
      },
      start_turn: "w",
      solution: [
        ["w", "B2", "D1"],
        ["B", "C1", "D3"],
        ["w", "A2", "C1"],
        ["B", "C3", "A2"],
        ["w", "D1", "C3"],
        ["B", "D3", "B2"],
      ],
      is_possible: true,
      num_steps: 6,
      board_states: [
        {
          C1: "B",
          D1: null,
          B3: null,
          C3: "B",
          D3: null,
          B2: "w",
          A2: "w",
        },
        {
          C1: "B",
          D1: "w",
          B3: null,
          C3: "B",
          D3: null,
          B2: null,
          A2: "w",
        },
        {
          C1: null,
          D1: "w",
          B3: null,
          C3: "B",
          D3: "B",
          B2: null,
          A2: "w",
        },
        {
          C1: "w",
          D1: "w",
          B3: null,
          C3: "B",
          D3: "B",
          B2: null,
          A2: null,
        },
        {
          C1: "w",
          D1: "w",
          B3: null,
          C3: null,
          D3: "B",
          B2: null,
          A2: "B",
        },
        {
          C1: "w",
          D1: null,
          B3: null,
          C3: "w",
          D3: "B",
          B2: null,
          A2: "B",
        },
        {
          C1: "w",
          D1: null,
          B3: null,
          C3: "w",
          D3: null,
          B2: "B",
          A2: "B",
        },
      ],
      difficulty: {
        nodes: [6, 9],
        pieces: [2, 2],
        steps: [4, 6],
      },
    },
  };
  const rgImpossible = {
    question:
      "Knight Swap Challenge:\n\n```\n    A   B   C   D\n   ----------------\n3 |   | B | w | . |\n   ----------------\n2 | . |   |   | w |\n   ----------------\n1 |   | B | . |   |\n   ----------------\n```\n\nLegend:\n- 'w' = White Knight\n- 'B' = Black Knight\n- Empty squares are marked with '.'\n\nObjective:\nSwap the positions of all white knights with all black knights through valid moves.\n\nRules:\n1. Knights move in L-shape (2 squares + 1 square perpendicular)\n2. Knights can only move to empty squares\n3. w moves first, then players alternate\n4. All knights must reach their target positions (white ↔ black)\n\nQuestion:\nIs it possible to swap all knights' positions? If yes, list the moves.\n\nAnswer Format:\n- For impossible puzzles: \"No\"\n- For possible puzzles: List moves as [\"color,from,to\", ...]\n  Example: [\"w,A1,B3\"] means white knight moves A1→B3\n",
    answer: "No",
    metadata: {
      source_dataset: "knight_swap",
      source_index: 11,
      board: {
        C1: ["A2", "B3", "D3"],
        A2: ["C1", "C3"],
        C3: ["A2", "B1"],
        D2: ["B3"],
        D3: ["C1"],
        B1: ["C3"],
        B3: ["C1", "D2"],
      },
      pieces: {
        C1: null,
        A2: null,
        C3: "w",
        D2: "w",
        D3: null,
        B1: "B",
        B3: "B",
      },
      start_turn: "w",
      solution: null,
      is_possible: false,
      num_steps: 0,
      board_states: null,
      difficulty: {
        nodes: [6, 9],
        pieces: [2, 2],
        steps: [4, 6],
      },
    },
  };

  it("replays an answer on an RG entry as RG does", () => {
    const oracle = rgEntry.answer;
    const moves = JSON.parse(oracle) as string[];
    expect(knightSwap.scoreAnswer(oracle, rgEntry)).toBe(1);
    expect(knightSwap.scoreAnswer(JSON.stringify(moves), rgEntry)).toBe(1);
    // Legal moves that do not finish: 0.05; an empty list too.
    expect(knightSwap.scoreAnswer(JSON.stringify(moves.slice(0, 2)), rgEntry)).toBe(0.05);
    expect(knightSwap.scoreAnswer("[]", rgEntry)).toBe(0.05);
    // Out of turn, wrong colour, not a knight move, occupied target, bad shape: 0.
    expect(knightSwap.scoreAnswer(JSON.stringify(moves.slice(1)), rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer('["w,B2,B3"]', rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer('["w,B2,D1,x"]', rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer('["x,B2,D1"]', rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer("[1, 2]", rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer('{"w": "B2"}', rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer("w,B2,D1 B,C1,D3", rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer("No", rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer("", rgEntry)).toBe(0);
    expect(knightSwap.scoreAnswer(`[${'"w,B2,D1", '.repeat(5000)}"w,B2,D1"]`, rgEntry)).toBe(0);
  });

  it("gives optimal/length to a longer solution (a detour and back)", () => {
    const moves = JSON.parse(rgEntry.answer) as string[];
    // White B2-D1, black C1-D3, white D1-B2 (back), black D3-C1 (back), then the solution.
    const detour = ["w,B2,D1", "B,C1,D3", "w,D1,B2", "B,D3,C1", ...moves];
    expect(knightSwap.scoreAnswer(JSON.stringify(detour), rgEntry)).toBeCloseTo(6 / 10);
  });

  it("accepts only No for an impossible RG entry", () => {
    expect(knightSwap.scoreAnswer("No", rgImpossible)).toBe(1);
    expect(knightSwap.scoreAnswer(" no ", rgImpossible)).toBe(1);
    expect(knightSwap.scoreAnswer("No.", rgImpossible)).toBe(0);
    expect(knightSwap.scoreAnswer("[]", rgImpossible)).toBe(0);
  });

  it("prints boards as RG does and stores shortest solutions", () => {
    const entries = knightSwap.dataset({ seed: 9 }, 40);
    expect(entries.some((e) => e.answer === "No")).toBe(true);
    for (const entry of entries) {
      expect(entry.question).toMatch(/```\n {4}[A-D]( {3}[A-D])*\n {3}-+\n\d \|/);
      if (entry.answer === "No") continue;
      const n = (entry.metadata.solution as unknown[]).length;
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(20);
      expect(entry.answer).toMatch(/^\["[wB],[A-D]\d,[A-D]\d"(, "[wB],[A-D]\d,[A-D]\d")*\]$/);
    }
  });
});
