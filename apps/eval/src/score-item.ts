import {
  type AnyTask,
  errorMessage,
  formatZodError,
  loadRow,
  parseTaskOptions,
  safeVerify,
  type TaskRegistry,
  type Verdict,
} from "@prorl/core";

/** Per-task default options (`run`'s `taskOptions`, `serve --task-options`), by task id. */
export type TaskOptionsByTask = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** One scored item: the verdict, or reward 0 with a one-line error (the item was unusable). */
export type ItemResult = Verdict | { reward: 0; correct: false; reason: "error"; error: string };

/** What scoring one item needs besides the item itself. */
export interface ScoreContext {
  registry: TaskRegistry;
  /** Per-task defaults that an item's own `options` override key by key. */
  taskOptions?: TaskOptionsByTask;
  /**
   * Budget for one verification, ms: past it the item is an error and the reply goes on (a
   * synchronous verifier cannot be interrupted; its own budget bounds it).
   */
  timeoutMs?: number;
}

/**
 * Scores one `{task, example, response, options?, loader?}` item, the unit of `prorl-eval score`
 * lines and of the server's endpoints. With `loader`, `example` is a raw data set row (a
 * HumanEval line, a DeepScaleR row) that the task's loader of that name turns into the example.
 * Never throws: an unusable item (not an object, unknown task, no string response, an unknown
 * loader, a row the loader refuses, an example the task's schema refuses, bad options) gives
 * reward 0 with an `error` that starts with `label` ("line 3", "item 0").
 */
export async function scoreItem(
  item: unknown,
  context: ScoreContext,
  label: string,
): Promise<ItemResult> {
  const prepared = prepareItem(item, context);
  if ("error" in prepared) return itemError(`${label}: ${prepared.error}`);
  const { task, response, example, options } = prepared;
  const verifying = safeVerify(task, response, example, options);
  if (context.timeoutMs === undefined) return verifying;
  const outcome = await withTimeout(verifying, context.timeoutMs);
  if (outcome === TIMED_OUT) {
    return itemError(`${label}: verification took longer than ${context.timeoutMs} ms`);
  }
  return outcome;
}

export function itemError(error: string): ItemResult {
  return { reward: 0, correct: false, reason: "error", error };
}

interface PreparedItem {
  task: AnyTask;
  response: string;
  example: unknown;
  options: unknown;
}

function prepareItem(item: unknown, context: ScoreContext): PreparedItem | { error: string } {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return { error: "expected a JSON object" };
  }
  const { task: taskId, example, response, options, loader } = item as Record<string, unknown>;
  if (typeof taskId !== "string") return { error: '"task" must be a string' };
  if (typeof response !== "string") return { error: '"response" must be a string' };
  if (!context.registry.has(taskId)) return { error: `unknown task "${taskId}"` };
  const task = context.registry.get(taskId);
  const checked = exampleOf(task, example, loader);
  if ("error" in checked) return checked;
  const merged = mergeOptions(context.taskOptions?.[taskId], options);
  if ("error" in merged) return merged;
  const parsed = parseTaskOptions(task, merged.options);
  if (!parsed.ok) return { error: parsed.error };
  return { task, response, example: checked.example, options: parsed.options };
}

/**
 * The item's example: a raw row through the named loader (whose schema gives the task's
 * example, as in a blend's file source), or the example checked by the task's schema.
 */
function exampleOf(
  task: AnyTask,
  example: unknown,
  loader: unknown,
): { example: unknown } | { error: string } {
  if (loader !== undefined && loader !== null) {
    if (typeof loader !== "string") return { error: '"loader" must be a string' };
    const loaded = loadRow(task, loader, example);
    return loaded.ok ? { example: loaded.example } : { error: loaded.error };
  }
  const checked = task.schema.safeParse(example);
  if (!checked.success) {
    return { error: `example does not fit task ${task.id}: ${formatZodError(checked.error)}` };
  }
  return { example: checked.data };
}

/** The task's defaults with the item's own options on top; the item's must be an object. */
function mergeOptions(
  defaults: Readonly<Record<string, unknown>> | undefined,
  own: unknown,
): { options: unknown } | { error: string } {
  if (own === undefined || own === null) return { options: defaults };
  if (typeof own !== "object" || Array.isArray(own)) {
    return { error: '"options" must be a JSON object' };
  }
  return { options: defaults ? { ...defaults, ...own } : own };
}

/**
 * Checks per-task default options against the registry before any work starts: every key is
 * a task id (or a glob over ids) and every value the options that task declares. Returns the
 * options by exact task id; throws one line naming the key (`where.math: unknown option ...`).
 */
export function resolveTaskOptions(
  byPattern: Readonly<Record<string, unknown>> | undefined,
  registry: TaskRegistry,
  where: string,
): TaskOptionsByTask {
  const resolved: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const [pattern, options] of Object.entries(byPattern ?? {})) {
    let tasks: AnyTask[];
    try {
      tasks = registry.resolve(pattern);
    } catch (error) {
      throw new Error(`${where}.${pattern}: ${errorMessage(error)}`);
    }
    for (const task of tasks) {
      const parsed = parseTaskOptions(task, options);
      if (!parsed.ok) throw new Error(`${where}.${pattern}: ${parsed.error}`);
      resolved[task.id] = { ...resolved[task.id], ...(options as Record<string, unknown>) };
    }
  }
  return resolved;
}

/** A task's validated default options from `resolveTaskOptions`, ready for `safeVerify`. */
export function optionsForTask(task: AnyTask, byTask: TaskOptionsByTask): unknown {
  const parsed = parseTaskOptions(task, byTask[task.id]);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.options;
}

const TIMED_OUT = Symbol("timed out");

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}
