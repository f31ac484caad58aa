import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type BlendItem,
  buildBlend,
  type LoadedBlend,
  loadBlendFile,
  loadTaskRegistry,
  parseBlend,
  publishDirectory,
  Rng,
  type TaskRegistry,
} from "@prorl/core";
import {
  AdamW,
  collectInformativeGroups,
  computeAdvantages,
  learningRate,
  objectiveConfig,
  ReferenceResetController,
  type RewardShaping,
  type Schedule,
} from "@prorl/grpo";
import {
  ByteTokenizer,
  CausalLM,
  loadModel,
  loadTokenizer,
  parseConfig,
  selectBackend,
  type TextTokenizer,
} from "@prorl/model";
import {
  listCheckpoints,
  pruneCheckpoints,
  readCheckpoint,
  savePolicy,
  type TrainerState,
  writeCheckpoint,
} from "./checkpoint.js";
import { type ResolvedConfig, resolvePath, type Settings, settingsAt } from "./config.js";
import { MetricsLog, readMetrics } from "./metrics-log.js";
import { PromptEncoder } from "./prompting.js";
import { writeReport } from "./report.js";
import { type Group, type PromptItem, sampleGroups, type Timings } from "./rollout.js";
import { formatSummary, summarizeRun } from "./summary.js";
import { copyWeights, responseLogProbs, type TrainSample, updateOnMiniBatch } from "./update.js";
import { type ValidationRecord, validate } from "./validate.js";
import { warmStart } from "./warm-start.js";

/** Our task packages: each one that is installed is registered. */
const BUILTIN_TASK_PACKAGES = [
  { name: "@prorl/task-math", load: () => import("@prorl/task-math") },
  { name: "@prorl/task-code", load: () => import("@prorl/task-code") },
  { name: "@prorl/task-stem", load: () => import("@prorl/task-stem") },
  { name: "@prorl/task-logic", load: () => import("@prorl/task-logic") },
  { name: "@prorl/task-if", load: () => import("@prorl/task-if") },
];

export class TrainingError extends Error {
  override name = "TrainingError";
}

export interface TrainOptions {
  /** Run directory; default: the config's `output`. */
  out?: string;
  /** Continue from the latest checkpoint in the run directory. */
  resume?: boolean;
  /** Asked after every step: true stops the run with a checkpoint (SIGINT / SIGTERM). */
  shouldStop?: () => boolean;
  /** Progress and messages (stderr in the CLI). */
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { kind: "message"; text: string }
  | { kind: "warm-start"; step: number; steps: number; loss: number }
  | { kind: "step"; step: number; steps: number; record: StepRecord }
  | { kind: "validation"; record: ValidationRecord };

export interface StepRecord {
  type: "step";
  step: number;
  stage: string;
  prompts: number;
  samples: number;
  reward: number;
  accuracy: number;
  rewardByDomain: Record<string, number>;
  rewardByTask: Record<string, number>;
  responseLength: number;
  truncated: number;
  dynamicSampling: {
    rounds: number;
    sampled: number;
    kept: number;
    solved: number;
    failed: number;
  };
  updates: number;
  skippedUpdates: number;
  loss: number;
  policyLoss: number;
  klLoss: number;
  gradNorm: number;
  lr: number;
  klRef: number;
  klOld: number;
  entropy: number;
  clipFracLow: number;
  clipFracHigh: number;
  tokens: number;
  time: { generation: number; reward: number; logProbs: number; update: number; total: number };
}

export interface TrainResult {
  runDir: string;
  steps: number;
  stopped: boolean;
  summary: string;
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

function groupBy(values: readonly { key: string; value: number }[]): Record<string, number> {
  const sums = new Map<string, number[]>();
  for (const { key, value } of values) sums.set(key, [...(sums.get(key) ?? []), value]);
  return Object.fromEntries(
    [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, mean(v)]),
  );
}

/** A copy of a model with its own weights (the reference policy). */
function cloneModel(model: CausalLM): CausalLM {
  const arrays = new Map(
    [...model.params].map(([name, v]) => [name, v.dataSync() as Float32Array] as const),
  );
  return CausalLM.fromArrays(model.config, arrays);
}

async function loadBlend(config: ResolvedConfig, blend: Settings["blend"]): Promise<LoadedBlend> {
  return typeof blend === "string"
    ? loadBlendFile(resolvePath(config, blend))
    : parseBlend(blend, config.baseDir);
}

/** The blend's items as prompts; an incomplete blend is an error listing what is missing. */
async function blendItems(
  loaded: LoadedBlend,
  registry: TaskRegistry,
  encoder: PromptEncoder,
): Promise<{ train: PromptItem[]; validation: PromptItem[] }> {
  const blend = await buildBlend(loaded, registry);
  const problems = blend.components
    .filter((c) => c.error || c.shortfall > 0)
    .map((c) => `${c.component}: ${c.error ?? `${c.shortfall} examples short`}`);
  if (problems.length > 0) throw new TrainingError(`blend ${blend.name}: ${problems.join("; ")}`);
  const toItem = (b: BlendItem): PromptItem => {
    const task = registry.get(b.task);
    return {
      task,
      example: b.example,
      component: b.component,
      promptIds: encoder.ids(task, b.example),
    };
  };
  return { train: blend.train.map(toItem), validation: blend.validation.map(toItem) };
}

/** Training prompts in an order reshuffled every epoch, addressed by a cursor that checkpoints. */
class PromptStream {
  private cachedEpoch = -1;
  private order: number[] = [];
  constructor(
    private readonly items: readonly PromptItem[],
    private readonly seed: number,
  ) {
    if (items.length === 0) throw new TrainingError("the blend's training split is empty");
  }
  take(cursor: number, count: number): PromptItem[] {
    const out: PromptItem[] = [];
    for (let c = cursor; c < cursor + count; c++) {
      const epoch = Math.floor(c / this.items.length);
      if (epoch !== this.cachedEpoch) {
        this.order = new Rng(this.seed, "epoch", epoch).shuffle(this.items.map((_, i) => i));
        this.cachedEpoch = epoch;
      }
      out.push(this.items[this.order[c % this.items.length] as number] as PromptItem);
    }
    return out;
  }
}

/** The tokenizer, and what savePolicy saves beside the weights (its directory, or itself). */
async function openTokenizer(
  config: ResolvedConfig,
): Promise<{ tokenizer: TextTokenizer; saveAs: string | ByteTokenizer }> {
  const kind = config.model.tokenizer ?? (config.model.init ? "byte" : "auto");
  if (kind === "byte") {
    const tokenizer = new ByteTokenizer();
    return { tokenizer, saveAs: tokenizer };
  }
  if (!config.model.path) throw new TrainingError('model.tokenizer "auto" needs model.path');
  const dir = resolvePath(config, config.model.path);
  return { tokenizer: await loadTokenizer(dir), saveAs: dir };
}

async function initialPolicy(config: ResolvedConfig, tokenizer: TextTokenizer): Promise<CausalLM> {
  if (config.model.path) {
    const dir = resolvePath(config, config.model.path);
    if (!(await stat(join(dir, "config.json")).catch(() => null))) {
      throw new TrainingError(`model.path ${dir}: no config.json there`);
    }
    return loadModel(dir);
  }
  const modelConfig = parseConfig(config.model.init);
  if (modelConfig.vocabSize < tokenizer.vocabSize) {
    throw new TrainingError(
      `model.init.vocab_size ${modelConfig.vocabSize} is smaller than the tokenizer's ${tokenizer.vocabSize}`,
    );
  }
  return CausalLM.random(modelConfig, config.model.initSeed);
}

/** Runs the ProRL loop described by `config`; see the package README. */
export async function train(config: ResolvedConfig, opts: TrainOptions = {}): Promise<TrainResult> {
  const say = (text: string) => opts.onProgress?.({ kind: "message", text });
  const runDir = opts.out ?? resolvePath(config, config.output);
  const existing = await listCheckpoints(runDir);
  if (existing.length > 0 && !opts.resume) {
    throw new TrainingError(
      `${runDir} already holds checkpoints: pass --resume to continue it, or choose another --out`,
    );
  }
  const latest = opts.resume ? existing[existing.length - 1] : undefined;
  if (opts.resume && !latest) say(`no checkpoint in ${runDir}: starting a new run`);
  await mkdir(runDir, { recursive: true });
  const { baseDir: _, ...saved } = config;
  await writeFile(join(runDir, "config.json"), `${JSON.stringify(saved, null, 2)}\n`);

  const backend = await selectBackend(config.backend);
  say(`backend ${backend}`);
  const { registry } = await loadTaskRegistry(BUILTIN_TASK_PACKAGES, config.tasks, config.baseDir);
  const { tokenizer, saveAs: tokenizerSource } = await openTokenizer(config);
  const encoder = new PromptEncoder(tokenizer, config.prompts);
  const baseBlend = await loadBlend(config, config.blend);
  const base = await blendItems(baseBlend, registry, encoder);
  const validationItems = base.validation.slice(
    0,
    config.validation.limit ?? base.validation.length,
  );
  if (validationItems.length === 0) say("the blend has no validation split: no validation");
  let trainItems = base.train;
  let currentBlend = config.blend;

  const objective = objectiveConfig(config.objective);
  const { maxGradNorm, schedule, ...adamOptions } = config.optimizer;
  const optimizer = new AdamW(adamOptions);
  const { signalFile, ...controllerOptions } = config.reset;
  const controller = new ReferenceResetController(controllerOptions);
  let policy: CausalLM;
  let reference: CausalLM;
  let state: TrainerState;

  if (latest) {
    const ck = await readCheckpoint(latest.dir);
    policy = ck.policy;
    reference = ck.reference;
    optimizer.restore(ck.optimizer);
    controller.restore(ck.state.controller);
    state = ck.state;
    say(`resuming from ${latest.dir} (step ${state.step})`);
    const settings = settingsAt(config, state.step);
    if (settings.blend !== config.blend) {
      trainItems = (await blendItems(await loadBlend(config, settings.blend), registry, encoder))
        .train;
      currentBlend = settings.blend;
    }
  } else {
    policy = await initialPolicy(config, tokenizer);
    if (config.warmStart) {
      const ws = config.warmStart;
      await warmStart(policy, tokenizer, trainItems, ws, `${config.seed}`, (step, loss) =>
        opts.onProgress?.({ kind: "warm-start", step, steps: ws.steps, loss }),
      );
      const baseDirTmp = join(runDir, `.base.${process.pid}.tmp`);
      await rm(baseDirTmp, { recursive: true, force: true });
      await savePolicy(policy, baseDirTmp, tokenizerSource);
      await publishDirectory(baseDirTmp, join(runDir, "base"));
      say(`warm start done: base model saved to ${join(runDir, "base")}`);
    }
    reference = cloneModel(policy);
    state = {
      version: 1,
      step: 0,
      cursor: 0,
      controller: controller.state(),
      badSteps: 0,
      best: null,
      lastScore: null,
    };
  }
  const metrics = await MetricsLog.open(join(runDir, "metrics.jsonl"), latest ? state.step : null);
  let stream = new PromptStream(trainItems, config.seed);

  const validationSettings = {
    n: config.validation.n,
    temperature: config.validation.temperature,
    topP: config.validation.topP,
    maxTokens: config.validation.maxTokens ?? config.rollout.maxTokens,
    generationBatch: config.rollout.generationBatch,
  };
  const runValidation = async (step: number) => {
    if (validationItems.length === 0) return null;
    const record = await validate(
      policy,
      tokenizer,
      validationItems,
      validationSettings,
      step,
      `${config.seed}:validation:${step}`,
      config.rewardConcurrency,
    );
    await metrics.write(record as unknown as { type: string; step: number });
    opts.onProgress?.({ kind: "validation", record });
    state.lastScore = record.score;
    if (state.best === null || record.score > state.best.score) {
      state.best = { score: record.score, step };
    }
    return record;
  };
  const doReset = async (step: number, decision: { reason?: string; detail: string }) => {
    copyWeights(policy, reference);
    optimizer.reset();
    await metrics.write({
      type: "reset",
      step,
      reason: decision.reason ?? "manual",
      detail: decision.detail,
    });
    say(`step ${step}: reference and optimizer reset (${decision.detail})`);
  };
  const checkpoint = async () => {
    state.controller = controller.state();
    const dir = await writeCheckpoint(runDir, {
      policy,
      reference,
      optimizer,
      state,
      tokenizer: tokenizerSource,
    });
    await pruneCheckpoints(
      runDir,
      config.checkpoint.keepLast,
      config.checkpoint.keepBest ? (state.best?.step ?? null) : null,
    );
    await writeReport(runDir);
    return dir;
  };

  try {
    if (!latest) await runValidation(0);
    let stopped = false;
    for (let step = state.step + 1; step <= config.steps; step++) {
      const settings = settingsAt(config, step);
      const stage = config.stages.find((s) => s.start === step);
      if (stage) {
        if (settings.blend !== currentBlend) {
          trainItems = (
            await blendItems(await loadBlend(config, settings.blend), registry, encoder)
          ).train;
          stream = new PromptStream(trainItems, config.seed);
          currentBlend = settings.blend;
        }
        await metrics.write({ type: "stage", step, name: settings.stage });
        if (stage.reset) {
          controller.requestReset(`stage ${settings.stage}`);
          await doReset(step, controller.check(step));
        }
      }
      const signal = join(runDir, signalFile);
      if (await stat(signal).catch(() => null)) {
        await rm(signal, { force: true });
        controller.requestReset(`signal file ${signalFile}`);
        await doReset(step, controller.check(step));
      }

      const record = await trainStep(step, settings);
      await metrics.write(record as unknown as { type: string; step: number });
      opts.onProgress?.({ kind: "step", step, steps: config.steps, record });
      if (record.skippedUpdates > 0) {
        state.badSteps++;
        say(
          `step ${step}: ${record.skippedUpdates} update(s) skipped (non-finite loss or gradient)`,
        );
        if (state.badSteps >= config.maxBadSteps) {
          throw new TrainingError(
            `stopped at step ${step}: ${state.badSteps} steps in a row with a non-finite loss or gradient (lower optimizer.lr, or check the model)`,
          );
        }
      } else state.badSteps = 0;
      state.step = step;

      if (step % config.validation.every === 0 || step === config.steps) {
        const v = await runValidation(step);
        if (v) {
          const decision = controller.observe(step, v.score);
          if (decision.reset) await doReset(step, decision);
        }
      }
      stopped = opts.shouldStop?.() ?? false;
      if (step % config.checkpoint.every === 0 || step === config.steps || stopped) {
        const dir = await checkpoint();
        if (stopped) say(`stopped at step ${step}: checkpoint ${dir}; continue with --resume`);
      }
      if (stopped) break;
    }
    if (!stopped) {
      const finalTmp = join(runDir, `.final.${process.pid}.tmp`);
      await rm(finalTmp, { recursive: true, force: true });
      await savePolicy(policy, finalTmp, tokenizerSource);
      await publishDirectory(finalTmp, join(runDir, "final"));
    }
    await writeReport(runDir);
    const summary = formatSummary(summarizeRun(await readMetrics(join(runDir, "metrics.jsonl"))));
    await writeFile(join(runDir, "summary.md"), summary);
    return { runDir, steps: state.step, stopped, summary };
  } finally {
    policy.dispose();
    reference.dispose();
    optimizer.dispose();
  }

  async function trainStep(step: number, settings: Settings): Promise<StepRecord> {
    const t0 = performance.now();
    const timings: Timings = { generation: 0, reward: 0 };
    const ds = config.dynamicSampling;
    const sample = async (round: number, count: number): Promise<Group[]> => {
      const items = stream.take(state.cursor, count);
      state.cursor += count;
      return sampleGroups(
        policy,
        tokenizer,
        items,
        settings.rollout,
        `${config.seed}:${step}:${round}`,
        {
          shaping: rewardShaping(settings),
          concurrency: config.rewardConcurrency,
          timings,
        },
      );
    };
    const sampled: Group[] = [];
    let kept: Group[];
    let report = { rounds: 1, sampled: 0, kept: 0, solved: 0, failed: 0 };
    if (ds.enabled) {
      const result = await collectInformativeGroups<Group>({
        target: config.batch.prompts,
        maxRounds: ds.maxRounds,
        sample: async ({ round, needed }) => {
          const groups = await sample(round, Math.ceil(needed * ds.oversample));
          sampled.push(...groups);
          return groups;
        },
        rewardsOf: (g) => g.samples.map((s) => s.reward),
        onExhausted: "partial",
      });
      kept = result.groups;
      report = {
        rounds: result.report.rounds,
        sampled: result.report.sampled,
        kept: result.groups.length,
        solved: result.report.droppedSolved,
        failed: result.report.droppedFailed,
      };
    } else {
      kept = await sample(1, config.batch.prompts);
      sampled.push(...kept);
      report = { rounds: 1, sampled: kept.length, kept: kept.length, solved: 0, failed: 0 };
    }

    const allSamples = sampled.flatMap((g) => g.samples.map((s) => ({ g, s })));
    const lr = learningRate({ ...schedule, lr: settings.lr } as Schedule, step - 1);
    const base = {
      type: "step" as const,
      step,
      stage: settings.stage,
      prompts: kept.length,
      samples: allSamples.length,
      reward: mean(allSamples.map(({ s }) => s.reward)),
      accuracy: mean(allSamples.map(({ s }) => (s.verdict.correct ? 1 : 0))),
      rewardByDomain: groupBy(
        allSamples.map(({ g, s }) => ({ key: g.item.task.domain, value: s.reward })),
      ),
      rewardByTask: groupBy(
        allSamples.map(({ g, s }) => ({ key: g.item.task.id, value: s.reward })),
      ),
      responseLength: mean(allSamples.map(({ s }) => s.ids.length)),
      truncated: mean(allSamples.map(({ s }) => (s.finishReason === "length" ? 1 : 0))),
      dynamicSampling: report,
      lr,
    };
    const empty = {
      updates: 0,
      skippedUpdates: 0,
      loss: 0,
      policyLoss: 0,
      klLoss: 0,
      gradNorm: 0,
      klRef: 0,
      klOld: 0,
      entropy: 0,
      clipFracLow: 0,
      clipFracHigh: 0,
      tokens: 0,
    };
    if (kept.length === 0) {
      return {
        ...base,
        ...empty,
        time: { ...timings, logProbs: 0, update: 0, total: performance.now() - t0 },
      };
    }

    const advantages = computeAdvantages(
      kept.map((g) => g.samples.map((s) => s.reward)),
      config.advantage.estimator,
      { eps: config.advantage.epsilon },
    );
    const order = new Rng(config.seed, "mini-batches", step).shuffle(kept.map((_, i) => i));
    const miniBatches: TrainSample[][] = [];
    for (let i = 0; i < order.length; i += config.batch.miniBatch) {
      miniBatches.push(
        order.slice(i, i + config.batch.miniBatch).flatMap((gi) => {
          const g = kept[gi] as Group;
          const adv = advantages[gi] as number[];
          return g.samples.map((s, si) => ({
            prompt: g.item.promptIds,
            response: s.ids,
            advantage: adv[si] as number,
          }));
        }),
      );
    }
    const flat = miniBatches.flat();
    const tLp = performance.now();
    const temperature = settings.rollout.temperature;
    const micro = config.batch.microBatch;
    const old = responseLogProbs(policy, flat, temperature, micro);
    const ref = responseLogProbs(reference, flat, temperature, micro);
    flat.forEach((s, i) => {
      s.oldLogProbs = old[i];
      s.refLogProbs = ref[i];
    });
    const logProbTime = performance.now() - tLp;
    const tUp = performance.now();
    const results = miniBatches.map((mb) =>
      updateOnMiniBatch(policy, optimizer, mb, {
        objective,
        temperature,
        microBatch: micro,
        lr,
        maxGradNorm,
      }),
    );
    const updateTime = performance.now() - tUp;
    const tokens = results.reduce((a, r) => a + r.metrics.tokens, 0);
    const weighted = (f: (r: (typeof results)[number]) => number) =>
      tokens === 0 ? 0 : results.reduce((a, r) => a + r.metrics.tokens * f(r), 0) / tokens;
    return {
      ...base,
      updates: results.filter((r) => r.applied).length,
      skippedUpdates: results.filter((r) => !r.applied).length,
      loss: mean(results.map((r) => r.loss)),
      policyLoss: mean(results.map((r) => r.policyLoss)),
      klLoss: mean(results.map((r) => r.klLoss)),
      gradNorm: mean(results.map((r) => r.gradNorm)),
      klRef: weighted((r) => r.metrics.klRef ?? 0),
      klOld: weighted((r) => r.metrics.klOld),
      entropy: weighted((r) => r.metrics.entropy ?? 0),
      clipFracLow: weighted((r) => r.metrics.clipFracLow),
      clipFracHigh: weighted((r) => r.metrics.clipFracHigh),
      tokens: allSamples.reduce((a, { s }) => a + s.ids.length, 0),
      time: {
        ...timings,
        logProbs: logProbTime,
        update: updateTime,
        total: performance.now() - t0,
      },
    };
  }
}

/** The grpo shaping options of a stage: the overlong buffer ends at the rollout length cap. */
function rewardShaping(settings: Settings): RewardShaping {
  const { nonTerminated, overlong } = settings.shaping;
  return {
    ...(nonTerminated ? { nonTerminated } : {}),
    ...(overlong ? { overlong: { maxLength: settings.rollout.maxTokens, ...overlong } } : {}),
  };
}
