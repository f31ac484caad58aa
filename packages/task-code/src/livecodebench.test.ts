import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { IoTests } from "./example.js";
import {
  decodeLiveCodeBenchCases,
  LiveCodeBenchRowSchema,
  liveCodeBenchPrompt,
  pickledString,
} from "./livecodebench.js";
import { SandboxPool } from "./sandbox/pool.js";
import { createCodeTask } from "./task.js";
import { sandboxForTests } from "./test-helpers.js";

const { sandbox, reason } = await sandboxForTests();

const CASES = [
  { input: "1 2\n", output: "3\n", testtype: "stdin" },
  { input: "5 5\n", output: "10\n", testtype: "stdin" },
];

// base64(zlib.compress(pickle.dumps(json.dumps(CASES), protocol=P))), made by CPython 3.11, the
// way LiveCodeBench's released rows store private_test_cases.
const PICKLED: Record<string, string> = {
  protocol2:
    "eJxrYIooZWBgiK5WyswrKC1RslJQMlQwislT0lFQyi8tgQoZQwRKUotLSioLUkFCxSUpmXlKtToKSDpNFUzRdRoa4NQaW8igBwAVziUy",
  protocol4:
    "eJxrYJlayQABPaXR1UqZeQWlJUpWCkqGCkYxeUo6Ckr5pSVQIWOIQElqcUlJZUEqSKi4JCUzT6lWRwFJp6mCKbpOQwOcWmOn6AEAk/gmmQ==",
  protocol5:
    "eJxrYJ1ayQABPaXR1UqZeQWlJUpWCkqGCkYxeUo6Ckr5pSVQIWOIQElqcUlJZUEqSKi4JCUzT6lWRwFJp6mCKbpOQwOcWmOn6AEAlHsmmg==",
};
// 40 cases, pickled with protocol 4 (BINUNICODE: a string over 255 bytes).
const PICKLED_40 =
  "eJyN1U1KA0EUxHEXbrxF0esg897rr/Ekgrozi2ySQDqCiOAh9L6OiiBTCDWroaE2P/50v11+PF1dfH+3h+Xn7iXt9sfzSDdIE6b7fdogHc7j9+jnYGxPYzwft19Hp/G426fXDf4sDbZeurZ0+HqZtWUg1suqLTPyetm1ZUFZL00kqqg0FY0aGk1FpI5OU1FpxkxTkckmGKXkaktLTFyTSGUOo6BcxLKAUVMuclmGUVaughUYlRUqWIVRW6GCNRjVFSpYh1FfoYLNMCosRDCf4FRYFsHc4FRYVi+s5cbiK0sE84BTYVkE8wynwrIKVuBUWFHBKpwKKypYg1NhRQXrcCqsqGAznAorIlhMCCqsimBhCCqsimDhCCqsqq/i8izyuyiCRUZQYVUFKwgqrKlgFUGFNRWsIaiwpoJ1BBXWVLAZQYW1/8Ee3q8/ARupzEk=";
// zlib of "cos\nsystem\n(S'echo pwned'\ntR." (a pickle that would call os.system), and of a
// pickled list instead of a string.
const EVIL = "eJxLzi/mKq4sLknN5dIIVk9NzshXKCjPS01R5yoJ0gMAly8Jow==";
const LIST =
  "eJxrYJkaxAABsVM0aqdo9LBm5hWUlkzpYTFUMOKa0sOWX1oC5jMZA3kcJanFJSWVBalTeliLS1Iy86aUAvVkMPWwmCqYck3JYOlhNjQA0mwZ7KWpegBYLh2a";

const stdinRow = {
  question_title: "Sum",
  question_content: "Read two integers A and B and print A+B.",
  platform: "atcoder",
  question_id: "abc000_a",
  contest_id: "abc000",
  contest_date: "2024-09-01T00:00:00",
  starter_code: "",
  difficulty: "easy",
  public_test_cases: JSON.stringify([{ input: "2 3\n", output: "5\n", testtype: "stdin" }]),
  private_test_cases: PICKLED.protocol4,
  metadata: "{}",
};

const functionalRow = {
  ...stdinRow,
  platform: "leetcode",
  question_id: "9999",
  starter_code: "class Solution:\n    def addTwo(self, a: int, b: int) -> int:\n        ",
  public_test_cases: JSON.stringify([
    { input: "1\n2", output: "3", testtype: "functional" },
    { input: "[1, 2]\n[3]", output: "[1, 2, 3]", testtype: "functional" },
  ]),
  private_test_cases: "[]",
  metadata: JSON.stringify({ func_name: "addTwo" }),
};

describe("LiveCodeBench's test-case columns", () => {
  it("decodes JSON text, and base64 of zlib of a pickled JSON string (protocols 2 to 5)", () => {
    expect(decodeLiveCodeBenchCases(JSON.stringify(CASES))).toEqual(CASES);
    for (const [name, text] of Object.entries(PICKLED)) {
      expect(decodeLiveCodeBenchCases(text), name).toEqual(CASES);
    }
    const many = decodeLiveCodeBenchCases(`${PICKLED_40.slice(0, 40)}\n${PICKLED_40.slice(40)}`);
    expect(many).toHaveLength(40);
    expect((many as { output: string }[])[39]?.output).toBe("78\n");
  });

  it("refuses any pickle that is not one string, without unpickling it", () => {
    expect(() => decodeLiveCodeBenchCases(EVIL)).toThrow(
      "holds a pickle that is refused: it is not a pickle of protocol 2 to 5; only pickled JSON text is read",
    );
    expect(() => decodeLiveCodeBenchCases(LIST)).toThrow(
      /refused: it holds something other than one string \(opcode 0x5d\)/,
    );
    const twoStrings = Buffer.from([0x80, 4, 0x8c, 1, 0x61, 0x8c, 1, 0x62, 0x2e]);
    expect(() => pickledString(twoStrings)).toThrow(/more than one string \(opcode 0x8c\)/);
    const truncated = Buffer.from([0x80, 4, 0x58, 0xff, 0xff, 0, 0, 0x61]);
    expect(() => pickledString(truncated)).toThrow(/runs past its end/);
    const huge = Buffer.from([0x80, 5, 0x8d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x2e]);
    expect(() => pickledString(huge)).toThrow(/runs past its end/);
  });

  it("says what is wrong with text that is neither form, and bounds what it inflates", () => {
    expect(() => decodeLiveCodeBenchCases("not json at all!")).toThrow(
      "is neither JSON nor base64 of zlib-compressed pickled JSON",
    );
    expect(() => decodeLiveCodeBenchCases("aGVsbG8=")).toThrow(/is base64 but not zlib data/);
    const bomb = deflateSync(Buffer.alloc(1 << 20)).toString("base64");
    expect(() => decodeLiveCodeBenchCases(bomb, 1 << 16)).toThrow(
      "decompresses to more than 65536 bytes",
    );
  });
});

describe("livecodebench loader", () => {
  it("maps a stdin problem: public then private cases, LiveCodeBench's prompt and comparison", () => {
    const example = LiveCodeBenchRowSchema.parse(stdinRow);
    expect(example).toEqual({
      prompt: liveCodeBenchPrompt(stdinRow.question_content, ""),
      tests: {
        inputs: ["2 3\n", "1 2\n", "5 5\n"],
        outputs: ["5\n", "3\n", "10\n"],
        compare: "livecodebench",
      },
      data_source: "livecodebench/atcoder",
      task_id: "abc000_a",
    });
    expect(example.prompt).toBe(
      "### Question:\nRead two integers A and B and print A+B.\n\n### Format: Read the inputs from stdin solve the problem and write the answer to stdout (do not directly test on the sample inputs). Enclose your code within delimiters as follows. Ensure that when the python program runs, it reads the inputs, runs the algorithm and writes output to STDOUT.\n```python\n# YOUR CODE HERE\n```\n\n### Answer: (use the provided format with backticks)\n\n",
    );
  });

  it("maps a functional problem onto call-based tests, with the starter code in the prompt", () => {
    const example = LiveCodeBenchRowSchema.parse(functionalRow);
    expect(example.tests).toEqual({
      inputs: ["1\n2", "[1, 2]\n[3]"],
      outputs: ["3", "[1, 2, 3]"],
      fn_name: "addTwo",
      compare: "livecodebench",
    });
    expect(example.prompt).toContain(
      "### Format: You will use the following starter code to write the solution to the problem and enclose your code within delimiters.\n```python\nclass Solution:\n    def addTwo(self, a: int, b: int) -> int:\n        \n```",
    );
  });

  it("refuses rows it cannot score, naming the column", () => {
    const issues = (row: unknown) =>
      LiveCodeBenchRowSchema.safeParse(row).error?.issues.map(
        (i) => `${i.path.join(".")}: ${i.message}`,
      );
    expect(issues({ ...functionalRow, metadata: "{}" })).toEqual([
      "metadata: functional test cases need metadata.func_name",
    ]);
    expect(issues({ ...stdinRow, private_test_cases: EVIL })).toEqual([
      "private_test_cases: holds a pickle that is refused: it is not a pickle of protocol 2 to 5; only pickled JSON text is read",
    ]);
    expect(
      issues({
        ...stdinRow,
        private_test_cases: JSON.stringify([{ input: "1", output: "1", testtype: "functional" }]),
      }),
    ).toEqual([": mixes stdin and functional test cases"]);
    expect(issues({ ...stdinRow, public_test_cases: '[{"input": "1"}]' })).toEqual([
      "public_test_cases: test case.0.output: Invalid input: expected string, received undefined",
    ]);
    expect(issues({ ...stdinRow, public_test_cases: "[]", private_test_cases: "[]" })).toEqual([
      ": no test cases",
    ]);
  });
});

describe.skipIf(!sandbox)(`LiveCodeBench problems in the sandbox (${reason})`, () => {
  const task = createCodeTask({ runner: new SandboxPool(sandbox ?? {}) });
  const fence = (code: string) => `\`\`\`python\n${code}\n\`\`\``;

  it("scores stdin programs with LiveCodeBench's rules (decimals equal, line counts too)", async () => {
    const example = LiveCodeBenchRowSchema.parse(stdinRow);
    const sum = "a, b = map(int, input().split())\nprint(a + b)";
    expect(await task.verify(fence(sum), example)).toMatchObject({ reward: 1 });
    const decimal = "a, b = map(int, input().split())\nprint(f'{a + b}.000')";
    expect(await task.verify(fence(decimal), example)).toMatchObject({ reward: 1 });
    const blankLine = "a, b = map(int, input().split())\nprint()\nprint(a + b)";
    expect(await task.verify(fence(blankLine), example)).toMatchObject({ reward: 1 });
    const between = "a, b = map(int, input().split())\nprint(a)\nprint()\nprint(b)";
    expect((await task.verify(fence(between), example)).reward).toBe(0);
    // The caller can still ask for PRIME's rules.
    const split = LiveCodeBenchRowSchema.parse({
      ...stdinRow,
      public_test_cases: JSON.stringify([{ input: "", output: "1\n2\n", testtype: "stdin" }]),
      private_test_cases: "[]",
    });
    const gap = "print(1)\nprint()\nprint(2)";
    expect((await task.verify(fence(gap), split)).reward).toBe(0);
    expect(await task.verify(fence(gap), split, { compare: "prime" })).toMatchObject({ reward: 1 });
  });

  it("scores functional problems through the Solution class", async () => {
    const example = LiveCodeBenchRowSchema.parse(functionalRow);
    const solution = "class Solution:\n    def addTwo(self, a, b):\n        return a + b";
    expect(await task.verify(fence(solution), example)).toMatchObject({ reward: 1 });
    const wrapped = "class Solution:\n    def addTwo(self, a, b):\n        return [a + b]";
    const v = await task.verify(fence(wrapped), example);
    expect(v.reward).toBe(0); // PRIME would unwrap [3] as 3; LiveCodeBench does not
    expect((example.tests as IoTests).compare).toBe("livecodebench");
  });
});
