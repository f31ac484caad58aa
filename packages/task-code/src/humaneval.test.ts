import { describe, expect, it } from "vitest";
import type { CodeExample, ProgramTests } from "./example.js";
import {
  HumanEvalPlusRowSchema,
  HumanEvalRowSchema,
  MbppRowSchema,
  pythonJson,
} from "./humaneval.js";
import { SandboxPool } from "./sandbox/pool.js";
import { createCodeTask } from "./task.js";
import { sandboxForTests } from "./test-helpers.js";

const { sandbox, reason } = await sandboxForTests({
  limits: { testTimeoutMs: 3000, totalTimeoutMs: 3000 },
});

const fence = (code: string) => `\`\`\`python\n${code}\`\`\``;

// Rows in the layouts of OpenAI's HumanEval.jsonl and EvalPlus's HumanEvalPlus.jsonl, written
// for these tests.
const prompt = 'def scale(xs: list, k: float) -> list:\n    """Multiply every number by k."""\n';
const canonical = "    return [x * k for x in xs]\n";
const humanEvalRow = {
  task_id: "Fixture/0",
  prompt,
  canonical_solution: canonical,
  entry_point: "scale",
  test: "\n\ndef check(candidate):\n    assert candidate([1, 2], 2) == [2, 4]\n",
};
const plusRow = {
  ...humanEvalRow,
  contract: "",
  base_input: [
    [[1, 2], 2],
    [[], 3],
  ],
  plus_input: [
    [[0.1, 0.2], 3],
    [[-5, 7, 9], 1e-3],
  ],
  atol: 0,
};

const programOf = (example: CodeExample) => example.tests as ProgramTests;

describe("humaneval / humaneval_plus loaders", () => {
  it("turns a HumanEval row into its test program, with the prompt as the completion prefix", () => {
    const example = HumanEvalRowSchema.parse(humanEvalRow);
    expect(example).toEqual({
      prompt: `Please provide a self-contained Python script that solves the following problem in a markdown code block:\n\`\`\`python\n${prompt.trim()}\n\`\`\`\n`,
      tests: { program: humanEvalRow.test, entry_point: "scale", prefix: prompt },
      solution: prompt + canonical,
      data_source: "humaneval",
      task_id: "Fixture/0",
    });
  });

  it("reads HumanEval+ rows: base inputs for humaneval, base and plus for humaneval_plus", () => {
    const base = programOf(HumanEvalRowSchema.parse(plusRow)).program;
    const plus = programOf(HumanEvalPlusRowSchema.parse(plusRow)).program;
    expect(base).toContain('_json.loads("[[[1, 2], 2], [[], 3]]")');
    expect(plus).toContain(
      '_json.loads("[[[1, 2], 2], [[], 3], [[0.1, 0.2], 3], [[-5, 7, 9], 0.001]]")',
    );
    expect(HumanEvalPlusRowSchema.parse(plusRow).data_source).toBe("humaneval_plus");
  });

  it("names what is missing when a row does not fit", () => {
    const error = (schema: typeof HumanEvalRowSchema, row: unknown) =>
      schema.safeParse(row).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(error(HumanEvalPlusRowSchema, humanEvalRow)).toEqual([
      "plus_input: missing: this is not a HumanEval+ row (use the humaneval loader)",
    ]);
    expect(error(HumanEvalRowSchema, { ...plusRow, canonical_solution: undefined })).toEqual([
      "canonical_solution: missing: EvalPlus's inputs are checked against it",
    ]);
    expect(error(HumanEvalRowSchema, { ...humanEvalRow, test: undefined })).toEqual([
      "test: missing (and no base_input)",
    ]);
    expect(error(HumanEvalRowSchema, { ...humanEvalRow, entry_point: "f()" })).toEqual([
      "entry_point: must be a Python identifier",
    ]);
  });

  it("writes JSON that Python reads back with the same types, big integers included", () => {
    expect(pythonJson([1e21, -1e22, 12, 0.5, "a\nb", { k: [true, null] }])).toBe(
      '[1000000000000000000000, -10000000000000000000000, 12, 0.5, "a\\nb", {"k": [true, null]}]',
    );
  });

  it("reads MBPP rows: the asserts (after the setup code) are the program", () => {
    const example = MbppRowSchema.parse({
      task_id: 11,
      text: "Write a python function to remove first and last occurrence of a given character from the string.",
      code: "def remove_Occ(s, ch):\n    return s",
      test_list: [
        'assert remove_Occ("hello","l") == "heo"',
        'assert remove_Occ("abcda","a") == "bcd"',
      ],
      test_setup_code: "",
      challenge_test_list: [],
    });
    expect(example.tests).toEqual({
      program: 'assert remove_Occ("hello","l") == "heo"\nassert remove_Occ("abcda","a") == "bcd"\n',
    });
    expect(example.prompt).toMatch(
      /^You are an expert Python programmer, and here is your task: Write/,
    );
    expect(example.prompt).toContain('assert remove_Occ("abcda","a") == "bcd"');
    expect(example.task_id).toBe("11");
  });
});

describe.skipIf(!sandbox)(`EvalPlus's differential test in the sandbox (${reason})`, () => {
  const task = createCodeTask({ runner: new SandboxPool(sandbox ?? {}) });
  const base = HumanEvalRowSchema.parse(plusRow);
  const plus = HumanEvalPlusRowSchema.parse(plusRow);

  it("passes the canonical solution, as a completion and as a whole function", async () => {
    for (const example of [base, plus]) {
      expect(await task.verify(fence(canonical), example)).toMatchObject({ reward: 1 });
      expect(await task.verify(fence(prompt + canonical), example)).toMatchObject({ reward: 1 });
    }
  });

  it("catches with the plus inputs what the base inputs miss, naming the input", async () => {
    const intsOnly = "    return [int(x * k) for x in xs]\n";
    expect(await task.verify(fence(intsOnly), base)).toMatchObject({ reward: 1 });
    const v = await task.verify(fence(intsOnly), plus);
    expect(v.reward).toBe(0);
    expect(v.reason).toMatch(
      /^failed the test program: AssertionError: input 2: \[\[0\.1, 0\.2\], 3\] returned \[0, 0\], expected \[0\.30000000000000004, 0\.6000000000000001\] at test line \d+: `assert _matches\(out, expected, atol\), _mismatch\(i, args, out, expected\)`$/,
    );
  });

  it("compares floats within EvalPlus's tolerance, and only values of the same type", async () => {
    const rounded = "    return [round(x * k, 9) for x in xs]\n";
    expect(await task.verify(fence(rounded), plus)).toMatchObject({ reward: 1 });
    const tupled = "    return tuple(x * k for x in xs)\n";
    expect((await task.verify(fence(tupled), plus)).reward).toBe(0);
  });

  it("gives the reference its own copy of the inputs", async () => {
    const mutating = "    out = [x * k for x in xs]\n    xs.clear()\n    return out\n";
    expect(await task.verify(fence(mutating), plus)).toMatchObject({ reward: 1 });
  });

  it("keeps integers of 1e21 and more as Python ints", async () => {
    const row = {
      ...plusRow,
      prompt: "def kind(n):\n",
      canonical_solution: "    return type(n).__name__\n",
      entry_point: "kind",
      base_input: [[1e21], [-1e25]],
      plus_input: [],
    };
    const example = HumanEvalPlusRowSchema.parse(row);
    expect(await task.verify(fence('    return "int"\n'), example)).toMatchObject({ reward: 1 });
  });

  it("checks find_zero by the polynomial's value, as EvalPlus does", async () => {
    const poly =
      "import math\n\ndef poly(xs, x):\n    return sum(c * math.pow(x, i) for i, c in enumerate(xs))\n\ndef find_zero(xs):\n";
    const bisection =
      "    lo, hi = -1e3, 1e3\n    for _ in range(200):\n        mid = (lo + hi) / 2\n        if poly(xs, lo) * poly(xs, mid) <= 0:\n            hi = mid\n        else:\n            lo = mid\n    return lo\n";
    const example = HumanEvalPlusRowSchema.parse({
      ...plusRow,
      prompt: poly,
      canonical_solution: bisection,
      entry_point: "find_zero",
      base_input: [[[-6, 11, -6, 1]]], // roots 1, 2, 3
      plus_input: [[[1, 1]]],
      atol: 1e-6,
    });
    expect(await task.verify(fence(bisection), example)).toMatchObject({ reward: 1 });
    const other = "    return -xs[0] / xs[1] if len(xs) == 2 else 3.0\n"; // another root
    expect(await task.verify(fence(other), example)).toMatchObject({ reward: 1 });
    expect((await task.verify(fence("    return 0.5\n"), example)).reason).toMatch(
      /input 0: \[\[-6, 11, -6, 1\]\] gave 0\.5, not a zero/,
    );
  });
});
