import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type Blend,
  type BlendItem,
  buildBlend,
  componentCounts,
  formatBlendTable,
  type LoadedBlend,
  loadBlendFile,
  parseBlend,
  promptKey,
} from "./blend.js";
import { TaskRegistry } from "./registry.js";
import {
  type AnyTask,
  type Generator,
  MissingDataError,
  type TaskPackage,
  verdict,
} from "./task.js";

// A small task package for blends: file-backed tasks and tasks with tiny generators.
const QA = z.object({ problem: z.string(), answer: z.string() });
type QA = z.infer<typeof QA>;

const CounterConfig = z.object({ seed: z.number().int(), offset: z.number().int().default(0) });

function counter(prefix: string): Generator<QA> {
  return {
    configSchema: CounterConfig,
    generate: (config, index) => {
      const { seed, offset } = config as z.infer<typeof CounterConfig>;
      return { problem: `${prefix} ${seed} #${index + offset}`, answer: String(index) };
    },
  };
}

/** A generator whose data is not shipped: it needs `data` in its config. */
const needsData: Generator<QA> = {
  configSchema: CounterConfig.extend({ data: z.string().optional() }),
  generate: (config, index) => {
    const { data } = config as { data?: string };
    if (data === undefined) throw new MissingDataError("logic/data needs data: set data");
    return { problem: `${data} #${index}`, answer: String(index) };
  },
};

/** Makes only 5 distinct problems, however many are asked for. */
const repeating: Generator<QA> = {
  configSchema: CounterConfig,
  generate: (_config, index) => ({ problem: `repeat ${index % 5}`, answer: "0" }),
};

function qaTask(id: string, domain: AnyTask["domain"], generator?: Generator<QA>): AnyTask {
  return {
    id,
    domain,
    rewardType: "binary",
    schema: QA,
    prompt: (example: QA) => example.problem,
    verify: (response: string, example: QA) => verdict(response === example.answer ? 1 : 0, ""),
    ...(generator ? { generator } : {}),
  };
}

const fixturePackage: TaskPackage = {
  name: "blend-fixtures",
  tasks: [
    qaTask("math", "math"),
    qaTask("stem", "stem"),
    qaTask("logic/alpha", "logic", counter("alpha")),
    qaTask("logic/beta", "logic", counter("beta")),
    qaTask("logic/gamma", "logic", counter("gamma")),
    qaTask("puzzle/repeat", "logic", repeating),
    qaTask("puzzle/count", "logic", counter("count")),
    qaTask("data/plain", "logic", counter("plain")),
    qaTask("data/needs", "logic", needsData),
  ],
};

const registry = new TaskRegistry().add(fixturePackage);

const temp = mkdtempSync(join(tmpdir(), "prorl-blend-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function writeJsonl(relativePath: string, rows: unknown[]): string {
  const path = join(temp, relativePath);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(
    path,
    rows.map((row) => (typeof row === "string" ? row : JSON.stringify(row))).join("\n"),
  );
  return path;
}

function mathRows(count: number, prefix = "problem"): QA[] {
  return Array.from({ length: count }, (_, i) => ({
    problem: `${prefix} ${i}`,
    answer: String(i),
  }));
}

const prompt = (item: BlendItem) => (item.example as QA).problem;
const keys = (items: BlendItem[]) => items.map((item) => promptKey(prompt(item)));

function blendOf(config: Record<string, unknown>): LoadedBlend {
  return parseBlend(config, temp);
}

function report(blend: Blend, component: string) {
  const found = blend.components.find((r) => r.component === component);
  if (!found) throw new Error(`no component ${component}`);
  return found;
}

describe("parseBlend validation", () => {
  const component = { task: "logic/*", source: { generator: {} }, count: 3 };

  function errorOf(config: unknown): string {
    try {
      parseBlend(config);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("expected the blend to be refused");
  }

  it("fills defaults", () => {
    const { config, baseDir } = parseBlend({ components: [component] }, "/base");
    expect(config).toMatchObject({
      name: "blend",
      seed: 0,
      onInvalidRow: "fail",
      validation: { count: 0 },
    });
    expect(baseDir).toBe("/base");
  });
  it("reports unknown keys with their paths", () => {
    expect(errorOf({ components: [component], sede: 1 })).toBe(
      'invalid blend: Unrecognized key: "sede"',
    );
    expect(errorOf({ components: [{ ...component, wieght: 1 }] })).toMatch(
      /components\.0: Unrecognized key: "wieght"/,
    );
    expect(
      errorOf({
        components: [{ task: "math", source: { file: "x.jsonl", colums: {} }, count: 1 }],
      }),
    ).toBe('invalid blend: components.0.source: Unrecognized key: "colums"');
    expect(errorOf({ components: [component], validation: { share: 0.1 } })).toMatch(
      /validation: Unrecognized key: "share"/,
    );
  });
  it("reports bad values with their paths", () => {
    expect(errorOf({ components: [{ ...component, count: -1 }] })).toMatch(
      /components\.0\.count: /,
    );
    expect(errorOf({ components: [{ task: "math", source: { file: 3 }, count: 1 }] })).toMatch(
      /components\.0\.source\.file: Invalid input: expected string/,
    );
    expect(errorOf({ components: [] })).toMatch(/components: /);
    expect(errorOf({ components: [component], seed: 1.5 })).toMatch(/seed: /);
    expect(errorOf("not an object")).toMatch(/^invalid blend: /);
  });
  it("wants exactly one of count or weight per component", () => {
    expect(errorOf({ size: 10, components: [{ ...component, weight: 1 }] })).toMatch(
      /components\.0: give exactly one of count or weight/,
    );
    const { count: _, ...neither } = component;
    expect(errorOf({ components: [neither] })).toMatch(
      /components\.0: give exactly one of count or weight/,
    );
  });
  it("wants a size with weights, and no mix of counts and weights", () => {
    const weighted = { ...component, count: undefined, weight: 1 };
    expect(errorOf({ components: [weighted] })).toMatch(
      /size: required when components use weights/,
    );
    expect(errorOf({ size: 10, components: [weighted, { ...component, name: "other" }] })).toMatch(
      /components: use counts or weights, not both/,
    );
  });
  it("refuses duplicate component names, defaulting a name to the task pattern", () => {
    expect(errorOf({ components: [component, component] })).toMatch(
      /components\.1\.name: duplicate component name "logic\/\*"/,
    );
    expect(() =>
      parseBlend({ components: [component, { ...component, name: "second" }] }),
    ).not.toThrow();
  });
  it("refuses a validation split given both as count and fraction, or too large", () => {
    expect(errorOf({ components: [component], validation: { count: 2, fraction: 0.1 } })).toMatch(
      /validation: give count or fraction, not both/,
    );
    expect(errorOf({ components: [component], validation: { fraction: 0.9 } })).toMatch(
      /validation\.fraction/,
    );
  });
});

describe("loadBlendFile", () => {
  it("reads YAML and resolves paths from the blend file's directory", async () => {
    const dir = join(temp, "yaml");
    mkdirSync(dir, { recursive: true });
    const path = join(dir, "blend.yaml");
    writeFileSync(
      path,
      [
        "name: small",
        "seed: 3",
        "components:",
        "  - task: math",
        "    source: { file: data/m.jsonl }",
        "    count: 2",
      ].join("\n"),
    );
    const loaded = await loadBlendFile(path);
    expect(loaded.baseDir).toBe(dir);
    expect(loaded.config).toMatchObject({
      name: "small",
      seed: 3,
      components: [{ task: "math", count: 2 }],
    });
  });
  it("reads JSON", async () => {
    const path = join(temp, "blend.json");
    writeFileSync(
      path,
      JSON.stringify({ components: [{ task: "logic/*", source: { generator: {} }, count: 1 }] }),
    );
    expect((await loadBlendFile(path)).config.components).toHaveLength(1);
  });
  it("names the file in every error", async () => {
    const missing = join(temp, "missing.yaml");
    await expect(loadBlendFile(missing)).rejects.toThrow(`${missing}: no such blend file`);
    const broken = join(temp, "broken.yaml");
    writeFileSync(broken, "components: [\n");
    await expect(loadBlendFile(broken)).rejects.toThrow(
      new RegExp(`^${broken}: not valid YAML/JSON`),
    );
    const invalid = join(temp, "invalid.yaml");
    writeFileSync(invalid, "components:\n  - task: math\n    count: 1\n");
    await expect(loadBlendFile(invalid)).rejects.toThrow(
      new RegExp(`^${invalid}: invalid blend: components\\.0\\.source: `),
    );
  });
});

describe("componentCounts", () => {
  const gen = { task: "logic/*", source: { generator: {} } };

  it("returns given counts as they are", () => {
    const { config } = blendOf({
      components: [
        { ...gen, count: 4 },
        { ...gen, name: "b", count: 9 },
      ],
    });
    expect(componentCounts(config)).toEqual([4, 9]);
  });
  it("turns weights into exact counts by largest remainder", () => {
    const counts = (size: number, weights: number[]) =>
      componentCounts(
        blendOf({
          size,
          components: weights.map((weight, i) => ({ ...gen, name: `c${i}`, weight })),
        }).config,
      );
    expect(counts(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 3.5, 2.1, 1.4 -> floors 3, 2, 1; the one left over goes to the largest remainder (0.5).
    expect(counts(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
    // The paper's blend: 40K + 24K + 25K + 37K + 10K = 136K.
    expect(counts(136_000, [40, 24, 25, 37, 10])).toEqual([40_000, 24_000, 25_000, 37_000, 10_000]);
  });
  it("always sums to size", () => {
    for (let trial = 0; trial < 50; trial++) {
      const weights = Array.from(
        { length: 2 + (trial % 7) },
        (_, i) => ((trial * 7919 + i * 104729) % 97) + 0.5,
      );
      const size = 1 + ((trial * 131) % 1000);
      const counts = componentCounts(
        blendOf({
          size,
          components: weights.map((weight, i) => ({ ...gen, name: `c${i}`, weight })),
        }).config,
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(size);
      counts.forEach((count, i) => {
        const exact = ((weights[i] as number) / weights.reduce((a, b) => a + b, 0)) * size;
        expect(Math.abs(count - exact)).toBeLessThan(1);
      });
    }
  });
});

describe("buildBlend", () => {
  afterEach(() => {
    delete process.env.PRORL_TEST_DATA_DIR;
  });

  it("draws exact counts from files and generators, with a disjoint validation split", async () => {
    writeJsonl("data/math.jsonl", mathRows(50));
    const blend = await buildBlend(
      blendOf({
        seed: 1,
        validation: { count: 2 },
        components: [
          { task: "math", source: { file: "data/math.jsonl" }, count: 10 },
          { name: "logic", task: "logic/*", source: { generator: {} }, count: 10, validation: 1 },
        ],
      }),
      registry,
    );
    expect(blend.complete).toBe(true);
    expect(report(blend, "math")).toMatchObject({
      tasks: ["math"],
      requested: { train: 10, validation: 2 },
      train: 10,
      validation: 2,
      available: 50,
      shortfall: 0,
      duplicates: 0,
    });
    expect(report(blend, "logic")).toMatchObject({ train: 10, validation: 1, shortfall: 0 });
    expect(blend.train).toHaveLength(20);
    expect(blend.validation).toHaveLength(3);
    expect(blend.train.filter((i) => i.component === "math")).toHaveLength(10);
    const trainKeys = new Set(keys(blend.train));
    expect(trainKeys.size).toBe(20);
    for (const key of keys(blend.validation)) expect(trainKeys.has(key)).toBe(false);
    for (const item of blend.train.filter((i) => i.component === "math")) {
      expect(QA.safeParse(item.example).success).toBe(true);
      expect(item.task).toBe("math");
    }
  });
  it("splits a generator component evenly over the tasks of its glob", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [{ name: "logic", task: "logic/*", source: { generator: {} }, count: 10 }],
      }),
      registry,
    );
    const perTask = Object.fromEntries(
      ["logic/alpha", "logic/beta", "logic/gamma"].map((id) => [
        id,
        blend.train.filter((i) => i.task === id).length,
      ]),
    );
    expect(perTask).toEqual({ "logic/alpha": 4, "logic/beta": 3, "logic/gamma": 3 });
    expect(report(blend, "logic").tasks).toEqual(["logic/alpha", "logic/beta", "logic/gamma"]);
  });
  it("makes up what a task with a small item space cannot give from the other tasks", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [{ name: "mixed", task: "puzzle/*", source: { generator: {} }, count: 20 }],
      }),
      registry,
      { maxGeneratorTriesPerExample: 3 },
    );
    // An even split asks 10 of each; repeat has 5 distinct problems, so count gives 15.
    expect(report(blend, "mixed")).toMatchObject({ train: 20, shortfall: 0, available: 20 });
    expect(report(blend, "mixed").taskCounts).toEqual([
      { task: "puzzle/count", examples: 15, duplicates: 0 },
      { task: "puzzle/repeat", examples: 5, duplicates: 10 * 3 + 100 - 5 },
    ]);
    expect(new Set(keys(blend.train)).size).toBe(20);
    expect(formatBlendTable(blend)).toContain(
      [
        "Per task (generator components):",
        "",
        "| component | task | examples | duplicates |",
        "| --- | --- | ---: | ---: |",
        "| mixed | puzzle/count | 15 | 0 |",
        "| mixed | puzzle/repeat | 5 | 125 |",
      ].join("\n"),
    );
  });
  it("leaves out the tasks a component excludes, and says when none is left", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [
          {
            name: "two",
            task: "logic/*",
            exclude: ["logic/b*"],
            source: { generator: {} },
            count: 4,
          },
          { name: "braces", task: "logic/{beta,gamma}", source: { generator: {} }, count: 2 },
          {
            name: "none",
            task: "logic/alpha",
            exclude: ["logic/*"],
            source: { generator: {} },
            count: 1,
          },
        ],
      }),
      registry,
    );
    expect(report(blend, "two").tasks).toEqual(["logic/alpha", "logic/gamma"]);
    expect(report(blend, "two").taskCounts.map((c) => [c.task, c.examples])).toEqual([
      ["logic/alpha", 2],
      ["logic/gamma", 2],
    ]);
    expect(report(blend, "braces").tasks).toEqual(["logic/beta", "logic/gamma"]);
    expect(report(blend, "none").error).toBe(
      '"logic/alpha" matches no task once logic/* are left out',
    );
  });
  it("leaves out tasks whose data is missing, and fails a component of only such a task", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [
          { name: "all", task: "data/*", source: { generator: {} }, count: 6 },
          { name: "alone", task: "data/needs", source: { generator: {} }, count: 2 },
          { name: "given", task: "data/needs", source: { generator: { data: "d" } }, count: 2 },
        ],
      }),
      registry,
    );
    expect(report(blend, "all")).toMatchObject({
      tasks: ["data/needs", "data/plain"],
      skippedTasks: ["data/needs"],
      train: 6,
      shortfall: 0,
    });
    expect(
      blend.train.filter((i) => i.component === "all").every((i) => i.task === "data/plain"),
    ).toBe(true);
    expect(report(blend, "alone").error).toBe("logic/data needs data: set data");
    expect(report(blend, "given")).toMatchObject({ train: 2, skippedTasks: [] });
    expect(formatBlendTable(blend)).toContain(
      "- all: left out data/needs (they need data or settings their config does not give; name them in a component of their own)",
    );
  });
  it("passes generator settings through, and reports a bad one as a component error", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [
          {
            name: "fixed",
            task: "logic/alpha",
            source: { generator: { seed: 5, offset: 100 } },
            count: 2,
          },
          { name: "bad", task: "logic/beta", source: { generator: { offset: "x" } }, count: 2 },
        ],
      }),
      registry,
    );
    expect(blend.train.map(prompt).sort()).toEqual(["alpha 5 #100", "alpha 5 #101"]);
    expect(report(blend, "bad").error).toMatch(/generator config for logic\/beta: offset: /);
  });
  it("expands $VAR references in file paths, and reports an unset variable", async () => {
    writeJsonl("env-data/m.jsonl", mathRows(3));
    const config = {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the blend's own ${VAR} syntax.
      components: [{ task: "math", source: { file: "${PRORL_TEST_DATA_DIR}/m.jsonl" }, count: 3 }],
    };
    const unset = await buildBlend(blendOf(config), registry);
    expect(report(unset, "math").error).toMatch(/uses \$\{PRORL_TEST_DATA_DIR\}, which is not set/);
    expect(unset.complete).toBe(false);
    process.env.PRORL_TEST_DATA_DIR = join(temp, "env-data");
    const set = await buildBlend(blendOf(config), registry);
    expect(set.complete).toBe(true);
    expect(set.train).toHaveLength(3);
  });
  it("reads files relative to the blend file", async () => {
    const dir = join(temp, "relative");
    writeJsonl("relative/data/m.jsonl", mathRows(4));
    const path = join(dir, "blend.yaml");
    writeFileSync(
      path,
      "components:\n  - task: math\n    source: { file: data/m.jsonl }\n    count: 4\n",
    );
    const blend = await buildBlend(await loadBlendFile(path), registry);
    expect(blend.train).toHaveLength(4);
  });
  it("honours a file source's format and field mapping", async () => {
    writeJsonl(
      "data/renamed.txt",
      mathRows(3).map((r) => ({ question: r.problem, reward_model: { ground_truth: r.answer } })),
    );
    const blend = await buildBlend(
      blendOf({
        components: [
          {
            task: "math",
            source: {
              file: "data/renamed.txt",
              format: "jsonl",
              fields: { problem: "question", answer: "reward_model.ground_truth" },
            },
            count: 3,
          },
        ],
      }),
      registry,
    );
    expect(report(blend, "math").error).toBeUndefined();
    expect(
      blend.train
        .map((i) => i.example)
        .sort((a, b) => (a as QA).answer.localeCompare((b as QA).answer)),
    ).toEqual(mathRows(3));
  });
  it("reads a file through the task's named loader, and names the loaders it has otherwise", async () => {
    const loaderTask: AnyTask = {
      ...qaTask("loader/qa", "math"),
      loaders: {
        wrapped: {
          description: "rows {q, gold: JSON string}",
          fields: { problem: "q" },
          schema: z
            .object({ problem: z.string(), gold: z.string() })
            .transform((row) => ({ problem: row.problem, answer: JSON.parse(row.gold).value })),
        },
      },
    };
    const withLoader = new TaskRegistry().add({ name: "loader-fixture", tasks: [loaderTask] });
    writeJsonl(
      "data/wrapped.jsonl",
      [1, 2, 3].map((n) => ({ q: `q${n}`, gold: JSON.stringify({ value: String(n) }) })),
    );
    const source = { file: "data/wrapped.jsonl", loader: "wrapped" };
    const blend = await buildBlend(
      blendOf({ components: [{ task: "loader/qa", source, count: 3 }] }),
      withLoader,
    );
    expect(report(blend, "loader/qa").error).toBeUndefined();
    expect(
      blend.train.map((i) => i.example as QA).sort((a, b) => a.answer.localeCompare(b.answer)),
    ).toEqual([
      { problem: "q1", answer: "1" },
      { problem: "q2", answer: "2" },
      { problem: "q3", answer: "3" },
    ]);
    const unknown = await buildBlend(
      blendOf({
        components: [{ task: "loader/qa", source: { ...source, loader: "nope" }, count: 1 }],
      }),
      withLoader,
    );
    expect(report(unknown, "loader/qa").error).toBe(
      'task loader/qa has no loader "nope" (it has: wrapped)',
    );
  });

  it("de-duplicates by normalised prompt across components and counts the duplicates", async () => {
    writeJsonl("data/first.jsonl", mathRows(5));
    writeJsonl("data/second.jsonl", [
      { problem: "  PROBLEM   0 ", answer: "x" }, // same prompt as "problem 0" once normalised
      { problem: "Problem 1", answer: "x" },
      ...mathRows(6, "fresh"),
      { problem: "fresh 0", answer: "again" }, // duplicate inside the same file
    ]);
    const blend = await buildBlend(
      blendOf({
        components: [
          { name: "first", task: "math", source: { file: "data/first.jsonl" }, count: 5 },
          { name: "second", task: "math", source: { file: "data/second.jsonl" }, count: 6 },
        ],
      }),
      registry,
    );
    expect(report(blend, "second")).toMatchObject({
      duplicates: 3,
      available: 6,
      train: 6,
      shortfall: 0,
    });
    expect(new Set(keys(blend.train)).size).toBe(11);
  });
  it("de-duplicates generator output against earlier components", async () => {
    const same = { task: "logic/alpha", source: { generator: { seed: 9 } } };
    const blend = await buildBlend(
      blendOf({
        components: [
          { ...same, name: "a", count: 4 },
          { ...same, name: "b", count: 4 },
        ],
      }),
      registry,
    );
    // b makes the same problems as a, in the same order: all of its first 4 are duplicates,
    // and it moves on to fresh indices.
    expect(report(blend, "b")).toMatchObject({ duplicates: 4, train: 4, shortfall: 0 });
    expect(new Set(keys(blend.train)).size).toBe(8);
  });
  it("keeps clear of the prompts another blend draws (disjointFrom)", async () => {
    const training = {
      seed: 3,
      components: [
        { name: "m", task: "math", source: { file: "data/absent.jsonl" }, count: 1 },
        { name: "a", task: "logic/alpha", source: { generator: { seed: 9 } }, count: 4 },
      ],
    };
    writeFileSync(join(temp, "training.yaml"), JSON.stringify(training));
    const heldOut = (disjointFrom: unknown) =>
      buildBlend(
        blendOf({
          disjointFrom,
          components: [{ task: "logic/alpha", source: { generator: { seed: 9 } }, count: 3 }],
        }),
        registry,
      );
    // The training blend's component a draws alpha items 0-3; the held-out set starts at 4.
    const blend = await heldOut([{ blend: "training.yaml", components: ["a"] }]);
    expect(report(blend, "logic/alpha")).toMatchObject({ train: 3, duplicates: 4 });
    expect(blend.train.map(prompt).sort()).toEqual(["alpha 9 #4", "alpha 9 #5", "alpha 9 #6"]);

    await expect(heldOut([{ blend: "none.yaml" }])).rejects.toThrow(
      /^disjointFrom none\.yaml: .*none\.yaml: no such blend file$/,
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the blend's own ${VAR} syntax.
    await expect(heldOut([{ blend: "${PRORL_UNSET_FOR_TEST}/t.yaml" }])).rejects.toThrow(
      /^disjointFrom \$\{PRORL_UNSET_FOR_TEST\}\/t\.yaml: source path .* is not set$/,
    );
    await expect(heldOut([{ blend: "training.yaml", components: ["b"] }])).rejects.toThrow(
      'disjointFrom training.yaml: no component "b" (it has m, a)',
    );
    // Its component m cannot be built, so what to avoid is unknown: an error, not a guess.
    await expect(heldOut([{ blend: "training.yaml" }])).rejects.toThrow(
      /^disjointFrom training\.yaml: component m: .*absent\.jsonl: no such file/,
    );
  });
  it("builds only the components asked for, with their counts in the whole blend", async () => {
    const config = {
      size: 10,
      components: [
        { name: "a", task: "logic/alpha", source: { generator: {} }, weight: 3 },
        { name: "b", task: "logic/beta", source: { generator: {} }, weight: 2 },
      ],
    };
    const blend = await buildBlend(blendOf(config), registry, { components: ["b"] });
    expect(blend.components.map((c) => [c.component, c.train])).toEqual([["b", 4]]);
  });
  it("reports a file with fewer unique rows than asked", async () => {
    writeJsonl("data/small.jsonl", [...mathRows(4), { problem: "problem 0", answer: "dup" }]);
    const blend = await buildBlend(
      blendOf({
        validation: { count: 1 },
        components: [
          { name: "small", task: "math", source: { file: "data/small.jsonl" }, count: 6 },
        ],
      }),
      registry,
    );
    expect(report(blend, "small")).toMatchObject({
      requested: { train: 6, validation: 1 },
      available: 4,
      duplicates: 1,
      validation: 1,
      train: 3,
      shortfall: 3,
    });
    expect(blend.complete).toBe(false);
    expect(formatBlendTable(blend)).toMatch(
      /- small: falls short by 3 \(asked 7, source has 4 unique\)/,
    );
  });
  it("reports a generator that repeats itself, without looping forever", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [{ name: "rep", task: "puzzle/repeat", source: { generator: {} }, count: 8 }],
      }),
      registry,
      { maxGeneratorTriesPerExample: 3 },
    );
    const rep = report(blend, "rep");
    expect(rep).toMatchObject({ train: 5, shortfall: 3, available: 5 });
    expect(rep.duplicates).toBeGreaterThan(0);
    expect(formatBlendTable(blend)).toMatch(
      /- rep: falls short by 3 \(asked 8, source has 5 unique\)/,
    );
  });
  it("reports unknown tasks, missing files and tasks without generators as component errors", async () => {
    const blend = await buildBlend(
      blendOf({
        components: [
          { name: "unknown", task: "chemistry", source: { generator: {} }, count: 1 },
          { name: "no-match", task: "chemistry/*", source: { generator: {} }, count: 1 },
          { name: "missing", task: "math", source: { file: "data/none.jsonl" }, count: 1 },
          { name: "no-generator", task: "stem", source: { generator: {} }, count: 1 },
          { name: "many-for-file", task: "logic/*", source: { file: "data/math.jsonl" }, count: 1 },
          { name: "fine", task: "logic/alpha", source: { generator: {} }, count: 2 },
        ],
      }),
      registry,
    );
    expect(report(blend, "unknown").error).toMatch(/unknown task "chemistry"/);
    expect(report(blend, "no-match").error).toMatch(/no registered task matches "chemistry\/\*"/);
    expect(report(blend, "missing").error).toMatch(/none\.jsonl: no such file/);
    expect(report(blend, "no-generator").error).toMatch(/no offline generator for stem/);
    expect(report(blend, "many-for-file").error).toMatch(/a file source needs exactly one task/);
    expect(report(blend, "missing").shortfall).toBe(1);
    expect(report(blend, "fine")).toMatchObject({ train: 2, shortfall: 0 });
    expect(blend.train).toHaveLength(2);
    expect(blend.complete).toBe(false);
  });
  it("skips and counts invalid rows, or reports the first with file and line", async () => {
    writeJsonl("data/dirty.jsonl", [
      mathRows(1)[0],
      "not json",
      { problem: "p" },
      ...mathRows(3, "clean"),
    ]);
    const component = {
      name: "dirty",
      task: "math",
      source: { file: "data/dirty.jsonl" },
      count: 4,
    };
    const skipped = await buildBlend(
      blendOf({ onInvalidRow: "skip", components: [component] }),
      registry,
    );
    expect(report(skipped, "dirty")).toMatchObject({ invalidRows: 2, train: 4, shortfall: 0 });
    const path = join(temp, "data/dirty.jsonl");
    expect(report(skipped, "dirty").invalidRowReasons).toEqual([
      { reason: "invalid JSON", count: 1 },
      { reason: expect.stringMatching(/^answer: /), count: 1 },
    ]);
    expect(report(skipped, "dirty").invalidRowExamples).toEqual([
      { file: path, line: 2, message: expect.stringMatching(/^invalid JSON \(/) },
      { file: path, line: 3, message: expect.stringMatching(/^answer: /) },
    ]);
    const failed = await buildBlend(blendOf({ components: [component] }), registry);
    expect(report(failed, "dirty").error).toMatch(/dirty\.jsonl:2: invalid JSON/);
  });
  it("takes validation as a fraction of each component's count", async () => {
    const blend = await buildBlend(
      blendOf({
        validation: { fraction: 0.1 },
        components: [{ name: "logic", task: "logic/*", source: { generator: {} }, count: 30 }],
      }),
      registry,
    );
    expect(report(blend, "logic")).toMatchObject({ train: 30, validation: 3 });
  });
  it("builds weighted blends to the exact size", async () => {
    const blend = await buildBlend(
      blendOf({
        size: 10,
        components: [
          { name: "a", task: "logic/alpha", source: { generator: {} }, weight: 2 },
          { name: "b", task: "logic/beta", source: { generator: {} }, weight: 1 },
        ],
      }),
      registry,
    );
    expect(blend.train).toHaveLength(10);
    expect(report(blend, "a").train).toBe(7);
    expect(report(blend, "b").train).toBe(3);
  });
  it("is deterministic for a seed and changes with it", async () => {
    writeJsonl("data/det.jsonl", mathRows(40));
    const config = (seed: number) =>
      blendOf({
        seed,
        validation: { count: 3 },
        components: [
          { task: "math", source: { file: "data/det.jsonl" }, count: 10 },
          { name: "logic", task: "logic/*", source: { generator: {} }, count: 9 },
        ],
      });
    const first = await buildBlend(config(7), registry);
    const again = await buildBlend(config(7), registry);
    expect(again.train).toEqual(first.train);
    expect(again.validation).toEqual(first.validation);
    const other = await buildBlend(config(8), registry);
    expect(other.train.map(prompt)).not.toEqual(first.train.map(prompt));
    // The file sample itself depends on the seed, not only the order.
    const mathOf = (b: Blend) => new Set(b.train.filter((i) => i.task === "math").map(prompt));
    expect(mathOf(other)).not.toEqual(mathOf(first));
    // The components are interleaved, not laid out one after the other.
    const firstTen = first.train.slice(0, 10).map((i) => i.component);
    expect(new Set(firstTen).size).toBe(2);
  });
});

describe("formatBlendTable", () => {
  it("prints one row per component, totals and problems", async () => {
    writeJsonl("data/table.jsonl", mathRows(3));
    const blend = await buildBlend(
      blendOf({
        name: "demo",
        seed: 4,
        components: [
          { task: "math", source: { file: "data/table.jsonl" }, count: 5 },
          { name: "logic", task: "logic/*", source: { generator: {} }, count: 6 },
          { name: "broken", task: "nope", source: { generator: {} }, count: 2 },
        ],
      }),
      registry,
    );
    const table = formatBlendTable(blend);
    const lines = table.split("\n");
    expect(lines[0]).toBe('Blend "demo" (seed 4)');
    expect(lines).toContain("| math | math | file data/table.jsonl | 3 | 0 | 5 | 3 | 2 | 0 | 0 |");
    expect(lines).toContain(
      "| logic | logic/alpha, logic/beta, logic/gamma | generator | 6 | 0 | 6 | 6 | 0 | 0 | 0 |",
    );
    expect(lines).toContain("| broken | nope | generator | 0 | 0 | 2 | 0 | 2 | 0 | 0 |");
    expect(lines).toContain("| **total** | | | 9 | 0 | 13 | | 4 | | |");
    expect(lines).toContain("Problems:");
    expect(lines).toContain("- math: falls short by 2 (asked 5, source has 3 unique)");
    expect(table).toMatch(/- broken: unknown task "nope"/);
  });
  it("shortens a long task list and prints no problems for a complete blend", async () => {
    const many = new TaskRegistry().add({
      name: "many",
      tasks: ["a", "b", "c", "d"].map((x) => qaTask(`logic/${x}`, "logic", counter(x))),
    });
    const blend = await buildBlend(
      blendOf({
        components: [{ name: "all", task: "logic/*", source: { generator: {} }, count: 4 }],
      }),
      many,
    );
    const table = formatBlendTable(blend);
    expect(table).toContain("| all | logic/* (4 tasks) | generator | 4 | 0 | 4 | 4 | 0 | 0 | 0 |");
    expect(table).not.toContain("Problems:");
    expect(table).not.toContain("Invalid rows");
  });
  it("lists skipped rows: a count per reason, then the first few with file and row", async () => {
    const path = writeJsonl("data/gaps.jsonl", [
      ...mathRows(2, "gaps"),
      ...Array.from({ length: 7 }, (_, i) => ({ problem: `no answer ${i}` })),
      "{broken",
    ]);
    const blend = await buildBlend(
      blendOf({
        onInvalidRow: "skip",
        components: [{ name: "gaps", task: "math", source: { file: "data/gaps.jsonl" }, count: 2 }],
      }),
      registry,
    );
    const lines = formatBlendTable(blend).split("\n");
    const at = lines.indexOf("Invalid rows (skipped):");
    expect(at).toBeGreaterThan(0);
    const missing = report(blend, "gaps").invalidRowReasons[0]?.reason as string;
    expect(lines.slice(at + 1)).toEqual([
      "- gaps: 8 rows",
      `  - 7 × ${missing}`,
      "  - 1 × invalid JSON",
      ...[3, 4, 5, 6, 7].map((row) => `  - e.g. ${path} row ${row}: ${missing}`),
    ]);
  });
});

describe("promptKey", () => {
  it("ignores case, runs of whitespace and Unicode compatibility forms", () => {
    expect(promptKey("What is  1+1?\n")).toBe(promptKey("what is 1+1?"));
    expect(promptKey("ｘ＋１")).toBe(promptKey("x+1"));
    expect(promptKey("what is 1+2?")).not.toBe(promptKey("what is 1+1?"));
  });
});
