import { type StdioOptions, spawn } from "node:child_process";
import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { TaskRegistry } from "@prorl/core";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeServer, type FakeServerOptions, startFakeOpenAI } from "./fake-openai.js";
import { main } from "./program.js";
import { runEval } from "./run.js";
import {
  type EngineConfig,
  type EvalConfigInput,
  loadEvalConfig,
  parseEvalConfig,
} from "./run-config.js";

const fixture = resolve(import.meta.dirname, "../test-fixtures/eval-tasks.mjs");

/** An eval config of 8 prompts against a server, one request at a time, in a new directory. */
async function slowRunSetup(
  prefix: string,
  name: string,
  server: FakeServer,
  blendSeed?: number,
): Promise<string> {
  const seed = blendSeed === undefined ? "" : `seed: ${blendSeed}, `;
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await writeFile(
    join(dir, "eval.yaml"),
    [
      `name: ${name}`,
      "output: out",
      `engine: { type: openai, baseURL: "${server.baseURL}", model: fake-model, concurrency: 1 }`,
      "sampling: { n: 4 }",
      `tasks: [${JSON.stringify(fixture)}]`,
      `benchmarks: { ${seed}components: [{ task: demo/add, source: { generator: {} }, count: 8 }] }`,
    ].join("\n"),
  );
  return dir;
}

/** `prorl-eval run` on that config in a real process, from the sources. */
function spawnCli(dir: string, stdio: StdioOptions) {
  return spawn(
    process.execPath,
    [
      "-C",
      "@prorl/source",
      "--import",
      "tsx",
      "apps/eval/src/cli.ts",
      "run",
      "--config",
      join(dir, "eval.yaml"),
      "-q",
    ],
    { cwd: resolve(import.meta.dirname, "../../.."), stdio },
  );
}
let registry: TaskRegistry;
let servers: FakeServer[] = [];

beforeAll(async () => {
  registry = new TaskRegistry();
  await registry.load(fixture);
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  vi.restoreAllMocks();
});

/** Sums right on even sample indices, words said in full on index 0 and half on the others. */
function answer(prompt: string, index: number): string {
  const sum = /^(\d+)\+(\d+)=$/.exec(prompt);
  if (sum) return index % 2 === 0 ? String(Number(sum[1]) + Number(sum[2])) : "?";
  const words = prompt.replace(/^Say: /, "").split(" ");
  return index === 0 ? words.join(" ") : (words[0] ?? "");
}

async function serve(options: Partial<FakeServerOptions> = {}): Promise<FakeServer> {
  const server = await startFakeOpenAI({ answer, lifetimeMs: 20_000, ...options });
  servers.push(server);
  return server;
}

async function configFor(
  server: FakeServer,
  engine: Partial<Record<string, unknown>> = {},
  dir?: string,
) {
  const output = dir ?? (await mkdtemp(join(tmpdir(), "prorl-openai-")));
  const input: EvalConfigInput = {
    name: "fake",
    output,
    engine: { type: "openai", baseURL: server.baseURL, model: "fake-model", ...engine } as never,
    sampling: { n: 4 },
    k: [1, 2, 4],
    benchmarks: {
      seed: 1,
      components: [
        { name: "Add", task: "demo/add", source: { generator: {} }, count: 3 },
        { name: "Words", task: "demo/words", source: { generator: {} }, count: 2 },
      ],
    },
  };
  return parseEvalConfig(input);
}

describe("the openai engine against a local OpenAI-compatible server", () => {
  it("asks once per prompt for n samples with the paper's sampling settings and scores them", async () => {
    // The wrong sums ran out of tokens.
    const server = await serve({
      finishReason: (prompt, i) => (prompt.includes("+") && i % 2 === 1 ? "length" : "stop"),
    });
    process.env.PRORL_FAKE_KEY = "sk-test";
    const config = await configFor(server, { apiKeyEnv: "PRORL_FAKE_KEY", concurrency: 3 });
    const results = await runEval(config, { registry });
    expect(server.requests).toHaveLength(5);
    for (const request of server.requests) {
      expect(request.path).toBe("/v1/completions");
      expect(request.authorization).toBe("Bearer sk-test");
      expect(request.body).toMatchObject({
        model: "fake-model",
        n: 4,
        temperature: 0.6,
        top_p: 0.95,
      });
    }
    const add = results.tasks.find((t) => t.benchmark === "Add");
    // c = 2 of n = 4 on every problem: pass@1 = 1/2, pass@2 = 1 - 1/6, pass@4 = 1.
    expect(add?.passAtK).toEqual({ "1": 0.5, "2": expect.closeTo(5 / 6, 12), "4": 1 });
    const words = results.tasks.find((t) => t.benchmark === "Words");
    expect(words?.meanReward).toBeCloseTo((1 + 0.5 * 3) / 4, 12);
    expect(add?.truncated).toBe(0.5);
    expect(words?.truncated).toBe(0);
    expect(results.truncated).toBeCloseTo(6 / 20, 12);
  });

  it("retries 429 and 5xx replies with backoff", async () => {
    const server = await serve({
      plan: (n) => (n === 1 ? { status: 429 } : n === 2 ? { status: 503 } : undefined),
    });
    const config = await configFor(server, { concurrency: 1 });
    const results = await runEval(config, { registry });
    expect(server.requests.map((r) => r.status)).toEqual([429, 503, 200, 200, 200, 200, 200]);
    expect(results.tasks.find((t) => t.benchmark === "Add")?.passAtK["1"]).toBe(0.5);
  });

  it("uses chat completions, one request per sample when asked", async () => {
    const server = await serve();
    const parsed = await configFor(server, { api: "chat", samplesPerRequest: "one" });
    const config = { ...parsed, sampling: { ...parsed.sampling, seed: 5 } };
    const results = await runEval(config, { registry });
    // Each sample of a prompt gets its own seed, or a seeded server would repeat itself.
    const first = server.requests[0]?.body.messages;
    const seeds = server.requests
      .filter((r) => JSON.stringify(r.body.messages) === JSON.stringify(first))
      .map((r) => r.body.seed)
      .sort();
    expect(seeds).toEqual([5, 6, 7, 8]);
    expect(server.requests).toHaveLength(5 * 4);
    expect(server.requests[0]?.path).toBe("/v1/chat/completions");
    expect(server.requests[0]?.body).toMatchObject({ n: 1, messages: [{ role: "user" }] });
    // Each request is sample 0 of its own: always the right sum.
    expect(results.tasks.find((t) => t.benchmark === "Add")?.passAtK["1"]).toBe(1);
  });

  it("resumes an interrupted run from the generations cache without asking again", async () => {
    // The first server dies after two replies (a 400 is not retried).
    const first = await serve({ plan: (n) => (n > 2 ? { status: 400 } : undefined) });
    const config = await configFor(first, { concurrency: 1 });
    await expect(runEval(config, { registry })).rejects.toThrow(/HTTP 400/);
    const cachePath = join(config.output, "generations.jsonl");
    const cached = (await readFile(cachePath, "utf8")).trim().split("\n");
    expect(cached).toHaveLength(2);
    // A crash in the middle of a write leaves a torn last line: it is dropped on resume.
    await appendFile(cachePath, '{"key":"torn","resp');

    const second = await serve();
    const resumed = await configFor(second, { concurrency: 2 }, config.output);
    const results = await runEval(resumed, { registry });
    expect(second.requests).toHaveLength(3);
    const asked = [...first.requests.filter((r) => r.status === 200), ...second.requests].map(
      (r) => r.body.prompt,
    );
    expect(new Set(asked).size).toBe(5);
    expect(results.tasks.find((t) => t.benchmark === "Add")?.passAtK["2"]).toBeCloseTo(5 / 6, 12);
    expect((await readFile(cachePath, "utf8")).trim().split("\n")).toHaveLength(5);

    // A finished run asks for nothing more.
    const third = await serve();
    await runEval(await configFor(third, {}, config.output), { registry });
    expect(third.requests).toHaveLength(0);
  });

  it("resumes after the process is killed mid-run, asking only for what was not cached", async () => {
    const slow = await serve({ plan: () => ({ delayMs: 150 }) });
    const dir = await slowRunSetup("prorl-kill-", "killed", slow, 1);
    const child = spawnCli(dir, ["ignore", "ignore", "ignore"]);
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    const cachePath = join(dir, "out/generations.jsonl");
    const cachedLines = async () =>
      (await readFile(cachePath, "utf8").catch(() => "")).split("\n").filter((l) => l).length;
    const deadline = Date.now() + 15_000;
    while ((await cachedLines()) < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await exited;
    const cachedBefore = (await readFile(cachePath, "utf8"))
      .split("\n")
      .filter((l) => l.endsWith("}"))
      .map((l) => JSON.parse(l).prompt as string);
    expect(cachedBefore.length).toBeGreaterThanOrEqual(2);
    expect(cachedBefore.length).toBeLessThan(8);

    const fast = await serve();
    // The same config file, now pointing at a server that answers at once.
    const config = await loadEvalConfig(join(dir, "eval.yaml"));
    const engine = { ...config.engine, baseURL: fast.baseURL } as EngineConfig;
    const results = await runEval({ ...config, engine }, { registry });
    const askedAgain = fast.requests.map((r) => r.body.prompt as string);
    expect(askedAgain).toHaveLength(8 - cachedBefore.length);
    for (const prompt of askedAgain) expect(cachedBefore).not.toContain(prompt);
    expect(results.tasks[0]?.problems).toBe(8);
  }, 30_000);

  it("on Ctrl-C says where the generations are and how to resume, exit 130", async () => {
    const slow = await serve({ plan: () => ({ delayMs: 150 }) });
    const dir = await slowRunSetup("prorl-sigint-", "interrupted", slow);
    const child = spawnCli(dir, ["ignore", "ignore", "pipe"]);
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    const deadline = Date.now() + 15_000;
    while (slow.requests.length < 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toMatch(
      /^prorl-eval: interrupted; generations so far are in .*out\/generations\.jsonl: run the same command again to resume\n$/,
    );
  }, 30_000);

  it("refuses a cache made with other sampling settings", async () => {
    const server = await serve();
    const config = await configFor(server);
    await runEval(config, { registry });
    const hotter = { ...config, sampling: { ...config.sampling, temperature: 1 } };
    await expect(runEval(hotter, { registry })).rejects.toThrow(/other settings/);
  });

  it("times out a slow server", async () => {
    const server = await serve({ plan: () => ({ delayMs: 3000 }) });
    const config = await configFor(server, { timeoutSeconds: 0.2, maxRetries: 0 });
    await expect(runEval(config, { registry })).rejects.toThrow(/timed out/);
  });
});

describe("prorl-eval run errors", () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });

  async function writeConfig(engine: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "prorl-openai-cli-"));
    await writeFile(
      join(dir, "eval.yaml"),
      [
        "name: x",
        "output: out",
        `engine: ${engine}`,
        `tasks: [${JSON.stringify(fixture)}]`,
        "benchmarks: { components: [{ task: demo/add, source: { generator: {} }, count: 1 }] }",
      ].join("\n"),
    );
    return join(dir, "eval.yaml");
  }

  it("an unreachable server is a one-line error and exit 1", async () => {
    const server = await serve();
    const url = server.baseURL;
    await server.close();
    const config = await writeConfig(
      `{ type: openai, baseURL: "${url}", model: m, maxRetries: 0 }`,
    );
    expect(await main(["node", "prorl-eval", "run", "--config", config, "-q"])).toBe(1);
    expect(stderr.join("")).toMatch(
      /^prorl-eval: http:\/\/127\.0\.0\.1:\d+\/v1: cannot reach the server \([^\n]*\)\n$/,
    );
  });

  it("an API key variable that is not set is a one-line error", async () => {
    delete process.env.PRORL_UNSET_KEY;
    const config = await writeConfig(
      "{ type: openai, baseURL: 'http://127.0.0.1:9/v1', model: m, apiKeyEnv: PRORL_UNSET_KEY }",
    );
    expect(await main(["node", "prorl-eval", "run", "--config", config, "-q"])).toBe(1);
    expect(stderr.join("")).toBe(
      "prorl-eval: engine.apiKeyEnv: environment variable PRORL_UNSET_KEY is not set\n",
    );
  });
});
