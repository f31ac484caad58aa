import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  buildBlend,
  type Domain,
  loadBlendFile,
  promptText,
  type RewardType,
  safeVerify,
  summarizePassAtK,
  type TaskRegistry,
  writeFileAtomic,
} from "@prorl/core";
import { GenerationCache } from "./cache.js";
import { createEngine, type Engine } from "./engines.js";
import type { EvalConfig, SamplingConfig } from "./run-config.js";
import { optionsForTask, resolveTaskOptions } from "./score-item.js";

/** One benchmark row: a blend component (or, for a component over many tasks, one task of it). */
export interface TaskResult {
  benchmark: string;
  /** The blend component it came from (the benchmark itself unless the component has many tasks); absent in older results. */
  component?: string;
  task: string;
  domain: Domain;
  rewardType: RewardType;
  problems: number;
  samplesPerProblem: number;
  /** k (as a string key) -> unbiased pass@k averaged over problems. */
  passAtK: Record<string, number>;
  meanReward: number;
  /** Share of samples cut at max tokens (finish reason "length"); null where the engine did not say. */
  truncated: number | null;
  /** Per problem: the fraction of its samples that were correct (its pass@1). */
  pass1PerProblem: number[];
}

export interface DomainResult {
  domain: Domain;
  benchmarks: number;
  /** Unweighted means over the domain's benchmarks, as in the paper's "Avg" columns. */
  passAtK: Record<string, number>;
  meanReward: number;
}

export interface RunResults {
  format: "prorl-eval-results/1";
  name: string;
  engine: string;
  sampling: SamplingConfig;
  k: number[];
  tasks: TaskResult[];
  domains: DomainResult[];
  /** Share of all samples cut at max tokens; null where unknown. */
  truncated: number | null;
}

export interface RunProgress {
  phase: "generate" | "score";
  done: number;
  total: number;
}

export interface RunOptions {
  registry: TaskRegistry;
  onProgress?: (progress: RunProgress) => void;
  /** Things worth telling the user that do not stop the run (a benchmark with fewer problems). */
  onNotice?: (message: string) => void;
  /** For tests: use this engine instead of the config's. */
  engine?: Engine;
}

export const RESULT_FILES = {
  generations: "generations.jsonl",
  json: "results.json",
  markdown: "results.md",
  /** Per problem: its example, and each sample's reward and the verifier's reason. */
  samples: "samples.jsonl",
} as const;

interface Problem {
  key: string;
  benchmark: string;
  component: string;
  task: string;
  prompt: string;
  example: unknown;
}

/**
 * Runs an evaluation: builds the benchmark blend, asks the engine for the samples the cache does
 * not hold yet (appending each reply to generations.jsonl as it arrives), scores every sample
 * with its task's verifier and summarises pass@k per benchmark and per domain. Writes
 * results.json; the caller writes the reports.
 */
export async function runEval(config: EvalConfig, options: RunOptions): Promise<RunResults> {
  const { registry } = options;
  const taskOptions = resolveTaskOptions(config.taskOptions, registry, "taskOptions");
  const blend =
    typeof config.benchmarks === "string"
      ? await loadBlendFile(config.benchmarks)
      : config.benchmarks;
  // The engine first: a bad engine config fails before a large benchmark is read.
  const engine = options.engine ?? (await createEngine(config.engine, config.sampling));
  const templates = config.prompts ?? engine.trainedPrompts?.templates ?? {};
  if (!config.prompts && engine.trainedPrompts) {
    options.onNotice?.(
      `prompting as in training (prompts.json of the model): ${JSON.stringify(templates)}`,
    );
  }
  const built = await buildBlend(blend, registry);
  for (const report of built.components) {
    if (report.error) throw new Error(`benchmark ${report.component}: ${report.error}`);
    if (report.shortfall > 0) {
      const got = report.train + report.validation;
      options.onNotice?.(
        `benchmark ${report.component}: ${got} problems, not ${got + report.shortfall} (its source has ${report.available})`,
      );
    }
    if (report.skippedTasks.length > 0) {
      options.onNotice?.(
        `benchmark ${report.component}: left out ${report.skippedTasks.join(", ")} (they need data or settings the config does not give; name them in a component of their own)`,
      );
    }
    const empty = report.taskCounts.filter((c) => c.examples === 0).map((c) => c.task);
    if (empty.length > 0) {
      options.onNotice?.(
        `benchmark ${report.component}: no problems from ${empty.join(", ")} (every one it can make is a duplicate)`,
      );
    }
    if (report.invalidRows > 0) {
      options.onNotice?.(
        `benchmark ${report.component}: skipped ${report.invalidRows} rows that its loader refuses (onInvalidRow: skip)`,
      );
    }
  }
  const multiTask = new Set(
    built.components.filter((c) => c.tasks.length > 1).map((c) => c.component),
  );
  // Benchmarks keep the order of the config's components: the columns of the paper's tables.
  const rank = new Map(built.components.map((c, i) => [c.component, i]));
  const drawn = [...built.validation, ...built.train];
  drawn.sort((a, b) => (rank.get(a.component) ?? 0) - (rank.get(b.component) ?? 0));
  const problems: Problem[] = drawn.map((item) => {
    const prompt = promptText(registry.get(item.task), item.example, templates);
    return {
      key: createHash("sha256").update(`${item.task}\u0000${prompt}`).digest("hex").slice(0, 24),
      benchmark: multiTask.has(item.component) ? item.task : item.component,
      component: item.component,
      task: item.task,
      prompt,
      example: item.example,
    };
  });
  if (problems.length === 0) throw new Error("the benchmarks hold no problems");

  await mkdir(config.output, { recursive: true });
  const n = config.sampling.n;
  const { responses, finishReasons } = await generateAll(
    config,
    engine,
    problems,
    options.onProgress,
  );

  // Score.
  const rewards = new Map<string, number[]>();
  const reasons = new Map<string, string[]>();
  const total = problems.length * n;
  let scored = 0;
  const jobs = problems.map((problem) => async () => {
    const task = registry.get(problem.task);
    const verifyOptions = optionsForTask(task, taskOptions);
    const list: number[] = [];
    const why: string[] = [];
    for (const response of (responses.get(problem.key) ?? []).slice(0, n)) {
      const verdict = await safeVerify(task, response, problem.example as never, verifyOptions);
      list.push(verdict.reward);
      why.push(verdict.reason);
      scored++;
    }
    rewards.set(problem.key, list);
    reasons.set(problem.key, why);
    options.onProgress?.({ phase: "score", done: scored, total });
  });
  await pool(jobs, config.scoreConcurrency);

  const truncated = new Map(
    problems.map((p) => [p.key, (finishReasons.get(p.key) ?? []).slice(0, n)] as const),
  );
  const results = summarize(config, engine.description, problems, rewards, truncated, registry);
  const details = problems.map((p) =>
    JSON.stringify({
      benchmark: p.benchmark,
      task: p.task,
      key: p.key,
      example: p.example,
      rewards: rewards.get(p.key),
      reasons: reasons.get(p.key),
    }),
  );
  await writeFileAtomic(join(config.output, RESULT_FILES.samples), `${details.join("\n")}\n`);
  await writeFileAtomic(
    join(config.output, RESULT_FILES.json),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  return results;
}

async function generateAll(
  config: EvalConfig,
  engine: Engine,
  problems: Problem[],
  onProgress?: (progress: RunProgress) => void,
): Promise<{ responses: Map<string, string[]>; finishReasons: Map<string, (string | null)[]> }> {
  const n = config.sampling.n;
  const cache = engine.cacheable
    ? await GenerationCache.open(join(config.output, RESULT_FILES.generations), engine.fingerprint)
    : undefined;
  const responses = cache?.responses ?? new Map<string, string[]>();
  const finishReasons = cache?.finishReasons ?? new Map<string, (string | null)[]>();
  const jobs: (() => Promise<void>)[] = [];
  let done = 0;
  const total = problems.length * n;
  const seen = new Set<string>();
  for (const problem of problems) {
    if (seen.has(problem.key)) continue;
    seen.add(problem.key);
    const have = Math.min(n, responses.get(problem.key)?.length ?? 0);
    done += have;
    for (let firstSample = have; firstSample < n; ) {
      const count = Math.min(n - firstSample, engine.maxSamplesPerRequest);
      const first = firstSample;
      firstSample += count;
      jobs.push(async () => {
        const { texts, finishReasons: reasons } = await engine.generate({
          task: problem.task,
          prompt: problem.prompt,
          count,
          firstSample: first,
          sampling: config.sampling,
        });
        if (cache) {
          await cache.append({
            key: problem.key,
            task: problem.task,
            prompt: problem.prompt,
            responses: texts,
            finishReasons: reasons,
          });
        } else {
          responses.set(problem.key, [...(responses.get(problem.key) ?? []), ...texts]);
          finishReasons.set(problem.key, [...(finishReasons.get(problem.key) ?? []), ...reasons]);
        }
        done += count;
        onProgress?.({ phase: "generate", done, total });
      });
    }
  }
  onProgress?.({ phase: "generate", done, total });
  try {
    await pool(jobs, engine.concurrency);
  } finally {
    await cache?.close();
  }
  return { responses, finishReasons };
}

/** Runs jobs with at most `limit` in flight; the first failure stops new jobs and is thrown. */
export async function pool(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < jobs.length) {
      const job = jobs[next++] as () => Promise<void>;
      try {
        await job();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  if (failure) throw failure.error;
}

function summarize(
  config: EvalConfig,
  engine: string,
  problems: Problem[],
  rewards: Map<string, number[]>,
  finishReasons: Map<string, (string | null)[]>,
  registry: TaskRegistry,
): RunResults {
  const byBenchmark = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byBenchmark.get(problem.benchmark) ?? [];
    list.push(problem);
    byBenchmark.set(problem.benchmark, list);
  }
  const tasks: TaskResult[] = [];
  for (const [benchmark, list] of byBenchmark) {
    const task = registry.get((list[0] as Problem).task);
    const samples = list.map((p) => ({ rewards: rewards.get(p.key) ?? [] }));
    const summary = summarizePassAtK(samples, config.k);
    tasks.push({
      benchmark,
      component: (list[0] as Problem).component,
      task: task.id,
      domain: task.domain,
      rewardType: task.rewardType,
      problems: list.length,
      samplesPerProblem: config.sampling.n,
      passAtK: Object.fromEntries(Object.entries(summary.passAtK).map(([k, v]) => [k, v])),
      meanReward: summary.meanReward,
      truncated: truncatedFraction(list.flatMap((p) => finishReasons.get(p.key) ?? [])),
      pass1PerProblem: samples.map(
        (s) => s.rewards.filter((r) => r === 1).length / s.rewards.length,
      ),
    });
  }
  return {
    format: "prorl-eval-results/1",
    name: config.name,
    engine,
    sampling: config.sampling,
    k: config.k,
    tasks,
    domains: domainAverages(tasks, config.k),
    truncated: truncatedFraction(problems.flatMap((p) => finishReasons.get(p.key) ?? [])),
  };
}

/** The share of samples that stopped at the token limit, among those whose reason is known. */
function truncatedFraction(reasons: readonly (string | null)[]): number | null {
  const known = reasons.filter((r) => r !== null);
  return known.length === 0 ? null : known.filter((r) => r === "length").length / known.length;
}

/** Per domain, the unweighted mean over its benchmarks. */
export function domainAverages(
  tasks: readonly TaskResult[],
  ks: readonly number[],
): DomainResult[] {
  const domains = new Map<Domain, TaskResult[]>();
  for (const task of tasks) domains.set(task.domain, [...(domains.get(task.domain) ?? []), task]);
  return [...domains].map(([domain, list]) => ({
    domain,
    benchmarks: list.length,
    passAtK: Object.fromEntries(
      ks.map((k) => [String(k), mean(list.map((t) => t.passAtK[String(k)] ?? 0))]),
    ),
    meanReward: mean(list.map((t) => t.meanReward)),
  }));
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
