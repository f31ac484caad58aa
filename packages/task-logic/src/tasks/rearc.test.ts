import { describe, expect, it } from "vitest";
import { configForLevel } from "../curriculum.js";
import {
  arcPrompt,
  DEFAULT_BOARD_FORMATTING_OPTIONS as DEFAULT,
  formatBoard,
  formatBoardPair,
  parseBoard,
} from "../lib/arc-board.js";
import { isGrid, REARC_TASK_IDS } from "../lib/rearc/index.js";
import { checkTaskProperties } from "../testing.js";
import { PSO_DIFFICULTY_RANGES, rearc } from "./rearc.js";

/** Changes the answer's first cell to another colour. */
const perturb = (answer: string) => `${answer.startsWith("1") ? "2" : "1"}${answer.slice(1)}`;

// Reasoning Gym's ReArcDataset(ReArcConfig(seed=42))[0], as RG emits it (Python tuples as lists).
const uniform = Array.from({ length: 7 }, () => 1 / 7);
const rgEntry = {
  question:
    "Find the common rule that maps an input grid to an output grid, given the examples below.\n\nExample 1:\n\nInput:\n1 1 1\n1 3 3\n1 1 1\nOutput:\n3 3\n\nExample 2:\n\nInput:\n4 3 8\n4 4 4\nOutput:\n3 8\n\nExample 3:\n\nInput:\n3 3 3 3 3 3\n3 3 3 5 2 3\n3 3 3 5 3 3\n3 3 5 3 3 3\n3 3 3 3 3 3\n3 3 3 3 3 3\nOutput:\n0 5 2\n0 5 0\n5 0 0\n\n\nBelow is a test input grid. Predict the corresponding output grid by applying the rule you found.\nYour final answer should just be the text output grid itself.\n\nInput:\n4 4 4 4 4\n4 4 4 4 4\n4 6 8 6 4\n4 4 4 4 4\n4 4 4 4 4\n",
  answer: "6 8 6",
  metadata: {
    source_dataset: "rearc",
    source_index: 0,
    input: [
      [4, 4, 4, 4, 4],
      [4, 4, 4, 4, 4],
      [4, 6, 8, 6, 4],
      [4, 4, 4, 4, 4],
      [4, 4, 4, 4, 4],
    ],
    output: [[6, 8, 6]],
    task_id: "a740d043",
    rng: 0.12323282396873297,
    pso: 0.29851851851851846,
    difficulty: { rng_difficulty_weights: uniform, pso_difficulty_weights: uniform },
  },
};

describe("logic/rearc", () => {
  it("holds the task properties", async () => {
    expect(await checkTaskProperties(rearc, { seeds: 40, perturb })).toEqual([]);
  }, 120_000);

  it("emits entries in RG's format", () => {
    const [entry] = rearc.dataset({ seed: 3 }, 1);
    if (!entry) throw new Error("no entry");
    const meta = entry.metadata;
    expect(Object.keys(meta).sort()).toEqual(Object.keys(rgEntry.metadata).sort());
    expect(REARC_TASK_IDS).toContain(meta.task_id);
    expect(isGrid(meta.input) && isGrid(meta.output)).toBe(true);
    expect(entry.answer).toBe(formatBoard(meta.output as number[][], DEFAULT));
    expect(entry.question.startsWith(arcPrompt("", "").slice(0, 80))).toBe(true);
    expect(
      entry.question.endsWith(`Input:\n${formatBoard(meta.input as number[][], DEFAULT)}\n`),
    ).toBe(true);
    expect(entry.question).toMatch(
      /^(?:[\s\S]*?Example \d:\n\nInput:\n[\s\S]*?\nOutput:\n[\s\S]*?\n\n)+\nBelow/,
    );
    const examples = entry.question.match(/Example \d+:/g) ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeLessThanOrEqual(5);
    expect(meta.rng).toBeGreaterThanOrEqual(0);
    expect(meta.rng).toBeLessThanOrEqual(0.2);
    expect(meta.difficulty).toEqual({
      rng_difficulty_weights: uniform,
      pso_difficulty_weights: uniform,
    });
  });

  it("is deterministic per seed and index", () => {
    expect(rearc.dataset({ seed: 9 }, 3)).toEqual(rearc.dataset({ seed: 9 }, 3));
    expect(rearc.dataset({ seed: 9 }, 1)[0]?.question).not.toBe(
      rearc.dataset({ seed: 10 }, 1)[0]?.question,
    );
  });

  it("keeps the PSO difficulty inside the range the weights pick", () => {
    const level = 2;
    const entries = rearc.dataset({ ...configForLevel("rearc", level), seed: 5 }, 6);
    const [lo, hi] = PSO_DIFFICULTY_RANGES[level] as [number, number];
    for (const e of entries) {
      expect(e.metadata.pso).toBeGreaterThanOrEqual(lo);
      expect(e.metadata.pso).toBeLessThanOrEqual(hi);
    }
  });

  it("has RG's curriculum: one-hot weights over 7 ranges", () => {
    expect(configForLevel("rearc", 0)).toEqual({
      pso_difficulty_weights: [1, 0, 0, 0, 0, 0, 0],
      rng_difficulty_weights: [1, 0, 0, 0, 0, 0, 0],
    });
    expect(configForLevel("rearc", 6)).toEqual({
      pso_difficulty_weights: [0, 0, 0, 0, 0, 0, 1],
      rng_difficulty_weights: [0, 0, 0, 0, 0, 0, 1],
    });
  });

  it("scores answers as RG's score_answer does", async () => {
    // RG's scores for these answers on its own entry (rg_entry above, in memory).
    const probes: [string | null, number][] = [
      ["6 8 6", 1],
      ["Shape: 1x3\n6 8 6", 1],
      ["  6 8 6  \n", 1],
      ["6  8  6", 1],
      ["6 8 6 ", 1],
      ["\n\n6 8 6\n\n", 1],
      ["6 8 6\u001c", 1],
      ["6\t8\t6", 0],
      ["6 8 5", 0.05],
      ["6 8 6\n6 8 6", 0.05],
      ["6 8", 0.05],
      ["6 8 6\n0 0 0", 0.05],
      ["", 0.05],
      ["6,8,6", 0],
      ["[6 8 6]", 0],
      ["10 8 6", 0],
      ["\uff16 8 6", 0],
      ["a b c", 0],
      ["\ufeff6 8 6", 0],
      [null, 0],
    ];
    for (const [answer, score] of probes)
      expect(rearc.scoreAnswer(answer, rgEntry), String(answer)).toBe(score);
    expect((await rearc.verify("<think>rows</think><answer>6 8 6</answer>", rgEntry)).reward).toBe(
      1,
    );
    expect((await rearc.verify("the grid is 6 8 6", rgEntry)).reward).toBe(0);
  });

  it("stays fast and bounded on hostile answers", () => {
    const huge = `${"6 ".repeat(200_000)}\n`.repeat(5);
    const t0 = performance.now();
    expect(rearc.scoreAnswer(huge, rgEntry)).toBe(0.05);
    expect(rearc.scoreAnswer("[".repeat(100_000), rgEntry)).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("formats boards with other options and scores with the entry's options", () => {
    const board_format_opts = {
      alphabet: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
      col_delimiter: ",",
      row_delimiter: ";",
      array_brackets: true,
    };
    const [entry] = rearc.dataset({ seed: 2, board_format_opts }, 1);
    if (!entry?.answer) throw new Error("no entry");
    expect(entry.metadata.board_format_opts).toEqual(board_format_opts);
    expect(entry.answer.startsWith("[[")).toBe(true);
    expect(parseBoard(entry.answer, board_format_opts)).toEqual(entry.metadata.output);
    expect(rearc.scoreAnswer(entry.answer, entry)).toBe(1);
    expect(formatBoardPair(1, { input: [[1]], output: [[2, 3]] }, board_format_opts)).toBe(
      "Example 1:\n\nInput:\n[[b]]\nOutput:\n[[c,d]]\n\n",
    );
  });

  it("rejects configs RG's validate rejects", () => {
    expect(() => rearc.dataset({ min_examples: 0 }, 1)).toThrow(/min_examples must be positive/);
    expect(() => rearc.dataset({ min_examples: 4, max_examples: 3 }, 1)).toThrow(/<= max_examples/);
    expect(() => rearc.dataset({ diff_lb: 0.5, diff_ub: 0.1 }, 1)).toThrow(/diff_lb/);
    expect(() => rearc.dataset({ pso_difficulty_weights: [1, 1] }, 1)).toThrow(/same length/);
  });
});
