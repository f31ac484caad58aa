import { type LoadedRegistry, loadTaskRegistry as loadWith } from "@prorl/core";

/** Our task packages: each one that is installed is registered. */
export const BUILTIN_TASK_PACKAGES = [
  { name: "@prorl/task-math", load: () => import("@prorl/task-math") },
  { name: "@prorl/task-code", load: () => import("@prorl/task-code") },
  { name: "@prorl/task-stem", load: () => import("@prorl/task-stem") },
  { name: "@prorl/task-logic", load: () => import("@prorl/task-logic") },
  { name: "@prorl/task-if", load: () => import("@prorl/task-if") },
] as const;

/** Every installed @prorl/task-* package plus the user's own packages (names or paths). */
export function loadTaskRegistry(
  userPackages: readonly string[] = [],
  cwd = process.cwd(),
): Promise<LoadedRegistry> {
  return loadWith(BUILTIN_TASK_PACKAGES, userPackages, cwd);
}
