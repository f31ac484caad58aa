import { parseTaskOptions, safeVerify, TaskRegistry } from "@prorl/core";
import { describe, expect, it } from "vitest";
import taskPackage, {
  createMathTask,
  MATH_INSTRUCTION,
  MathExampleSchema,
  mathTask,
} from "./index.js";

describe("mathTask", () => {
  it("has the documented identity", () => {
    expect(mathTask).toMatchObject({ id: "math", domain: "math", rewardType: "binary" });
    expect(taskPackage).toMatchObject({ name: "@prorl/task-math" });
    expect(taskPackage.tasks).toContain(mathTask);
  });

  it("prompts with DeepScaleR's instruction", () => {
    expect(mathTask.prompt({ problem: "What is 1+1?", answer: "2" })).toBe(
      "What is 1+1?\n\nLet's think step by step and output the final answer within \\boxed{}.",
    );
    expect(MATH_INSTRUCTION).toContain("\\boxed{}");
  });

  it("validates rows and turns numeric answers into strings", () => {
    expect(MathExampleSchema.parse({ problem: "p", answer: 204 })).toEqual({
      problem: "p",
      answer: "204",
    });
    expect(MathExampleSchema.safeParse({ problem: "p" }).success).toBe(false);
    expect(MathExampleSchema.safeParse({ problem: "", answer: "1" }).success).toBe(false);
  });

  it("verifies through the strict extractor by default, lenient on request", async () => {
    const example = { problem: "2+2?", answer: "4" };
    expect(await mathTask.verify("so \\boxed{4}", example)).toMatchObject({
      reward: 1,
      correct: true,
    });
    expect(await mathTask.verify("so 4", example)).toMatchObject({
      reward: 0,
      reason: "no boxed answer",
    });
    const lenient = createMathTask({ mode: "lenient" });
    expect(await lenient.verify("The answer is 4.", example)).toMatchObject({ reward: 1 });
    expect(await mathTask.verify("The answer is 4.", example, { mode: "lenient" })).toMatchObject({
      reward: 1,
    });
    expect(await lenient.verify("The answer is 4.", example, { mode: "strict" })).toMatchObject({
      reward: 0,
    });
  });

  it("declares its options: mode and timeoutMs, nothing else", () => {
    expect(parseTaskOptions(mathTask, { mode: "lenient", timeoutMs: 500 })).toEqual({
      ok: true,
      options: { mode: "lenient", timeoutMs: 500 },
    });
    expect(parseTaskOptions(mathTask, { mode: "loose" }).ok).toBe(false);
    expect(parseTaskOptions(mathTask, { compare: "prime" })).toMatchObject({
      ok: false,
      error: 'unknown option "compare" for task math (known: mode, timeoutMs)',
    });
  });

  it("createMathTask returns the complete task, row loaders included", () => {
    const task = createMathTask({ mode: "lenient" });
    expect(Object.keys(task.loaders ?? {}).sort()).toEqual(["deepscaler", "math", "qa"]);
    expect(task.generator).toBe(mathTask.generator);
    expect(task.optionsSchema).toBe(mathTask.optionsSchema);
  });

  it("works through core's safeVerify and registry", async () => {
    const registry = new TaskRegistry();
    registry.add(taskPackage);
    const task = registry.get("math");
    const v = await safeVerify(task, "\\boxed{\\frac{1}{2}}", { problem: "half", answer: "0.5" });
    expect(v.correct).toBe(true);
  });

  it("offers an offline generator whose items verify against their own solutions", async () => {
    const generator = mathTask.generator;
    expect(generator).toBeDefined();
    if (!generator) return;
    const config = generator.configSchema.parse({ seed: 3 });
    for (let i = 0; i < 40; i++) {
      const example = generator.generate(config, i);
      expect(MathExampleSchema.safeParse(example).success).toBe(true);
      const v = await mathTask.verify(example.solution ?? "", example);
      expect(v.correct, `${example.problem} -> ${example.answer}: ${v.reason}`).toBe(true);
    }
  });
});
