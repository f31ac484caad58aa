import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyReadStats } from "@prorl/core";
import { parquetWriteFile } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import {
  loadDeepScaleR,
  loadMathDataset,
  loadMathSolutions,
  loadQuestionAnswer,
  type MathExample,
  mathFileSource,
} from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "task-math-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl(name: string, rows: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join("\n"));
  return path;
}

async function collect(it: AsyncIterable<MathExample>): Promise<MathExample[]> {
  const out: MathExample[] = [];
  for await (const e of it) out.push(e);
  return out;
}

describe("math loaders", () => {
  it("reads DeepScaleR rows from JSONL", async () => {
    const path = jsonl("dsr.jsonl", [
      { problem: "1+1?", answer: "2", solution: "It is $\\boxed{2}$." },
      { problem: "AIME", answer: 204 },
    ]);
    expect(await collect(loadDeepScaleR(path))).toEqual([
      { problem: "1+1?", answer: "2", solution: "It is $\\boxed{2}$." },
      { problem: "AIME", answer: "204" },
    ]);
  });

  it("takes the gold of MATH rows from the last \\boxed{} of the solution", async () => {
    const path = jsonl("math.jsonl", [
      {
        problem: "p1",
        solution: "First $\\boxed{1}$, finally $\\boxed{\\frac{1}{2}}$.",
        level: "Level 3",
      },
    ]);
    const rows = await collect(loadMathSolutions(path));
    expect(rows).toEqual([
      {
        problem: "p1",
        answer: "\\frac{1}{2}",
        solution: "First $\\boxed{1}$, finally $\\boxed{\\frac{1}{2}}$.",
      },
    ]);
  });

  it("rejects a MATH row without a boxed answer, or skips and counts it", async () => {
    const path = jsonl("math-bad.jsonl", [
      { problem: "ok", solution: "$\\boxed{3}$" },
      { problem: "bad", solution: "no box here" },
    ]);
    await expect(collect(loadMathSolutions(path))).rejects.toThrow(/math-bad.jsonl:2/);
    const stats = emptyReadStats();
    const rows = await collect(loadMathSolutions(path, { onInvalid: "skip", stats }));
    expect(rows.map((r) => r.answer)).toEqual(["3"]);
    expect(stats.skipped).toBe(1);
    expect(stats.problems[0]?.message).toMatch(/boxed/);
  });

  it("maps benchmark rows named question/answer", async () => {
    const path = jsonl("aime.jsonl", [{ question: "Find N.", answer: 33, id: 7 }]);
    expect(await collect(loadQuestionAnswer(path))).toEqual([{ problem: "Find N.", answer: "33" }]);
  });

  it("applies extra field mappings, dotted paths included", async () => {
    const path = jsonl("nested.jsonl", [{ prompt: "Q?", reward_model: { ground_truth: "5" } }]);
    const rows = await collect(
      loadMathDataset(path, { fields: { problem: "prompt", answer: "reward_model.ground_truth" } }),
    );
    expect(rows).toEqual([{ problem: "Q?", answer: "5" }]);
  });

  it("reads Parquet files", async () => {
    const path = join(dir, "dsr.parquet");
    parquetWriteFile({
      filename: path,
      columnData: [
        { name: "problem", data: ["a", "b"], type: "STRING" },
        { name: "answer", data: ["1", "\\frac{1}{2}"], type: "STRING" },
      ],
    });
    const source = mathFileSource(path);
    expect(source.description).toContain("dsr.parquet");
    expect(await collect(source.examples())).toEqual([
      { problem: "a", answer: "1" },
      { problem: "b", answer: "\\frac{1}{2}" },
    ]);
  });
});
