import {
  afterThink,
  type Generator,
  lastAnswerTag,
  Rng,
  type Task,
  type Verdict,
  verdict,
} from "@prorl/core";
import { z } from "zod";
import type { Curriculum } from "./curriculum-attributes.js";

/** An entry exactly as Reasoning Gym emits it: `answer` is null where many answers are valid. */
export const LogicEntrySchema = z.object({
  question: z.string(),
  answer: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
});
export type LogicEntry = z.infer<typeof LogicEntrySchema>;

/** Every task config has these; `size` is the virtual data set size, as in Reasoning Gym. */
export const BaseConfigSchema = z.object({
  seed: z.number().int().default(42),
  size: z.number().int().positive().default(500),
});

/** Reasoning Gym's "default" system prompt, appended to the question as the task prompt. */
export const ANSWER_FORMAT_INSTRUCTIONS =
  "Once you have thought about the reasoning process, provide the answer in the following format:\n" +
  "<answer>answer here</answer>\n" +
  "Do not explain your reasoning inside the answer tags, provide only the final answer. " +
  "When an example is provided, you should strictly follow the format of the output/answer in that example.";

/** What a task file defines; `defineLogicTask` turns it into a registry Task. */
export interface LogicTaskSpec<C extends z.ZodObject> {
  /** Reasoning Gym's dataset name ("spell_backward"); the task id is "logic/<name>". */
  name: string;
  /** Reasoning Gym's category: algebra, algorithmic, arc, arithmetic, code, cognition, games, geometry, graphs, induction, logic. */
  category: string;
  description: string;
  /**
   * Reasoning Gym's curriculum for the task (its `*Curriculum` class), keyed by RG's attribute
   * names; absent where RG has none.
   */
  curriculum?: Curriculum;
  /** The task's own knobs, merged into BaseConfigSchema (seed, size). */
  config: C;
  /** Item `index`: a pure function of the config and the index (the rng is seeded from both). */
  generate(
    rng: Rng,
    config: z.infer<C> & { seed: number; size: number },
    index: number,
  ): GeneratedEntry;
  /**
   * Reasoning Gym's score_answer: the extracted answer (null when the response has no
   * <answer> tag) against the entry, in [0, 1]. May throw on garbage: the wrapper turns that
   * into 0.
   */
  score(answer: string | null, entry: LogicEntry): number;
  /** An answer that scores 1.0, for entries whose `answer` is null (tests and benchmarks). */
  referenceAnswer?(entry: LogicEntry): string;
}

/** What `generate` returns; `source_dataset`, `source_index` are added to the metadata. */
export interface GeneratedEntry {
  question: string;
  answer: string | null;
  metadata: Record<string, unknown>;
}

export interface LogicTask<C extends z.ZodObject = z.ZodObject> extends Task<LogicEntry> {
  name: string;
  category: string;
  curriculum?: Curriculum;
  configSchema: z.ZodType<z.infer<C> & { seed: number; size: number }>;
  generator: Generator<LogicEntry>;
  /** Score an already extracted answer (Reasoning Gym's score_answer), never throwing. */
  scoreAnswer(answer: string | null, entry: LogicEntry): number;
  /** An answer the verifier gives 1.0: `entry.answer`, or the task's reference solver. */
  referenceAnswer(entry: LogicEntry): string;
  /** The first `config.size` entries (or `count`). */
  dataset(
    config?: Partial<z.input<C>> & { seed?: number; size?: number },
    count?: number,
  ): LogicEntry[];
}

/** Builds a logic Task from a spec: answer extraction, safe scoring, seeded generation. */
export function defineLogicTask<C extends z.ZodObject>(spec: LogicTaskSpec<C>): LogicTask<C> {
  const configSchema = BaseConfigSchema.extend(spec.config.shape) as unknown as z.ZodType<
    z.infer<C> & { seed: number; size: number }
  >;
  const generate = (
    config: z.infer<C> & { seed: number; size: number },
    index: number,
  ): LogicEntry => {
    const rng = new Rng(config.seed, spec.name, index);
    const entry = spec.generate(rng, config, index);
    return {
      question: entry.question,
      answer: entry.answer,
      metadata: { source_dataset: spec.name, source_index: index, ...entry.metadata },
    };
  };
  const scoreAnswer = (answer: string | null, entry: LogicEntry): number => {
    try {
      const score = spec.score(answer, entry);
      return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
    } catch {
      return 0;
    }
  };
  return {
    id: `logic/${spec.name}`,
    name: spec.name,
    category: spec.category,
    ...(spec.curriculum ? { curriculum: spec.curriculum } : {}),
    domain: "logic",
    rewardType: "continuous",
    description: spec.description,
    schema: LogicEntrySchema,
    configSchema,
    generator: { configSchema, generate } as Generator<LogicEntry>,
    prompt: (entry) => `${entry.question}\n\n${ANSWER_FORMAT_INSTRUCTIONS}`,
    verify: (response, entry): Verdict => {
      const answer = lastAnswerTag(afterThink(response));
      const extracted = answer === null ? null : answer.trim();
      const reward = scoreAnswer(extracted, entry);
      if (extracted === null) return verdict(reward, "no <answer> tag");
      return verdict(reward, reward === 1 ? "correct" : `scored ${reward.toFixed(3)}`);
    },
    scoreAnswer,
    referenceAnswer: (entry) => {
      if (spec.referenceAnswer) return spec.referenceAnswer(entry);
      if (entry.answer === null)
        throw new Error(`${spec.name}: entry has no answer and no reference solver`);
      return entry.answer;
    },
    dataset: (overrides = {}, count) => {
      const config = configSchema.parse(overrides);
      const n = count ?? config.size;
      return Array.from({ length: n }, (_, i) => generate(config, i));
    },
  };
}

/** Python's len(): code points, not UTF-16 units (an emoji counts once). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit < 0xdc00 || unit > 0xdfff) n++; // low surrogates finish a pair already counted
  }
  return n;
}

/**
 * Reasoning Gym's default score_answer: 1.0 for an exact match, len(oracle)/len(answer) when
 * the oracle is contained in a longer answer (lengths in code points, as Python counts), else 0.
 */
export function scoreExactOrContained(answer: string | null, entry: LogicEntry): number {
  const oracle = entry.answer;
  if (answer === null || answer.length === 0 || oracle === null) return 0;
  if (answer === oracle) return 1;
  if (oracle.length > 0 && answer.includes(oracle))
    return codePointLength(oracle) / codePointLength(answer);
  return 0;
}
