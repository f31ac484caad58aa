import { errorMessage, TaskRegistry } from "@prorl/core";

/** Our task packages: each one that is installed is registered. */
export const BUILTIN_TASK_PACKAGES = [
  "@prorl/task-math",
  "@prorl/task-code",
  "@prorl/task-stem",
  "@prorl/task-logic",
  "@prorl/task-if",
] as const;

export interface SkippedPackage {
  name: string;
  why: string;
}

export interface LoadedRegistry {
  registry: TaskRegistry;
  skipped: SkippedPackage[];
}

/**
 * A registry with every installed @prorl/task-* package plus the user's own packages (names or
 * paths). A built-in package that is not installed, or that has no tasks yet, is skipped and
 * listed; a user package that fails to load is an error.
 */
export async function loadTaskRegistry(
  userPackages: readonly string[] = [],
  cwd = process.cwd(),
): Promise<LoadedRegistry> {
  const registry = new TaskRegistry();
  const skipped: SkippedPackage[] = [];
  for (const name of BUILTIN_TASK_PACKAGES) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(name)) as Record<string, unknown>;
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
