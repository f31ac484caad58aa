import { parseTaskOptions } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { CodeExampleSchema, type IoExample } from "./example.js";
import pkg, { codeTask } from "./index.js";
import { SandboxPool } from "./sandbox/pool.js";
import { type RunResult, SandboxUnavailableError } from "./sandbox/sandbox.js";
import { createCodeTask, extractCode, scoreRun } from "./task.js";
import { sandboxForTests } from "./test-helpers.js";

const { sandbox, reason } = await sandboxForTests({
  limits: { testTimeoutMs: 1000, totalTimeoutMs: 3000 },
});

const sumExample: IoExample = {
  prompt: "Read two integers and print their sum.",
  tests: { inputs: ["1 2", "5 5", "-1 1", "100 1"], outputs: ["3", "10", "0", "101"] },
};

const fence = (code: string, lang = "python") => `Here you go:\n\`\`\`${lang}\n${code}\n\`\`\`\n`;

describe("the code task", () => {
  it("is registered as PRIME's continuous code task", () => {
    expect(pkg.name).toBe("@prorl/task-code");
    expect(pkg.tasks).toEqual([codeTask]);
    expect(codeTask).toMatchObject({ id: "code", domain: "code", rewardType: "continuous" });
    expect(CodeExampleSchema.safeParse(sumExample).success).toBe(true);
    expect(
      CodeExampleSchema.safeParse({ prompt: "p", tests: { inputs: ["1"], outputs: [] } }).success,
    ).toBe(false);
  });

  it("takes the last ```python block after the reasoning", () => {
    const response = `<think>\`\`\`python\nprint(0)\n\`\`\`</think>${fence("print(1)")}${fence("print(2)", "text")}`;
    expect(extractCode(response)).toBe("print(1)\n");
    expect(extractCode(fence("print(3)", "py"))).toBe("print(3)\n");
    expect(extractCode("print(4)")).toBeNull();
  });

  it("adds a code-block instruction only when the prompt has none", () => {
    expect(codeTask.prompt(sumExample)).toMatch(/```python code block/);
    const own = { ...sumExample, prompt: "Solve it. Answer in ```python\ncode\n```" };
    expect(codeTask.prompt(own)).toBe(own.prompt);
  });

  it("scores 0 without running anything when there is no code block", async () => {
    const task = createCodeTask({ runner: {} as SandboxPool });
    const v = await task.verify("the answer is print(3)", sumExample);
    expect(v).toMatchObject({ reward: 0, correct: false });
    expect(v.reason).toMatch(/no ```python code block/);
    expect((await task.verify(fence("   "), sumExample)).reason).toMatch(/empty/);
  });

  it("refuses to score where no sandbox works, instead of giving every program 0", async () => {
    if (process.env.PRORL_SANDBOX === "unsafe") return;
    const task = createCodeTask({ sandbox: { bwrap: "/nonexistent/bwrap" } });
    await expect(task.verify(fence("print(3)"), sumExample)).rejects.toBeInstanceOf(
      SandboxUnavailableError,
    );
  });

  it("scores a run as passed / total with a reason naming the first failure", () => {
    const run: RunResult = {
      compiled: true,
      wallMs: 1,
      tests: [
        { status: "ok", ms: 1, stdout: "3\n" },
        { status: "ok", ms: 1, stdout: "11\n" },
        { status: "timeout", ms: 1, detail: "over the 1000 ms per-test limit" },
        { status: "ok", ms: 1, stdout: "101" },
      ],
    };
    const v = scoreRun(run, sumExample.tests);
    expect(v.reward).toBe(0.5);
    expect(v.correct).toBe(false);
    expect(v.reason).toBe(
      "passed 2/4 tests; 1 wrong answer, 1 time limit; first failure test 2: wrong answer",
    );
    const broken = scoreRun(
      { compiled: false, compileError: "SyntaxError: x", tests: [], wallMs: 0 },
      sumExample.tests,
    );
    expect(broken).toMatchObject({ reward: 0, reason: "syntax error: SyntaxError: x" });
  });
});

describe.skipIf(!sandbox)(`the code task in the sandbox (${reason})`, () => {
  const task = createCodeTask({ runner: new SandboxPool(sandbox ?? {}, { concurrency: 2 }) });

  it("gives 1 to a correct program, a fraction to a partly correct one, 0 to a broken one", async () => {
    const [right, partial, syntax, crash] = await Promise.all([
      task.verify(fence("a, b = map(int, input().split())\nprint(a + b)"), sumExample),
      task.verify(
        fence("a, b = map(int, input().split())\nprint(a + b if a != 5 else 0)"),
        sumExample,
      ),
      task.verify(fence("print(1"), sumExample),
      task.verify(fence("raise SystemError('no')"), sumExample),
    ]);
    expect(right).toMatchObject({ reward: 1, correct: true, reason: "passed all 4 tests" });
    expect(partial.reward).toBe(0.75);
    expect(syntax.reward).toBe(0);
    expect(syntax.reason).toMatch(/^syntax error/);
    expect(crash.reward).toBe(0);
    expect(crash.reason).toMatch(/runtime error \(SystemError: no\)/);
  });

  it("scores call-based tests, with maxTests limiting the tests scored", async () => {
    const example: IoExample = {
      prompt: "Implement twice(x).",
      tests: { inputs: ["1", "2", "[1]"], outputs: ["2", "[4]", "[1, 1]"], fn_name: "twice" },
    };
    const code = fence("def twice(x):\n    return x * 2");
    expect((await task.verify(code, example)).reward).toBe(1);
    const wrong = fence("def twice(x):\n    return x + x if isinstance(x, int) else None");
    expect((await task.verify(wrong, example)).reward).toBeCloseTo(2 / 3);
    const firstTwo = createCodeTask({ runner: task.runner(), maxTests: 2 });
    expect((await firstTwo.verify(wrong, example)).reward).toBe(1);
    expect((await task.verify(wrong, example, { maxTests: 2 })).reward).toBe(1);
  });

  it("loads call-based solutions as a module, as PRIME does: a __main__ demo block does not run", async () => {
    const example: IoExample = {
      prompt: "Implement Solution.twice(x).",
      tests: { inputs: ["1", "5"], outputs: ["2", "10"], fn_name: "twice" },
    };
    const code = [
      "class Solution:",
      "    def twice(self, x):",
      "        return 2 * x",
      "",
      'if __name__ == "__main__":',
      "    x = int(input())",
      "    print(Solution().twice(x))",
    ].join("\n");
    expect(await task.verify(fence(code), example)).toMatchObject({ reward: 1 });
    // stdin programs still run as __main__
    const stdin =
      'if __name__ == "__main__":\n    a, b = map(int, input().split())\n    print(a + b)';
    expect((await task.verify(fence(stdin), sumExample)).reward).toBe(1);
  });

  it("takes per-call time limits within their bounds, and the example's comparison", async () => {
    expect(parseTaskOptions(task, { testTimeoutMs: 3000, totalTimeoutMs: 600_000 }).ok).toBe(true);
    expect(parseTaskOptions(task, { totalTimeoutMs: 600_001 })).toMatchObject({ ok: false });
    const slow = fence(
      "import time\ntime.sleep(1.2)\na, b = map(int, input().split())\nprint(a + b)",
    );
    const one = { ...sumExample, tests: { inputs: ["1 2"], outputs: ["3"] } };
    expect((await task.verify(slow, one)).reason).toMatch(/time limit/);
    expect(
      await task.verify(slow, one, { testTimeoutMs: 4000, totalTimeoutMs: 5000 }),
    ).toMatchObject({ reward: 1 });
    // The example's own rules apply unless the call names others.
    const lcb = { ...sumExample, tests: { ...one.tests, compare: "livecodebench" as const } };
    const padded = fence("a, b = map(int, input().split())\nprint(f'{a + b}.0')");
    expect((await task.verify(padded, one)).reward).toBe(1); // PRIME: floats agree
    expect((await task.verify(padded, lcb)).reward).toBe(1); // LiveCodeBench: decimals agree
    const near = fence("a, b = map(int, input().split())\nprint(a + b + 1e-7)");
    expect((await task.verify(near, one)).reward).toBe(1); // PRIME: within numpy's tolerance
    expect((await task.verify(near, lcb)).reward).toBe(0); // LiveCodeBench: exact decimals
    expect((await task.verify(near, lcb, { compare: "prime" })).reward).toBe(1);
  });
});
