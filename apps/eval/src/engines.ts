import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type PromptsFile, readPromptsFile } from "@prorl/core";
import type { CausalLM, TextTokenizer } from "@prorl/model";
import OpenAI from "openai";
import type { EngineConfig, SamplingConfig } from "./run-config.js";

/** One prompt's request for `count` more samples. */
export interface GenerationRequest {
  task: string;
  prompt: string;
  count: number;
  /** Index of the first sample asked for (0 for a fresh prompt); seeds are offset by it. */
  firstSample: number;
  sampling: SamplingConfig;
}

/**
 * Something that turns prompts into responses. The runner splits a prompt's samples into
 * requests of at most `maxSamplesPerRequest`, runs up to `concurrency` at once, and caches each
 * request's responses as it completes (when `cacheable`).
 */
export interface Engine {
  /** For logs and results: "openai completions qwen@http://...", "replay gens.jsonl". */
  readonly description: string;
  /** What determines the generations besides the prompt; cached generations must match it. */
  readonly fingerprint: string;
  readonly concurrency: number;
  readonly maxSamplesPerRequest: number;
  /** Replay reads stored generations: nothing to cache. */
  readonly cacheable: boolean;
  /** How the model was prompted in training (a local model directory's prompts.json), if known. */
  readonly trainedPrompts?: PromptsFile;
  generate(request: GenerationRequest): Promise<Generated>;
}

/** A request's samples, with why each one stopped ("stop", "length"; null when unknown). */
export interface Generated {
  texts: string[];
  finishReasons: (string | null)[];
}

export async function createEngine(
  config: EngineConfig,
  sampling: SamplingConfig,
): Promise<Engine> {
  switch (config.type) {
    case "openai":
      return new OpenAIEngine(config, sampling);
    case "replay":
      return ReplayEngine.open(config.file);
    case "local":
      return LocalEngine.open(config, sampling);
  }
}

type LocalEngineConfig = Extract<EngineConfig, { type: "local" }>;

/**
 * A @prorl/model directory run in this process: each prompt goes through the tokenizer's chat
 * template as one user message (unless the directory's prompts.json says the model was trained
 * without it), and a request's samples are generated as one batch with a shared KV cache.
 * Requests run one at a time (the model is the bottleneck).
 */
export class LocalEngine implements Engine {
  readonly description: string;
  readonly fingerprint: string;
  readonly concurrency = 1;
  readonly maxSamplesPerRequest: number;
  readonly cacheable = true;
  readonly trainedPrompts?: PromptsFile;
  private readonly chatTemplate: boolean;

  private constructor(
    private readonly model: CausalLM,
    private readonly tokenizer: TextTokenizer,
    private readonly sampling: SamplingConfig,
    config: LocalEngineConfig,
    backend: string,
    private readonly sample: typeof import("@prorl/model").generate,
    trainedPrompts: PromptsFile | null,
  ) {
    if (trainedPrompts) this.trainedPrompts = trainedPrompts;
    this.chatTemplate = trainedPrompts?.chatTemplate ?? true;
    this.description = `local ${config.model} (${backend})`;
    this.maxSamplesPerRequest = config.batchSize;
    this.fingerprint = JSON.stringify({
      engine: "local",
      model: config.model,
      tokenizer: config.tokenizer,
      temperature: sampling.temperature,
      topP: sampling.topP,
      maxTokens: sampling.maxTokens,
      seed: sampling.seed ?? null,
      stop: sampling.stop ?? [],
      // Only when off, so that caches made before prompts.json existed still match.
      ...(this.chatTemplate ? {} : { chatTemplate: false }),
    });
  }

  static async open(config: LocalEngineConfig, sampling: SamplingConfig): Promise<LocalEngine> {
    // Loaded here, not at the top: TensorFlow.js is heavy, and other engines never need it.
    const { ByteTokenizer, loadTokenizer, loadModel, selectBackend, generate } = await import(
      "@prorl/model"
    );
    const backend = await selectBackend(config.backend);
    const tokenizer =
      config.tokenizer === "byte" ? new ByteTokenizer() : await loadTokenizer(config.model);
    const model = await loadModel(config.model);
    const prompts = await readPromptsFile(config.model);
    return new LocalEngine(model, tokenizer, sampling, config, backend, generate, prompts);
  }

  async generate(request: GenerationRequest): Promise<Generated> {
    const text = this.chatTemplate
      ? this.tokenizer.applyChatTemplate([{ role: "user", content: request.prompt }])
      : request.prompt;
    const prompt = this.tokenizer.encode(text, { addSpecialTokens: false });
    const samples = this.sample(
      this.model,
      Array.from({ length: request.count }, () => prompt),
      {
        maxNewTokens: this.sampling.maxTokens,
        temperature: this.sampling.temperature,
        topP: this.sampling.topP,
        seed: `${this.sampling.seed ?? 0}:${request.task}:${request.prompt}:${request.firstSample}`,
        ...(this.tokenizer.eosTokenId === null ? {} : { eosTokenIds: [this.tokenizer.eosTokenId] }),
        ...(this.sampling.stop ? { stop: this.sampling.stop } : {}),
        decode: (ids) => this.tokenizer.decode(ids),
      },
    );
    return { texts: samples.map((s) => s.text), finishReasons: samples.map((s) => s.finishReason) };
  }
}

type OpenAIEngineConfig = Extract<EngineConfig, { type: "openai" }>;

/** Any OpenAI-compatible server (vLLM, SGLang, llama.cpp's server, TGI) through the official client. */
export class OpenAIEngine implements Engine {
  readonly description: string;
  readonly fingerprint: string;
  readonly concurrency: number;
  readonly maxSamplesPerRequest: number;
  readonly cacheable = true;
  private readonly client: OpenAI;

  constructor(
    private readonly config: OpenAIEngineConfig,
    sampling: SamplingConfig,
  ) {
    let apiKey = "EMPTY";
    if (config.apiKeyEnv) {
      const value = process.env[config.apiKeyEnv];
      if (!value)
        throw new Error(`engine.apiKeyEnv: environment variable ${config.apiKeyEnv} is not set`);
      apiKey = value;
    }
    this.client = new OpenAI({
      baseURL: config.baseURL,
      apiKey,
      maxRetries: config.maxRetries,
      timeout: config.timeoutSeconds * 1000,
    });
    this.description = `openai ${config.api} ${config.model} @ ${config.baseURL}`;
    this.fingerprint = JSON.stringify({
      engine: "openai",
      api: config.api,
      model: config.model,
      temperature: sampling.temperature,
      topP: sampling.topP,
      maxTokens: sampling.maxTokens,
      seed: sampling.seed ?? null,
      stop: sampling.stop ?? null,
    });
    this.concurrency = config.concurrency;
    this.maxSamplesPerRequest = config.samplesPerRequest === "one" ? 1 : Number.POSITIVE_INFINITY;
  }

  async generate({ prompt, count, firstSample, sampling }: GenerationRequest): Promise<Generated> {
    const common = {
      model: this.config.model,
      n: count,
      temperature: sampling.temperature,
      top_p: sampling.topP,
      max_tokens: sampling.maxTokens,
      // Requests for later samples of the same prompt get other seeds, or they would repeat.
      ...(sampling.seed === undefined ? {} : { seed: sampling.seed + firstSample }),
      ...(sampling.stop ? { stop: sampling.stop } : {}),
    };
    try {
      let texts: string[];
      let finishReasons: (string | null)[];
      if (this.config.api === "chat") {
        const reply = await this.client.chat.completions.create({
          ...common,
          messages: [{ role: "user", content: prompt }],
        });
        const choices = [...reply.choices].sort((a, b) => a.index - b.index);
        texts = choices.map((c) => c.message.content ?? "");
        finishReasons = choices.map((c) => c.finish_reason ?? null);
      } else {
        const reply = await this.client.completions.create({ ...common, prompt });
        const choices = [...reply.choices].sort((a, b) => a.index - b.index);
        texts = choices.map((c) => c.text);
        finishReasons = choices.map((c) => c.finish_reason ?? null);
      }
      if (texts.length !== count) {
        throw new Error(
          `asked for ${count} samples, got ${texts.length} (does the server support n?)`,
        );
      }
      return { texts, finishReasons };
    } catch (error) {
      throw new Error(`${this.config.baseURL}: ${describeApiError(error)}`);
    }
  }
}

function describeApiError(error: unknown): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return "request timed out";
  if (error instanceof OpenAI.APIConnectionError) {
    const cause = (error as { cause?: { message?: string; cause?: { code?: string } } }).cause;
    return `cannot reach the server (${cause?.cause?.code ?? cause?.message ?? error.message})`;
  }
  if (error instanceof OpenAI.APIError) {
    return `HTTP ${error.status ?? "?"}: ${error.message.split("\n")[0]}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads generations made elsewhere (vLLM, another run) and only scores them. Each line is an
 * object with a `prompt` string (and optionally the `task` id), and its responses as any of:
 * `response` (a string), `responses` (strings), vLLM's `outputs: [{text}]`, or an OpenAI
 * reply's `choices: [{text}]` / `choices: [{message: {content}}]`. Lines for the same prompt
 * add up.
 */
export class ReplayEngine implements Engine {
  readonly concurrency = 1;
  readonly maxSamplesPerRequest = Number.POSITIVE_INFINITY;
  readonly cacheable = false;
  readonly fingerprint: string;

  private constructor(
    readonly description: string,
    private readonly byPrompt: Map<string, Generated>,
  ) {
    this.fingerprint = JSON.stringify({ engine: "replay", file: description });
  }

  static async open(file: string): Promise<ReplayEngine> {
    const byPrompt = new Map<string, Generated>();
    const add = (key: string, more: Generated) => {
      const found = byPrompt.get(key) ?? { texts: [], finishReasons: [] };
      found.texts.push(...more.texts);
      found.finishReasons.push(...more.finishReasons);
      byPrompt.set(key, found);
    };
    let lineNumber = 0;
    let lines: AsyncIterable<string>;
    const input = createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      input.once("open", () => resolve());
      input.once("error", () => reject(new Error(`${file}: no such generations file`)));
    });
    lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw new Error(`${file}: line ${lineNumber}: invalid JSON`);
      }
      const parsed = replayRecord(record);
      if (typeof parsed === "string") throw new Error(`${file}: line ${lineNumber}: ${parsed}`);
      add(replayKey(parsed.task, parsed.prompt), parsed);
      // Also findable without the task, for files that do not name it.
      if (parsed.task !== undefined) add(replayKey(undefined, parsed.prompt), parsed);
    }
    return new ReplayEngine(`replay ${file}`, byPrompt);
  }

  async generate({ task, prompt, count }: GenerationRequest): Promise<Generated> {
    const found =
      this.byPrompt.get(replayKey(task, prompt)) ?? this.byPrompt.get(replayKey(undefined, prompt));
    const have = found?.texts.length ?? 0;
    if (have < count) {
      throw new Error(
        `replay: ${have} generations for a ${task} prompt, ${count} needed (prompt starts ${JSON.stringify(prompt.slice(0, 60))})`,
      );
    }
    const { texts, finishReasons } = found as Generated;
    return { texts: texts.slice(0, count), finishReasons: finishReasons.slice(0, count) };
  }
}

function replayKey(task: string | undefined, prompt: string): string {
  return `${task ?? ""}\u0000${prompt}`;
}

function replayRecord(value: unknown): ({ task?: string; prompt: string } & Generated) | string {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "expected a JSON object";
  const record = value as Record<string, unknown>;
  if (typeof record.prompt !== "string") return '"prompt" must be a string';
  const task = typeof record.task === "string" ? record.task : undefined;
  const texts = (list: unknown, pick: (item: Record<string, unknown>) => unknown) =>
    Array.isArray(list)
      ? list.map((item) =>
          typeof item === "object" && item !== null
            ? pick(item as Record<string, unknown>)
            : undefined,
        )
      : undefined;
  const candidates: unknown[] | undefined =
    typeof record.response === "string"
      ? [record.response]
      : Array.isArray(record.responses)
        ? record.responses
        : (texts(record.outputs, (o) => o.text) ??
          texts(record.choices, (c) =>
            typeof c.text === "string"
              ? c.text
              : (c.message as { content?: unknown } | undefined)?.content,
          ));
  if (!candidates) return 'no responses: expected "response", "responses", "outputs" or "choices"';
  if (!candidates.every((c): c is string => typeof c === "string"))
    return "every response must be a string";
  // vLLM's outputs[].finish_reason, an OpenAI reply's choices[].finish_reason, or finish_reasons.
  const reasons: unknown[] =
    (Array.isArray(record.finish_reasons) ? record.finish_reasons : undefined) ??
    texts(
      Array.isArray(record.outputs) ? record.outputs : record.choices,
      (o) => o.finish_reason,
    ) ??
    (typeof record.finish_reason === "string" ? [record.finish_reason] : []);
  return {
    task,
    prompt: record.prompt,
    texts: candidates,
    finishReasons: candidates.map((_, i) => {
      const reason = reasons[i];
      return typeof reason === "string" ? reason : null;
    }),
  };
}
