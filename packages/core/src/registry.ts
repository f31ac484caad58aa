import { readFileSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { resolve as resolveModule } from "import-meta-resolve";
import { type AnyTask, DOMAINS, errorMessage, type TaskPackage } from "./task.js";

const TASK_ID = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*$/;

/** Holds the tasks of every registered package, addressed by id or glob. */
export class TaskRegistry {
  readonly #tasks = new Map<string, { task: AnyTask; packageName: string }>();
  readonly #packages: string[] = [];

  /** Registers every task of a package; a duplicate id is refused before anything is added. */
  add(pkg: TaskPackage): this {
    checkPackageShape(pkg);
    const seen = new Set<string>();
    for (const task of pkg.tasks) {
      checkTaskShape(task, pkg.name);
      const existing = this.#tasks.get(task.id);
      if (existing) {
        throw new Error(
          `duplicate task id "${task.id}": registered by ${existing.packageName} and again by ${pkg.name}`,
        );
      }
      if (seen.has(task.id)) {
        throw new Error(`duplicate task id "${task.id}" inside package ${pkg.name}`);
      }
      seen.add(task.id);
    }
    for (const task of pkg.tasks) this.#tasks.set(task.id, { task, packageName: pkg.name });
    this.#packages.push(pkg.name);
    return this;
  }

  /**
   * Imports a task package by package name ("@prorl/task-math", "my-tasks") or by file path
   * ("./my-tasks.js"), then registers it. Paths are resolved from `cwd`.
   */
  async load(specifier: string, cwd = process.cwd()): Promise<TaskPackage> {
    const pkg = await importTaskPackage(specifier, cwd);
    this.add(pkg);
    return pkg;
  }

  has(id: string): boolean {
    return this.#tasks.has(id);
  }

  /** The task with this exact id, or a clear error listing what is known. */
  get(id: string): AnyTask {
    const entry = this.#tasks.get(id);
    if (!entry) {
      const known = this.ids();
      const hint = known.length
        ? `known tasks: ${summarizeIds(known)}`
        : "no task packages are registered";
      throw new Error(`unknown task "${id}" (${hint})`);
    }
    return entry.task;
  }

  /** Tasks matching an id or a glob ("logic/*", "logic/{a,b}"), sorted by id; none is an error. */
  resolve(pattern: string): AnyTask[] {
    if (!/[*?{]/.test(pattern)) return [this.get(pattern)];
    const matcher = globToRegExp(pattern);
    const matched = this.ids().filter((id) => matcher.test(id));
    if (matched.length === 0) throw new Error(`no registered task matches "${pattern}"`);
    return matched.map((id) => this.get(id));
  }

  ids(): string[] {
    return [...this.#tasks.keys()].sort();
  }

  packages(): readonly string[] {
    return this.#packages;
  }

  packageOf(id: string): string | undefined {
    return this.#tasks.get(id)?.packageName;
  }
}

// Glob over task ids: `*` matches within one path segment, `**` across segments, `?` one
// character, `{a,b}` either alternative. A `**/` may match no segment at all, so
// "logic/**/arc_1d" matches "logic/arc_1d".
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${globSource(pattern)}$`);
}

function globSource(pattern: string): string {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    const close = ch === "{" ? pattern.indexOf("}", i) : -1;
    if (close > i) {
      // Alternatives do not nest: "{a,b}" becomes (?:a|b), each alternative a glob itself.
      const alternatives = pattern.slice(i + 1, close).split(",");
      source += `(?:${alternatives.map(globSource).join("|")})`;
      i = close;
    } else if (pattern.startsWith("**/", i)) {
      source += "(?:.*/)?"; // zero or more whole segments
      i += 2;
    } else if (ch === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return source;
}

async function importTaskPackage(specifier: string, cwd: string): Promise<TaskPackage> {
  let target = specifier;
  let mod: Record<string, unknown>;
  try {
    target = locateModule(specifier, cwd);
    mod = (await import(target)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`cannot load task package "${specifier}": ${loadFailure(error, target, cwd)}`);
  }
  return asTaskPackage(mod, specifier);
}

function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith(".") || specifier.startsWith("file:") || isAbsolute(specifier);
}

/**
 * A file URL for a path (resolved from `cwd`; a package directory through its package.json);
 * a package name is resolved as Node would from `cwd`, so a package installed in the user's
 * project is found even when @prorl/core itself lives elsewhere (pnpm keeps each package's
 * dependencies apart). Names that cannot be resolved there are left to the runtime's own
 * resolution from this module.
 */
function locateModule(specifier: string, cwd: string): string {
  if (specifier.startsWith("file:")) return specifier;
  if (isPathSpecifier(specifier)) return locatePath(resolve(cwd, specifier));
  try {
    return resolveModule(specifier, pathToFileURL(resolve(cwd, "noop.js")).href);
  } catch {
    return specifier;
  }
}

/** A file as it is; a package directory's entry point: its `exports`, `main` or index.js. */
function locatePath(path: string): string {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return pathToFileURL(path).href;
  const manifest = readManifest(path);
  if (manifest.exports !== undefined && typeof manifest.name === "string") {
    // A package may import itself by name, which applies its exports map.
    return resolveModule(manifest.name, pathToFileURL(join(path, "package.json")).href);
  }
  const main = typeof manifest.main === "string" ? manifest.main : "index.js";
  return pathToFileURL(join(path, main)).href;
}

function readManifest(dir: string): { name?: unknown; exports?: unknown; main?: unknown } {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  } catch {
    return {};
  }
}

function loadFailure(error: unknown, target: string, cwd: string): string {
  const code = (error as { code?: string } | null)?.code;
  const message = errorMessage(error).split("\n")[0] ?? "";
  const missingItself = code === "ERR_MODULE_NOT_FOUND" && !isPathSpecifier(target);
  if (missingItself) return `not found (no such package installed in ${cwd} or above it)`;
  return code === "ERR_MODULE_NOT_FOUND" ? `not found (${message})` : message;
}

/** The package object of a module: its default export, or its named `name` and `tasks`. */
function asTaskPackage(mod: Record<string, unknown>, specifier: string): TaskPackage {
  const holder = [mod.default, mod].find(
    (candidate): candidate is Partial<TaskPackage> =>
      typeof candidate === "object" &&
      candidate !== null &&
      Array.isArray((candidate as Partial<TaskPackage>).tasks),
  );
  if (!holder) {
    throw new Error(
      `"${specifier}" is not a task package: it must export { name, tasks } (default export or named "tasks")`,
    );
  }
  const name = typeof holder.name === "string" ? holder.name : specifier;
  return { name, tasks: holder.tasks as TaskPackage["tasks"] };
}

function checkPackageShape(pkg: TaskPackage): void {
  if (!pkg || typeof pkg.name !== "string" || pkg.name === "") {
    throw new Error("a task package needs a non-empty string name");
  }
  if (!Array.isArray(pkg.tasks))
    throw new Error(`task package ${pkg.name}: tasks must be an array`);
}

function checkTaskShape(task: AnyTask, packageName: string): void {
  const where = `task ${JSON.stringify(task?.id)} of ${packageName}`;
  if (!task || typeof task.id !== "string" || !TASK_ID.test(task.id)) {
    throw new Error(`${where}: id must be lowercase segments separated by "/"`);
  }
  if (!DOMAINS.includes(task.domain)) {
    throw new Error(`${where}: domain must be one of ${DOMAINS.join(", ")}`);
  }
  if (task.rewardType !== "binary" && task.rewardType !== "continuous") {
    throw new Error(`${where}: rewardType must be "binary" or "continuous"`);
  }
  for (const fn of ["prompt", "verify"] as const) {
    if (typeof task[fn] !== "function") throw new Error(`${where}: ${fn} must be a function`);
  }
  if (!task.schema || typeof task.schema.safeParse !== "function") {
    throw new Error(`${where}: schema must be a zod schema`);
  }
  const options = task.optionsSchema;
  if (
    options !== undefined &&
    (typeof options?.safeParse !== "function" ||
      typeof options.shape !== "object" ||
      options.shape === null)
  ) {
    throw new Error(`${where}: optionsSchema must be a zod object schema (z.strictObject)`);
  }
  const generator = task.generator;
  if (generator === undefined) return;
  if (typeof generator?.generate !== "function") {
    throw new Error(`${where}: generator.generate must be a function`);
  }
  if (typeof generator.configSchema?.safeParse !== "function") {
    throw new Error(`${where}: generator.configSchema must be a zod schema`);
  }
}

function summarizeIds(ids: string[]): string {
  return ids.length <= 12
    ? ids.join(", ")
    : `${ids.slice(0, 12).join(", ")}, … (${ids.length} in all)`;
}
