import type { z } from "zod";

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
 * Thrown by a generator whose data prorl does not ship when its config does not say where the
 * data is (the message names the config field). A blend over several tasks leaves such tasks out
 * and reports them; asked for alone, the task's component fails with the message.
 */
export class MissingDataError extends Error {
  override name = "MissingDataError";
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
 * One kind of problem. A verifier treats the response as hostile: it never throws,
 * never hangs and never evaluates it; garbage gets reward 0 and a reason.
 */
export interface Task<E = unknown> {
  /** "math", "code", "stem", "if" or "logic/<reasoning-gym name>". */
  id: string;
  domain: Domain;
  rewardType: RewardType;
  /** Validates one example row (public dataset field names). */
  schema: z.ZodType<E>;
  /** The prompt shown to the policy for this example. */
  prompt(example: E): string;
  verify(response: string, example: E): Verdict | Promise<Verdict>;
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
// biome-ignore lint/suspicious/noExplicitAny: tasks of different example types share one list.
export type AnyTask = Task<any>;

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

/** Runs a task's verifier and turns a thrown error or a bad result into reward 0. */
export async function safeVerify<E>(task: Task<E>, response: string, example: E): Promise<Verdict> {
  try {
    const result = await task.verify(typeof response === "string" ? response : "", example);
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
