/**
 * What a task's curriculum is made of (Reasoning Gym's `*Curriculum` attributes). A level is
 * turned into config overrides the way RG's `generate_configuration` does in its default
 * (inclusive) mode:
 * - a range attribute at level L sets its lower field to levels[0] and its upper field to
 *   levels[L] (levels[L + 1] when the attribute asks for a proper interval);
 * - a scalar attribute at level L sets its field to levels[L];
 * - a level past an attribute's last one uses its last one (RG's set_global_level).
 */
export type CurriculumAttribute =
  | {
      kind: "range";
      lower: string;
      upper: string;
      levels: readonly number[];
      /** RG's ensure_interval: the range always spans at least two levels. */
      ensureInterval?: boolean;
    }
  | { kind: "scalar"; field: string; levels: readonly unknown[] };

/** A task's curriculum: RG's attribute names to their levels. */
export type Curriculum = Readonly<Record<string, CurriculumAttribute>>;

/** RG's RangeAttributeDefinition: `lower`..`upper` widen with the level. */
export const range = (
  lower: string,
  upper: string,
  levels: readonly number[],
  ensureInterval = false,
): CurriculumAttribute => ({ kind: "range", lower, upper, levels, ensureInterval });

/** RG's ScalarAttributeDefinition: `field` takes levels[L]. */
export const scalar = (field: string, levels: readonly unknown[]): CurriculumAttribute => ({
  kind: "scalar",
  field,
  levels,
});

/** from, from + step, ..., up to `to` inclusive (RG's `list(range(from, to + 1, step))`). */
export const steps = (from: number, to: number, step = 1): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);
