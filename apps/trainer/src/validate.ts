import { defaultKs, summarizePassAtK } from "@prorl/core";
import type { TextTokenizer } from "@prorl/model";
import type { ScoreSummary, ValidationRecord } from "./records.js";
import { type Group, type PromptItem, type SamplingSettings, sampleGroups } from "./rollout.js";
import type { Sampler } from "./sampler.js";

/** The verifier rewards of one prompt's samples, and how many hit the length cap. */
interface PromptOutcome {
  key: string;
  rewards: number[];
  truncated: number;
}

function summarize(outcomes: readonly PromptOutcome[], ks: number[]): ScoreSummary {
  const s = summarizePassAtK(
    outcomes.map((o) => ({ rewards: o.rewards })),
    ks,
  );
  const samples = outcomes.reduce((a, o) => a + o.rewards.length, 0);
  return {
    problems: s.problems,
    passAtK: Object.fromEntries(Object.entries(s.passAtK).map(([k, v]) => [k, v])),
    meanReward: s.meanReward,
    truncated: samples === 0 ? 0 : outcomes.reduce((a, o) => a + o.truncated, 0) / samples,
  };
}

function summariesBy(outcomes: readonly PromptOutcome[], ks: number[]) {
  const byKey = new Map<string, PromptOutcome[]>();
  for (const o of outcomes) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  return Object.fromEntries(
    [...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([key, os]) => [key, summarize(os, ks)]),
  );
}

/** pass@k and mean reward per task and per domain on held-out prompts (verifier rewards, unshaped). */
export async function validate(
  sampler: Sampler,
  tokenizer: TextTokenizer,
  items: readonly PromptItem[],
  settings: SamplingSettings & { stopTokenIds: readonly number[]; seed: string },
  step: number,
  concurrency: number,
): Promise<ValidationRecord> {
  const groups = await sampleGroups(sampler, tokenizer, items, settings, { concurrency });
  const ks = defaultKs(settings.n);
  const outcomes = (key: (g: Group) => string) =>
    groups.map((g) => ({
      key: key(g),
      rewards: g.samples.map((s) => s.verdict.reward),
      truncated: g.samples.filter((s) => s.finishReason === "length").length,
    }));
  const tasks = summariesBy(
    outcomes((g) => g.item.task.id),
    ks,
  );
  const domains = summariesBy(
    outcomes((g) => g.item.task.domain),
    ks,
  );
  const samples = groups.flatMap((g) => g.samples);
  const share = (f: (s: (typeof samples)[number]) => number) =>
    samples.length === 0 ? 0 : samples.reduce((a, s) => a + f(s), 0) / samples.length;
  const pass1 = Object.values(tasks).map((t) => t.passAtK["1"] ?? 0);
  return {
    type: "validation",
    step,
    score: pass1.reduce((a, b) => a + b, 0) / Math.max(1, pass1.length),
    tasks,
    domains,
    responseLength: share((s) => s.ids.length),
    truncated: share((s) => (s.finishReason === "length" ? 1 : 0)),
  };
}
