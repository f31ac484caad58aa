import { defaultKs, summarizePassAtK } from "@prorl/core";
import type { CausalLM, TextTokenizer } from "@prorl/model";
import { type PromptItem, type SamplingSettings, sampleGroups } from "./rollout.js";

export interface ScoreSummary {
  problems: number;
  /** k -> pass@k, averaged over problems. */
  passAtK: Record<string, number>;
  meanReward: number;
}

export interface ValidationRecord {
  type: "validation";
  step: number;
  /** Macro average of pass@1 over tasks: the number resets and "best" are decided on. */
  score: number;
  tasks: Record<string, ScoreSummary>;
  domains: Record<string, ScoreSummary>;
  /** Mean response length in tokens. */
  responseLength: number;
}

function summarize(rewards: number[][], ks: number[]): ScoreSummary {
  const s = summarizePassAtK(
    rewards.map((r) => ({ rewards: r })),
    ks,
  );
  return {
    problems: s.problems,
    passAtK: Object.fromEntries(Object.entries(s.passAtK).map(([k, v]) => [k, v])),
    meanReward: s.meanReward,
  };
}

/** pass@k and mean reward per task and per domain on held-out prompts. */
export async function validate(
  model: CausalLM,
  tokenizer: TextTokenizer,
  items: readonly PromptItem[],
  settings: SamplingSettings,
  step: number,
  seed: string,
  concurrency: number,
): Promise<ValidationRecord> {
  const groups = await sampleGroups(model, tokenizer, items, settings, seed, { concurrency });
  const ks = defaultKs(settings.n);
  const byTask = new Map<string, number[][]>();
  const byDomain = new Map<string, number[][]>();
  let tokens = 0;
  let samples = 0;
  for (const g of groups) {
    const rewards = g.samples.map((s) => s.verdict.reward);
    for (const [map, key] of [
      [byTask, g.item.task.id],
      [byDomain, g.item.task.domain],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(rewards);
      map.set(key, list);
    }
    for (const s of g.samples) {
      tokens += s.ids.length;
      samples++;
    }
  }
  const tasks = Object.fromEntries(
    [...byTask].sort(([a], [b]) => a.localeCompare(b)).map(([id, r]) => [id, summarize(r, ks)]),
  );
  const domains = Object.fromEntries(
    [...byDomain].sort(([a], [b]) => a.localeCompare(b)).map(([id, r]) => [id, summarize(r, ks)]),
  );
  const pass1 = Object.values(tasks).map((t) => t.passAtK["1"] ?? 0);
  return {
    type: "validation",
    step,
    score: pass1.reduce((a, b) => a + b, 0) / Math.max(1, pass1.length),
    tasks,
    domains,
    responseLength: samples === 0 ? 0 : tokens / samples,
  };
}
