import { isAbsolute, resolve } from "node:path";
import {
  BlendConfigSchema,
  defaultKs,
  formatZodError,
  type LoadedBlend,
  loadConfigFile,
  PromptTemplatesSchema,
} from "@prorl/core";
import { BACKEND_CHOICES } from "@prorl/model/backend-choices";
import { z } from "zod";

/** Sampling settings; the defaults are the ProRL paper's evaluation settings. */
export const SamplingSchema = z
  .object({
    /** Samples per prompt. */
    n: z.number().int().positive().default(16),
    temperature: z.number().min(0).default(0.6),
    topP: z.number().gt(0).max(1).default(0.95),
    /** Longest response, in tokens. */
    maxTokens: z.number().int().positive().default(8192),
    /** Passed to the engine where it supports seeding (vLLM, SGLang do). */
    seed: z.number().int().optional(),
    stop: z.array(z.string()).optional(),
  })
  .strict();

const OpenAIEngineSchema = z
  .object({
    type: z.literal("openai"),
    /** The server's OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1. */
    baseURL: z.string().url(),
    /** The model name the server knows. */
    model: z.string().min(1),
    /** Name of the environment variable holding the API key (none: no key is sent). */
    apiKeyEnv: z.string().min(1).optional(),
    /** `completions` sends the prompt as text; `chat` sends it as one user message. */
    api: z.enum(["completions", "chat"]).default("completions"),
    /** Requests in flight at once. */
    concurrency: z.number().int().positive().default(8),
    /** Retries per request on 408/409/429/5xx and connection errors, with exponential backoff. */
    maxRetries: z.number().int().nonnegative().default(4),
    /** Per-request timeout in seconds. */
    timeoutSeconds: z.number().positive().default(600),
    /**
     * Ask for all of a prompt's samples in one request (`n`), or one request per sample for
     * servers that ignore `n`.
     */
    samplesPerRequest: z.enum(["all", "one"]).default("all"),
  })
  .strict();

const ReplayEngineSchema = z
  .object({
    type: z.literal("replay"),
    /** A generations JSONL (relative paths: relative to the config file). */
    file: z.string().min(1),
  })
  .strict();

const LocalEngineSchema = z
  .object({
    type: z.literal("local"),
    /** A Hugging Face model directory (config.json, safetensors) that @prorl/model loads. */
    model: z.string().min(1),
    /** "auto" (the directory's tokenizer.json and chat template) or "byte" (prorl's tiny models). */
    tokenizer: z.enum(["auto", "byte"]).default("auto"),
    /** TensorFlow.js backend: auto picks cuda (@prorl/kernels-cuda, when built and a GPU is found), then tensorflow (if installed), then native (@prorl/kernels-cuda CPU, when built), then wasm, then cpu. */
    backend: z.enum(BACKEND_CHOICES).default("auto"),
    /** Samples generated together in one batch (one KV cache). */
    batchSize: z.number().int().positive().default(8),
  })
  .strict();

export const EngineSchema = z.discriminatedUnion("type", [
  OpenAIEngineSchema,
  ReplayEngineSchema,
  LocalEngineSchema,
]);

export const EvalConfigSchema = z
  .object({
    /** The run's name, used in tables and plot legends. */
    name: z.string().min(1),
    /** Output directory (relative: to the config file): generations, results, plots. */
    output: z.string().min(1),
    engine: EngineSchema,
    sampling: SamplingSchema.default(SamplingSchema.parse({})),
    /** The k of pass@k, each in 1..sampling.n. Default: 1 and the powers of two up to n. */
    k: z.array(z.number().int().positive()).min(1).optional(),
    /** The benchmarks: a blend (inline, or a path to a blend file); each component is a benchmark. */
    benchmarks: z.union([z.string().min(1), BlendConfigSchema]),
    /**
     * Prompt templates that replace a task's own prompt, as prorl-train's `prompts` (task glob ->
     * template over the example's fields, `{question}`). Default: a local model directory's
     * prompts.json (written by prorl-train), else the tasks' own prompts.
     */
    prompts: PromptTemplatesSchema.optional(),
    /** Extra task packages (names or paths), as `--tasks`. */
    tasks: z.array(z.string().min(1)).default([]),
    /** Verifications in flight at once. */
    scoreConcurrency: z.number().int().positive().default(8),
    /**
     * Options for the verifiers, by task id or glob (`math: {mode: lenient}`); each task's
     * `optionsSchema` checks them before the run starts.
     */
    taskOptions: z.record(z.string().min(1), z.record(z.string(), z.unknown())).default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    for (const [i, k] of (config.k ?? []).entries()) {
      if (k > config.sampling.n) {
        ctx.addIssue({
          code: "custom",
          path: ["k", i],
          message: `pass@${k} needs k <= sampling.n (${config.sampling.n})`,
        });
      }
    }
  });

export type EvalConfigInput = z.input<typeof EvalConfigSchema>;
export type EngineConfig = z.infer<typeof EngineSchema>;
export type SamplingConfig = z.infer<typeof SamplingSchema>;

export interface EvalConfig extends Omit<z.infer<typeof EvalConfigSchema>, "k" | "benchmarks"> {
  k: number[];
  /** Absolute output directory. */
  output: string;
  benchmarks: LoadedBlend | string;
  /** Directory relative paths are resolved from. */
  baseDir: string;
}

/** Validates an eval config object; a bad key is reported with its path. */
export function parseEvalConfig(value: unknown, baseDir = process.cwd()): EvalConfig {
  const parsed = EvalConfigSchema.safeParse(value);
  if (!parsed.success) throw new Error(`invalid eval config: ${formatZodError(parsed.error)}`);
  const config = parsed.data;
  const at = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));
  return {
    ...config,
    k: [...new Set(config.k ?? defaultKs(config.sampling.n))].sort((a, b) => a - b),
    output: at(config.output),
    engine:
      config.engine.type === "replay"
        ? { ...config.engine, file: at(config.engine.file) }
        : config.engine.type === "local"
          ? { ...config.engine, model: at(config.engine.model) }
          : config.engine,
    benchmarks:
      typeof config.benchmarks === "string"
        ? at(config.benchmarks)
        : { config: config.benchmarks, baseDir },
    baseDir,
  };
}

/** Reads an eval config from a YAML or JSON file. */
export function loadEvalConfig(path: string): Promise<EvalConfig> {
  return loadConfigFile(path, "config", parseEvalConfig);
}
