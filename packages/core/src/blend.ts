import { createHash } from "node:crypto";
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { loadConfigFile } from "./config-file.js";
import {
  emptyReadStats,
  type InvalidRowPolicy,
  type ReadOptions,
  type ReadStats,
  readDataset,
  readJsonl,
  readParquet,
} from "./dataset.js";
import type { TaskRegistry } from "./registry.js";
import { hashSeed, Rng } from "./rng.js";
import { findRowLoader } from "./row-loader.js";
import { type AnyTask, errorMessage, type Generator } from "./task.js";
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
    /** A task id or a glob over ids ("logic/*"). */
    task: z.string().min(1),
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
  /** Why the component could not be built at all (unknown task, missing file, ...). */
  error?: string;
}

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
  const seenPrompts = new Set<string>();
  const reports: ComponentReport[] = [];
  const train: BlendItem[] = [];
  const validation: BlendItem[] = [];

  for (const [index, component] of config.components.entries()) {
    const name = component.name ?? component.task;
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
    };
    reports.push(report);
    try {
      const tasks = registry.resolve(component.task);
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
  const maxTries = options.maxGeneratorTriesPerExample ?? 20;
  const isNew = newPromptFilter(seenPrompts);
  const items: BlendItem[] = [];
  // Split the count evenly over the matched tasks; the first tasks take the remainder.
  for (const [t, task] of tasks.entries()) {
    const quota = Math.floor(wanted / tasks.length) + (t < wanted % tasks.length ? 1 : 0);
    const config = generatorConfig(
      task,
      hashSeed([blendSeed, report.component, task.id]),
      overrides,
    );
    const generate = (index: number) =>
      (task.generator as Generator<unknown>).generate(config, index);
    for (let index = 0, made = 0; made < quota && index < quota * maxTries + 100; index++) {
      const example = generate(index);
      if (!isNew.test(task.prompt(example))) {
        report.duplicates++;
        continue;
      }
      items.push({ task: task.id, component: report.component, example });
      made++;
    }
  }
  isNew.commit(); // only a component built in full claims its prompts for later components
  report.available = items.length;
  return items;
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
    if (r.shortfall > 0)
      return [
        `- ${r.component}: falls short by ${r.shortfall} (asked ${r.requested.train + r.requested.validation}, source has ${r.available} unique)`,
      ];
    return [];
  });
  const lines = [`Blend "${blend.name}" (seed ${blend.seed})`, "", header, rule, ...rows];
  if (warnings.length) lines.push("", "Problems:", ...warnings);
  return lines.join("\n");
}
