import { Rng } from "@prorl/core";
import type { LogicEntry, LogicTask } from "./define.js";

export interface PropertyOptions {
  /** How many generated entries to check (the issue asks for 500). */
  seeds?: number;
  /** Config overrides for the generator. */
  config?: Record<string, unknown>;
  /** Turns a correct answer into one that must score below 1.0. */
  perturb: (answer: string, entry: LogicEntry, rng: Rng) => string;
}

export interface PropertyFailure {
  index: number;
  check: string;
  detail: string;
}

const MALFORMED = ["", "   ", "<answer>", "null", "\u0000\u0001", "{".repeat(1000), "]]]]", "🙂🙃"];

/**
 * The properties every logic task must have, over `seeds` entries: the reference answer scores
 * 1.0 through the full verify path, a perturbed answer scores below 1.0, an empty or missing
 * answer scores 0, and malformed answers score below 1.0 (partial credit is the task's own
 * rule), all without throwing.
 * Returns the failures (empty when all hold) so a test can print them.
 */
export async function checkTaskProperties(
  task: LogicTask,
  options: PropertyOptions,
): Promise<PropertyFailure[]> {
  const failures: PropertyFailure[] = [];
  const entries = task.dataset({ ...options.config, seed: 1234 }, options.seeds ?? 500);
  const rng = new Rng("perturb", task.id);
  for (const [index, entry] of entries.entries()) {
    const fail = (check: string, detail: string) => failures.push({ index, check, detail });
    if (!task.schema.safeParse(entry).success)
      fail("schema", "entry does not match LogicEntrySchema");
    const reference = task.referenceAnswer(entry);
    const good = await task.verify(`<think>working</think><answer>${reference}</answer>`, entry);
    if (good.reward !== 1)
      fail("reference", `reference answer ${JSON.stringify(reference)} scored ${good.reward}`);
    const perturbed = options.perturb(reference, entry, rng);
    const bad = await task.verify(`<answer>${perturbed}</answer>`, entry);
    if (bad.reward >= 1)
      fail("perturbed", `perturbed answer ${JSON.stringify(perturbed)} scored 1`);
    const none = await task.verify("I do not know.", entry);
    if (none.reward !== 0) fail("no-answer", `response without <answer> scored ${none.reward}`);
    for (const garbage of MALFORMED) {
      const verdict = await task.verify(`<answer>${garbage}</answer>`, entry);
      if (verdict.reward >= 1)
        fail("malformed", `${JSON.stringify(garbage)} scored ${verdict.reward}`);
    }
  }
  return failures;
}
