import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type BlendItem,
  buildBlend,
  type LoadedBlend,
  loadBlendFile,
  loadTaskRegistry,
  parseBlend,
  type TaskRegistry,
} from "@prorl/core";
import {
  AdamW,
  type ObjectiveConfig,
  objectiveConfig,
  ReferenceResetController,
  type ResetDecision,
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
  type PolicyPrompts,
  pruneCheckpoints,
  readLatestCheckpoint,
  removeTemporaries,
  savePolicy,
  type TrainerState,
  writeCheckpoint,
  writeDirectoryAtomic,
} from "./checkpoint.js";
import { type ResolvedConfig, resolvePath, type Settings, settingsAt } from "./config.js";
import { formatChanges, identityChanges } from "./config-diff.js";
import { writeEvalHandoff } from "./eval-handoff.js";
import { MetricsLog, readMetrics } from "./metrics-log.js";
import { PromptStream } from "./prompt-stream.js";
import { PromptEncoder } from "./prompting.js";
import type { ConfigChange, StepRecord, ValidationRecord } from "./records.js";
import { writeReport } from "./report.js";
import type { PromptItem } from "./rollout.js";
import { LocalSampler, type Sampler } from "./sampler.js";
import { ServerEngine } from "./servers/engine.js";
import { type StepContext, type StepModels, trainStep } from "./step.js";
import { formatSummary, summarizeRun } from "./summary.js";
import { TruncationWatch } from "./truncation-watch.js";
import { copyWeights } from "./update.js";
import { validate } from "./validate.js";
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
  /** Resume even though the seed, model, blend, prompts or tasks changed (recorded in metrics). */
  force?: boolean;
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

export interface TrainResult {
  runDir: string;
  steps: number;
  stopped: boolean;
  summary: string;
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

/** The tokenizer, and what savePolicy saves beside the weights (its directory, or itself). */
async function openTokenizer(config: ResolvedConfig): Promise<{
  tokenizer: TextTokenizer;
  saveAs: string | ByteTokenizer;
  kind: "byte" | "auto";
}> {
  const kind = config.model.tokenizer ?? (config.model.init ? "byte" : "auto");
  if (kind === "byte") {
    const tokenizer = new ByteTokenizer();
    return { tokenizer, saveAs: tokenizer, kind };
  }
  if (!config.model.path) throw new TrainingError('model.tokenizer "auto" needs model.path');
  const dir = resolvePath(config, config.model.path);
  return { tokenizer: await loadTokenizer(dir), saveAs: dir, kind };
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

/** The config as config.json holds it (paths as given, no base directory). */
function savedConfig(config: ResolvedConfig): Omit<ResolvedConfig, "baseDir"> {
  const { baseDir: _, ...saved } = config;
  return saved;
}

/**
 * Prepares the run directory: refuses to overwrite a run unless resuming, removes what
 * interrupted writes left, and on resume compares the config with the run's own: a changed
 * identity (seed, model, blend, prompts, tasks) is refused unless forced. Returns the identity
 * changes accepted (empty unless forced).
 */
async function prepareRunDir(
  config: ResolvedConfig,
  runDir: string,
  opts: TrainOptions,
  say: (text: string) => void,
): Promise<{ resume: boolean; changes: ConfigChange[] }> {
  const existing = await listCheckpoints(runDir);
  if (existing.length > 0 && !opts.resume) {
    throw new TrainingError(
      `${runDir} already holds checkpoints: pass --resume to continue it, or choose another --out`,
    );
  }
  if (opts.resume && existing.length === 0) say(`no checkpoint in ${runDir}: starting a new run`);
  const removed = await removeTemporaries(runDir);
  if (removed.length > 0) say(`removed what interrupted writes left: ${removed.join(", ")}`);
  let changes: ConfigChange[] = [];
  if (existing.length > 0) {
    const path = join(runDir, "config.json");
    const saved: unknown = JSON.parse(
      await readFile(path, "utf8").catch(() => {
        throw new TrainingError(`${path}: missing; cannot check what the run was trained with`);
      }),
    );
    changes = identityChanges(saved, savedConfig(config));
    if (changes.length > 0 && !opts.force) {
      throw new TrainingError(
        `--resume: the config differs from the run's ${path}: ${formatChanges(changes)} (pass --force to continue with the new one)`,
      );
    }
  }
  await mkdir(runDir, { recursive: true });
  await writeFile(join(runDir, "config.json"), `${JSON.stringify(savedConfig(config), null, 2)}\n`);
  return { resume: existing.length > 0, changes };
}

/** What the run reads and does not change: tasks, tokenizer, prompts, held-out items. */
interface RunData {
  registry: TaskRegistry;
  tokenizer: TextTokenizer;
  tokenizerSource: string | ByteTokenizer;
  tokenizerKind: "byte" | "auto";
  encoder: PromptEncoder;
  train: PromptItem[];
  validation: PromptItem[];
}

async function loadRunData(config: ResolvedConfig, say: (text: string) => void): Promise<RunData> {
  const { registry } = await loadTaskRegistry(BUILTIN_TASK_PACKAGES, config.tasks, config.baseDir);
  const { tokenizer, saveAs, kind } = await openTokenizer(config);
  const encoder = new PromptEncoder(tokenizer, config.prompts);
  const items = await blendItems(await loadBlend(config, config.blend), registry, encoder);
  const validation = items.validation.slice(0, config.validation.limit ?? items.validation.length);
  if (validation.length === 0) say("the blend has no validation split: no validation");
  return {
    registry,
    tokenizer,
    tokenizerSource: saveAs,
    tokenizerKind: kind,
    encoder,
    train: items.train,
    validation,
  };
}

/**
 * One training run: its directory, data, models and the state a checkpoint stores. `train()`
 * drives it step by step; each method is one part of the loop around `trainStep`.
 */
class TrainingRun {
  private readonly truncation = new TruncationWatch();
  private readonly sampler: Sampler;
  private readonly objective: ObjectiveConfig;

  private constructor(
    private readonly config: ResolvedConfig,
    readonly runDir: string,
    private readonly data: RunData,
    readonly models: StepModels,
    private readonly controller: ReferenceResetController,
    readonly state: TrainerState,
    private readonly metrics: MetricsLog,
    private prompts: PromptStream<PromptItem>,
    private currentBlend: Settings["blend"],
    private readonly say: (text: string) => void,
    private readonly onProgress: (event: ProgressEvent) => void,
    private readonly stopTokenIds: readonly number[],
    /** The inference servers rollouts come from; null: sampled in this process. */
    private readonly servers: ServerEngine | null,
  ) {
    this.sampler =
      servers?.sampler ?? new LocalSampler(models.policy, config.rollout.generationBatch);
    this.objective = objectiveConfig(config.objective);
  }

  /**
   * Checks the configured inference servers against `policy` (before a warm start, so that a
   * wrong URL or model fails at once); null for the local engine.
   */
  private static async connectServers(
    config: ResolvedConfig,
    data: RunData,
    policy: CausalLM,
    say: (text: string) => void,
  ): Promise<ServerEngine | null> {
    const { engine } = config.rollout;
    if (engine.type === "local") return null;
    return ServerEngine.open(
      { ...engine, weightsDir: resolvePath(config, engine.weightsDir) },
      {
        policy,
        stopTokenIds: stopTokensOf(data.tokenizer, policy),
        tokenizer: data.tokenizerSource,
        prompts: promptsOf(data.encoder),
        warn: say,
      },
    );
  }

  static async open(config: ResolvedConfig, opts: TrainOptions): Promise<TrainingRun> {
    const say = (text: string) => opts.onProgress?.({ kind: "message", text });
    const runDir = opts.out ?? resolvePath(config, config.output);
    const { resume, changes } = await prepareRunDir(config, runDir, opts, say);
    say(`backend ${await selectBackend(config.backend)}`);
    const data = await loadRunData(config, say);
    await writeEvalHandoff(runDir, config, data.validation, data.tokenizerKind);
    const { signalFile: _, ...controllerOptions } = config.reset;
    const controller = new ReferenceResetController(controllerOptions);
    const { maxGradNorm: _g, schedule: _s, ...adamOptions } = config.optimizer;
    const optimizer = new AdamW(adamOptions);
    const restored = resume
      ? await readLatestCheckpoint(runDir, (dir, why) =>
          say(`checkpoint ${dir} cannot be read (${why}): trying the one before it`),
        )
      : null;
    if (resume && !restored) {
      throw new TrainingError(`no checkpoint in ${join(runDir, "checkpoints")} can be read`);
    }
    let models: StepModels;
    let state: TrainerState;
    let servers: ServerEngine | null;
    let train = data.train;
    let blend = config.blend;
    if (restored) {
      const { checkpoint } = restored;
      servers = await TrainingRun.connectServers(config, data, checkpoint.policy, say);
      optimizer.restore(checkpoint.optimizer);
      controller.restore(checkpoint.state.controller);
      models = { policy: checkpoint.policy, reference: checkpoint.reference, optimizer };
      state = checkpoint.state;
      say(`resuming from ${restored.dir} (step ${state.step})`);
      blend = settingsAt(config, state.step).blend;
      if (blend !== config.blend) {
        train = (await blendItems(await loadBlend(config, blend), data.registry, data.encoder))
          .train;
      }
    } else {
      const policy = await initialPolicy(config, data.tokenizer);
      servers = await TrainingRun.connectServers(config, data, policy, say);
      await TrainingRun.warmStartBase(config, runDir, data, policy, opts);
      models = { policy, reference: cloneModel(policy), optimizer };
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
    const metrics = await MetricsLog.open(
      join(runDir, "metrics.jsonl"),
      restored ? state.step : null,
    );
    if (changes.length > 0) {
      await metrics.write({ type: "config-change", step: state.step, changes });
      say(`resumed with a changed config (--force): ${formatChanges(changes)}`);
    }
    if (servers) {
      // The servers start on the policy as it is: after the warm start, or the checkpoint's.
      const { dir, ms } = await servers.sync(models.policy, state.step);
      say(
        `${servers.servers.length} inference server(s) loaded ${dir} in ${(ms / 1000).toFixed(1)} s`,
      );
    }
    return new TrainingRun(
      config,
      runDir,
      data,
      models,
      controller,
      state,
      metrics,
      new PromptStream(train, config.seed),
      blend,
      say,
      opts.onProgress ?? (() => {}),
      stopTokensOf(data.tokenizer, models.policy),
      servers,
    );
  }

  /** The supervised warm start, when configured; saves its result as base/. */
  private static async warmStartBase(
    config: ResolvedConfig,
    runDir: string,
    data: RunData,
    policy: CausalLM,
    opts: TrainOptions,
  ): Promise<void> {
    const ws = config.warmStart;
    if (!ws) return;
    await warmStart(policy, data.tokenizer, data.train, ws, `${config.seed}`, (step, loss) =>
      opts.onProgress?.({ kind: "warm-start", step, steps: ws.steps, loss }),
    );
    const base = join(runDir, "base");
    await writeDirectoryAtomic(base, (dir) =>
      savePolicy(policy, dir, data.tokenizerSource, promptsOf(data.encoder)),
    );
    opts.onProgress?.({
      kind: "message",
      text: `warm start done: base model saved to ${base}`,
    });
  }

  /** Whether the run starts at step 0 (and so validates the starting policy first). */
  get fresh(): boolean {
    return this.state.step === 0;
  }

  get stepContext(): StepContext {
    return {
      config: this.config,
      objective: this.objective,
      tokenizer: this.data.tokenizer,
      sampler: this.sampler,
      stopTokenIds: this.stopTokenIds,
      prompts: this.prompts,
      compareSamplerLogProbs: this.servers !== null,
    };
  }

  /**
   * After a step's update, before anything samples again: the servers load the new policy, and
   * the step's record gets their statistics. A failed sync throws before the step is recorded,
   * so the last checkpoint stands.
   */
  async syncServers(record: StepRecord, samplerLogProbDiff: number | null): Promise<StepRecord> {
    if (!this.servers) return record;
    const stats = await this.servers.afterStep(this.models.policy, record.step);
    return { ...record, server: { logProbDiff: samplerLogProbDiff, ...stats } };
  }

  /** Validates the policy on the held-out prompts, logs it and keeps the best score. */
  async validate(step: number): Promise<ValidationRecord | null> {
    if (this.data.validation.length === 0) return null;
    const { validation, rollout, rewardConcurrency, seed } = this.config;
    const record = await validate(
      this.sampler,
      this.data.tokenizer,
      this.data.validation,
      {
        n: validation.n,
        temperature: validation.temperature,
        topP: validation.topP,
        maxTokens: validation.maxTokens ?? rollout.maxTokens,
        stopTokenIds: this.stopTokenIds,
        seed: `${seed}:validation:${step}`,
      },
      step,
      rewardConcurrency,
    );
    await this.metrics.write(record);
    this.onProgress({ kind: "validation", record });
    this.state.lastScore = record.score;
    if (this.state.best === null || record.score > this.state.best.score) {
      this.state.best = { score: record.score, step };
    }
    return record;
  }

  /** reference <- policy and a fresh optimizer state. */
  private async reset(step: number, decision: ResetDecision): Promise<void> {
    copyWeights(this.models.policy, this.models.reference);
    this.models.optimizer.reset();
    await this.metrics.write({
      type: "reset",
      step,
      reason: decision.reason ?? "manual",
      detail: decision.detail,
    });
    this.say(`step ${step}: reference and optimizer reset (${decision.detail})`);
  }

  /** Before a step: a stage that begins here (new blend, reset), a reset asked for by file. */
  async beginStep(step: number): Promise<Settings> {
    const settings = settingsAt(this.config, step);
    const stage = this.config.stages.find((s) => s.start === step);
    if (stage) {
      if (settings.blend !== this.currentBlend) {
        const loaded = await loadBlend(this.config, settings.blend);
        const items = await blendItems(loaded, this.data.registry, this.data.encoder);
        this.prompts = new PromptStream(items.train, this.config.seed);
        this.currentBlend = settings.blend;
      }
      await this.metrics.write({ type: "stage", step, name: settings.stage });
      if (stage.reset) {
        this.controller.requestReset(`stage ${settings.stage}`);
        await this.reset(step, this.controller.check(step));
      }
    }
    const signal = join(this.runDir, this.config.reset.signalFile);
    if (await stat(signal).catch(() => null)) {
      await rm(signal, { force: true });
      this.controller.requestReset(`signal file ${this.config.reset.signalFile}`);
      await this.reset(step, this.controller.check(step));
    }
    return settings;
  }

  /**
   * After a step: its record, the bad-step count, the truncation watch, validation (and the
   * reset it may call for) and the checkpoint. Throws after too many non-finite steps.
   */
  async endStep(record: StepRecord, settings: Settings, stop: boolean): Promise<void> {
    const { step } = record;
    await this.metrics.write(record);
    this.onProgress({ kind: "step", step, steps: this.config.steps, record });
    this.countBadSteps(record);
    const warning = this.truncation.observe(step, record.truncated, settings.rollout.maxTokens);
    if (warning) this.say(warning);
    this.state.step = step;
    const last = step === this.config.steps;
    if (step % this.config.validation.every === 0 || last) {
      const v = await this.validate(step);
      if (v) {
        const decision = this.controller.observe(step, v.score);
        if (decision.reset) await this.reset(step, decision);
      }
    }
    if (step % this.config.checkpoint.every === 0 || last || stop) {
      const dir = await this.checkpoint();
      if (stop) this.say(`stopped at step ${step}: checkpoint ${dir}; continue with --resume`);
    }
  }

  private countBadSteps(record: StepRecord): void {
    if (record.skippedUpdates === 0) {
      this.state.badSteps = 0;
      return;
    }
    this.state.badSteps++;
    this.say(
      `step ${record.step}: ${record.skippedUpdates} update(s) skipped (non-finite loss or gradient)`,
    );
    if (this.state.badSteps >= this.config.maxBadSteps) {
      throw new TrainingError(
        `stopped at step ${record.step}: ${this.state.badSteps} steps in a row with a non-finite loss or gradient (lower optimizer.lr, or check the model)`,
      );
    }
  }

  private async checkpoint(): Promise<string> {
    this.state.controller = this.controller.state();
    const dir = await writeCheckpoint(this.runDir, {
      ...this.models,
      state: this.state,
      tokenizer: this.data.tokenizerSource,
      prompts: promptsOf(this.data.encoder),
    });
    const { keepLast, keepBest } = this.config.checkpoint;
    await pruneCheckpoints(
      this.runDir,
      keepLast,
      keepBest ? (this.state.best?.step ?? null) : null,
    );
    await writeReport(this.runDir);
    return dir;
  }

  /** The trained policy as final/ (unless stopped early), the report and the summary. */
  async finish(stopped: boolean): Promise<TrainResult> {
    if (!stopped) {
      await writeDirectoryAtomic(join(this.runDir, "final"), (dir) =>
        savePolicy(
          this.models.policy,
          dir,
          this.data.tokenizerSource,
          promptsOf(this.data.encoder),
        ),
      );
    }
    await writeReport(this.runDir);
    const records = await readMetrics(join(this.runDir, "metrics.jsonl"));
    const summary = formatSummary(summarizeRun(records));
    await writeFile(join(this.runDir, "summary.md"), summary);
    return { runDir: this.runDir, steps: this.state.step, stopped, summary };
  }

  dispose(): void {
    this.models.policy.dispose();
    this.models.reference.dispose();
    this.models.optimizer.dispose();
  }
}

/** The tokens that end a response: the tokenizer's end of sequence, else the model's. */
function stopTokensOf(tokenizer: TextTokenizer, policy: CausalLM): number[] {
  const eos = tokenizer.eosTokenId;
  return eos === null ? policy.config.eosTokenIds : [eos];
}

function promptsOf(encoder: PromptEncoder): PolicyPrompts {
  return { templates: encoder.templates, chatTemplate: encoder.chatTemplate };
}

/** Runs the ProRL loop described by `config`; see the package README. */
export async function train(config: ResolvedConfig, opts: TrainOptions = {}): Promise<TrainResult> {
  const run = await TrainingRun.open(config, opts);
  try {
    if (run.fresh) await run.validate(0);
    for (let step = run.state.step + 1; step <= config.steps; step++) {
      const settings = await run.beginStep(step);
      const input = { step, cursor: run.state.cursor, settings };
      const output = await trainStep(run.stepContext, run.models, input);
      const record = await run.syncServers(output.record, output.samplerLogProbDiff);
      run.state.cursor = output.cursor;
      const stop = opts.shouldStop?.() ?? false;
      await run.endStep(record, settings, stop);
      if (stop) return await run.finish(true);
    }
    return await run.finish(false);
  } finally {
    run.dispose();
  }
}
