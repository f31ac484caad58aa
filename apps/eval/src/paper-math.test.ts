import { mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { buildBlend, type LoadedBlend } from "@prorl/core";
import { referenceFile } from "@prorl/core/reference";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "./program.js";
import { formatMarkdown } from "./report.js";
import { runEval } from "./run.js";
import { loadEvalConfig } from "./run-config.js";
import { loadTaskRegistry } from "./task-packages.js";
import { captureOutput } from "./testing/capture-output.js";

/**
 * The shipped paper-math config: its settings, and a whole run over DeepScaleR's real test
 * files (../shared/reference/data; skipped where absent, except under PRORL_REQUIRE_REFERENCE).
 */
const CONFIG = resolve(import.meta.dirname, "../../../examples/eval/paper-math.yaml");
const DEEPSCALER_FILES = ["aime", "amc", "math", "minerva", "olympiad_bench"].map(
  (name) => `test-${name}.json`,
);
const firstFile = referenceFile(`data/${DEEPSCALER_FILES[0]}`, import.meta.url);
const { stderr } = captureOutput();
const savedData = process.env.PRORL_DATA;
afterEach(() => {
  if (savedData === undefined) delete process.env.PRORL_DATA;
  else process.env.PRORL_DATA = savedData;
});

describe("examples/eval/paper-math.yaml", () => {
  it("has the paper's sampling and its six math benchmarks, in the paper's column order", async () => {
    const config = await loadEvalConfig(CONFIG);
    expect(config.sampling).toMatchObject({
      n: 16,
      temperature: 0.6,
      topP: 0.95,
      maxTokens: 32768,
    });
    expect(config.k).toEqual([1, 2, 4, 8, 16]);
    const blend = config.benchmarks as LoadedBlend;
    expect(blend.config.components.map((c) => [c.name, c.count])).toEqual([
      ["AIME24", 30],
      ["AIME25", 30],
      ["AMC", 83],
      ["MATH", 500],
      ["Minerva", 272],
      ["Olympiad", 675],
    ]);
  });

  it("stops with one line naming the benchmark when PRORL_DATA is not set", async () => {
    delete process.env.PRORL_DATA;
    expect(await main(["node", "prorl-eval", "run", "--config", CONFIG, "--quiet"])).toBe(1);
    expect(stderr.join("")).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the blend's own ${VAR} syntax.
      'prorl-eval: benchmark AIME24: source path "${PRORL_DATA}/test-aime.json" uses ${PRORL_DATA}, which is not set\n',
    );
  });
});

describe.skipIf(!firstFile)("paper-math on DeepScaleR's real test files", () => {
  it("builds every benchmark in full and scores each gold answer, boxed, 1", async () => {
    const data = await mkdtemp(join(tmpdir(), "prorl-paper-math-"));
    for (const name of DEEPSCALER_FILES) {
      await symlink(join(dirname(firstFile as string), name), join(data, name));
    }
    // AIME 2025 is the user's own file; here a stand-in with the same layout.
    const aime25 = Array.from({ length: 30 }, (_, i) => ({
      problem: `Stand-in AIME 2025 problem ${i + 1}.`,
      answer: String(100 + i),
    }));
    await writeFile(join(data, "test-aime25.json"), JSON.stringify(aime25));
    process.env.PRORL_DATA = data;

    const shipped = await loadEvalConfig(CONFIG);
    const { registry } = await loadTaskRegistry();
    const built = await buildBlend(shipped.benchmarks as LoadedBlend, registry);
    expect(built.components.map((c) => [c.component, c.train, c.invalidRows, c.error])).toEqual([
      ["AIME24", 30, 0, undefined],
      ["AIME25", 30, 0, undefined],
      ["AMC", 83, 0, undefined],
      ["MATH", 500, 0, undefined],
      ["Minerva", 272, 0, undefined],
      ["Olympiad", 675, 0, undefined],
    ]);

    // One replayed sample per problem: its first gold answer, boxed.
    const math = registry.get("math");
    const replay = built.train.map((item) => {
      const example = item.example as { problem: string; answer: string | string[] };
      const gold = typeof example.answer === "string" ? example.answer : example.answer[0];
      return JSON.stringify({ prompt: math.prompt(example), responses: [`\\boxed{${gold}}`] });
    });
    await writeFile(join(data, "replay.jsonl"), replay.join("\n"));
    const config = {
      ...shipped,
      output: join(data, "out"),
      engine: { type: "replay" as const, file: join(data, "replay.jsonl") },
      sampling: { ...shipped.sampling, n: 1 },
      k: [1],
    };
    const results = await runEval(config, { registry });
    expect(results.tasks.map((t) => [t.benchmark, t.problems, t.passAtK["1"]])).toEqual([
      ["AIME24", 30, 1],
      ["AIME25", 30, 1],
      ["AMC", 83, 1],
      ["MATH", 500, 1],
      ["Minerva", 272, 1],
      ["Olympiad", 675, 1],
    ]);
    expect(formatMarkdown([results])).toContain(
      "| Run | AIME24 | AIME25 | AMC | MATH | Minerva | Olympiad | Avg |",
    );
  }, 120_000);
});

if (!firstFile) {
  describe("paper-math on DeepScaleR's real test files", () => {
    it.skip("skipped: data/test-aime.json not found in ../shared/reference (set PRORL_REFERENCE_DIR)", () => {});
  });
}
