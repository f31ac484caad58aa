// The subsets of SGLang's native HTTP API and vLLM's OpenAI-compatible server that prorl-train
// speaks: token ids in, token ids + per-token log-probs + finish reason out, reload weights from a
// directory. Field names follow the upstream sources (see the package README for the files).
import type { FinishReason } from "@prorl/grpo";
import { z } from "zod";
import type { SampledResponse } from "../sampler.js";

export type EngineType = "sglang" | "vllm";

/** What one generation request asks: `n` responses to one prompt. */
export interface GenerateParams {
  prompt: readonly number[];
  n: number;
  temperature: number;
  topP: number;
  maxTokens: number;
  stopTokenIds: readonly number[];
  /** An integer seed: both engines take one per request. */
  seed: number;
}

export interface HttpCall {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

/** What a server says it serves. */
export interface ServedModel {
  /** The directory (or hub name) the server loaded its model from. */
  path: string;
  /** The name requests must carry (vLLM's `model` field); SGLang ignores it. */
  name: string;
}

/** One engine's requests and the parsing of its replies; a reply of the wrong shape throws. */
export interface Protocol {
  readonly type: EngineType;
  health: HttpCall;
  modelInfo: HttpCall;
  parseModelInfo(reply: unknown): ServedModel;
  generate(params: GenerateParams, model: ServedModel): HttpCall;
  parseGenerate(reply: unknown, n: number): SampledResponse[];
  /** Load the weights published at `dir` (vLLM reloads from the path it was started with). */
  loadWeights(dir: string): HttpCall;
  /** Throws when the server says the load failed. */
  parseLoadWeights(reply: unknown): void;
  /** What to do about a load that failed with `message` (a missing endpoint), or "". */
  loadFailureHint(message: string): string;
}

export class ProtocolError extends Error {
  override name = "ProtocolError";
}

function parse<T>(schema: z.ZodType<T>, reply: unknown, what: string): T {
  const parsed = schema.safeParse(reply);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new ProtocolError(`${what}: unexpected reply${where}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

const tokenId = z.number().int().min(0);
const logProb = z.number().max(0);
const finishType = z.enum(["stop", "length"]);

/** A response whose ids and log-probs disagree in length is garbage, not a short response. */
function response(ids: number[], logProbs: number[], finish: FinishReason): SampledResponse {
  if (ids.length !== logProbs.length) {
    throw new ProtocolError(`${ids.length} token ids but ${logProbs.length} log-probs`);
  }
  if (ids.length === 0) throw new ProtocolError("an empty response");
  return { ids, logProbs, finishReason: finish };
}

const sglangItem = z.object({
  meta_info: z.object({
    // [logprob, token id, text or null] per generated token.
    output_token_logprobs: z.array(z.tuple([logProb, tokenId, z.string().nullable()])),
    finish_reason: z.object({ type: finishType }).loose(),
  }),
});

/** SGLang: `python -m sglang.launch_server`, native endpoints. */
export const sglang: Protocol = {
  type: "sglang",
  health: { method: "GET", path: "/health" },
  modelInfo: { method: "GET", path: "/get_model_info" },
  parseModelInfo(reply) {
    const info = parse(z.object({ model_path: z.string() }).loose(), reply, "/get_model_info");
    return { path: info.model_path, name: info.model_path };
  },
  generate(p) {
    return {
      method: "POST",
      path: "/generate",
      body: {
        input_ids: p.prompt,
        sampling_params: {
          temperature: p.temperature,
          top_p: p.topP,
          max_new_tokens: p.maxTokens,
          n: p.n,
          stop_token_ids: p.stopTokenIds,
          sampling_seed: p.seed,
          // Keep the stop token in the output: the trainer scores it like any other token.
          no_stop_trim: true,
        },
        return_logprob: true,
      },
    };
  },
  parseGenerate(reply, n) {
    // One object for n = 1, a list of n otherwise.
    const items = parse(z.union([z.array(sglangItem), sglangItem]), reply, "/generate");
    const list = Array.isArray(items) ? items : [items];
    if (list.length !== n) throw new ProtocolError(`/generate: ${list.length} responses, not ${n}`);
    return list.map((item) =>
      response(
        item.meta_info.output_token_logprobs.map((t) => t[1]),
        item.meta_info.output_token_logprobs.map((t) => t[0]),
        item.meta_info.finish_reason.type,
      ),
    );
  },
  loadWeights(dir) {
    return { method: "POST", path: "/update_weights_from_disk", body: { model_path: dir } };
  },
  parseLoadWeights(reply) {
    const r = parse(
      z.object({ success: z.boolean(), message: z.string().optional() }).loose(),
      reply,
      "/update_weights_from_disk",
    );
    if (!r.success) throw new ProtocolError(`weights not loaded: ${r.message ?? "no message"}`);
  },
  loadFailureHint: () => "",
};

const vllmChoice = z.object({
  index: z.number().int().min(0),
  token_ids: z.array(tokenId),
  logprobs: z.object({ token_logprobs: z.array(logProb) }).loose(),
  finish_reason: finishType,
});

/** vLLM: `vllm serve` (OpenAI-compatible), with the dev-mode `/collective_rpc` for reloads. */
export const vllm: Protocol = {
  type: "vllm",
  health: { method: "GET", path: "/health" },
  modelInfo: { method: "GET", path: "/v1/models" },
  parseModelInfo(reply) {
    const models = parse(
      z.object({ data: z.array(z.object({ id: z.string(), root: z.string() }).loose()).min(1) }),
      reply,
      "/v1/models",
    );
    const first = models.data[0] as { id: string; root: string };
    return { path: first.root, name: first.id };
  },
  generate(p, model) {
    return {
      method: "POST",
      path: "/v1/completions",
      body: {
        model: model.name,
        prompt: p.prompt,
        n: p.n,
        max_tokens: p.maxTokens,
        temperature: p.temperature,
        top_p: p.topP,
        stop_token_ids: p.stopTokenIds,
        seed: p.seed,
        // The chosen token's log-prob only; with --logprobs-mode processed_logprobs it is the
        // log-prob under the distribution sampled from.
        logprobs: 0,
        return_token_ids: true,
        skip_special_tokens: false,
      },
    };
  },
  parseGenerate(reply, n) {
    const r = parse(z.object({ choices: z.array(vllmChoice) }), reply, "/v1/completions");
    if (r.choices.length !== n) {
      throw new ProtocolError(`/v1/completions: ${r.choices.length} choices, not ${n}`);
    }
    return [...r.choices]
      .sort((a, b) => a.index - b.index)
      .map((c) => response(c.token_ids, c.logprobs.token_logprobs, c.finish_reason));
  },
  loadWeights() {
    return { method: "POST", path: "/collective_rpc", body: { method: "reload_weights" } };
  },
  parseLoadWeights(reply) {
    // An empty 200 when the workers return nothing, else {"results": [one per worker]}.
    const schema = z.union([z.null(), z.object({ results: z.array(z.unknown()) }).loose()]);
    parse(schema, reply, "/collective_rpc");
  },
  loadFailureHint: (message) =>
    /HTTP 404/.test(message)
      ? "vLLM serves /collective_rpc only when started with VLLM_SERVER_DEV_MODE=1"
      : "",
};

export const PROTOCOLS: Record<EngineType, Protocol> = { sglang, vllm };
