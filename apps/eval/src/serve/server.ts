/**
 * `prorl-eval serve`: prorl's verifiers and sandbox over HTTP, speaking the reward protocols of
 * the RL frameworks people train with (see the README for each wire format and its source).
 */
import { timingSafeEqual } from "node:crypto";
import { errorMessage, formatZodError, type TaskRegistry } from "@prorl/core";
import type { SandboxPool } from "@prorl/task-code";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { z } from "zod";
import { type ItemResult, itemError, scoreItem, type TaskOptionsByTask } from "../score-item.js";
import { Admission } from "./admission.js";
import {
  OpenRlhfBodySchema,
  parseLabel,
  responseOfQuery,
  ScoreBodySchema,
  SlimeBodySchema,
} from "./protocols.js";
import { DEFAULT_RUN_CODE_LIMITS, RunCodeRequestSchema, runCode } from "./run-code.js";

export interface ServeOptions {
  registry: TaskRegistry;
  /** Verifications running at once. */
  concurrency: number;
  /** Items that may wait beyond those running; more is answered 429. */
  queueSize: number;
  /** Largest request body, bytes; more is answered 413. */
  maxBodyBytes: number;
  /** Budget for one verification, ms. */
  itemTimeoutMs: number;
  /** Per-task default options (`--task-options`), already checked. */
  taskOptions?: TaskOptionsByTask;
  /** When set, every endpoint but /health needs `Authorization: Bearer KEY` (or `?api_key=KEY`). */
  apiKey?: string;
  /** Runs `/run_code` programs; without one, /run_code answers SandboxError. */
  sandbox?: SandboxPool;
  /** Told about items that could not be scored on endpoints that carry no error field. */
  onItemError?: (message: string) => void;
}

/** Seconds a client is asked to wait after a 429. */
const RETRY_AFTER_SECONDS = 1;

/** Builds the server (not listening yet): `app.listen(...)`, `app.close()` drains. */
export function createRewardServer(options: ServeOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: options.maxBodyBytes,
    logger: false,
    return503OnClosing: true,
    forceCloseConnections: "idle",
  });
  const admission = new Admission(options.concurrency, options.queueSize);
  const context = {
    registry: options.registry,
    taskOptions: options.taskOptions,
    timeoutMs: options.itemTimeoutMs,
  };

  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    void reply.code(status).send({ error: oneLine(errorMessage(error)) });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ error: `no such endpoint: ${request.method} ${request.url}` });
  });
  if (options.apiKey) app.addHook("onRequest", bearerCheck(options.apiKey));
  // While draining, answer in-flight requests with "Connection: close", so no kept-alive
  // connection holds close() open after its last reply.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    if (closing) void reply.header("connection", "close");
    return payload;
  });

  /** Runs `items` through the bounded queue in order, or answers 429 when they do not fit. */
  async function admitted<T>(
    reply: FastifyReply,
    items: readonly unknown[],
    score: (item: unknown, index: number) => Promise<T>,
  ): Promise<T[] | undefined> {
    if (!admission.tryAdmit(items.length)) {
      void reply
        .code(429)
        .header("retry-after", String(RETRY_AFTER_SECONDS))
        .send({ error: `queue full (${admission.held} items held); retry later` });
      return undefined;
    }
    try {
      return await Promise.all(items.map((item, i) => admission.run(() => score(item, i))));
    } finally {
      admission.release(items.length);
    }
  }

  app.get("/health", async () => ({
    status: "ok",
    running: admission.running,
    held: admission.held,
    concurrency: admission.concurrency,
    queueSize: admission.queueSize,
  }));

  app.get("/tasks", async () => ({
    tasks: options.registry.ids().map((id) => {
      const task = options.registry.get(id);
      return {
        id,
        domain: task.domain,
        rewardType: task.rewardType,
        package: options.registry.packageOf(id),
        options: Object.keys(task.optionsSchema?.shape ?? {}),
        loaders: Object.keys(task.loaders ?? {}),
        description: task.description ?? null,
      };
    }),
  }));

  app.post("/score", async (request, reply) => {
    const body = parseBody(ScoreBodySchema, request, reply);
    if (!body) return;
    const results = await admitted(reply, body.items, (item, i) =>
      scoreItem(item, context, `item ${i}`),
    );
    if (results) return { results };
  });

  app.post("/openrlhf", async (request, reply) => {
    const body = parseBody(OpenRlhfBodySchema, request, reply);
    if (!body) return;
    const results = await admitted(reply, body.query, (query, i) => {
      const label = parseLabel(body.labels[i]);
      if ("error" in label) return Promise.resolve(itemError(`query ${i}: ${label.error}`));
      const response = responseOfQuery(query as string, body.prompts?.[i]);
      return scoreItem({ ...label, response }, context, `query ${i}`);
    });
    if (!results) return;
    reportErrors(results, options.onItemError);
    const rewards = results.map((r) => r.reward);
    return {
      rewards,
      scores: rewards,
      extra_logs: {
        correct: results.map((r) => (r.correct ? 1 : 0)),
        invalid: results.map((r) => ("error" in r ? 1 : 0)),
      },
    };
  });

  app.post("/slime", async (request, reply) => {
    const body = parseBody(SlimeBodySchema, request, reply);
    if (!body) return;
    const results = await admitted(reply, [body], () => {
      const label = parseLabel(body.label);
      if ("error" in label) return Promise.resolve(itemError(`slime: ${label.error}`));
      return scoreItem({ ...label, response: body.response }, context, "slime");
    });
    if (!results) return;
    reportErrors(results, options.onItemError);
    // slime's remote_rm returns the reply body as the sample's reward: a bare number.
    return reply.type("application/json").send(JSON.stringify(results[0]?.reward ?? 0));
  });

  app.post("/run_code", async (request, reply) => {
    const body = parseBody(RunCodeRequestSchema, request, reply);
    if (!body) return;
    const sandbox = options.sandbox;
    const results = await admitted(reply, [body], () =>
      sandbox
        ? runCode(body, sandbox, DEFAULT_RUN_CODE_LIMITS)
        : Promise.resolve({
            status: "SandboxError" as const,
            message: "this server has no sandbox",
            compile_result: null,
            run_result: null,
            executor_pod_name: null,
            files: {},
          }),
    );
    if (results) return results[0];
  });

  return app;
}

/** The body checked against an endpoint's schema, or a 400 with one line naming the key. */
function parseBody<S extends z.ZodType>(
  schema: S,
  request: FastifyRequest,
  reply: FastifyReply,
): z.output<S> | undefined {
  const parsed = schema.safeParse(request.body);
  if (parsed.success) return parsed.data;
  void reply.code(400).send({ error: `invalid request body: ${formatZodError(parsed.error)}` });
  return undefined;
}

function reportErrors(results: ItemResult[], onItemError?: (message: string) => void): void {
  if (!onItemError) return;
  for (const result of results) if ("error" in result) onItemError(result.error);
}

function bearerCheck(key: string) {
  const expected = Buffer.from(key);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.split("?")[0] === "/health") return;
    const header = request.headers.authorization ?? "";
    const fromHeader = header.startsWith("Bearer ") ? header.slice(7) : undefined;
    const fromQuery = (request.query as Record<string, unknown> | undefined)?.api_key;
    const given = fromHeader ?? (typeof fromQuery === "string" ? fromQuery : "");
    const actual = Buffer.from(given);
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return;
    await reply
      .code(401)
      .header("www-authenticate", "Bearer")
      .send({ error: "missing or wrong API key (Authorization: Bearer KEY)" });
  };
}

function oneLine(text: string): string {
  return text.split("\n")[0]?.slice(0, 500) ?? "";
}
