import { applyFieldMap } from "./dataset.js";
import { type AnyTask, errorMessage, type RowLoader } from "./task.js";
import { formatZodError } from "./zod-format.js";

/** The task's row loader called `name`, or an error listing the loaders it has. */
export function findRowLoader(task: AnyTask, name: string): RowLoader<unknown> {
  const loader = Object.hasOwn(task.loaders ?? {}, name) ? task.loaders?.[name] : undefined;
  if (!loader) {
    const known = Object.keys(task.loaders ?? {});
    throw new Error(
      `task ${task.id} has no loader "${name}" (${known.length ? `it has: ${known.join(", ")}` : "it has none"})`,
    );
  }
  return loader;
}

/** One raw row through a loader: the example, or a one-line error naming task and loader. */
export type LoadedRow = { ok: true; example: unknown } | { ok: false; error: string };

/**
 * Turns one raw data set row (a HumanEval line, a DeepScaleR row, a Eurus-2-RL row) into the
 * task's example with the named loader, as a file source of a blend would: the loader's column
 * renames, then its schema. Never throws.
 */
export function loadRow(task: AnyTask, loaderName: string, row: unknown): LoadedRow {
  let loader: RowLoader<unknown>;
  try {
    loader = findRowLoader(task, loaderName);
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
  const rejects = `loader "${loaderName}" of task ${task.id} rejects the row`;
  let mapped = row;
  if (loader.fields) {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      return { ok: false, error: `${rejects}: it is not a JSON object` };
    }
    mapped = applyFieldMap(row as Record<string, unknown>, { ...loader.fields });
  }
  try {
    const parsed = loader.schema.safeParse(mapped);
    if (!parsed.success) return { ok: false, error: `${rejects}: ${formatZodError(parsed.error)}` };
    return { ok: true, example: parsed.data };
  } catch (error) {
    // A loader's transform that throws (a bug in it) still gives an error record.
    return { ok: false, error: `${rejects}: ${errorMessage(error)}` };
  }
}
