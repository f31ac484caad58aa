import { createHash } from "node:crypto";
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { loadConfigFile } from "./config-file.js";
import {
  emptyReadStats,
  type InvalidRowPolicy,
  type ReadOptions,
  type ReadStats,
  type RowProblem,
  readDataset,
  readJsonl,
  readParquet,
} from "./dataset.js";
import { globToRegExp, type TaskRegistry } from "./registry.js";
import { hashSeed, Rng } from "./rng.js";
import { findRowLoader } from "./row-loader.js";
import { type AnyTask, errorMessage, type Generator, MissingDataError } from "./task.js";
import { formatZodError } from "./zod-format.js";

const FileSourceSchema = z
  .object({
    /** JSONL or Parquet; relative paths are relative to the blend file; `${VAR}` expands. */
    file: z.string().min(1),
    format: z.enum(["jsonl", "parquet"]).optional(),
    /** A data set layout the task knows (its `loaders`): "deepscaler", "eurus2", "gpqa", ... */
    loader: z.string().min(1).optional(),
    /** Column renames: example field <- dataset column (dotted paths allowed). */
    fields: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const GeneratorSourceSchema = z
  .object({
    /** The task's own generator config; `seed` defaults to one derived from the blend seed. */
    generator: z.record(z.string(), z.unknown()),
  })
  .strict();

export const BlendComponentSchema = z
  .object({
    /** Defaults to the task pattern. Must be unique within the blend. */
    name: z.string().min(1).optional(),
    /** A task id or a glob over ids ("logic/*", "logic/{acre,boxnet}"). */
    task: z.string().min(1),
    /** Ids or globs of tasks the `task` glob matches that this component leaves out. */
    exclude: z.array(z.string().min(1)).optional(),
    source: z.union([FileSourceSchema, GeneratorSourceSchema]),
    /** Exact number of training examples. */
    count: z.number().int().positive().optional(),
    /** Share of the blend's `size`, when counts are not given. */
    weight: z.number().positive().optional(),
    /** Validation examples for this component (overrides the blend-wide setting). */
    validation: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((c) => (c.count === undefined) !== (c.weight === undefined), {
    message: "give exactly one of count or weight",
  });

const DisjointFromSchema = z
  .object({
    /** A blend file; relative paths are relative to this blend's directory; `${VAR}` expands. */
    blend: z.string().min(1),
    /** The components of that blend to stay clear of (default: all of them). */
    components: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const BlendConfigSchema = z
  .object({
    name: z.string().min(1).default("blend"),
    seed: z.number().int().default(0),
    /** Total training examples, required when components use weights. */
    size: z.number().int().positive().optional(),
    validation: z
      .object({
        /** Validation examples per component, or a fraction of each component's count. */
        count: z.number().int().nonnegative().optional(),
        fraction: z.number().min(0).max(0.5).optional(),
      })
      .strict()
      .refine((v) => v.count === undefined || v.fraction === undefined, {
        message: "give count or fraction, not both",
      })
      .default({ count: 0 }),
    /** What to do with invalid rows in file sources. */
    onInvalidRow: z.enum(["skip", "fail"]).default("fail"),
    /**
     * Other blends whose examples this one must not repeat (a held-out evaluation set against
     * the training blend): their prompts count as seen before anything is drawn here.
     */
    disjointFrom: z.array(DisjointFromSchema).default([]),
    components: z.array(BlendComponentSchema).min(1),
  })
  .strict()
  .superRefine((blend, ctx) => {
    const usesWeights = blend.components.some((c) => c.weight !== undefined);
    if (usesWeights && blend.size === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["size"],
        message: "required when components use weights",
      });
    }
    if (usesWeights && blend.components.some((c) => c.count !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["components"],
        message: "use counts or weights, not both",
      });
    }
    const names = new Set<string>();
    for (const [i, c] of blend.components.entries()) {
      const name = c.name ?? c.task;
      if (names.has(name)) {
        ctx.addIssue({
          code: "custom",
          path: ["components", i, "name"],
          message: `duplicate component name "${name}"`,
        });
      }
      names.add(name);
    }
  });

export type BlendConfig = z.infer<typeof BlendConfigSchema>;
export type BlendComponent = z.infer<typeof BlendComponentSchema>;

/** A parsed blend plus the directory its relative paths are resolved from. */
export interface LoadedBlend {
  config: BlendConfig;
  baseDir: string;
}

/** Validates a blend object; a bad key is reported with its path. */
export function parseBlend(value: unknown, baseDir = process.cwd()): LoadedBlend {
  const parsed = BlendConfigSchema.safeParse(value);
  if (!parsed.success) throw new Error(`invalid blend: ${formatZodError(parsed.error)}`);
  return { config: parsed.data, baseDir };
}

/** Reads a blend from a YAML or JSON file. */
export function loadBlendFile(path: string): Promise<LoadedBlend> {
  return loadConfigFile(path, "blend", parseBlend);
}

/** One example chosen for the blend. */
export interface BlendItem {
  task: string;
  component: string;
  example: unknown;
}

export interface ComponentReport {
  component: string;
  task: string;
  tasks: string[];
  source: string;
  requested: { train: number; validation: number };
  /** Unique valid examples the source gave (not seen in an earlier component; generators: unique examples made). */
  available: number;
  train: number;
  validation: number;
  /** How many training + validation examples the source could not supply. */
  shortfall: number;
  duplicates: number;
  invalidRows: number;
  /** Generator tasks left out because their data is not shipped and not given (MissingDataError). */
  skippedTasks: string[];
  /**
   * Generator components: what each task gave and how many of its prompts were duplicates. The
   * count is split evenly over the tasks; a task whose item space runs out gives what it has and
   * the others make up the difference.
   */
  taskCounts: { task: string; examples: number; duplicates: number }[];
  /** Skipped rows counted by reason, most frequent first (`onInvalidRow: skip`). */
  invalidRowReasons: { reason: string; count: number }[];
  /** The first skipped rows, with file and row (line of a JSONL file, element of a JSON array). */
  invalidRowExamples: RowProblem[];
  /** Why the component could not be built at all (unknown task, missing file, ...). */
  error?: string;
}

/** How many skipped rows a component report keeps in full. */
const INVALID_ROW_EXAMPLES = 5;

export interface Blend {
  name: string;
  seed: number;
  train: BlendItem[];
  validation: BlendItem[];
  components: ComponentReport[];
  /** True when every component got all it asked for. */
  complete: boolean;
}

export interface BuildBlendOptions {
  /** Stop generating after this many tries per wanted example (generators that repeat). */
  maxGeneratorTriesPerExample?: number;
  /** Build only these components (by name), with the counts they have in the whole blend. */
  components?: readonly string[];
}

/**
 * Builds the blend: each component draws its examples (a seeded uniform sample of a file's
 * unique rows, or the first unique items of a generator), de-duplicated by normalised prompt
 * across the whole blend, split into validation (taken first) and training, then both splits
 * are shuffled with the blend seed. Problems are reported per component, never thrown.
 */
export async function buildBlend(
  blend: LoadedBlend,
  registry: TaskRegistry,
  options: BuildBlendOptions = {},
): Promise<Blend> {
  const { config } = blend;
  const counts = componentCounts(config);
  const seenPrompts = await promptsOfOtherBlends(blend, registry, options);
  const reports: ComponentReport[] = [];
  const train: BlendItem[] = [];
  const validation: BlendItem[] = [];

  for (const [index, component] of config.components.entries()) {
    const name = component.name ?? component.task;
    if (options.components && !options.components.includes(name)) continue;
    const trainCount = counts[index] as number;
    const validationCount =
      component.validation ??
      config.validation.count ??
      Math.round(trainCount * (config.validation.fraction ?? 0));
    const report: ComponentReport = {
      component: name,
      task: component.task,
      tasks: [],
      source: describeSource(component),
      requested: { train: trainCount, validation: validationCount },
      available: 0,
      train: 0,
      validation: 0,
      shortfall: trainCount + validationCount,
      duplicates: 0,
      invalidRows: 0,
      skippedTasks: [],
      taskCounts: [],
      invalidRowReasons: [],
      invalidRowExamples: [],
    };
    reports.push(report);
    try {
      const tasks = componentTasks(component, registry);
      report.tasks = tasks.map((t) => t.id);
      const wanted = trainCount + validationCount;
      const drawn =
        "file" in component.source
          ? await drawFromFile(component, tasks, wanted, blend, seenPrompts, report)
          : drawFromGenerators(component, tasks, wanted, config.seed, seenPrompts, report, options);
      const shuffled = new Rng(config.seed, "component", name).shuffle(drawn);
      const validationItems = shuffled.slice(0, validationCount);
      const trainItems = shuffled.slice(validationCount);
      validation.push(...validationItems);
      train.push(...trainItems);
      report.validation = validationItems.length;
      report.train = trainItems.length;
      report.shortfall = wanted - drawn.length;
    } catch (error) {
      report.error = errorMessage(error);
    }
  }

  return {
    name: config.name,
    seed: config.seed,
    train: new Rng(config.seed, "train").shuffle(train),
    validation: new Rng(config.seed, "validation").shuffle(validation),
    components: reports,
    complete: reports.every((r) => !r.error && r.shortfall === 0),
  };
}

/** The tasks of a component: its `task` id or glob, less those its `exclude` globs match. */
function componentTasks(component: BlendComponent, registry: TaskRegistry): AnyTask[] {
  const excluded = (component.exclude ?? []).map(globToRegExp);
  const tasks = registry
    .resolve(component.task)
    .filter((task) => !excluded.some((pattern) => pattern.test(task.id)));
  if (tasks.length === 0)
    throw new Error(
      `"${component.task}" matches no task once ${component.exclude?.join(", ")} are left out`,
    );
  return tasks;
}

/**
 * The prompts of the blends named in `disjointFrom`, each built as its own file says (only the
 * components named; their own `disjointFrom` is not followed). A blend that cannot be read or a
 * component that cannot be built is an error: the examples to avoid would be unknown.
 */
async function promptsOfOtherBlends(
  blend: LoadedBlend,
  registry: TaskRegistry,
  options: BuildBlendOptions,
): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const other of blend.config.disjointFrom) {
    const where = `disjointFrom ${other.blend}`;
    const read = async () => loadBlendFile(resolveSourcePath(other.blend, blend.baseDir));
    const loaded = await read().catch((error: unknown) => {
      throw new Error(`${where}: ${errorMessage(error)}`);
    });
    const names = loaded.config.components.map((c) => c.name ?? c.task);
    for (const name of other.components ?? []) {
      if (!names.includes(name))
        throw new Error(`${where}: no component "${name}" (it has ${names.join(", ")})`);
    }
    const built = await buildBlend(
      { ...loaded, config: { ...loaded.config, disjointFrom: [] } },
      registry,
      { ...options, components: other.components ?? names },
    );
    for (const report of built.components) {
      if (report.error) throw new Error(`${where}: component ${report.component}: ${report.error}`);
    }
    for (const item of [...built.train, ...built.validation])
      keys.add(promptKey(registry.get(item.task).prompt(item.example)));
  }
  return keys;
}

/** Exact counts per component: given counts, or weights turned into counts by largest remainder. */
export function componentCounts(config: BlendConfig): number[] {
  if (config.components.every((c) => c.count !== undefined)) {
    return config.components.map((c) => c.count as number);
  }
  const size = config.size as number;
  const totalWeight = config.components.reduce((sum, c) => sum + (c.weight as number), 0);
  const exact = config.components.map((c) => ((c.weight as number) / totalWeight) * size);
  const counts = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = size - counts.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/** Prompt key for de-duplication: NFKC, case-folded, whitespace collapsed, hashed. */
export function promptKey(prompt: string): string {
  const normalized = prompt.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalized).digest("base64");
}

async function drawFromFile(
  component: BlendComponent,
  tasks: AnyTask[],
  wanted: number,
  blend: LoadedBlend,
  seenPrompts: Set<string>,
  report: ComponentReport,
): Promise<BlendItem[]> {
  const source = component.source as z.infer<typeof FileSourceSchema>;
  if (tasks.length !== 1) {
    throw new Error(
      `a file source needs exactly one task, but "${component.task}" matches ${tasks.length}`,
    );
  }
  const task = tasks[0] as AnyTask;
  const path = resolveSourcePath(source.file, blend.baseDir);
  const stats: ReadStats = emptyReadStats();
  const policy: InvalidRowPolicy = blend.config.onInvalidRow;
  const loader = source.loader === undefined ? undefined : findRowLoader(task, source.loader);
  const rows = readSource(path, source.format, {
    schema: loader?.schema ?? task.schema,
    fields: loader?.fields || source.fields ? { ...loader?.fields, ...source.fields } : undefined,
    onInvalid: policy,
    stats,
  });
  // Reservoir sampling (Algorithm R) over the unique rows keeps memory at `wanted` examples.
  const rng = new Rng(blend.config.seed, "reservoir", report.component);
  const reservoir: BlendItem[] = [];
  const componentKeys = new Set<string>();
  let unique = 0;
  for await (const example of rows) {
    const key = promptKey(task.prompt(example));
    if (seenPrompts.has(key) || componentKeys.has(key)) {
      report.duplicates++;
      continue;
    }
    componentKeys.add(key);
    unique++;
    const item = { task: task.id, component: report.component, example };
    if (reservoir.length < wanted) reservoir.push(item);
    else {
      const slot = rng.int(0, unique - 1);
      if (slot < wanted) reservoir[slot] = item;
    }
  }
  report.available = unique;
  report.invalidRows = stats.skipped;
  report.invalidRowReasons = [...stats.reasons]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count);
  report.invalidRowExamples = stats.problems.slice(0, INVALID_ROW_EXAMPLES);
  for (const item of reservoir) seenPrompts.add(promptKey(task.prompt(item.example)));
  return reservoir;
}

function drawFromGenerators(
  component: BlendComponent,
  tasks: AnyTask[],
  wanted: number,
  blendSeed: number,
  seenPrompts: Set<string>,
  report: ComponentReport,
  options: BuildBlendOptions,
): BlendItem[] {
  const overrides = (component.source as z.infer<typeof GeneratorSourceSchema>).generator;
  const withoutGenerator = tasks.filter((t) => !t.generator).map((t) => t.id);
  if (withoutGenerator.length > 0) {
    throw new Error(`no offline generator for ${withoutGenerator.join(", ")}`);
  }
  const ready = readyGenerators(tasks, (task) =>
    generatorConfig(task, hashSeed([blendSeed, report.component, task.id]), overrides),
  );
  report.skippedTasks = ready.skipped;
  const isNew = newPromptFilter(seenPrompts);
  const draws: TaskDraw[] = ready.usable.map(({ task, generate }) => ({
    task,
    generate,
    quota: 0,
    next: 0,
    examples: [],
    duplicates: 0,
    exhausted: false,
  }));
  const maxTries = options.maxGeneratorTriesPerExample ?? 20;
  // Split the count evenly over the tasks (the first ones take the remainder); what a task whose
  // item space runs out cannot give is split again over the others, until the count is met or
  // every task has run out.
  for (let left = wanted, active = draws; left > 0 && active.length > 0; ) {
    for (const [t, draw] of active.entries()) {
      const share = Math.floor(left / active.length) + (t < left % active.length ? 1 : 0);
      drawMore(draw, share, maxTries, isNew);
    }
    left = wanted - draws.reduce((sum, d) => sum + d.examples.length, 0);
    active = active.filter((d) => !d.exhausted);
  }
  isNew.commit(); // only a component built in full claims its prompts for later components
  report.taskCounts = draws.map((d) => ({
    task: d.task.id,
    examples: d.examples.length,
    duplicates: d.duplicates,
  }));
  report.duplicates += draws.reduce((sum, d) => sum + d.duplicates, 0);
  const items = draws.flatMap((d) =>
    d.examples.map((example) => ({ task: d.task.id, component: report.component, example })),
  );
  report.available = items.length;
  return items;
}

/** One task's part of a generator component: its items so far and where its generator stands. */
interface TaskDraw {
  task: AnyTask;
  generate: (index: number) => unknown;
  /** Examples asked of it so far (over every round). */
  quota: number;
  /** The next generator index to try. */
  next: number;
  examples: unknown[];
  duplicates: number;
  /** It used its tries (`maxTries` per example asked, plus 100) without meeting its quota. */
  exhausted: boolean;
}

/** Asks `share` more examples of a task, skipping prompts seen before. */
function drawMore(
  draw: TaskDraw,
  share: number,
  maxTries: number,
  isNew: ReturnType<typeof newPromptFilter>,
): void {
  draw.quota += share;
  const tries = draw.quota * maxTries + 100;
  while (draw.examples.length < draw.quota) {
    if (draw.next >= tries) {
      draw.exhausted = true;
      return;
    }
    const example = draw.generate(draw.next++);
    if (isNew.test(draw.task.prompt(example))) draw.examples.push(example);
    else draw.duplicates++;
  }
}

/**
 * The tasks whose generators run with their configs: a task that throws MissingDataError for its
 * first item is left out (its id listed in `skipped`) unless no task is left, then its error
 * stands. Item 0 is kept, so the probe costs nothing.
 */
function readyGenerators(tasks: AnyTask[], configOf: (task: AnyTask) => unknown) {
  const usable: { task: AnyTask; generate: (index: number) => unknown }[] = [];
  const skipped: string[] = [];
  let firstMissing: MissingDataError | undefined;
  for (const task of tasks) {
    const config = configOf(task);
    const generator = task.generator as Generator<unknown>;
    let first: unknown;
    try {
      first = generator.generate(config, 0);
    } catch (error) {
      if (!(error instanceof MissingDataError)) throw error;
      firstMissing ??= error;
      skipped.push(task.id);
      continue;
    }
    const generate = (index: number) => (index === 0 ? first : generator.generate(config, index));
    usable.push({ task, generate });
  }
  if (usable.length === 0 && firstMissing) throw firstMissing;
  return { usable, skipped };
}

/**
 * Tells prompts not seen before (in earlier components or in this one) from duplicates;
 * `commit` hands this component's prompts to the blend-wide set.
 */
function newPromptFilter(seenPrompts: Set<string>) {
  const mine = new Set<string>();
  return {
    test(prompt: string): boolean {
      const key = promptKey(prompt);
      if (seenPrompts.has(key) || mine.has(key)) return false;
      mine.add(key);
      return true;
    },
    commit(): void {
      for (const key of mine) seenPrompts.add(key);
    },
  };
}

/** The generator's config: the blend-derived seed, overridden by the component's settings. */
function generatorConfig(task: AnyTask, seed: number, overrides: Record<string, unknown>): unknown {
  const generator = task.generator as NonNullable<AnyTask["generator"]>;
  const parsed = generator.configSchema.safeParse({ seed, ...overrides });
  if (!parsed.success) {
    throw new Error(`generator config for ${task.id}: ${formatZodError(parsed.error)}`);
  }
  return parsed.data;
}

/** A file's rows, in the format the blend names or else the one its extension names. */
function readSource<E>(
  path: string,
  format: "jsonl" | "parquet" | undefined,
  options: ReadOptions<E>,
): AsyncGenerator<E> {
  if (format === "jsonl") return readJsonl(path, options);
  if (format === "parquet") return readParquet(path, options);
  return readDataset(path, options);
}

function resolveSourcePath(file: string, baseDir: string): string {
  const expanded = file.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = process.env[name];
    if (value === undefined || value === "") {
      throw new Error(`source path "${file}" uses \${${name}}, which is not set`);
    }
    return value;
  });
  return isAbsolute(expanded) ? expanded : resolve(baseDir, expanded);
}

function describeSource(component: BlendComponent): string {
  return "file" in component.source ? `file ${component.source.file}` : "generator";
}

/** The composition table as Markdown: one row per component, then totals and warnings. */
export function formatBlendTable(blend: Blend): string {
  const header =
    "| component | tasks | source | train | validation | requested | available | short by | duplicates | invalid rows |";
  const rule = "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  const rows = blend.components.map((r) => {
    const tasks =
      r.tasks.length > 3 ? `${r.task} (${r.tasks.length} tasks)` : r.tasks.join(", ") || r.task;
    const requested = r.requested.train + r.requested.validation;
    return `| ${r.component} | ${tasks} | ${r.source} | ${r.train} | ${r.validation} | ${requested} | ${r.available} | ${r.shortfall} | ${r.duplicates} | ${r.invalidRows} |`;
  });
  const totalTrain = blend.components.reduce((s, r) => s + r.train, 0);
  const totalValidation = blend.components.reduce((s, r) => s + r.validation, 0);
  const totalRequested = blend.components.reduce(
    (s, r) => s + r.requested.train + r.requested.validation,
    0,
  );
  const totalShort = blend.components.reduce((s, r) => s + r.shortfall, 0);
  rows.push(
    `| **total** | | | ${totalTrain} | ${totalValidation} | ${totalRequested} | | ${totalShort} | | |`,
  );
  const warnings = blend.components.flatMap((r) => {
    if (r.error) return [`- ${r.component}: ${r.error}`];
    const notes: string[] = [];
    if (r.skippedTasks.length > 0)
      notes.push(
        `- ${r.component}: left out ${r.skippedTasks.join(", ")} (they need data or settings their config does not give; name them in a component of their own)`,
      );
    if (r.shortfall > 0)
      notes.push(
        `- ${r.component}: falls short by ${r.shortfall} (asked ${r.requested.train + r.requested.validation}, source has ${r.available} unique)`,
      );
    return notes;
  });
  const lines = [`Blend "${blend.name}" (seed ${blend.seed})`, "", header, rule, ...rows];
  if (warnings.length) lines.push("", "Problems:", ...warnings);
  const split = blend.components.filter((r) => r.taskCounts.length > 1);
  if (split.length)
    lines.push("", "Per task (generator components):", "", ...taskCountLines(split));
  const skipped = blend.components.filter((r) => r.invalidRows > 0);
  if (skipped.length)
    lines.push("", "Invalid rows (skipped):", ...skipped.flatMap(invalidRowLines));
  return lines.join("\n");
}

/** What each task of a generator component gave, one table row per task. */
function taskCountLines(reports: ComponentReport[]): string[] {
  const rows = reports.flatMap((r) =>
    r.taskCounts.map((c) => `| ${r.component} | ${c.task} | ${c.examples} | ${c.duplicates} |`),
  );
  return ["| component | task | examples | duplicates |", "| --- | --- | ---: | ---: |", ...rows];
}

/** A component's skipped rows: the count per reason, then the first few with file and row. */
function invalidRowLines(r: ComponentReport): string[] {
  return [
    `- ${r.component}: ${r.invalidRows} rows`,
    ...r.invalidRowReasons.map((x) => `  - ${x.count} × ${x.reason}`),
    ...r.invalidRowExamples.map((p) => `  - e.g. ${p.file} row ${p.line}: ${p.message}`),
  ];
}
