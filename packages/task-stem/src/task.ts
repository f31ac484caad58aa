import { afterThink, errorMessage, type Task, type Verdict, verdict } from "@prorl/core";
import { checkEquivalence } from "@prorl/task-math";
import { z } from "zod";
import { type StemExample, StemExampleSchema } from "./example.js";
import { choiceLetters, extractChoice, extractFinalAnswer } from "./extract.js";
import { generateStemProblem, StemGeneratorConfigSchema } from "./generator.js";
import { STEM_ROW_LOADERS } from "./loaders.js";
import {
  compareQuantities,
  MAX_ANSWER_CHARS,
  type ParsedQuantity,
  parseQuantity,
} from "./quantity.js";

/**
 * What a caller may choose per verification (`prorl-eval score` lines, `run`'s `taskOptions`,
 * the server's `options`).
 */
export const StemOptionsSchema = z.strictObject({
  /** Relative tolerance for numeric answers (default 0.01 = 1%). */
  relTol: z.number().min(0).max(1).optional(),
  /** Time budget for a symbolic comparison, ms (task-math's default, 2 s, when absent). */
  timeoutMs: z.number().int().min(1).max(60_000).optional(),
});
export type StemVerifyOptions = z.output<typeof StemOptionsSchema>;

export const DEFAULT_REL_TOL = 0.01;

/** The multiple-choice prompt (the format of GPQA's zero-shot evaluations). */
export function multipleChoicePrompt(question: string, choices: readonly string[]): string {
  const letters = choiceLetters(choices.length);
  const lines = choices.map((c, i) => `${letters[i]}) ${c.trim()}`);
  return [
    `Answer the following multiple choice question. The last line of your response should be of the following format: 'Answer: $LETTER' (without quotes) where LETTER is one of ${letters.join("")}. Think step by step before answering.`,
    "",
    question.trim(),
    "",
    ...lines,
  ].join("\n");
}

/** The free-form prompt: the question, then how to give the final answer. */
export function freeFormPrompt(question: string): string {
  return `${question.trim()}\n\nGive your final answer in \\boxed{}, as a number with its unit where the quantity has one.`;
}

/** Whether a gold free-form answer is numeric (a number, optionally with a unit). */
export function classifyAnswer(
  answer: string,
): { kind: "numeric"; quantity: ParsedQuantity } | { kind: "symbolic" } {
  const q = parseQuantity(answer);
  if (!q) return { kind: "symbolic" };
  if (q.unit && !q.qty && !looksLikeWordUnit(q.unit)) return { kind: "symbolic" };
  return { kind: "numeric", quantity: q };
}

/** Plain words ("photons", "meters per second") count as a unit; "x", "\alpha", "2y" do not. */
function looksLikeWordUnit(unit: string): boolean {
  return /^[A-Za-z]{2,}(?: [A-Za-z]{2,})*$/.test(unit);
}

/** Scores a response against a STEM example. Never throws. */
export function verifyStem(
  response: string,
  example: StemExample,
  options: StemVerifyOptions = {},
): Verdict {
  const text = afterThink(typeof response === "string" ? response : "");
  if (!text.trim()) return verdict(0, "empty response");
  if (example.choices) {
    const found = extractChoice(text, example.choices.length);
    if (!found) return verdict(0, "no choice letter found");
    const ok = found.letter === example.answer;
    return verdict(
      ok ? 1 : 0,
      `${ok ? "correct" : "wrong"}: chose ${found.letter} (from ${found.source}), expected ${example.answer}`,
    );
  }
  const gold = classifyAnswer(example.answer);
  const final = extractFinalAnswer(text);
  if (!final) return verdict(0, "no final answer found (expected \\boxed{...} or 'Answer: ...')");
  if (final.text.length > MAX_ANSWER_CHARS) return verdict(0, "final answer too long");
  if (gold.kind === "symbolic") {
    // Symbolic answers go through task-math's CAS equivalence: one checker for both domains.
    const result = checkEquivalence(example.answer, final.text, { timeoutMs: options.timeoutMs });
    return verdict(result.equivalent ? 1 : 0, `symbolic answer, ${result.reason}`);
  }
  const predicted = parseQuantity(final.text);
  if (!predicted || (predicted.unit && !predicted.qty && !looksLikeWordUnit(predicted.unit))) {
    return verdict(0, `final answer "${final.text.slice(0, 80)}" is not a number`);
  }
  const cmp = compareQuantities(gold.quantity, predicted, options.relTol ?? DEFAULT_REL_TOL);
  return verdict(cmp.equal ? 1 : 0, `${cmp.equal ? "correct" : "wrong"}: ${cmp.reason}`);
}

/**
 * The STEM task, complete (row loaders for gpqa and scp, the offline generator), with default
 * options that options given to `verify` override.
 */
export function createStemTask(
  defaults: StemVerifyOptions = {},
): Task<StemExample, StemVerifyOptions> {
  return {
    id: "stem",
    domain: "stem",
    rewardType: "binary",
    description:
      "STEM: multiple choice (GPQA) by letter, numeric answers with units within 1% (SCP-116K style)",
    schema: StemExampleSchema,
    optionsSchema: StemOptionsSchema,
    prompt: (example) =>
      example.choices
        ? multipleChoicePrompt(example.question, example.choices)
        : freeFormPrompt(example.question),
    verify(response, example, options) {
      try {
        return verifyStem(response, example, {
          relTol: options?.relTol ?? defaults.relTol,
          timeoutMs: options?.timeoutMs ?? defaults.timeoutMs,
        });
      } catch (error) {
        return verdict(0, `verifier error: ${errorMessage(error)}`);
      }
    },
    generator: {
      configSchema: StemGeneratorConfigSchema,
      generate: (config, index) =>
        generateStemProblem(config as z.infer<typeof StemGeneratorConfigSchema>, index),
    },
    loaders: STEM_ROW_LOADERS,
  };
}

/** The STEM task: 1% relative tolerance, task-math's 2 s symbolic budget. */
export const stemTask: Task<StemExample, StemVerifyOptions> = createStemTask();
