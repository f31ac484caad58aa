import type { Curriculum, CurriculumAttribute } from "./curriculum-attributes.js";
import { logicTasks } from "./tasks/index.js";

/**
 * The curriculum hook: difficulty per task as config values. Each task declares its own
 * `curriculum` in its file (Reasoning Gym's attributes and level values, see
 * curriculum-attributes.ts); these functions turn levels into config overrides.
 */

/** Every task's curriculum, by task name; tasks without one (acre) are absent. */
export const curricula: Readonly<Record<string, Curriculum>> = Object.fromEntries(
  logicTasks.flatMap((task) => (task.curriculum ? [[task.name, task.curriculum]] : [])),
);

/** The config overrides of one attribute at `level` (clamped to the attribute's levels). */
function attributeOverrides(
  attribute: CurriculumAttribute,
  level: number,
): Record<string, unknown> {
  const last = attribute.levels.length - 1;
  const at = Math.min(Math.max(0, level), last);
  if (attribute.kind === "scalar") return { [attribute.field]: attribute.levels[at] };
  const hi = attribute.ensureInterval ? Math.min(at + 1, last) : at;
  const values = [attribute.levels[0] as number, attribute.levels[hi] as number];
  return { [attribute.lower]: Math.min(...values), [attribute.upper]: Math.max(...values) };
}

/** How many levels a task's curriculum has (its longest attribute); 0 without a curriculum. */
export function levelCount(taskName: string): number {
  const attributes = curricula[taskName];
  if (!attributes) return 0;
  return Math.max(...Object.values(attributes).map((a) => a.levels.length));
}

/**
 * Config overrides for a task at a global difficulty level (0 = easiest): every attribute at
 * that level, clamped to its own last level. Throws for a task without a curriculum or a
 * negative level. Merge the result into a config: `{ ...configForLevel("gcd", 2), seed: 1 }`.
 */
export function configForLevel(taskName: string, level: number): Record<string, unknown> {
  const attributes = curricula[taskName];
  if (!attributes) throw new RangeError(`no curriculum for task "${taskName}"`);
  if (!Number.isInteger(level) || level < 0)
    throw new RangeError(`level must be a non-negative integer, got ${level}`);
  const overrides: Record<string, unknown> = {};
  for (const attribute of Object.values(attributes))
    Object.assign(overrides, attributeOverrides(attribute, level));
  return overrides;
}

/**
 * The per-task levels table: entry L is configForLevel(taskName, L), for every level up to the
 * task's last.
 */
export function levelsTable(taskName: string): Record<string, unknown>[] {
  return Array.from({ length: levelCount(taskName) }, (_, level) =>
    configForLevel(taskName, level),
  );
}

/**
 * Overrides with each attribute at its own level (RG's per-attribute set_attr_level); attributes
 * not named stay at level 0.
 */
export function configForAttributeLevels(
  taskName: string,
  levels: Readonly<Record<string, number>>,
): Record<string, unknown> {
  const attributes = curricula[taskName];
  if (!attributes) throw new RangeError(`no curriculum for task "${taskName}"`);
  const overrides: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes))
    Object.assign(overrides, attributeOverrides(attribute, levels[name] ?? 0));
  for (const name of Object.keys(levels))
    if (!(name in attributes))
      throw new RangeError(`task "${taskName}" has no curriculum attribute "${name}"`);
  return overrides;
}
