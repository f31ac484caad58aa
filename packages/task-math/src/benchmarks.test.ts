import { dirname, join } from "node:path";
import { emptyReadStats, lastBoxed } from "@prorl/core";
import { referenceFile } from "@prorl/core/reference";
import { describe, expect, it } from "vitest";
import { loadDeepScaleR, type MathExample, mathTask } from "./index.js";

/**
 * DeepScaleR's own test files (../shared/reference/data, or PRORL_REFERENCE_DIR): the paper's
 * math benchmarks as its users have them. Skipped where absent, except under
 * PRORL_REQUIRE_REFERENCE (CI).
 */
const aime = referenceFile("data/test-aime.json", import.meta.url);
const data = aime ? dirname(aime) : "";

const FILES = { aime: 30, amc: 83, math: 500, minerva: 272, olympiad_bench: 675 } as const;

/**
 * Minerva rows (0-based) whose solution's last \boxed{} disagrees with the gold, every one a
 * data quirk (packages/task-math/README.md lists them by kind): the gold belongs to an earlier
 * sub-problem, or the solution boxes something else than the gold.
 */
const MINERVA_SOLUTION_QUIRKS = [
  19, 41, 48, 55, 60, 71, 80, 84, 94, 96, 100, 104, 106, 122, 127, 128, 129, 131, 138, 142, 152,
  153, 156, 158, 163, 165, 168, 170, 193, 202, 215, 218, 219, 222, 229, 236, 238, 251, 253, 258,
  266,
];

async function load(name: string): Promise<{ rows: MathExample[]; skipped: number }> {
  const stats = emptyReadStats();
  const rows: MathExample[] = [];
  for await (const row of loadDeepScaleR(join(data, `test-${name}.json`), {
    onInvalid: "skip",
    stats,
  })) {
    rows.push(row);
  }
  return { rows, skipped: stats.skipped };
}

function golds(example: MathExample): readonly string[] {
  return typeof example.answer === "string" ? [example.answer] : example.answer;
}

describe.skipIf(!aime)("DeepScaleR's test files (shared/reference/data)", () => {
  it("loads every row of the five files, list answers included", async () => {
    for (const [name, count] of Object.entries(FILES)) {
      const { rows, skipped } = await load(name);
      expect([name, rows.length, skipped]).toEqual([name, count, 0]);
    }
    const minerva = (await load("minerva")).rows;
    expect(minerva.filter((r) => golds(r).length > 1)).toHaveLength(75);
    expect(minerva[16]?.answer).toEqual(["0.003^{\\prime \\prime}"]); // trimmed: no newline
  });

  it("scores every gold answer, boxed, 1 against its own row (every alternative of a list)", async () => {
    const misses: string[] = [];
    let checked = 0;
    for (const name of Object.keys(FILES)) {
      for (const [i, example] of (await load(name)).rows.entries()) {
        for (const gold of golds(example)) {
          checked++;
          const v = await mathTask.verify(`<think>...</think> \\boxed{${gold}}`, example);
          if (!v.correct) misses.push(`${name} ${i}: ${gold} -> ${v.reason}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(checked).toBe(30 + 83 + 500 + 351 + 675);
  });

  it("agrees with each boxed reference solution but for the listed data quirks", async () => {
    for (const [name, quirks] of [
      ["aime", []],
      ["minerva", MINERVA_SOLUTION_QUIRKS],
    ] as const) {
      const disagree: number[] = [];
      for (const [i, example] of (await load(name)).rows.entries()) {
        const solution = typeof example.solution === "string" ? example.solution : "";
        const box = lastBoxed(solution);
        if (box === null) continue;
        if (!(await mathTask.verify(`\\boxed{${box}}`, example)).correct) disagree.push(i);
      }
      expect([name, disagree]).toEqual([name, quirks]);
    }
  });

  it("refuses the training file's empty and null gold answers, saying why", async () => {
    const stats = emptyReadStats();
    let valid = 0;
    for await (const _ of loadDeepScaleR(join(data, "train-math.json"), {
      onInvalid: "skip",
      stats,
    })) {
      valid++;
    }
    expect(valid).toBe(7470);
    expect(stats.problems.map((p) => [p.line, p.message])).toEqual([
      [887, "answer: no gold answer (null)"],
      [1010, "answer: no gold answer (null)"],
      [5329, "answer: empty gold answer"],
      [5331, "answer: empty gold answer"],
    ]);
  });
});

if (!aime) {
  describe("DeepScaleR's test files", () => {
    it.skip("skipped: data/test-aime.json not found in ../shared/reference (set PRORL_REFERENCE_DIR)", () => {});
  });
}
