import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MissingDataError } from "../define.js";
import { checkTaskProperties } from "../testing.js";
import { codeio } from "./codeio.js";

/** Three problems in RG's codeio.jsonl layout (made up here): two that run, one that raises. */
function writeFixture(): string {
  const problems = [
    {
      task_description: "Square a number `n`.",
      input_output_spec: "Input:\n  `n` (int)\n\nOutput:\n  `return` (dict): `square` (int)",
      code_sample: "def main_solution(n):\n    print('noise')\n    return {\"square\": n * n}",
      input_generator:
        'def generate_inputs(rng: Random) -> dict:\n    return {"n": rng.randint(1, 99)}',
      difficulty: 3,
    },
    {
      task_description: "Find the longest of some words.",
      input_output_spec: "Input:\n  `words` (list of str)\n\nOutput:\n  `return` (dict)",
      code_sample:
        'def main_solution(words):\n    return {"longest": max(words, key=len), "count": len(words)}',
      input_generator:
        "def generate_inputs(rng: Random) -> dict:\n    return {\"words\": rng.sample(['ab', 'cde', 'f', 'ghij'], 2)}",
      difficulty: 5,
    },
    {
      task_description: "Always fails.",
      input_output_spec: "Input: none",
      code_sample: "def main_solution():\n    raise ValueError('broken')",
      input_generator: "def generate_inputs(rng):\n    return {}",
    },
  ];
  const root = mkdtempSync(join(tmpdir(), "codeio-"));
  const path = join(root, "codeio.jsonl.gz");
  writeFileSync(path, gzipSync(problems.map((p) => JSON.stringify(p)).join("\n")));
  writeFileSync(join(root, "broken.jsonl"), JSON.stringify(problems[2]));
  writeFileSync(join(root, "bad.jsonl"), '{"task_description": "x"}');
  return root;
}

const fixture = writeFixture();
const dataPath = join(fixture, "codeio.jsonl.gz");
const hasPython = spawnSync("python3", ["--version"]).status === 0;

// An entry as Reasoning Gym emits it (CodeIODataset(seed=42)[195], run here).
const RG_ENTRY = {
  question:
    "\nYou are given a question that requires some input and output variables as follows:\n\nYou are given an integer `n`. Your task is to find the sum of all the multiples of 3 or 5 below `n`. Return the sum as part of a dictionary with the key `sum_of_multiples`.\n\nThe input and output requirements are as follows:\n\nInput:\n    n (int): An integer representing the upper limit (exclusive) for finding multiples of 3 or 5.\n\nOutput:\n    return (dict): A dictionary with one key:\n    - sum_of_multiples (int): The sum of all multiples of 3 or 5 below `n`.\n\nGiven the following output:\n\n{'sum_of_multiples': 59928}\n\nCan you predict a feasible input without writing any code? Please reason and put your final answer in the form of a JSON value (object, array, number or string, or one of the following three literal names: false null true), even if the there is only one input variable, with keys strictly matching the input variables' names as specified.\n\nTip: Here is a reference code snippet for this question. You can refer to this code to guide your reasoning but not copy spans of code directly.\n\ndef main_solution(n: int = 1000) -> dict:\n    return {\"sum_of_multiples\": sum(e for e in range(3, n) if e % 3 == 0 or e % 5 == 0)}\n",
  answer: '{"n": 507}',
  metadata: {
    source_dataset: "codeio",
    source_index: 195,
    input_data: { n: 507 },
    output_data: { sum_of_multiples: 59928 },
    difficulty: { difficulty: null },
  },
};
/** RG's CodeIODataset(seed=42)[202], reduced to what scoring reads. */
const RG_FLOAT_ENTRY = {
  question: "(output prediction; question omitted)",
  answer: '{"vrms": 11.334204695580645}',
  metadata: { source_dataset: "codeio", source_index: 202 },
};

describe("logic/codeio", () => {
  // Every expectation is what RG's score_answer returned for the same answer and entry.
  it("scores answers as RG's scorer does", async () => {
    expect(await codeio.verify('<answer>{"n": 507}</answer>', RG_ENTRY)).toMatchObject({
      reward: 1,
    });
    const cases: [string | null, number][] = [
      ['{"n": 508}', 0.9970414201183432],
      ['{"n": 507.0}', 1],
      ['{"n": "507"}', 1], // the tree labels are equal: n:507
      ['{"n": 5070}', 0.01],
      ['{"n": -507}', 0.01],
      ['{"m": 507}', 0.5],
      ['{"n": 507, "k": 1}', 0.16666666666666674],
      ['The input is {"n": 507}.', 0.5882352941176471],
      ['{"n": 507} {"n": 1}', 0.5263157894736842], // not JSON: the oracle is inside
      ['{"n": 507', 0],
      ["{'n': 507}", 0],
      ["{}", 0.01],
      ["[]", 0],
      ["507", 0],
      ["", 0],
      [null, 0],
      ['{"n": true}', 0.01],
      ['{"n": [507]}', 0.01],
      ['{"n": NaN}', 0.01],
      ['{"n": \u0665\u0660\u0667}', 0],
      ['{"n": "\u0665\u0660\u0667"}', 1], // Arabic-Indic digits: float() reads them as 507
      ['{"n": "\u4e94"}', 0.01],
      [`{"a": ${"[".repeat(950)}${"]".repeat(950)}}`, 0.01],
      ["[".repeat(2000) + "]".repeat(2000), 0],
    ];
    for (const [answer, expected] of cases) {
      expect(codeio.scoreAnswer(answer, RG_ENTRY), String(answer).slice(0, 40)).toBeCloseTo(
        expected,
        12,
      );
    }
    const floats: [string, number][] = [
      ['{"vrms": 11.33}', 0.9988071409587125],
      ['{"vrms": 11}', 0.9023427837589024],
      ['{"vrms": 0}', 0.01],
      ['{"vrms": 22.66840939116129}', 0.01],
      ['{"vrms": "11.334204695580645"}', 1],
      ['{"VRMS": 11.334204695580645}', 0.2857142857142858],
      ['{"vrms": 11.334204695580645, "unit": "V"}', 0.2682926829268294],
      ['{"vrms": [11.334204695580645]}', 0.01],
      ["vrms = 11.334204695580645", 0],
      ['{"vrms": -11.334204695580645}', 0.8275862068965517],
      ['{"vrms": 1e1}', 0.5711484907062212],
      ['{"vrms": 11.334204695580645e0}', 1],
    ];
    for (const [answer, expected] of floats) {
      expect(codeio.scoreAnswer(answer, RG_FLOAT_ENTRY), answer).toBeCloseTo(expected, 12);
    }
  });

  it("scores hostile answers below 1 within bounds (RG raises on some of these)", () => {
    const hostile = [
      `{"n": 1${"0".repeat(5000)}}`, // past Python's int digit limit
      `{"a": ${"[".repeat(5000)}${"]".repeat(5000)}}`, // past Python's recursion limit
      `{"n": [${"1, ".repeat(10_000)}1]}`,
      `{"n": "${"x".repeat(100_000)}"}`,
      "{".repeat(100_000),
    ];
    const scores = hostile.map((answer) => codeio.scoreAnswer(answer, RG_ENTRY));
    expect(scores).toEqual([0, 0, 0.01, 0.01, 0]);
    // Nested lists against a long oracle list: past the tree-distance budget, the 0.01 floor.
    const longOracle = { ...RG_ENTRY, answer: `{"n": [${"7, ".repeat(3000)}7]}` };
    let comb = "1";
    for (let i = 0; i < 900; i++) comb = `[1, ${comb}]`;
    expect(codeio.scoreAnswer(`{"n": ${comb}}`, longOracle)).toBe(0.01);
  });

  it("says clearly when the data is missing or wrong", () => {
    expect(() => codeio.dataset({ seed: 1 }, 1)).toThrow(MissingDataError);
    expect(() => codeio.dataset({ seed: 1 }, 1)).toThrow(/data_path.*codeio\.jsonl\.gz/);
    expect(() => codeio.dataset({ data_path: join(fixture, "nope.jsonl") }, 1)).toThrow(
      /does not exist/,
    );
    expect(() => codeio.dataset({ data_path: join(fixture, "bad.jsonl") }, 1)).toThrow(
      /line 1 lacks RG's keys/,
    );
    expect(() => codeio.dataset({ data_path: dataPath, difficulty: 9 }, 1)).toThrow(
      /no problems of difficulty 9/,
    );
    expect(() =>
      codeio.dataset({ data_path: dataPath, python: "/nonexistent/python3" }, 1),
    ).toThrow(/cannot run "\/nonexistent\/python3"/);
  });

  describe.skipIf(!hasPython)("with python3 (runs the fixture's code)", () => {
    it("holds the task properties", async () => {
      const perturb = (answer: string) => answer.replace(/^\{/, '{"extra": 0, ');
      const config = { data_path: dataPath };
      expect(await checkTaskProperties(codeio, { perturb, config, seeds: 12 })).toEqual([]);
    }, 60_000);

    it("asks in RG's words and answers with json.dumps", () => {
      const entries = codeio.dataset({ seed: 5, data_path: dataPath, difficulty: 3 }, 8);
      const kinds = new Set<string>();
      for (const entry of entries) {
        const n = (entry.metadata.input_data as { n: number }).n;
        expect(entry.metadata.output_data).toEqual({ square: n * n });
        if (entry.question.includes("Given the following input:")) {
          kinds.add("output");
          expect(entry.question).toContain(`Given the following input:\n\n{'n': ${n}}\n\n`);
          expect(entry.answer).toBe(`{"square": ${n * n}}`);
        } else {
          kinds.add("input");
          expect(entry.question).toContain(
            `Given the following output:\n\n{'square': ${n * n}}\n\n`,
          );
          expect(entry.answer).toBe(`{"n": ${n}}`);
        }
        expect(entry.metadata.difficulty).toEqual({ difficulty: 3 });
      }
      expect(kinds).toEqual(new Set(["output", "input"]));
      const words = codeio.dataset(
        { seed: 5, data_path: dataPath, difficulty: 5, input_prediction_probability: 1 },
        3,
      );
      for (const entry of words)
        expect(entry.question).toContain("Given the following input:\n\n{'words': ['");
    }, 60_000);

    it("draws another problem when the code fails, and gives up after 20", () => {
      const entries = codeio.dataset({ seed: 8, data_path: dataPath }, 6);
      expect(entries.every((e) => !e.question.includes("Always fails."))).toBe(true);
      expect(() => codeio.dataset({ data_path: join(fixture, "broken.jsonl") }, 1)).toThrow(
        /20 problems in a row failed/,
      );
    }, 60_000);
  });
});
