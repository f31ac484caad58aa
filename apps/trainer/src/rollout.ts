import { type AnyTask, safeVerify, type Verdict } from "@prorl/core";
import { type FinishReason, type RewardShaping, shapeReward } from "@prorl/grpo";
import type { TextTokenizer } from "@prorl/model";
import pLimit from "p-limit";
import type { SampledResponse, Sampler } from "./sampler.js";

/** One prompt of the blend, ready for the model. */
export interface PromptItem {
  task: AnyTask;
  example: unknown;
  component: string;
  promptIds: number[];
}

export interface Sample {
  ids: number[];
  text: string;
  finishReason: FinishReason;
  /** Per-token log-probs the sampler reported. */
  samplerLogProbs: number[];
  verdict: Verdict;
  /** The verifier's reward after shaping (length penalties): what advantages are computed from. */
  reward: number;
}

export interface Group {
  item: PromptItem;
  samples: Sample[];
}

export interface SamplingSettings {
  n: number;
  temperature: number;
  topP: number;
  maxTokens: number;
}

export interface Timings {
  generation: number;
  reward: number;
}

/** The text a verifier sees: the response without the stop token that ended it. */
function responseText(
  tokenizer: TextTokenizer,
  response: SampledResponse,
  stopTokenIds: readonly number[],
): string {
  const last = response.ids[response.ids.length - 1];
  const body =
    response.finishReason === "stop" && last !== undefined && stopTokenIds.includes(last)
      ? response.ids.slice(0, -1)
      : response.ids;
  return tokenizer.decode(body, { skipSpecialTokens: true });
}

/**
 * Samples `n` responses per prompt from `sampler` and scores each with its task's verifier,
 * `concurrency` verifications in flight; `shaping` turns verifier rewards into training rewards.
 */
export async function sampleGroups(
  sampler: Sampler,
  tokenizer: TextTokenizer,
  items: readonly PromptItem[],
  settings: SamplingSettings & { stopTokenIds: readonly number[]; seed: string },
  opts: { shaping?: RewardShaping; concurrency?: number; timings?: Timings },
): Promise<Group[]> {
  let t0 = performance.now();
  const responses = await sampler.sample({ ...settings, prompts: items.map((i) => i.promptIds) });
  if (opts.timings) opts.timings.generation += performance.now() - t0;
  t0 = performance.now();
  const limit = pLimit(opts.concurrency ?? 8);
  const groups = await Promise.all(
    items.map(async (item, p): Promise<Group> => {
      const samples = (responses[p] ?? []).map(async (response): Promise<Sample> => {
        const text = responseText(tokenizer, response, settings.stopTokenIds);
        const verdict = await limit(() => safeVerify(item.task, text, item.example));
        const shaped = { length: response.ids.length, finishReason: response.finishReason };
        return {
          ids: response.ids,
          text,
          finishReason: response.finishReason,
          samplerLogProbs: response.logProbs,
          verdict,
          reward: opts.shaping ? shapeReward(verdict.reward, shaped, opts.shaping) : verdict.reward,
        };
      });
      return { item, samples: await Promise.all(samples) };
    }),
  );
  if (opts.timings) opts.timings.reward += performance.now() - t0;
  return groups;
}
