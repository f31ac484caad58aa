import { isAbsolute, resolve } from "node:path";
import {
  BlendConfigSchema,
  formatZodError,
  loadConfigFile,
  PromptTemplatesSchema,
} from "@prorl/core";
import {
  adamWOptionsSchema,
  advantageConfigSchema,
  nonTerminatedPenaltySchema,
  objectiveConfigSchema,
  resetControllerOptionsSchema,
  scheduleShapeSchema,
} from "@prorl/grpo";
import { BACKEND_CHOICES, hfConfigSchema } from "@prorl/model";
import { z } from "zod";

const rolloutFields = {
  /** Responses per prompt (the GRPO group size). */
  n: z.number().int().min(2),
  temperature: z.number().gt(0),
  topP: z.number().gt(0).max(1),
  /** Response length cap, in tokens. */
  maxTokens: z.number().int().positive(),
};

/** Inference servers that sample rollouts; the trainer pushes the policy to them every step. */
const ServerEngineSchema = z
  .object({
    type: z.enum(["sglang", "vllm"]),
    /** Base URLs of the servers ("http://10.0.0.5:30000"); requests are spread over them. */
    urls: z
      .array(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }))
      .min(1)
      .refine((urls) => new Set(urls).size === urls.length, "must not repeat a URL"),
    /**
     * Where the trainer writes the policy for the servers to load (shared storage: a path the
     * servers read under the same name).
     */
    weightsDir: z.string().min(1),
    /** Seconds before a request (generation or weight load) counts as failed. */
    timeoutS: z.number().positive().default(600),
    /** Requests in flight across all servers. */
    maxInFlight: z.number().int().positive().default(256),
    /** Tries of one request (each on the least busy server in rotation) before the step fails. */
    attempts: z.number().int().positive().default(4),
    /** Failures in a row after which a server is taken out of rotation. */
    maxFailures: z.number().int().positive().default(2),
    /** Milliseconds before the first retry; doubled on each retry after it. */
    backoffMs: z.number().int().min(0).default(500),
    /** Storage type of the weights written for the servers. */
    dtype: z.enum(["f32", "bf16"]).default("f32"),
  })
  .strict();

const EngineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("local") }).strict(),
  ServerEngineSchema,
]);

/** How rollouts are sampled; defaults are the ProRL paper's (n = 16, temperature 1.2, top-p 1, 8k). */
export const RolloutSchema = z
  .object({
    n: rolloutFields.n.default(16),
    temperature: rolloutFields.temperature.default(1.2),
    topP: rolloutFields.topP.default(1),
    maxTokens: rolloutFields.maxTokens.default(8192),
    /** Sequences generated together with one KV cache (the local sampler; stages keep it). */
    generationBatch: z.number().int().positive().default(64),
    /** Where rollouts are sampled: in this process (local) or on SGLang / vLLM servers. */
    engine: EngineSchema.default({ type: "local" }),
  })
  .strict();

/** What a stage may change of the rollout settings (no defaults: unset keys keep their value). */
const RolloutOverrideSchema = z.object(rolloutFields).partial().strict();

export const ShapingSchema = z
  .object({
    /** Reward of responses that hit the length cap: multiplied by `factor` or replaced by `value`. */
    nonTerminated: nonTerminatedPenaltySchema.optional(),
    /** DAPO's soft overlong punishment over the last `bufferLength` tokens before the cap. */
    overlong: z
      .object({
        bufferLength: z.number().int().positive(),
        penaltyFactor: z.number().min(0).default(1),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Settings a stage may change at its start (where a reset also happens). */
const StageSchema = z
  .object({
    name: z.string().min(1).optional(),
    /** The training step at which the stage begins (1-based). */
    start: z.number().int().positive(),
    /** Reset the reference policy and the optimizer when the stage begins (ProRL does). */
    reset: z.boolean().default(true),
    rollout: RolloutOverrideSchema.optional(),
    shaping: ShapingSchema.optional(),
    /** Replace the training blend (inline or a file path); its validation split is kept. */
    blend: z.union([z.string().min(1), BlendConfigSchema]).optional(),
    lr: z.number().min(0).optional(),
  })
  .strict();

const ModelSchema = z
  .object({
    /** A Hugging Face model directory (config.json, safetensors, tokenizer files). */
    path: z.string().min(1).optional(),
    /** A config.json-style object: a randomly initialised model of that shape. */
    init: hfConfigSchema.optional(),
    /** Seed of the random initialisation. */
    initSeed: z.number().int().default(0),
    /** "auto": the directory's tokenizer.json; "byte": prorl's byte-level tokenizer. */
    tokenizer: z.enum(["auto", "byte"]).optional(),
  })
  .strict()
  .refine((m) => (m.path === undefined) !== (m.init === undefined), {
    message: "give exactly one of model.path or model.init",
  });

const WarmStartSchema = z
  .object({
    /** Supervised steps on gold answers before RL (the "base" model of the run). */
    steps: z.number().int().positive(),
    /** Examples per step. */
    batchSize: z.number().int().positive().default(32),
    lr: z.number().positive().default(1e-3),
    /**
     * Gold response per task (glob -> template over the example's fields, `{answer}`,
     * `{metadata.word}`); each is checked against the task's verifier before training.
     */
    responses: z.record(z.string(), z.string()),
  })
  .strict();

export const TrainConfigSchema = z
  .object({
    name: z.string().min(1).default("prorl"),
    seed: z.number().int().default(0),
    /** Run directory (relative: to the config file); `--out` overrides it. */
    output: z.string().min(1).default("runs/prorl"),
    /** TensorFlow.js backend: auto picks cuda (@prorl/kernels-cuda, when built and a GPU is found), then tensorflow (if installed), then native (@prorl/kernels-cuda CPU, when built), then wasm, then cpu. */
    backend: z.enum(BACKEND_CHOICES).default("auto"),
    model: ModelSchema,
    /** Extra task packages (names or paths). */
    tasks: z.array(z.string().min(1)).default([]),
    /** The training blend (inline, or a path to a blend file); its validation split is held out. */
    blend: z.union([z.string().min(1), BlendConfigSchema]),
    /**
     * Prompt templates that replace a task's own prompt (glob -> template over the example's
     * fields, e.g. `{question}`). Unlisted tasks use their own prompt.
     */
    prompts: PromptTemplatesSchema.default({}),
    warmStart: WarmStartSchema.optional(),
    /** RL steps (each: one batch of prompts, then `batch.prompts / batch.miniBatch` updates). */
    steps: z.number().int().positive().default(1000),
    rollout: RolloutSchema.prefault({}),
    batch: z
      .object({
        /** Informative prompt groups per step. */
        prompts: z.number().int().positive().default(256),
        /** Prompt groups per optimizer update. */
        miniBatch: z.number().int().positive().default(64),
        /** Sequences per forward/backward pass (gradients are accumulated over them). */
        microBatch: z.number().int().positive().default(16),
      })
      .strict()
      .prefault({}),
    /** The GRPO/DAPO objective; beta (klCoef) defaults to ProRL's 1e-4. */
    objective: objectiveConfigSchema
      .extend({ klCoef: z.number().min(0).default(1e-4) })
      .strict()
      .prefault({}),
    /** Group advantages: estimator grpo (default), dr-grpo or rloo; eps; std sample | population. */
    advantage: advantageConfigSchema.prefault({}),
    dynamicSampling: z
      .object({
        enabled: z.boolean().default(true),
        /** Sampling rounds per step before training on what there is. */
        maxRounds: z.number().int().positive().default(3),
        /** Prompts drawn per round, as a multiple of the groups still missing. */
        oversample: z.number().min(1).default(1.25),
      })
      .strict()
      .prefault({}),
    shaping: ShapingSchema.default({}),
    optimizer: adamWOptionsSchema
      .extend({
        /** Clip the global gradient norm to this (0: off). */
        maxGradNorm: z.number().min(0).default(1),
        /** Learning-rate schedule over RL steps, applied to `lr` (ProRL: constant). */
        schedule: scheduleShapeSchema.default({ type: "constant" }),
      })
      .strict()
      .prefault({}),
    validation: z
      .object({
        /** Validate every this many steps (and before the first and after the last). */
        every: z.number().int().positive().default(50),
        /** Samples per validation prompt. */
        n: z.number().int().positive().default(8),
        temperature: z.number().gt(0).default(0.6),
        topP: z.number().gt(0).max(1).default(0.95),
        /** Default: rollout.maxTokens. */
        maxTokens: z.number().int().positive().optional(),
        /** Most validation prompts used (the split's first ones); default all. */
        limit: z.number().int().positive().optional(),
      })
      .strict()
      .prefault({}),
    reset: resetControllerOptionsSchema
      .extend({
        /** Creating this file in the run directory asks for a reset at the next step. */
        signalFile: z.string().min(1).default("RESET"),
      })
      .strict()
      .prefault({}),
    stages: z.array(StageSchema).default([]),
    checkpoint: z
      .object({
        every: z.number().int().positive().default(50),
        keepLast: z.number().int().positive().default(2),
        keepBest: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /** Stop after this many steps in a row with a non-finite loss or gradient. */
    maxBadSteps: z.number().int().positive().default(3),
    /** Verifications in flight at once (async verifiers: the code sandbox). */
    rewardConcurrency: z.number().int().positive().default(8),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.batch.miniBatch > c.batch.prompts) {
      ctx.addIssue({
        code: "custom",
        path: ["batch", "miniBatch"],
        message: `must be <= batch.prompts (${c.batch.prompts})`,
      });
    }
    const starts = c.stages.map((s) => s.start);
    if (starts.some((s, i) => i > 0 && s <= (starts[i - 1] as number))) {
      ctx.addIssue({ code: "custom", path: ["stages"], message: "stage starts must increase" });
    }
  });

export type TrainConfigInput = z.input<typeof TrainConfigSchema>;
export type TrainConfig = z.infer<typeof TrainConfigSchema>;
export type RolloutConfig = z.infer<typeof RolloutSchema>;
export type ServerEngineConfig = z.infer<typeof ServerEngineSchema>;
export type ShapingConfig = z.infer<typeof ShapingSchema>;
export type Stage = z.infer<typeof StageSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates a config object; `baseDir` resolves relative paths in it. */
export function parseTrainConfig(value: unknown, baseDir = process.cwd()): ResolvedConfig {
  const parsed = TrainConfigSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`invalid config: ${formatZodError(parsed.error)}`);
  return { ...parsed.data, baseDir };
}

export interface ResolvedConfig extends TrainConfig {
  /** Directory relative paths in the config are resolved from. */
  baseDir: string;
}

export function resolvePath(config: ResolvedConfig, path: string): string {
  return isAbsolute(path) ? path : resolve(config.baseDir, path);
}

/** Reads a YAML or JSON config file. */
export function loadTrainConfig(path: string): Promise<ResolvedConfig> {
  return loadConfigFile(path, "config", parseTrainConfig);
}

/** The settings in force at `step`: the base config with every stage begun by then applied. */
export function settingsAt(config: ResolvedConfig, step: number) {
  let rollout = config.rollout;
  let shaping = config.shaping;
  let lr = config.optimizer.lr;
  let blend = config.blend;
  let stage = "base";
  for (const s of config.stages) {
    if (s.start > step) break;
    rollout = { ...rollout, ...s.rollout };
    if (s.shaping) shaping = s.shaping;
    if (s.lr !== undefined) lr = s.lr;
    if (s.blend !== undefined) blend = s.blend;
    stage = s.name ?? `stage@${s.start}`;
  }
  return { rollout, shaping, lr, blend, stage };
}
export type Settings = ReturnType<typeof settingsAt>;
