import { formatZodError, hashSeed, Rng, type Verdict, verdict } from "@prorl/core";
import { z } from "zod";
import { configForLevel } from "./curriculum.js";
import { defineLogicTask, type LogicEntry, type LogicTask, MissingDataError } from "./define.js";
import { logicTasks } from "./tasks/index.js";

/**
 * A source that mixes logic tasks by weight, like Reasoning Gym's CompositeDataset: item i picks
 * a task with probability weight / total from its own stream `Rng(seed, "composite", i)` and is
 * that task's item i, so item i is a pure function of (config, i) and never depends on the
 * items before it. Each task's generator seed is its `config.seed` when given, else a hash of
 * the composite seed and the task name. A task's `level` (the curriculum hook) is applied
 * first, then its `config` overrides.
 */
export const CompositeConfigSchema = z.object({
  seed: z.number().int().default(42),
  size: z.number().int().positive().default(500),
  tasks: z
    .record(
      z.string(),
      z.object({
        weight: z.number().min(0).default(1),
        /** Curriculum level (see configForLevel); omitted: the task's defaults. */
        level: z.number().int().min(0).optional(),
        config: z.record(z.string(), z.unknown()).default({}),
      }),
    )
    .refine((tasks) => Object.keys(tasks).length > 0, "at least one task"),
});
export type CompositeConfig = z.input<typeof CompositeConfigSchema>;

/** Reasoning Gym names a task without our "logic/" prefix; both are accepted. */
function withoutPrefix(name: string): string {
  return name.startsWith("logic/") ? name.slice(6) : name;
}

interface Component {
  task: LogicTask;
  weight: number;
  config: unknown;
}

export class CompositeDataset implements Iterable<LogicEntry> {
  readonly seed: number;
  readonly size: number;
  readonly #components: Component[];
  readonly #cumulative: number[];
  readonly #byName: Map<string, LogicTask>;

  constructor(config: CompositeConfig, tasks: readonly LogicTask[] = logicTasks) {
    const checked = CompositeConfigSchema.safeParse(config);
    if (!checked.success)
      throw new RangeError(`invalid composite config: ${formatZodError(checked.error)}`);
    const parsed = checked.data;
    this.seed = parsed.seed;
    this.size = parsed.size;
    const known = new Map(tasks.map((task) => [task.name, task]));
    this.#components = Object.entries(parsed.tasks).map(([name, spec]) => {
      const task = known.get(withoutPrefix(name));
      if (!task) throw new RangeError(`unknown logic task "${name}"`);
      const overrides = {
        seed: hashSeed([parsed.seed, task.name]),
        ...(spec.level === undefined ? {} : configForLevel(task.name, spec.level)),
        ...spec.config,
      };
      const taskConfig = task.configSchema.safeParse(overrides);
      if (!taskConfig.success)
        throw new RangeError(`invalid config for "${name}": ${formatZodError(taskConfig.error)}`);
      return { task, weight: spec.weight, config: taskConfig.data };
    });
    let total = 0;
    this.#cumulative = this.#components.map((c) => (total += c.weight));
    if (!(total > 0)) throw new RangeError("the task weights must not all be zero");
    this.#byName = new Map(this.#components.map((c) => [c.task.name, c.task]));
  }

  /** The tasks this source mixes, by Reasoning Gym name. */
  get taskNames(): string[] {
    return this.#components.map((c) => c.task.name);
  }

  /** Item `index` (any non-negative integer; `size` only bounds iteration). */
  at(index: number): LogicEntry {
    if (!Number.isInteger(index) || index < 0) throw new RangeError(`bad index ${index}`);
    const total = this.#cumulative.at(-1) as number;
    const r = new Rng(this.seed, "composite", index).float() * total;
    let k = this.#cumulative.findIndex((c) => r < c);
    if (k < 0) k = this.#components.length - 1;
    const component = this.#components[k] as Component;
    return component.task.generator.generate(component.config, index);
  }

  *[Symbol.iterator](): Iterator<LogicEntry> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  /** The task that generated an entry (RG's `metadata.source_dataset`), if it is one of ours. */
  taskFor(entry: LogicEntry): LogicTask | undefined {
    const name = entry.metadata.source_dataset;
    return typeof name === "string" ? this.#byName.get(name) : undefined;
  }

  /** RG's CompositeDataset.score_answer: the entry's own task scores the extracted answer. */
  scoreAnswer(answer: string | null, entry: LogicEntry): number {
    return this.taskFor(entry)?.scoreAnswer(answer, entry) ?? 0;
  }

  /** Verifies a full response with the entry's own task; unknown tasks score 0. */
  async verify(response: string, entry: LogicEntry): Promise<Verdict> {
    const task = this.taskFor(entry);
    if (!task) return verdict(0, `unknown source_dataset ${String(entry.metadata.source_dataset)}`);
    return task.verify(response, entry);
  }
}

/** `compositeDataset({ tasks: { gcd: { weight: 2 }, bf: { weight: 1, level: 1 } }, seed, size })`. */
export function compositeDataset(
  config: CompositeConfig,
  tasks?: readonly LogicTask[],
): CompositeDataset {
  return new CompositeDataset(config, tasks);
}

/** One sub-dataset of Reasoning Gym's CompositeConfig (its DatasetSpec). */
const DatasetSpecSchema = z
  .object({
    /** A logic task's Reasoning Gym name ("gcd"; "logic/gcd" is accepted too). */
    name: z.string().min(1),
    weight: z.number().positive(),
    /** The task's config; `seed` defaults to the composite seed + position + 1, `size` to its size. */
    config: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
type DatasetSpec = z.infer<typeof DatasetSpecSchema>;

/** The registered logic tasks by name, built on first use (`logicTasks` includes this module's task). */
let tasksByName: Map<string, LogicTask> | undefined;
function logicTaskNamed(name: string): LogicTask | undefined {
  tasksByName ??= new Map(logicTasks.map((task) => [task.name, task]));
  return tasksByName.get(name);
}

/** RG's CompositeConfig.validate: known, distinct names, each config valid for its task. */
function checkDatasets(datasets: DatasetSpec[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const [i, spec] of datasets.entries()) {
    const name = withoutPrefix(spec.name);
    const task = logicTaskNamed(name);
    if (!task) {
      ctx.addIssue({ code: "custom", path: [i, "name"], message: `unknown logic task "${name}"` });
      continue;
    }
    if (seen.has(name))
      ctx.addIssue({ code: "custom", path: [i, "name"], message: `"${name}" is listed twice` });
    seen.add(name);
    const parsed = task.configSchema.safeParse(spec.config);
    if (!parsed.success)
      ctx.addIssue({
        code: "custom",
        path: [i, "config"],
        message: `invalid config for "${name}": ${formatZodError(parsed.error)}`,
      });
  }
}

/** The composite task's knobs: Reasoning Gym's CompositeConfig (seed and size come from the base). */
const CompositeTaskConfig = z.object({
  datasets: z.array(DatasetSpecSchema).superRefine(checkDatasets).default([]),
});
type CompositeTaskConfig = z.infer<typeof CompositeTaskConfig> & { seed: number; size: number };

/** Parsed configs reuse their mix: a blend calls `generate` with one config object many times. */
const mixes = new WeakMap<CompositeTaskConfig, CompositeDataset>();

function mixFor(config: CompositeTaskConfig): CompositeDataset {
  const cached = mixes.get(config);
  if (cached) return cached;
  if (config.datasets.length === 0)
    throw new MissingDataError(
      "composite needs config.datasets: the tasks to mix, as [{name, weight, config}]",
    );
  const tasks = Object.fromEntries(
    config.datasets.map((spec, i) => [
      withoutPrefix(spec.name),
      {
        weight: spec.weight,
        config: { seed: config.seed + i + 1, size: config.size, ...spec.config },
      },
    ]),
  );
  const mix = new CompositeDataset({ seed: config.seed, size: config.size, tasks });
  mixes.set(config, mix);
  return mix;
}

function sourceTask(entry: LogicEntry): LogicTask | undefined {
  const name = entry.metadata.source_dataset;
  return typeof name === "string" ? logicTaskNamed(name) : undefined;
}

/**
 * `logic/composite`, Reasoning Gym's CompositeDataset as a task: `datasets: [{name, weight,
 * config}]`; item i is the item i of a task drawn by weight (from the item's own stream), and
 * each entry is scored by the scorer of its `metadata.source_dataset`. As in RG, a sub-dataset's
 * seed defaults to the composite seed + its position + 1 and its size to the composite size.
 * Without `datasets` (RG requires them) the generator throws MissingDataError, so a `logic/*`
 * blend component leaves it out.
 */
export const compositeTask: LogicTask<typeof CompositeTaskConfig> = defineLogicTask({
  name: "composite",
  category: "composite",
  description:
    "Reasoning Gym's composite: weighted sub-datasets, each entry scored by its own task",
  config: CompositeTaskConfig,
  generate: (_rng, config, index) => mixFor(config).at(index),
  score: (answer, entry) => sourceTask(entry)?.scoreAnswer(answer, entry) ?? 0,
  referenceAnswer: (entry) => {
    const task = sourceTask(entry);
    if (!task)
      throw new Error(`composite: unknown source_dataset ${String(entry.metadata.source_dataset)}`);
    return task.referenceAnswer(entry);
  },
});
