import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  type Blend,
  buildBlend,
  type LoadedBlend,
  PRORL_BLEND_PATH,
  parseBlend,
  type TaskRegistry,
} from "@prorl/core";
import type { LogicEntry, LogicTask } from "@prorl/task-logic";
import { describe, expect, it } from "vitest";
import type { Engine, GenerationRequest } from "./engines.js";
import { formatMarkdown } from "./report.js";
import { runEval } from "./run.js";
import { loadEvalConfig } from "./run-config.js";
import { loadTaskRegistry } from "./task-packages.js";

/** The shipped paper-logic config: its settings, and its benchmarks built at 2 problems per task. */
const CONFIG = resolve(import.meta.dirname, "../../../examples/eval/paper-logic.yaml");
const OUT_OF_DISTRIBUTION = ["logic/acre", "logic/boxnet", "logic/game_of_life_halting"];
const NOT_SHIPPED = ["logic/arc_agi", "logic/codeio"];

function component(blend: Blend, name: string) {
  const found = blend.components.find((c) => c.component === name);
  if (!found) throw new Error(`no component ${name}`);
  return found;
}

/** A model that answers each of the blend's problems with its task's reference answer. */
function referenceEngine(blend: Blend, registry: TaskRegistry): Engine {
  const references = new Map(
    [...blend.train, ...blend.validation].map((item) => {
      const task = registry.get(item.task) as LogicTask;
      const entry = item.example as LogicEntry;
      return [task.prompt(entry), `<answer>${task.referenceAnswer(entry)}</answer>`];
    }),
  );
  return {
    description: "reference answers",
    fingerprint: "reference",
    concurrency: 8,
    maxSamplesPerRequest: 1,
    cacheable: false,
    async generate(request: GenerationRequest) {
      return { texts: [references.get(request.prompt) ?? ""], finishReasons: ["stop"] };
    },
  };
}

describe("examples/eval/paper-logic.yaml", () => {
  it("asks 100 problems of every task, in and out of distribution, then builds them", async () => {
    const config = await loadEvalConfig(CONFIG);
    expect(config.sampling).toMatchObject({ n: 16, temperature: 0.6, topP: 0.95 });
    const { registry } = await loadTaskRegistry();
    const reasoningGym = registry
      .resolve("logic/*")
      .map((t) => t.id)
      .filter((id) => id !== "logic/composite");
    expect(reasoningGym).toHaveLength(105);
    const inDistribution = reasoningGym.filter((id) => !OUT_OF_DISTRIBUTION.includes(id));
    const runs = inDistribution.filter((id) => !NOT_SHIPPED.includes(id));

    const shipped = config.benchmarks as LoadedBlend;
    expect(shipped.config.components.map((c) => [c.name, c.count])).toEqual([
      ["logic-puzzles", 100 * runs.length],
      ["logic-ood", 100 * OUT_OF_DISTRIBUTION.length],
    ]);

    // Held out from the training blend's logic component.
    expect(
      shipped.config.disjointFrom.map((d) => [resolve(shipped.baseDir, d.blend), d.components]),
    ).toEqual([[PRORL_BLEND_PATH, ["logic"]]]);

    // The same blend at 2 problems per task, so that the test stays fast; drawing the training
    // blend to stay clear of takes minutes (core's blend tests cover disjointFrom).
    const small: LoadedBlend = {
      ...shipped,
      config: {
        ...shipped.config,
        disjointFrom: [],
        components: shipped.config.components.map((c) => ({ ...c, count: (c.count ?? 0) / 50 })),
      },
    };
    const built = await buildBlend(small, registry);
    const puzzles = component(built, "logic-puzzles");
    expect(puzzles.tasks).toEqual(inDistribution);
    expect(puzzles.skippedTasks).toEqual(NOT_SHIPPED);
    expect(puzzles.taskCounts.map((c) => c.task)).toEqual(runs);
    expect(puzzles.taskCounts.every((c) => c.examples === 2)).toBe(true);
    const ood = component(built, "logic-ood");
    expect(ood.tasks).toEqual(OUT_OF_DISTRIBUTION);
    expect(ood.taskCounts.map((c) => [c.task, c.examples])).toEqual(
      OUT_OF_DISTRIBUTION.map((id) => [id, 2]),
    );
    expect(built.complete).toBe(true);
    expect(built.train).toHaveLength(2 * (runs.length + OUT_OF_DISTRIBUTION.length));

    // A run whose model gives each problem its reference answer: every task scores 1, one row
    // per task, and the run says which tasks it left out.
    const notices: string[] = [];
    const results = await runEval(
      {
        ...config,
        benchmarks: small,
        output: join(await mkdtemp(join(tmpdir(), "prorl-paper-logic-")), "out"),
        sampling: { ...config.sampling, n: 1 },
        k: [1],
      },
      { registry, engine: referenceEngine(built, registry), onNotice: (m) => notices.push(m) },
    );
    expect(results.tasks.map((t) => t.benchmark).sort()).toEqual(
      [...runs, ...OUT_OF_DISTRIBUTION].sort(),
    );
    expect(results.tasks.filter((t) => t.passAtK["1"] !== 1).map((t) => t.task)).toEqual([]);
    const table = formatMarkdown([results]);
    expect(table).toContain("| **Avg logic-puzzles** | 100.00 | 100.00 |");
    expect(table).toContain("| **Avg logic-ood** | 100.00 | 100.00 |");
    expect(notices).toContain(
      "benchmark logic-puzzles: left out logic/arc_agi, logic/codeio (they need data or settings the config does not give; name them in a component of their own)",
    );
  }, 120_000);

  it("names the tasks whose every problem the training blend already holds", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-paper-logic-"));
    // tower_of_hanoi's default config makes 90 distinct questions: this "training" takes them all.
    await writeFile(
      join(dir, "training.yaml"),
      JSON.stringify({
        components: [{ task: "logic/tower_of_hanoi", source: { generator: {} }, count: 90 }],
      }),
    );
    const benchmarks = parseBlend(
      {
        disjointFrom: [{ blend: "training.yaml" }],
        components: [
          {
            name: "held-out",
            task: "logic/{tower_of_hanoi,gcd}",
            source: { generator: {} },
            count: 6,
          },
        ],
      },
      dir,
    );
    const { registry } = await loadTaskRegistry();
    const built = await buildBlend(benchmarks, registry);
    expect(built.components[0]?.taskCounts.map((c) => [c.task, c.examples])).toEqual([
      ["logic/gcd", 6],
      ["logic/tower_of_hanoi", 0],
    ]);
    const config = await loadEvalConfig(CONFIG);
    const notices: string[] = [];
    const results = await runEval(
      {
        ...config,
        benchmarks,
        output: join(dir, "out"),
        sampling: { ...config.sampling, n: 1 },
        k: [1],
      },
      { registry, engine: referenceEngine(built, registry), onNotice: (m) => notices.push(m) },
    );
    expect(results.tasks.map((t) => [t.benchmark, t.problems, t.passAtK["1"]])).toEqual([
      ["logic/gcd", 6, 1],
    ]);
    expect(notices).toContain(
      "benchmark held-out: no problems from logic/tower_of_hanoi (every one it can make is a duplicate)",
    );
  }, 60_000);
});
