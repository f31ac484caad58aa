import { type AnyTask, safeVerify, type Verdict } from "@prorl/core";
import { type FinishReason, type RewardShaping, shapeReward } from "@prorl/grpo";
import { type CausalLM, generate, type TextTokenizer } from "@prorl/model";
import pLimit from "p-limit";

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
  generationBatch: number;
}

export interface Timings {
  generation: number;
  reward: number;
}

/**
 * Samples `n` responses per prompt (batched, one KV cache per batch of `generationBatch`
 * sequences, seeded from `seed` and the batch index) and scores each with its task's verifier,
 * `concurrency` verifications in flight.
 */
export async function sampleGroups(
  model: CausalLM,
  tokenizer: TextTokenizer,
  items: readonly PromptItem[],
  settings: SamplingSettings,
  seed: string,
  opts: { shaping?: RewardShaping; concurrency?: number; timings?: Timings },
): Promise<Group[]> {
  const sequences = items.flatMap((item, i) =>
    Array.from({ length: settings.n }, () => ({ item: i, prompt: item.promptIds })),
  );
  const eos = tokenizer.eosTokenId;
  const generated: { ids: number[]; text: string; finishReason: FinishReason }[] = [];
  let t0 = performance.now();
  for (let start = 0; start < sequences.length; start += settings.generationBatch) {
    const chunk = sequences.slice(start, start + settings.generationBatch);
    const out = generate(
      model,
      chunk.map((s) => s.prompt),
      {
        maxNewTokens: settings.maxTokens,
        temperature: settings.temperature,
        topP: settings.topP,
        seed: `${seed}:${start}`,
        ...(eos === null ? {} : { eosTokenIds: [eos] }),
        decode: (ids) => tokenizer.decode(ids, { skipSpecialTokens: true }),
      },
    );
    for (const g of out) generated.push({ ids: g.ids, text: g.text, finishReason: g.finishReason });
    // Let signal handlers and timers run between batches.
    await new Promise((r) => setImmediate(r));
  }
  if (opts.timings) opts.timings.generation += performance.now() - t0;
  t0 = performance.now();
  const limit = pLimit(opts.concurrency ?? 8);
  const verdicts = await Promise.all(
    generated.map((g, i) => {
      const item = items[(sequences[i] as { item: number }).item] as PromptItem;
      return limit(() => safeVerify(item.task, g.text, item.example));
    }),
  );
  if (opts.timings) opts.timings.reward += performance.now() - t0;
  const groups: Group[] = items.map((item) => ({ item, samples: [] }));
  for (const [i, g] of generated.entries()) {
    const verdict = verdicts[i] as Verdict;
    const reward = opts.shaping
      ? shapeReward(
          verdict.reward,
          { length: g.ids.length, finishReason: g.finishReason },
          opts.shaping,
        )
      : verdict.reward;
    (groups[(sequences[i] as { item: number }).item] as Group).samples.push({
      ...g,
      verdict,
      reward,
    });
  }
  return groups;
}
