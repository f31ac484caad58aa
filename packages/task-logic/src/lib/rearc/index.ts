/**
 * RE-ARC (Michael Hodel, MIT licence: github.com/michaelhodel/re-arc) as vendored by Reasoning
 * Gym: the DSL, the 400 example generators (one per ARC training task, keyed by task id) and
 * Reasoning Gym's difficulty measures.
 */
import type { Generator } from "./generator.js";
import { GENERATORS_000_099 } from "./generators-000-099.js";
import { GENERATORS_100_199 } from "./generators-100-199.js";
import { GENERATORS_200_299 } from "./generators-200-299.js";
import { GENERATORS_300_399 } from "./generators-300-399.js";

export { type Example, type Generator, isGrid, psoDifficulty } from "./generator.js";
export { BudgetExceeded, PyRandom, unifint } from "./random.js";

/** RE-ARC's generators by ARC task id, in Reasoning Gym's order (sorted ids). */
export const REARC_GENERATORS: ReadonlyMap<string, Generator> = new Map(
  Object.entries({
    ...GENERATORS_000_099,
    ...GENERATORS_100_199,
    ...GENERATORS_200_299,
    ...GENERATORS_300_399,
  }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

/** The 400 ARC task ids, sorted (Reasoning Gym draws uniformly from this list). */
export const REARC_TASK_IDS: readonly string[] = [...REARC_GENERATORS.keys()];
