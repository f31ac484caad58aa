import { resolve } from "node:path";
import { TaskRegistry } from "@prorl/core";

/** The test task package `test-fixtures/echo-tasks.mjs` (demo/exact, demo/broken), by path. */
export const ECHO_TASKS = resolve(import.meta.dirname, "../../test-fixtures/echo-tasks.mjs");

/** A registry of the echo test tasks only. */
export async function echoRegistry(): Promise<TaskRegistry> {
  const registry = new TaskRegistry();
  await registry.load(ECHO_TASKS);
  return registry;
}
