import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { globToRegExp, TaskRegistry } from "./registry.js";
import { type AnyTask, safeVerify, type TaskPackage } from "./task.js";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../test-fixtures");

function makeTask(id: string, overrides: Partial<AnyTask> = {}): AnyTask {
  return {
    id,
    domain: "logic",
    rewardType: "binary",
    schema: z.object({ question: z.string() }),
    prompt: (example: { question: string }) => example.question,
    verify: () => ({ reward: 1, correct: true, reason: "ok" }),
    ...overrides,
  };
}

function registryWith(...ids: string[]): TaskRegistry {
  return new TaskRegistry().add({ name: "pkg", tasks: ids.map((id) => makeTask(id)) });
}

describe("TaskRegistry.add / get / has", () => {
  it("registers a package's tasks and finds them by id", () => {
    const registry = registryWith("math", "logic/countdown");
    expect(registry.has("math")).toBe(true);
    expect(registry.get("logic/countdown").id).toBe("logic/countdown");
    expect(registry.ids()).toEqual(["logic/countdown", "math"]);
    expect(registry.packages()).toEqual(["pkg"]);
    expect(registry.packageOf("math")).toBe("pkg");
    expect(registry.packageOf("nope")).toBeUndefined();
  });
  it("names the known tasks when an id is unknown", () => {
    expect(() => registryWith("math", "code").get("stem")).toThrow(
      /unknown task "stem" \(known tasks: code, math\)/,
    );
    expect(() => new TaskRegistry().get("math")).toThrow(/no task packages are registered/);
  });
  it("shortens a long list of known tasks", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `logic/t${String(i).padStart(2, "0")}`);
    expect(() => registryWith(...ids).get("x")).toThrow(/… \(20 in all\)/);
  });
  it("refuses a duplicate id across packages, naming both packages, and adds nothing", () => {
    const registry = new TaskRegistry().add({ name: "first", tasks: [makeTask("logic/a")] });
    const second: TaskPackage = {
      name: "second",
      tasks: [makeTask("logic/b"), makeTask("logic/a")],
    };
    expect(() => registry.add(second)).toThrow(
      /duplicate task id "logic\/a": registered by first and again by second/,
    );
    expect(registry.ids()).toEqual(["logic/a"]);
    expect(registry.packages()).toEqual(["first"]);
  });
  it("refuses a duplicate id inside one package", () => {
    const pkg = { name: "twice", tasks: [makeTask("math"), makeTask("math")] };
    expect(() => new TaskRegistry().add(pkg)).toThrow(
      /duplicate task id "math" inside package twice/,
    );
  });
  it("refuses badly shaped tasks, saying what is wrong", () => {
    const cases: [Partial<AnyTask> & { id?: unknown }, RegExp][] = [
      [{ id: "Logic/Upper" }, /id must be lowercase segments/],
      [{ id: "logic//x" }, /id must be/],
      [{ id: "" }, /id must be/],
      [{ id: 3 as unknown as string }, /id must be/],
      [{ domain: "biology" as AnyTask["domain"] }, /domain must be one of math, code, stem/],
      [{ rewardType: "graded" as AnyTask["rewardType"] }, /rewardType must be "binary" or/],
      [{ prompt: "text" as unknown as AnyTask["prompt"] }, /prompt must be a function/],
      [{ verify: undefined as unknown as AnyTask["verify"] }, /verify must be a function/],
      [{ schema: {} as AnyTask["schema"] }, /schema must be a zod schema/],
      [
        { optionsSchema: z.string() as unknown as AnyTask["optionsSchema"] },
        /optionsSchema must be a zod object schema/,
      ],
      [{ generator: {} as AnyTask["generator"] }, /generator.generate must be a function/],
      [
        { generator: { generate: () => ({}) } as unknown as AnyTask["generator"] },
        /generator.configSchema must be a zod schema/,
      ],
    ];
    for (const [override, message] of cases) {
      const task = { ...makeTask("logic/x"), ...override } as AnyTask;
      expect(() => new TaskRegistry().add({ name: "bad", tasks: [task] }), String(message)).toThrow(
        message,
      );
    }
    expect(() =>
      new TaskRegistry().add({ name: "bad", tasks: [null as unknown as AnyTask] }),
    ).toThrow(/of bad: id must be/);
  });
  it("refuses a badly shaped package", () => {
    const registry = new TaskRegistry();
    expect(() => registry.add({ name: "p", tasks: "math" as unknown as AnyTask[] })).toThrow(
      /task package p: tasks must be an array/,
    );
    expect(() => registry.add({ name: "", tasks: [] })).toThrow(/non-empty string name/);
  });
  it("accepts task ids as Reasoning Gym names them", () => {
    const registry = registryWith(
      "logic/basic_arithmetic",
      "logic/rubiks-cube",
      "logic/game_of_life_halting",
      "if",
    );
    expect(registry.ids()).toHaveLength(4);
  });
});

describe("TaskRegistry.resolve and globs", () => {
  const registry = registryWith(
    "math",
    "code",
    "logic/countdown",
    "logic/graph_color",
    "logic/arc/arc_1d",
  );

  it("resolves an exact id to that task", () => {
    expect(registry.resolve("math").map((t) => t.id)).toEqual(["math"]);
  });
  it("resolves * within one segment, sorted by id", () => {
    expect(registry.resolve("logic/*").map((t) => t.id)).toEqual([
      "logic/countdown",
      "logic/graph_color",
    ]);
    expect(registry.resolve("*").map((t) => t.id)).toEqual(["code", "math"]);
    expect(registry.resolve("logic/*_color").map((t) => t.id)).toEqual(["logic/graph_color"]);
  });
  it("resolves ** across segments", () => {
    expect(registry.resolve("**").map((t) => t.id)).toEqual(registry.ids());
    expect(registry.resolve("logic/**").map((t) => t.id)).toEqual([
      "logic/arc/arc_1d",
      "logic/countdown",
      "logic/graph_color",
    ]);
  });
  it("lets **/ match zero or more whole segments", () => {
    expect(registry.resolve("logic/**/arc_1d").map((t) => t.id)).toEqual(["logic/arc/arc_1d"]);
    expect(registry.resolve("logic/**/countdown").map((t) => t.id)).toEqual(["logic/countdown"]);
    expect(registry.resolve("**/graph_color").map((t) => t.id)).toEqual(["logic/graph_color"]);
    expect(globToRegExp("**/math").test("math")).toBe(true);
    expect(globToRegExp("logic/**/x").test("logic/ax")).toBe(false);
  });
  it("resolves {a,b} as either alternative, each a glob", () => {
    expect(registry.resolve("logic/{countdown,graph_color}").map((t) => t.id)).toEqual([
      "logic/countdown",
      "logic/graph_color",
    ]);
    expect(registry.resolve("{math,logic/c*}").map((t) => t.id)).toEqual([
      "logic/countdown",
      "math",
    ]);
    expect(globToRegExp("logic/{a,b}").test("logic/a,b")).toBe(false);
    expect(globToRegExp("a{b").test("a{b")).toBe(true);
  });
  it("resolves ? as one character", () => {
    expect(registry.resolve("cod?").map((t) => t.id)).toEqual(["code"]);
  });
  it("errors when nothing matches", () => {
    expect(() => registry.resolve("stem/*")).toThrow(/no registered task matches "stem\/\*"/);
    expect(() => registry.resolve("stem")).toThrow(/unknown task "stem"/);
  });
  it("treats regex characters in a glob literally", () => {
    const re = globToRegExp("a.b+(c)/*");
    expect(re.test("a.b+(c)/x")).toBe(true);
    expect(re.test("axb+(c)/x")).toBe(false);
    expect(re.test("a.b+(c)/x/y")).toBe(false);
  });
});

describe("TaskRegistry.load", () => {
  const temp = mkdtempSync(join(tmpdir(), "prorl-registry-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** A project directory with `name` installed in its node_modules, as npm would lay it out. */
  function projectWithPackage(name: string, entry: string): string {
    const project = mkdtempSync(join(temp, "project-"));
    const pkgDir = join(project, "node_modules", name);
    mkdirSync(pkgDir, { recursive: true });
    writeFileSync(
      join(pkgDir, "package.json"),
      JSON.stringify({ name, type: "module", exports: { ".": { import: "./index.mjs" } } }),
    );
    writeFileSync(join(pkgDir, "index.mjs"), entry);
    return project;
  }

  it("loads a user's task package by absolute file path and registers it", async () => {
    const registry = new TaskRegistry();
    const pkg = await registry.load(join(FIXTURES, "user-tasks.mjs"));
    expect(pkg.name).toBe("user-tasks");
    expect(registry.ids()).toEqual(["user/add", "user/echo"]);
    expect(registry.packageOf("user/add")).toBe("user-tasks");
    const task = registry.get("user/add");
    const example = task.schema.parse({ a: 2, b: 3, answer: 5 });
    expect(task.prompt(example)).toBe("What is 2 + 3?");
    expect(await safeVerify(task, "5", example)).toEqual({
      reward: 1,
      correct: true,
      reason: "equal",
    });
  });
  it("loads by a path relative to cwd", async () => {
    const registry = new TaskRegistry();
    const cwd = resolve(FIXTURES, "..");
    await registry.load(`./${relative(cwd, join(FIXTURES, "user-tasks.mjs"))}`, cwd);
    expect(registry.has("user/echo")).toBe(true);
  });
  it("loads a package directory by path, through its package.json", async () => {
    const registry = new TaskRegistry();
    const pkg = await registry.load("./test-fixtures/user-task-dir", resolve(FIXTURES, ".."));
    expect(pkg.name).toBe("user-task-dir");
    expect(registry.ids()).toEqual(["user/add", "user/echo"]);
    const plain = join(temp, "plain-dir");
    mkdirSync(plain);
    writeFileSync(
      join(plain, "main.mjs"),
      'export const tasks = [];\nexport const name = "plain";\n',
    );
    writeFileSync(join(plain, "package.json"), JSON.stringify({ main: "main.mjs" }));
    expect((await new TaskRegistry().load(plain)).name).toBe("plain");
  });
  it("loads named exports { name, tasks }", async () => {
    const registry = new TaskRegistry();
    const pkg = await registry.load(join(FIXTURES, "named-exports.mjs"));
    expect(pkg.name).toBe("named-user-tasks");
    expect(registry.ids()).toEqual(["named/add", "named/echo"]);
  });
  it("loads by package name, resolved from cwd", async () => {
    const fixtureUrl = pathToFileURL(join(FIXTURES, "user-tasks.mjs")).href;
    const project = projectWithPackage(
      "my-user-tasks",
      `export { default } from "${fixtureUrl}";\n`,
    );
    const registry = new TaskRegistry();
    const pkg = await registry.load("my-user-tasks", project);
    expect(pkg.name).toBe("user-tasks");
    expect(registry.resolve("user/*")).toHaveLength(2);
  });
  it("refuses to load the same package twice (duplicate ids)", async () => {
    const registry = new TaskRegistry();
    await registry.load(join(FIXTURES, "user-tasks.mjs"));
    await expect(registry.load(join(FIXTURES, "user-tasks.mjs"))).rejects.toThrow(
      /duplicate task id "user\/add": registered by user-tasks and again by user-tasks/,
    );
  });
  it("reports a missing file", async () => {
    await expect(new TaskRegistry().load("./no-such-file.mjs", temp)).rejects.toThrow(
      /cannot load task package "\.\/no-such-file\.mjs": not found/,
    );
  });
  it("reports a package that is not installed", async () => {
    await expect(new TaskRegistry().load("prorl-no-such-package", temp)).rejects.toThrow(
      /cannot load task package "prorl-no-such-package": not found/,
    );
  });
  it("names the missing dependency of a package that fails to import", async () => {
    await expect(new TaskRegistry().load(join(FIXTURES, "broken-import.mjs"))).rejects.toThrow(
      /cannot load task package ".*broken-import\.mjs": .*prorl-fixture-dependency-that-does-not-exist/,
    );
  });
  it("refuses a module that is not a task package", async () => {
    await expect(new TaskRegistry().load(join(FIXTURES, "not-a-package.mjs"))).rejects.toThrow(
      /is not a task package: it must export \{ name, tasks \}/,
    );
    // A real package that loads fine but has no tasks.
    await expect(new TaskRegistry().load("zod", temp)).rejects.toThrow(
      /"zod" is not a task package/,
    );
  });
  it("refuses a loaded package with badly shaped tasks", async () => {
    const project = projectWithPackage(
      "bad-tasks",
      'export default { name: "bad-tasks", tasks: [{ id: "x", domain: "math" }] };\n',
    );
    await expect(new TaskRegistry().load("bad-tasks", project)).rejects.toThrow(
      /task "x" of bad-tasks: rewardType must be/,
    );
  });
});
