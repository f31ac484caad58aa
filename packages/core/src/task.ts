import type { z } from "zod";
import { formatZodError } from "./zod-format.js";

/** The five verifiable domains of the ProRL blend. */
export const DOMAINS = ["math", "code", "stem", "logic", "if"] as const;
export type Domain = (typeof DOMAINS)[number];

/** binary: reward is 0 or 1; continuous: any value in [0, 1] (partial credit). */
export type RewardType = "binary" | "continuous";

/** What a verifier says about one response. `correct` is exactly `reward === 1`. */
export interface Verdict {
  reward: number;
  correct: boolean;
  reason: string;
}

/**
 * A procedural source of examples: item `index` is a pure function of (config, index),
 * so a seed and a count reproduce a data set exactly.
 */
export interface Generator<E, C = unknown> {
  /** Validates and fills defaults; the config always carries a `seed`. */
  configSchema: z.ZodType<C>;
  generate(config: C, index: number): E;
}

/**
 * The schema of a task's per-verification options: a zod object schema (`z.strictObject`), so
 * its keys are known and an unknown option can be named in the error.
 */
export type TaskOptionsSchema<O> = z.ZodType<O> & {
  readonly shape: Readonly<Record<string, unknown>>;
};

/**
 * One kind of problem. A verifier treats the response as hostile: it never throws,
 * never hangs and never evaluates it; garbage gets reward 0 and a reason.
 *
 * `E` is the example row after validation; `O` the options a caller may pass per
 * verification (`{ mode: "lenient" }` for math), declared by `optionsSchema`.
 */
export interface Task<E = unknown, O = unknown> {
  /** "math", "code", "stem", "if" or "logic/<reasoning-gym name>". */
  id: string;
  domain: Domain;
  rewardType: RewardType;
  /** Validates one example row (public dataset field names). */
  schema: z.ZodType<E>;
  /**
   * The options `verify` accepts, where the task has any. Callers (`prorl-eval score`, `run`'s
   * `taskOptions`, the server's `options`) validate with `parseTaskOptions`: an unknown key or a
   * bad value is an error, never ignored. Omitted options mean the task's own defaults.
   */
  optionsSchema?: TaskOptionsSchema<O>;
  /** The prompt shown to the policy for this example. */
  prompt(example: E): string;
  /** Scores one response; `options` (validated by `optionsSchema`) override the task's defaults. */
  verify(response: string, example: E, options?: O): Verdict | Promise<Verdict>;
  /** Offline procedural generator, where the task has one. */
  generator?: Generator<E>;
  /**
   * Public data set layouts this task reads, by name ("deepscaler", "eurus2", "gpqa"): a blend
   * file source picks one with `loader:`, a user's loader code with `task.loaders.x`.
   */
  loaders?: Readonly<Record<string, RowLoader<E>>>;
  /** One line for `--help` style listings. */
  description?: string;
}

/**
 * How rows of one public data set layout become examples: column renames applied first, then a
 * schema that validates the row and may transform it (for example, parse a JSON-string column).
 */
export interface RowLoader<E> {
  description: string;
  fields?: Readonly<Record<string, string>>;
  schema: z.ZodType<E>;
}

/** Yields examples: a loader over a dataset file, or an offline generator (unlimited). */
export interface Source<E = unknown> {
  /** Where the examples come from, for reports: "file data/x.jsonl", "generator logic/countdown". */
  description: string;
  examples(): AsyncIterable<E>;
}

/** Item 0, 1, 2, ... of a task's generator under one config: an unlimited, deterministic source. */
export function generatorSource<E>(task: Task<E>, config: unknown): Source<E> {
  const generator = task.generator;
  if (!generator) throw new Error(`task ${task.id} has no offline generator`);
  const parsed = generator.configSchema.parse(config);
  return {
    description: `generator ${task.id}`,
    async *examples() {
      for (let index = 0; ; index++) yield generator.generate(parsed, index);
    },
  };
}

/** A task of any example type, as registries and blends hold them. */
// biome-ignore lint/suspicious/noExplicitAny: tasks of different example and option types share one list.
export type AnyTask = Task<any, any>;

/** What a task package (ours or a user's) exports, as its default export or as `tasks`. */
export interface TaskPackage {
  name: string;
  tasks: readonly AnyTask[];
}

/** Build a Verdict, keeping `correct === (reward === 1)` and the reward inside [0, 1]. */
export function verdict(reward: number, reason: string): Verdict {
  const clamped = Number.isFinite(reward) ? Math.min(1, Math.max(0, reward)) : 0;
  return { reward: clamped, correct: clamped === 1, reason };
}

/** The result of checking a caller's options against a task's `optionsSchema`. */
export type ParsedTaskOptions<O> =
  | { ok: true; options: O | undefined }
  | { ok: false; error: string };

/**
 * Validates options for one task: `undefined`/`null` means the task's defaults; anything else
 * must be a plain object whose keys the task declares and whose values its schema accepts.
 * Never throws; the error is one line naming the task and the key.
 */
export function parseTaskOptions<E, O>(task: Task<E, O>, raw: unknown): ParsedTaskOptions<O> {
  if (raw === undefined || raw === null) return { ok: true, options: undefined };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, error: `options for task ${task.id} must be a JSON object` };
  }
  const keys = Object.keys(raw);
  const schema = task.optionsSchema;
  if (!schema) {
    if (keys.length === 0) return { ok: true, options: undefined };
    return { ok: false, error: `task ${task.id} takes no options (got ${quoteList(keys)})` };
  }
  const known = Object.keys(schema.shape);
  const unknown = keys.filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const noun = unknown.length === 1 ? "option" : "options";
    return {
      ok: false,
      error: `unknown ${noun} ${quoteList(unknown)} for task ${task.id} (known: ${known.join(", ")})`,
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: `invalid options for task ${task.id}: ${formatZodError(parsed.error)}`,
    };
  }
  return { ok: true, options: parsed.data };
}

function quoteList(keys: readonly string[]): string {
  return keys.map((key) => JSON.stringify(key)).join(", ");
}

/**
 * Runs a task's verifier and turns a thrown error or a bad result into reward 0. `options` must
 * already be validated (`parseTaskOptions`).
 */
export async function safeVerify<E, O>(
  task: Task<E, O>,
  response: string,
  example: E,
  options?: O,
): Promise<Verdict> {
  try {
    const text = typeof response === "string" ? response : "";
    const result = await (options === undefined
      ? task.verify(text, example)
      : task.verify(text, example, options));
    if (!result || typeof result.reward !== "number" || Number.isNaN(result.reward)) {
      return verdict(0, `verifier of ${task.id} returned no valid reward`);
    }
    return verdict(result.reward, String(result.reason ?? ""));
  } catch (error) {
    return verdict(0, `verifier of ${task.id} failed: ${errorMessage(error)}`);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
