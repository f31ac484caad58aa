import { describe, expect, it } from "vitest";
import { CodeExampleSchema, type ProgramTests } from "./example.js";
import { definesName, programSolution, scoreProgramRun } from "./program-tests.js";
import { SandboxPool } from "./sandbox/pool.js";
import type { RunResult } from "./sandbox/sandbox.js";
import { createCodeTask } from "./task.js";
import { sandboxForTests } from "./test-helpers.js";

const { sandbox, reason } = await sandboxForTests({
  limits: { testTimeoutMs: 1000, totalTimeoutMs: 1500 },
});

const fence = (code: string) => `Here it is:\n\`\`\`python\n${code}\n\`\`\`\n`;

const addTests: ProgramTests = {
  program: [
    "", // line 1
    "METADATA = {'author': 'test'}", // line 2
    "", // line 3
    "def check(candidate):", // line 4
    "    assert candidate(1, 2) == 3", // line 5
    "    assert candidate(2, 2) == 4, 'two and two'", // line 6
    "",
  ].join("\n"),
  entry_point: "add",
  prefix: 'def add(a: int, b: int) -> int:\n    """Add two numbers."""\n',
};
const addExample = { prompt: "Complete add(a, b).", tests: addTests };

describe("test program schema", () => {
  it("takes {program, entry_point?, prefix?} beside the stdin and call-based layouts", () => {
    expect(CodeExampleSchema.parse(addExample).tests).toEqual(addTests);
    expect(
      CodeExampleSchema.safeParse({ prompt: "p", tests: { program: "assert 1" } }).success,
    ).toBe(true);
  });

  it("refuses an empty program, a bad entry point, unknown keys, and both kinds at once", () => {
    const bad = (tests: unknown) => CodeExampleSchema.safeParse({ prompt: "p", tests }).success;
    expect(bad({ program: "" })).toBe(false);
    expect(bad({ program: "x", entry_point: "f(); import os" })).toBe(false);
    expect(bad({ program: "x", entry_pint: "f" })).toBe(false);
    const both = CodeExampleSchema.safeParse({
      prompt: "p",
      tests: { program: "assert 1", inputs: ["1"], outputs: ["1"] },
    });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]).toMatchObject({ path: ["tests"], keys: ["inputs", "outputs"] });
  });
});

describe("HumanEval's completion convention", () => {
  it("finds a top-level definition of the entry point, and nothing else", () => {
    expect(definesName("def add(a, b):\n    return a + b", "add")).toBe(true);
    expect(definesName("import math\n\nasync def add (a, b): ...", "add")).toBe(true);
    expect(definesName("class add:\n    pass", "add")).toBe(true);
    expect(definesName("add = lambda a, b: a + b", "add")).toBe(true);
    expect(definesName("    return a + b", "add")).toBe(false);
    expect(definesName("def add_all(xs): ...", "add")).toBe(false);
    expect(definesName("class adder: ...", "add")).toBe(false);
    expect(definesName("add == 3", "add")).toBe(false);
    expect(definesName("class Foo:\n    def add(self): ...", "add")).toBe(false);
    expect(definesName(`${"x = 1\n".repeat(100_000)}def add(): ...`, "add")).toBe(true);
  });

  it("puts the prompt's code before a body, and leaves a whole function alone", () => {
    expect(programSolution("    return a + b\n", addTests)).toBe(
      `${addTests.prefix}    return a + b\n`,
    );
    const whole = "def add(a, b):\n    return a + b\n";
    expect(programSolution(whole, addTests)).toBe(whole);
    expect(programSolution("x = 1", { program: "assert x == 1" })).toBe("x = 1");
  });
});

describe("scoreProgramRun", () => {
  const run = (test: RunResult["tests"][number]): RunResult => ({
    compiled: true,
    wallMs: 1,
    tests: [test],
  });

  it("gives 1 only when the program ran to its end", () => {
    expect(scoreProgramRun(run({ status: "ok", ms: 1 }), addTests)).toEqual({
      reward: 1,
      correct: true,
      reason: "passed the test program",
    });
  });

  it("names the failing assert's line and source, and where the error was raised", () => {
    expect(
      scoreProgramRun(
        run({ status: "error", ms: 1, detail: "AssertionError", line: 5, origin: "test" }),
        addTests,
      ).reason,
    ).toBe("failed the test program: AssertionError at test line 5: `assert candidate(1, 2) == 3`");
    expect(
      scoreProgramRun(
        run({
          status: "error",
          ms: 1,
          detail: "ZeroDivisionError: x",
          line: 6,
          origin: "solution",
        }),
        addTests,
      ).reason,
    ).toBe(
      "failed the test program: ZeroDivisionError: x, raised in the solution called from test line 6: `assert candidate(2, 2) == 4, 'two and two'`",
    );
    expect(
      scoreProgramRun(
        run({ status: "error", ms: 1, detail: "NameError: y", origin: "solution" }),
        addTests,
      ).reason,
    ).toBe("failed the test program: the solution failed before the tests ran: NameError: y");
    expect(
      scoreProgramRun(
        run({ status: "budget", ms: 1, detail: "total time budget of 5000 ms used up" }),
        addTests,
      ).reason,
    ).toBe("failed the test program: time limit (total time budget of 5000 ms used up)");
  });

  it("tells a broken solution from a broken test program", () => {
    const compile = (compileError: string): RunResult => ({
      compiled: false,
      compileError,
      tests: [],
      wallMs: 0,
    });
    expect(scoreProgramRun(compile("SyntaxError: x"), addTests).reason).toBe(
      "syntax error: SyntaxError: x",
    );
    expect(scoreProgramRun(compile("test program: SyntaxError: y"), addTests).reason).toBe(
      "the example's test program does not compile: SyntaxError: y",
    );
  });
});

describe.skipIf(!sandbox)(`test programs in the sandbox (${reason})`, () => {
  const task = createCodeTask({ runner: new SandboxPool(sandbox ?? {}) });
  const verify = (code: string, tests: ProgramTests = addTests) =>
    task.verify(fence(code), { prompt: "p", tests });

  it("passes a completion (after the prompt's code) and a whole function", async () => {
    expect(await verify("    return a + b")).toMatchObject({ reward: 1, correct: true });
    expect(await verify("def add(a, b):\n    return a + b")).toMatchObject({ reward: 1 });
    // A demo block that reads stdin does not run: the program is not __main__ (as in HumanEval).
    const demo =
      "def add(a, b):\n    return a + b\n\nif __name__ == '__main__':\n    print(add(*map(int, input().split())))";
    expect(await verify(demo)).toMatchObject({ reward: 1 });
  });

  it("fails a wrong answer at the assert that caught it, with the assert's message", async () => {
    const v = await verify("    return 3");
    expect(v).toMatchObject({ reward: 0, correct: false });
    expect(v.reason).toBe(
      "failed the test program: AssertionError: two and two at test line 6: `assert candidate(2, 2) == 4, 'two and two'`",
    );
  });

  it("tells errors in the solution from failed asserts", async () => {
    expect((await verify("    return a / 0")).reason).toBe(
      "failed the test program: ZeroDivisionError: division by zero, raised in the solution called from test line 5: `assert candidate(1, 2) == 3`",
    );
    expect((await verify("import numpy_that_is_not_there\ndef add(a, b): ...")).reason).toMatch(
      /^failed the test program: the solution failed before the tests ran: ModuleNotFoundError/,
    );
    expect(
      (await verify("def ad(a, b):\n    return a + b", { ...addTests, prefix: undefined })).reason,
    ).toBe("failed the test program: the solution does not define add");
    expect(
      (await verify("def add(a, b): return a + b", { program: "x = 1", entry_point: "add" }))
        .reason,
    ).toBe("failed the test program: the test program defines no check(candidate)");
  });

  it("does not let the solution pass by exiting early", async () => {
    expect((await verify("import sys\nsys.exit(0)")).reason).toBe(
      "failed the test program: exited early (SystemExit(0) before the tests finished)",
    );
    expect((await verify("def add(a, b):\n    import os\n    os._exit(0)")).reason).toBe(
      "failed the test program: exited early (exited before the tests finished)",
    );
  });

  it("runs bare asserts (MBPP's test_list) without an entry point", async () => {
    const tests = { program: "assert square(3) == 9\nassert square(-2) == 4\n" };
    expect(await verify("def square(x):\n    return x * x", tests)).toMatchObject({ reward: 1 });
    expect((await verify("def square(x):\n    return x * 2", tests)).reason).toBe(
      "failed the test program: AssertionError at test line 1: `assert square(3) == 9`",
    );
  });

  it("runs nothing PRIME pre-imports: a test program sees only what it imports", async () => {
    const tests = { program: "assert uses_pow() == 3\n" };
    expect(await verify("def uses_pow():\n    return pow(2, 10, 7) + 1", tests)).toMatchObject({
      reward: 1,
    });
  });

  it("blames a test program that does not compile on the example", async () => {
    expect(
      (await verify("    return a + b", { ...addTests, program: "def check(c):\n  assert" }))
        .reason,
    ).toMatch(/^the example's test program does not compile: SyntaxError/);
    expect((await verify("def add(a, b) return")).reason).toMatch(/^syntax error: SyntaxError/);
  });

  it("bounds the whole program by the total budget, which a call may raise", async () => {
    const slow = "import time\ndef add(a, b):\n    time.sleep(1)\n    return a + b";
    expect((await verify(slow)).reason).toBe(
      "failed the test program: time limit (total time budget of 1500 ms used up)",
    );
    const v = await task.verify(fence(slow), addExample, { totalTimeoutMs: 4000 });
    expect(v).toMatchObject({ reward: 1 });
  });
});
