// A stand-in for an SGLang or vLLM server in tests and the bench: it speaks the subset of both
// HTTP APIs that prorl-train uses, on top of @prorl/model. It really samples from the weights it
// has loaded (returning token ids and their log-probs under logits / temperature), really reloads
// them from the directory it is told, and can be told to fail the way real servers do.
import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { errorMessage } from "@prorl/core";
import { type CausalLM, generate, loadModel } from "@prorl/model";
import { z } from "zod";

/**
 * How the server misbehaves: 500s, replies of the wrong shape, well-formed replies with token ids
 * outside the model's vocabulary, or no reply at all.
 */
export type FailureMode = "none" | "500" | "garbage" | "out-of-vocabulary" | "hang";

export interface TestServerOptions {
  /** The model directory it starts on (vLLM reloads from this same path). */
  modelDir: string;
  /** The name /v1/models reports (vLLM's --served-model-name). */
  servedName?: string;
  /** Largest request body accepted. */
  maxBodyBytes?: number;
  /** Requests handled or waiting at once; more get 503. */
  maxQueue?: number;
  /** Hash the weights of every load into `loads` (off in the bench: it is not a server's work). */
  hashLoads?: boolean;
  /** Serve vLLM's /collective_rpc (vLLM: only with VLLM_SERVER_DEV_MODE=1). Default true. */
  devMode?: boolean;
  /** Where it listens (default 127.0.0.1, a free port). */
  host?: string;
  port?: number;
}

/** sha256 over the parameter names and float32 values: equal hashes, equal weights. */
export function weightsHash(model: CausalLM): string {
  const hash = createHash("sha256");
  for (const name of [...model.params.keys()].sort()) {
    const values = model.params.get(name)?.dataSync() as Float32Array;
    hash.update(name);
    hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
  return hash.digest("hex");
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const ids = z.array(z.number().int().min(0)).min(1);
const sglangRequest = z.object({
  input_ids: ids,
  sampling_params: z
    .object({
      temperature: z.number().min(0).default(1),
      top_p: z.number().gt(0).max(1).default(1),
      max_new_tokens: z.number().int().positive().default(128),
      n: z.number().int().positive().default(1),
      stop_token_ids: z.array(z.number().int()).optional(),
      sampling_seed: z.number().int().optional(),
    })
    .loose()
    .default({ temperature: 1, top_p: 1, max_new_tokens: 128, n: 1 }),
  return_logprob: z.boolean().optional(),
});
const vllmRequest = z.object({
  model: z.string(),
  prompt: ids,
  n: z.number().int().positive().default(1),
  max_tokens: z.number().int().positive().default(16),
  temperature: z.number().min(0).default(1),
  top_p: z.number().gt(0).max(1).default(1),
  stop_token_ids: z.array(z.number().int()).optional(),
  seed: z.number().int().optional(),
});

/** One test server on 127.0.0.1 and a random port. */
export class TestInferenceServer {
  /** What it does with the next requests. */
  failure: FailureMode = "none";
  /** Every successful weight load: the directory (links resolved) and the weights' hash ("" unhashed). */
  readonly loads: { dir: string; hash: string }[] = [];
  /** Generation requests answered. */
  generated = 0;
  private readonly sockets = new Set<Socket>();
  private readonly pending = new Set<ServerResponse>();
  private queued = 0;

  private constructor(
    private readonly server: Server,
    private model: CausalLM,
    private readonly opts: Required<TestServerOptions>,
    readonly url: string,
  ) {}

  static async start(options: TestServerOptions): Promise<TestInferenceServer> {
    const opts = {
      servedName: "prorl-policy",
      maxBodyBytes: 8 << 20,
      // Above the trainer's default maxInFlight (256), as a real engine queues what it is sent.
      maxQueue: 1024,
      hashLoads: true,
      devMode: true,
      host: "127.0.0.1",
      port: 0,
      ...options,
    };
    const model = await loadModel(opts.modelDir);
    const server = createServer();
    await new Promise<void>((ok, fail) => {
      server.once("error", fail);
      server.listen(opts.port, opts.host, ok);
    }).catch((error: unknown) => {
      model.dispose();
      throw error;
    });
    const { port } = server.address() as AddressInfo;
    const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
    const self = new TestInferenceServer(server, model, opts, `http://${host}:${port}`);
    server.on("connection", (socket) => {
      self.sockets.add(socket);
      socket.on("close", () => self.sockets.delete(socket));
    });
    server.on("request", (req, res) => void self.handle(req, res));
    return self;
  }

  /** The hash of the weights it serves now. */
  weightsHash(): string {
    return weightsHash(this.model);
  }

  /** Dies: stops listening and drops every connection, like a killed process. */
  async kill(): Promise<void> {
    for (const res of this.pending) res.destroy();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((ok) => this.server.close(() => ok()));
    this.model.dispose();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.queued >= this.opts.maxQueue) return this.reply(res, 503, { error: "queue full" });
    // A request holds its place until its reply is sent or its connection dropped.
    this.queued++;
    res.once("close", () => {
      this.queued--;
    });
    try {
      const body = await this.readBody(req);
      if (this.failure === "hang") {
        this.pending.add(res);
        return;
      }
      if (this.failure === "500") throw new HttpError(500, "internal error (told to fail)");
      const out = await this.route(req.method ?? "GET", req.url ?? "/", body);
      if (this.failure === "garbage") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"choices": [{"index": "zero"}], "meta_info": 7}');
        return;
      }
      this.reply(res, 200, out);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      this.reply(res, status, { error: errorMessage(error) });
    }
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > this.opts.maxBodyBytes) throw new HttpError(413, "request body too large");
      chunks.push(chunk);
    }
    if (size === 0) return undefined;
    try {
      return JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      throw new HttpError(400, "body is not JSON");
    }
  }

  private async route(method: string, path: string, body: unknown): Promise<unknown> {
    const key = `${method} ${path}`;
    switch (key) {
      case "GET /health":
        return {};
      case "GET /get_model_info":
        return {
          model_path: this.opts.modelDir,
          tokenizer_path: this.opts.modelDir,
          is_generation: true,
        };
      case "GET /v1/models":
        return {
          object: "list",
          data: [{ id: this.opts.servedName, object: "model", root: this.opts.modelDir }],
        };
      case "POST /generate":
        return this.sglangGenerate(body);
      case "POST /v1/completions":
        return this.vllmCompletions(body);
      case "POST /update_weights_from_disk":
        return this.sglangLoad(body);
      case "POST /collective_rpc":
        if (!this.opts.devMode) throw new HttpError(404, "Not Found");
        return this.vllmRpc(body);
      default:
        throw new HttpError(404, `no route ${key}`);
    }
  }

  private sample(prompt: number[], n: number, p: SampleParams) {
    this.generated++;
    const out = generate(
      this.model,
      Array.from({ length: n }, () => prompt),
      {
        maxNewTokens: p.maxTokens,
        temperature: p.temperature,
        topP: p.topP,
        seed: p.seed ?? this.generated,
        ...(p.stopTokenIds ? { eosTokenIds: p.stopTokenIds } : {}),
      },
    );
    if (this.failure !== "out-of-vocabulary") return out;
    const vocab = this.model.config.vocabSize;
    return out.map((g) => ({ ...g, ids: g.ids.map((id) => id + vocab) }));
  }

  private sglangGenerate(body: unknown): unknown {
    const r = parseRequest(sglangRequest, body);
    const s = r.sampling_params;
    const out = this.sample(r.input_ids, s.n, {
      maxTokens: s.max_new_tokens,
      temperature: s.temperature,
      topP: s.top_p,
      seed: s.sampling_seed,
      stopTokenIds: s.stop_token_ids,
    }).map((g) => ({
      text: "",
      output_ids: g.ids,
      meta_info: {
        prompt_tokens: r.input_ids.length,
        completion_tokens: g.ids.length,
        finish_reason:
          g.finishReason === "stop"
            ? { type: "stop", matched: g.ids[g.ids.length - 1] }
            : { type: "length", length: g.ids.length },
        output_token_logprobs: r.return_logprob
          ? g.ids.map((id, i) => [g.logProbs[i], id, null])
          : [],
      },
    }));
    return out.length === 1 ? out[0] : out;
  }

  private vllmCompletions(body: unknown): unknown {
    const r = parseRequest(vllmRequest, body);
    if (r.model !== this.opts.servedName) {
      throw new HttpError(404, `The model \`${r.model}\` does not exist.`);
    }
    const out = this.sample(r.prompt, r.n, {
      maxTokens: r.max_tokens,
      temperature: r.temperature,
      topP: r.top_p,
      seed: r.seed,
      stopTokenIds: r.stop_token_ids,
    });
    return {
      object: "text_completion",
      model: r.model,
      choices: out.map((g, index) => ({
        index,
        text: "",
        token_ids: g.ids,
        prompt_token_ids: r.prompt,
        logprobs: {
          tokens: g.ids.map((id) => `token_id:${id}`),
          token_logprobs: g.logProbs,
          top_logprobs: null,
          text_offset: g.ids.map(() => 0),
        },
        finish_reason: g.finishReason,
      })),
    };
  }

  /** Replaces the model with the one in `dir`; the old one stays on a failed load. */
  private async load(dir: string): Promise<void> {
    const next = await loadModel(dir);
    this.model.dispose();
    this.model = next;
    const hash = this.opts.hashLoads ? weightsHash(next) : "";
    this.loads.push({ dir: await realpath(dir), hash });
  }

  private async sglangLoad(body: unknown): Promise<unknown> {
    const r = parseRequest(z.object({ model_path: z.string().min(1) }).loose(), body);
    try {
      await this.load(r.model_path);
      return { success: true, message: "Succeeded to update model weights." };
    } catch (error) {
      return { success: false, message: `Failed to update weights: ${errorMessage(error)}` };
    }
  }

  private async vllmRpc(body: unknown): Promise<unknown> {
    const r = parseRequest(z.object({ method: z.string() }).loose(), body);
    if (r.method !== "reload_weights") throw new HttpError(400, `unknown method ${r.method}`);
    // vLLM's reload_weights reads the model path it was started with again.
    await this.load(this.opts.modelDir);
    return { results: [null] };
  }
}

interface SampleParams {
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number | undefined;
  stopTokenIds: number[] | undefined;
}

function parseRequest<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `invalid request at ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}
