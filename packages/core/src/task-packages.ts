import { TaskRegistry } from "./registry.js";
import { errorMessage } from "./task.js";

/** A task package an app ships with: its name and how to import it (from the app's own scope). */
export interface BuiltinTaskPackage {
  name: string;
  load: () => Promise<unknown>;
}

export interface SkippedPackage {
  name: string;
  why: string;
}

export interface LoadedRegistry {
  registry: TaskRegistry;
  skipped: SkippedPackage[];
}

/**
 * A registry with every installed built-in package plus the user's own packages (names or
 * paths, resolved from `cwd`). A built-in package that is not installed, or that has no tasks
 * yet, is skipped and listed; a user package that fails to load is an error.
 */
export async function loadTaskRegistry(
  builtins: readonly BuiltinTaskPackage[],
  userPackages: readonly string[] = [],
  cwd = process.cwd(),
): Promise<LoadedRegistry> {
  const registry = new TaskRegistry();
  const skipped: SkippedPackage[] = [];
  for (const { name, load } of builtins) {
    let mod: Record<string, unknown>;
    try {
      mod = (await load()) as Record<string, unknown>;
    } catch (error) {
      skipped.push({ name, why: `not installed (${errorMessage(error).split("\n")[0]})` });
      continue;
    }
    const pkg = mod.default as { name?: string; tasks?: unknown } | undefined;
    if (!pkg || !Array.isArray(pkg.tasks)) {
      skipped.push({ name, why: "has no tasks yet" });
      continue;
    }
    registry.add({ name: pkg.name ?? name, tasks: pkg.tasks });
  }
  for (const specifier of userPackages) await registry.load(specifier, cwd);
  return { registry, skipped };
}
