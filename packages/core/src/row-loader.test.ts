import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findRowLoader, loadRow } from "./row-loader.js";
import type { AnyTask } from "./task.js";

const QA = z.object({ problem: z.string(), answer: z.string() });

const task: AnyTask = {
  id: "fixture/qa",
  domain: "math",
  rewardType: "binary",
  schema: QA,
  prompt: (example: z.output<typeof QA>) => example.problem,
  verify: () => ({ reward: 0, correct: false, reason: "" }),
  loaders: {
    // A JSON-string column parsed by the schema, as Eurus-2-RL's ground truth is.
    wrapped: {
      description: "q and gold (a JSON string holding {value})",
      fields: { problem: "q" },
      schema: z
        .object({ problem: z.string(), gold: z.string() })
        .transform((row) => ({
          problem: row.problem,
          answer: String((JSON.parse(row.gold) as { value: unknown }).value),
        }))
        .pipe(QA),
    },
  },
};

describe("findRowLoader / loadRow", () => {
  it("turns a raw row into the task's example through the named loader", () => {
    expect(loadRow(task, "wrapped", { q: "1+1?", gold: '{"value": 2}' })).toEqual({
      ok: true,
      example: { problem: "1+1?", answer: "2" },
    });
  });

  it("names the task and its loaders for an unknown loader, inherited names included", () => {
    const known = 'task fixture/qa has no loader "nope" (it has: wrapped)';
    expect(loadRow(task, "nope", {})).toEqual({ ok: false, error: known });
    expect(() => findRowLoader(task, "toString")).toThrow(/no loader "toString"/);
    expect(loadRow({ ...task, loaders: undefined }, "wrapped", {})).toEqual({
      ok: false,
      error: 'task fixture/qa has no loader "wrapped" (it has none)',
    });
  });

  it("names task, loader and field when the loader rejects the row, and never throws", () => {
    expect(loadRow(task, "wrapped", { q: "x" })).toEqual({
      ok: false,
      error:
        'loader "wrapped" of task fixture/qa rejects the row: gold: Invalid input: expected string, received undefined',
    });
    expect(loadRow(task, "wrapped", [1, 2])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/rejects the row: it is not a JSON object$/),
    });
    // The transform's JSON.parse throws: still an error record.
    expect(loadRow(task, "wrapped", { q: "x", gold: "{" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^loader "wrapped" of task fixture\/qa rejects the row: .*JSON/),
    });
  });
});
