import { generatorSource } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { CodeExampleSchema } from "./example.js";
import { GeneratorConfigSchema, generateProblem, TEMPLATE_NAMES } from "./generator.js";
import { SandboxPool } from "./sandbox/pool.js";
import { codeTask, scoreRun } from "./task.js";
import { sandboxForTests } from "./test-helpers.js";

const { sandbox, reason } = await sandboxForTests({
  limits: { testTimeoutMs: 2000, totalTimeoutMs: 5000 },
});

describe("offline generator", () => {
  it("is deterministic per (seed, index) and varies with both", () => {
    const config = GeneratorConfigSchema.parse({ seed: 7 });
    expect(generateProblem(config, 3)).toEqual(generateProblem(config, 3));
    expect(generateProblem(config, 3)).not.toEqual(generateProblem(config, 4));
    expect(generateProblem(config, 3)).not.toEqual(
      generateProblem(GeneratorConfigSchema.parse({ seed: 8 }), 3),
    );
  });

  it("emits valid examples from every template, stdin and call-based", () => {
    for (const name of TEMPLATE_NAMES) {
      const config = GeneratorConfigSchema.parse({ seed: 1, tests: 5, templates: [name] });
      const example = generateProblem(config, 0);
      expect(CodeExampleSchema.safeParse(example).success, name).toBe(true);
      expect(example.tests.inputs).toHaveLength(5);
      expect(example.data_source).toBe(`generator/${name}`);
      expect(example.prompt).toMatch(/```python/);
    }
    const calls = TEMPLATE_NAMES.map(
      (name) =>
        generateProblem(GeneratorConfigSchema.parse({ seed: 1, templates: [name] }), 0).tests
          .fn_name,
    );
    expect(calls.filter(Boolean).length).toBeGreaterThan(0);
    expect(calls.filter((c) => !c).length).toBeGreaterThan(0);
  });

  it("is the task's generator and rejects unknown templates", async () => {
    expect(codeTask.generator).toBeDefined();
    const source = generatorSource(codeTask, { seed: 2, tests: 3 });
    const first = await source.examples()[Symbol.asyncIterator]().next();
    expect(first.value).toEqual(
      generateProblem(GeneratorConfigSchema.parse({ seed: 2, tests: 3 }), 0),
    );
    expect(GeneratorConfigSchema.safeParse({ seed: 1, templates: ["nope"] }).success).toBe(false);
  });
});

describe.skipIf(!sandbox)(`generated problems in the sandbox (${reason})`, () => {
  const pool = new SandboxPool(sandbox ?? {}, { concurrency: 2 });

  it("the Python reference solution of every template scores 1; a wrong one does not", async () => {
    const examples = TEMPLATE_NAMES.flatMap((name) =>
      [0, 1].map((index) =>
        generateProblem(
          GeneratorConfigSchema.parse({ seed: 11, tests: 6, templates: [name] }),
          index,
        ),
      ),
    );
    const verdicts = await Promise.all(
      examples.map(async (example) => {
        const run = await pool.run({
          code: example.solution as string,
          inputs: example.tests.inputs,
          fnName: example.tests.fn_name ?? null,
        });
        return scoreRun(run, example.tests);
      }),
    );
    verdicts.forEach((v, i) => {
      expect(v.reward, `${examples[i]?.data_source}: ${v.reason}`).toBe(1);
    });
    const example = examples[0];
    if (!example) throw new Error("no example");
    const wrong = await pool.run({
      code: "print(0)",
      inputs: example.tests.inputs,
      fnName: example.tests.fn_name ?? null,
    });
    expect(scoreRun(wrong, example.tests).reward).toBeLessThan(1);
  });
});
