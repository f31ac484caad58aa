import { resolve } from "node:path";
import { Sandbox, SandboxPool, SandboxUnavailableError } from "@prorl/task-code";
import type { FastifyInstance } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { loadTaskRegistry } from "../task-packages.js";
import { createRewardServer, type ServeOptions } from "./server.js";

const fixture = resolve(import.meta.dirname, "../../test-fixtures/serve-tasks.mjs");
const { registry } = await loadTaskRegistry([fixture]);

const servers: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

function server(overrides: Partial<ServeOptions> = {}): FastifyInstance {
  const app = createRewardServer({
    registry,
    concurrency: 4,
    queueSize: 64,
    maxBodyBytes: 1024 * 1024,
    itemTimeoutMs: 10_000,
    ...overrides,
  });
  servers.push(app);
  return app;
}

const post = (app: FastifyInstance, url: string, payload: unknown) =>
  app.inject({ method: "POST", url, payload: payload as object });

const math = (response: string, answer = "2") => ({
  task: "math",
  example: { problem: "1+1?", answer },
  response,
});
const label = (task: string, example: unknown, options?: unknown) =>
  JSON.stringify(options === undefined ? { task, example } : { task, example, options });

describe("POST /score", () => {
  it("scores items in order; a bad item gets reward 0 and an error, the others their verdicts", async () => {
    const reply = await post(server(), "/score", {
      items: [
        math("so \\boxed{2}"),
        { task: "nope", example: {}, response: "x" },
        math("2", "2"),
        { ...math("2"), options: { mode: "lenient" } },
        { ...math("2"), options: { mood: "lenient" } },
        {
          task: "demo/echo",
          example: { answer: "Yes" },
          response: "yes",
          options: { ignoreCase: true },
        },
        "not an object",
      ],
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().results).toEqual([
      { reward: 1, correct: true, reason: expect.any(String) },
      { reward: 0, correct: false, reason: "error", error: 'item 1: unknown task "nope"' },
      { reward: 0, correct: false, reason: "no boxed answer" },
      { reward: 1, correct: true, reason: expect.any(String) },
      {
        reward: 0,
        correct: false,
        reason: "error",
        error: 'item 4: unknown option "mood" for task math (known: mode, timeoutMs)',
      },
      { reward: 1, correct: true, reason: "match" },
      { reward: 0, correct: false, reason: "error", error: "item 6: expected a JSON object" },
    ]);
  });

  it("scores a raw data set row through the item's loader, and names a loader it lacks", async () => {
    const row = { question: "1+1?", answer: 2 };
    const reply = await post(server(), "/score", {
      items: [
        { task: "math", loader: "qa", example: row, response: "\\boxed{2}" },
        { task: "math", loader: "nope", example: row, response: "\\boxed{2}" },
        { task: "math", loader: "deepscaler", example: row, response: "\\boxed{2}" },
      ],
    });
    expect(reply.json().results).toEqual([
      { reward: 1, correct: true, reason: expect.any(String) },
      {
        reward: 0,
        correct: false,
        reason: "error",
        error: 'item 1: task math has no loader "nope" (it has: deepscaler, math, qa)',
      },
      {
        reward: 0,
        correct: false,
        reason: "error",
        error: expect.stringMatching(
          /^item 2: loader "deepscaler" of task math rejects the row: problem: /,
        ),
      },
    ]);
    // A label may carry a loader too (OpenRLHF, slime).
    const labelled = await post(server(), "/slime", {
      response: "\\boxed{2}",
      label: JSON.stringify({ task: "math", loader: "qa", example: row }),
    });
    expect(labelled.json()).toBe(1);
  });

  it("applies the server's per-task defaults, which an item's options override", async () => {
    const app = server({ taskOptions: { math: { mode: "lenient" } } });
    const reply = await post(app, "/score", {
      items: [math("2"), { ...math("2"), options: { mode: "strict" } }],
    });
    expect(reply.json().results.map((r: { reward: number }) => r.reward)).toEqual([1, 0]);
  });

  it("answers a malformed body with 400 and one line, an oversized one with 413", async () => {
    const app = server({ maxBodyBytes: 2048 });
    const bad = await app.inject({
      method: "POST",
      url: "/score",
      headers: { "content-type": "application/json" },
      payload: '{"items": [',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/not valid JSON/);
    const wrong = await post(app, "/score", { items: "all" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({
      error: "invalid request body: items: Invalid input: expected array, received string",
    });
    const big = await post(app, "/score", { items: [math("x".repeat(4096))] });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatch(/too large/i);
    expect((await app.inject({ method: "GET", url: "/nope" })).statusCode).toBe(404);
  });

  it("refuses with 429 and Retry-After while the queue is full, and serves again after", async () => {
    const app = server({ concurrency: 1, queueSize: 1 });
    const slow = { task: "demo/slow", example: { ms: 300 }, response: "ok" };
    const first = post(app, "/score", { items: [slow, slow] });
    await new Promise((r) => setTimeout(r, 50));
    const refused = await post(app, "/score", { items: [slow] });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect((await first).json().results).toHaveLength(2);
    const after = await post(app, "/score", { items: [slow] });
    expect(after.json().results[0]).toMatchObject({ reward: 1 });
  });

  it("gives an item past the time budget reward 0 and answers the rest", async () => {
    const app = server({ itemTimeoutMs: 100 });
    const reply = await post(app, "/score", {
      items: [{ task: "demo/slow", example: { ms: 2000 }, response: "ok" }, math("\\boxed{2}")],
    });
    expect(reply.json().results).toEqual([
      {
        reward: 0,
        correct: false,
        reason: "error",
        error: "item 0: verification took longer than 100 ms",
      },
      expect.objectContaining({ reward: 1 }),
    ]);
  });

  it("requires the bearer key when one is set, except on /health", async () => {
    const app = server({ apiKey: "s3cret" });
    expect((await post(app, "/score", { items: [] })).statusCode).toBe(401);
    const ok = await app.inject({
      method: "POST",
      url: "/score",
      headers: { authorization: "Bearer s3cret" },
      payload: { items: [] },
    });
    expect(ok.json()).toEqual({ results: [] });
    expect((await post(app, "/score?api_key=s3cret", { items: [] })).statusCode).toBe(200);
    expect((await post(app, "/score?api_key=wrong", { items: [] })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });
});

describe("POST /openrlhf (OpenRLHF remote reward model)", () => {
  it("answers rewards, scores and per-query extra_logs for query = prompt + response", async () => {
    const errors: string[] = [];
    const app = server({ onItemError: (m) => errors.push(m) });
    const prompt = "<|im_start|>user\n1+1?<|im_end|>\n<|im_start|>assistant\n";
    const example = { problem: "1+1?", answer: "2" };
    const reply = await post(app, "/openrlhf", {
      query: [`${prompt}so \\boxed{2}<|im_end|>`, `${prompt}\\boxed{3}<|im_end|>`, `${prompt}x`],
      prompts: [prompt, prompt, prompt],
      labels: [label("math", example), label("math", example), "not json"],
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({
      rewards: [1, 0, 0],
      scores: [1, 0, 0],
      extra_logs: { correct: [1, 0, 0], invalid: [0, 0, 1] },
    });
    expect(errors).toEqual([expect.stringMatching(/^query 2: label is not JSON/)]);
  });

  it("passes the label's options, and refuses lists of different lengths with 400", async () => {
    const app = server();
    const example = { answer: "Yes" };
    const reply = await post(app, "/openrlhf", {
      query: ["Say Yes: yes"],
      prompts: ["Say Yes: "],
      labels: [label("demo/echo", example, { ignoreCase: true })],
    });
    expect(reply.json().rewards).toEqual([1]);
    const bad = await post(app, "/openrlhf", { query: ["a", "b"], labels: ["x"] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe("invalid request body: labels: has 1 entries for 2 queries");
  });
});

describe("POST /slime (slime remote_rm)", () => {
  it("answers the reward as a bare JSON number", async () => {
    const app = server();
    const example = { problem: "1+1?", answer: "2" };
    const good = await post(app, "/slime", {
      prompt: "1+1?",
      response: "\\boxed{2}",
      label: label("math", example),
    });
    expect(good.headers["content-type"]).toMatch(/application\/json/);
    expect(good.body).toBe("1");
    const wrong = await post(app, "/slime", {
      prompt: "p",
      response: "\\boxed{5}",
      label: label("math", example),
    });
    expect(JSON.parse(wrong.body)).toBe(0);
    const unusable = await post(app, "/slime", { prompt: "p", response: "x", label: "{}" });
    expect(unusable.body).toBe("0");
    expect((await post(app, "/slime", { prompt: "p", label: "{}" })).statusCode).toBe(400);
  });
});

describe("GET /tasks and /health", () => {
  it("lists ids, domains, reward types, option and loader names", async () => {
    const app = server();
    const { tasks } = (await app.inject({ method: "GET", url: "/tasks" })).json();
    expect(tasks.find((t: { id: string }) => t.id === "math")).toMatchObject({
      domain: "math",
      rewardType: "binary",
      package: "@prorl/task-math",
      options: ["mode", "timeoutMs"],
      loaders: ["deepscaler", "math", "qa"],
    });
    expect(tasks.find((t: { id: string }) => t.id === "code")).toMatchObject({
      loaders: [
        "prime",
        "apps",
        "code_contests",
        "humaneval",
        "humaneval_plus",
        "mbpp",
        "livecodebench",
      ],
    });
    expect(tasks.find((t: { id: string }) => t.id === "demo/echo")).toMatchObject({
      options: ["ignoreCase"],
      loaders: [],
    });
    const health = (await app.inject({ method: "GET", url: "/health" })).json();
    expect(health).toMatchObject({ status: "ok", held: 0, concurrency: 4, queueSize: 64 });
  });
});

describe("draining", () => {
  it("close() lets a request in flight finish, then refuses new ones", async () => {
    const app = server();
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const inFlight = fetch(`http://127.0.0.1:${port}/score`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        items: [{ task: "demo/slow", example: { ms: 400 }, response: "ok" }],
      }),
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = app.close();
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    const body = (await reply.json()) as { results: unknown[] };
    expect(body.results[0]).toMatchObject({ reward: 1 });
    await closed;
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});

const sandbox = new Sandbox({ limits: { memoryBytes: 256 * 1024 * 1024 } });
const noSandbox = await sandbox.info().then(
  () => "",
  (error) => {
    if (!(error instanceof SandboxUnavailableError)) throw error;
    console.warn(`[eval] SKIPPED /run_code tests: ${error.message.slice(0, 200)}`);
    return error.message;
  },
);

describe.skipIf(noSandbox !== "")(
  "POST /run_code (SandboxFusion) on the bubblewrap sandbox",
  () => {
    const app = server({ sandbox: new SandboxPool(sandbox, { concurrency: 2 }) });
    const run = async (body: Record<string, unknown>) => {
      const reply = await post(app, "/run_code", { language: "python", ...body });
      expect(reply.statusCode).toBe(200);
      return reply.json();
    };

    it("answers Success with the run's stdout, as SandboxFusion's RunCodeResponse", async () => {
      const reply = await run({ code: "print(input()[::-1])", stdin: "abc", run_timeout: 5 });
      expect(reply).toEqual({
        status: "Success",
        message: "",
        compile_result: null,
        run_result: {
          status: "Finished",
          execution_time: expect.any(Number),
          return_code: 0,
          stdout: "cba\n",
          stderr: "",
        },
        executor_pod_name: null,
        files: {},
      });
      expect(reply.run_result.execution_time).toBeLessThan(5);
    });

    it("answers Failed with the return code and traceback of a crash, and of a syntax error", async () => {
      const crash = await run({ code: "import sys\nprint('x')\nsys.exit(4)" });
      expect(crash).toMatchObject({
        status: "Failed",
        run_result: { status: "Finished", return_code: 4, stdout: "x\n" },
      });
      const error = await run({ code: "raise ValueError('bad')" });
      expect(error.run_result.return_code).toBe(1);
      expect(error.run_result.stderr).toMatch(/ValueError: bad/);
      const syntax = await run({ code: "def f(:\n  pass" });
      expect(syntax).toMatchObject({ status: "Failed", run_result: { return_code: 1 } });
      expect(syntax.run_result.stderr).toMatch(/SyntaxError/);
    });

    it("answers TimeLimitExceeded past run_timeout, and restores the request's files", async () => {
      const slow = await run({ code: "while True:\n    pass", run_timeout: 0.5 });
      expect(slow).toMatchObject({
        status: "Failed",
        run_result: { status: "TimeLimitExceeded", return_code: null },
      });
      const files = { "in.txt": Buffer.from("42").toString("base64") };
      const read = await run({ code: "print(int(open('in.txt').read()) + 1)", files });
      expect(read.run_result.stdout).toBe("43\n");
    });

    it("answers SandboxError for a language other than python, 400 for a request without code", async () => {
      expect(await run({ code: "int main(){}", language: "cpp" })).toMatchObject({
        status: "SandboxError",
        message: 'language "cpp" is not supported here (python only)',
        run_result: null,
      });
      expect((await post(app, "/run_code", { language: "python" })).statusCode).toBe(400);
    });
  },
);
