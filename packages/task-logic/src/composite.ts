import { hashSeed, Rng, type Verdict, verdict } from "@prorl/core";
import { z } from "zod";
import { configForLevel } from "./curriculum.js";
import type { LogicEntry, LogicTask } from "./define.js";
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
    const parsed = CompositeConfigSchema.parse(config);
    this.seed = parsed.seed;
    this.size = parsed.size;
    const known = new Map(tasks.map((task) => [task.name, task]));
    this.#components = Object.entries(parsed.tasks).map(([name, spec]) => {
      const task = known.get(name.startsWith("logic/") ? name.slice(6) : name);
      if (!task) throw new RangeError(`unknown logic task "${name}"`);
      const overrides = {
        seed: hashSeed([parsed.seed, task.name]),
        ...(spec.level === undefined ? {} : configForLevel(task.name, spec.level)),
        ...spec.config,
      };
      const taskConfig = task.configSchema.safeParse(overrides);
      if (!taskConfig.success)
        throw new RangeError(`invalid config for "${name}": ${taskConfig.error.message}`);
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
