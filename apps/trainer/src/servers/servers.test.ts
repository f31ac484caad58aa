import { lstat, mkdir, mkdtemp, readdir, readlink, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ByteTokenizer, CausalLM, parseConfig, saveModel, selectBackend } from "@prorl/model";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { TestInferenceServer, weightsHash } from "../testing/inference-server.js";
import { TINY_MODEL_INIT } from "../testing/tiny-config.js";
import { checkServer } from "./checks.js";
import { type PoolOptions, RolloutServerError, ServerPool } from "./pool.js";
import { type EngineType, PROTOCOLS, ProtocolError } from "./protocols.js";
import { ServerSampler } from "./sampler.js";
import { CURRENT_LINK, WeightSync } from "./weight-sync.js";

const config = parseConfig(TINY_MODEL_INIT);

let dir: string;
const servers: TestInferenceServer[] = [];
let warnings: string[] = [];

beforeAll(async () => {
  await selectBackend("wasm");
});

afterEach(async () => {
  for (const s of servers.splice(0)) await s.kill().catch(() => {});
  if (dir) await rm(dir, { recursive: true, force: true });
  warnings = [];
});

async function modelDir(
  name: string,
  seed: number,
  shape: object = TINY_MODEL_INIT,
): Promise<string> {
  const path = join(dir, name);
  const model = CausalLM.random(parseConfig(shape), seed);
  await saveModel(model, path, { tokenizer: new ByteTokenizer() });
  model.dispose();
  return path;
}

async function startServers(count: number, modelPath: string): Promise<TestInferenceServer[]> {
  const started = await Promise.all(
    Array.from({ length: count }, () => TestInferenceServer.start({ modelDir: modelPath })),
  );
  servers.push(...started);
  return started;
}

function pool(urls: string[], overrides: Partial<PoolOptions> = {}): ServerPool {
  return new ServerPool(urls, {
    timeoutS: 5,
    maxInFlight: 16,
    attempts: 3,
    maxFailures: 2,
    backoffMs: 1,
    warn: (t) => warnings.push(t),
    ...overrides,
  });
}

async function sampler(type: EngineType, started: TestInferenceServer[], p: ServerPool) {
  const served = new Map();
  for (const s of started) {
    const info = await checkServer(PROTOCOLS[type], s.url, config, {
      timeoutS: 5,
      stopTokenIds: [258],
      warn: (t) => warnings.push(t),
    });
    served.set(s.url, info);
  }
  return new ServerSampler(PROTOCOLS[type], p, served, config.vocabSize);
}

const request = (prompts: number[][], seed = "s") => ({
  prompts,
  n: 3,
  temperature: 1.2,
  topP: 1,
  maxTokens: 5,
  stopTokenIds: [258],
  seed,
});

describe.each(["sglang", "vllm"] as const)("%s protocol against test servers", (type) => {
  it("samples n responses per prompt with ids, log-probs and finish reasons, seeded", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(2, await modelDir("m", 1));
    const p = pool(started.map((s) => s.url));
    const s = await sampler(type, started, p);
    const out = await s.sample(request([[10, 11, 12], [20, 21], [30]]));
    expect(out).toHaveLength(3);
    for (const group of out) {
      expect(group).toHaveLength(3);
      for (const r of group) {
        expect(r.ids.length).toBe(r.logProbs.length);
        expect(r.ids.length).toBeGreaterThan(0);
        expect(r.ids.every((id) => id >= 0 && id < 259)).toBe(true);
        expect(r.logProbs.every((lp) => lp <= 0 && Number.isFinite(lp))).toBe(true);
        expect(r.finishReason === "length" ? r.ids.length === 5 : r.ids.at(-1) === 258).toBe(true);
      }
    }
    // The same seed gives the same responses whichever server answers each prompt.
    expect(await s.sample(request([[10, 11, 12], [20, 21], [30]]))).toEqual(out);
    expect(await s.sample(request([[10, 11, 12]], "other"))).not.toEqual([out[0]]);
  });

  it("spreads requests over the servers, least outstanding first", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(2, await modelDir("m", 1));
    const s = await sampler(type, started, pool(started.map((x) => x.url)));
    const before = started.map((x) => x.generated);
    await s.sample(request([[1], [2], [3], [4], [5], [6]]));
    expect(started.map((x, i) => x.generated - (before[i] as number))).toEqual([3, 3]);
  });

  it("retries on the other server when one fails, and takes the failing one out", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(2, await modelDir("m", 1));
    const p = pool(started.map((x) => x.url));
    const s = await sampler(type, started, p);
    (started[0] as TestInferenceServer).failure = "500";
    const out = await s.sample(request([[1], [2], [3], [4]]));
    expect(out.flat()).toHaveLength(12);
    expect(p.inRotation).toEqual([started[1]?.url]);
    expect(warnings.join("\n")).toMatch(/taken out of rotation \(2 failures in a row.*HTTP 500/);
    expect(p.takeRetries()).toBeGreaterThanOrEqual(2);
  });

  it("a retry goes to a server that has not failed the request", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(2, await modelDir("m", 1));
    // Two tries and a failing server that stays in rotation: every retry must go elsewhere.
    const p = pool(
      started.map((x) => x.url),
      { attempts: 2, maxFailures: 100 },
    );
    const s = await sampler(type, started, p);
    (started[0] as TestInferenceServer).failure = "500";
    const before = (started[1] as TestInferenceServer).generated;
    const out = await s.sample(request([[1], [2], [3], [4], [5], [6]]));
    expect(out.flat()).toHaveLength(18);
    expect(p.inRotation).toHaveLength(2);
    expect((started[1] as TestInferenceServer).generated - before).toBe(6);
    expect(p.takeRetries()).toBeGreaterThan(0);
  });

  it("weight sync: atomic versioned dirs, every server loads them, old ones pruned", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const weightsDir = join(dir, "weights");
    const initial = await modelDir("initial", 1);
    // vLLM servers start on WEIGHTS/current and reload from it.
    const launch = type === "vllm" ? join(weightsDir, CURRENT_LINK) : initial;
    await mkdir(weightsDir, { recursive: true });
    if (type === "vllm") await symlink(initial, launch);
    const started = await startServers(2, launch);
    // What a trainer killed while writing leaves behind.
    await mkdir(join(weightsDir, ".v-000007.4242.tmp"), { recursive: true });
    const p = pool(started.map((x) => x.url));
    const sync = new WeightSync(PROTOCOLS[type], p, {
      weightsDir,
      dtype: "f32",
      timeoutS: 5,
      tokenizer: new ByteTokenizer(),
      prompts: { templates: {}, chatTemplate: false },
    });
    for (const step of [1, 2]) {
      const policy = CausalLM.random(config, 100 + step);
      const { dir: version, ms } = await sync.sync(policy, step);
      expect(version).toBe(join(weightsDir, `v-00000${step}`));
      expect(ms).toBeGreaterThan(0);
      for (const s of started) expect(s.weightsHash()).toBe(weightsHash(policy));
      policy.dispose();
    }
    expect((await readdir(weightsDir)).sort()).toEqual([CURRENT_LINK, "v-000002"]);
    expect((await lstat(join(weightsDir, CURRENT_LINK))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(weightsDir, CURRENT_LINK))).toBe("v-000002");
  });

  it("a server whose weight load fails leaves the rotation; none left is an error", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(2, await modelDir("m", 1));
    const p = pool(started.map((x) => x.url));
    const sync = new WeightSync(PROTOCOLS[type], p, {
      weightsDir: join(dir, "weights"),
      dtype: "f32",
      timeoutS: 5,
      tokenizer: new ByteTokenizer(),
      prompts: { templates: {}, chatTemplate: false },
    });
    const policy = CausalLM.random(config, 7);
    (started[0] as TestInferenceServer).failure = "500";
    await sync.sync(policy, 1);
    expect(p.inRotation).toEqual([started[1]?.url]);
    expect(warnings.join("\n")).toMatch(/taken out of rotation \(weight sync failed/);
    (started[1] as TestInferenceServer).failure = "garbage";
    await expect(sync.sync(policy, 2)).rejects.toThrow(
      /weight sync of .*v-000002 failed on every inference server/,
    );
    policy.dispose();
  });
});

describe("failures end in one clear line", () => {
  it.each([
    ["500", /failed 3 times \(last: .*HTTP 500/],
    ["garbage", /unexpected reply/],
    ["out-of-vocabulary", /token id \d+ outside the vocabulary of 259/],
    ["hang", /no reply in 0.3 s/],
  ] as const)("a server that answers %s: retries, then an error", async (mode, message) => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(1, await modelDir("m", 1));
    const p = pool([started[0]?.url as string], { timeoutS: 0.3, maxFailures: 5 });
    const s = await sampler("sglang", started, p);
    (started[0] as TestInferenceServer).failure = mode;
    const error = await s.sample(request([[1]])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RolloutServerError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
    expect(p.takeRetries()).toBe(2);
  });

  it("no server left in rotation", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const started = await startServers(2, await modelDir("m", 1));
    const p = pool(
      started.map((x) => x.url),
      { attempts: 10, maxFailures: 1 },
    );
    const s = await sampler("vllm", started, p);
    for (const x of started) await x.kill();
    servers.length = 0;
    await expect(s.sample(request([[1]]))).rejects.toThrow(
      /no inference server left in rotation \(last failure: .*ECONNREFUSED/,
    );
  });

  it("start-up checks name the server and what is wrong", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const other = await modelDir("other", 1, {
      ...TINY_MODEL_INIT,
      vocab_size: 300,
      hidden_size: 32,
    });
    const [wrong] = await startServers(1, other);
    const opts = { timeoutS: 2, stopTokenIds: [258], warn: (t: string) => warnings.push(t) };
    await expect(checkServer(PROTOCOLS.sglang, wrong?.url as string, config, opts)).rejects.toThrow(
      new RegExp(
        `inference server ${wrong?.url} \\(sglang\\): serves .*other, which does not match the policy: vocabSize 300 \\(policy 259\\), hiddenSize 32 \\(policy 16\\)`,
      ),
    );
    const [gone] = await startServers(1, await modelDir("m", 1));
    await gone?.kill();
    await expect(checkServer(PROTOCOLS.vllm, gone?.url as string, config, opts)).rejects.toThrow(
      new RegExp(`inference server ${gone?.url} \\(vllm\\): not reachable: .*ECONNREFUSED`),
    );
    const [probeFails] = await startServers(1, await modelDir("m", 1));
    (probeFails as TestInferenceServer).failure = "garbage";
    await expect(
      checkServer(PROTOCOLS.vllm, probeFails?.url as string, config, opts),
    ).rejects.toThrow(/\(vllm\): model info: \/v1\/models: unexpected reply/);
  });
});

describe("weight sync on a vLLM without VLLM_SERVER_DEV_MODE", () => {
  it("fails with the reason and what to do", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const server = await TestInferenceServer.start({
      modelDir: await modelDir("m", 1),
      devMode: false,
    });
    servers.push(server);
    const p = pool([server.url]);
    const sync = new WeightSync(PROTOCOLS.vllm, p, {
      weightsDir: join(dir, "weights"),
      dtype: "bf16",
      timeoutS: 5,
      tokenizer: new ByteTokenizer(),
      prompts: { templates: {}, chatTemplate: false },
    });
    const policy = CausalLM.random(config, 3);
    await expect(sync.sync(policy, 1)).rejects.toThrow(
      /failed on every inference server \(last: .*\/collective_rpc: HTTP 404.*; vLLM serves \/collective_rpc only when started with VLLM_SERVER_DEV_MODE=1\)$/,
    );
    policy.dispose();
  });
});

describe("weight sync refuses a weights directory it cannot manage", () => {
  it("a real directory where the current link goes is one clear error", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const [server] = await startServers(1, await modelDir("m", 1));
    await mkdir(join(dir, "weights", CURRENT_LINK, "something"), { recursive: true });
    const sync = new WeightSync(PROTOCOLS.sglang, pool([server?.url as string]), {
      weightsDir: join(dir, "weights"),
      dtype: "f32",
      timeoutS: 5,
      tokenizer: new ByteTokenizer(),
      prompts: { templates: {}, chatTemplate: false },
    });
    const policy = CausalLM.random(config, 3);
    await expect(sync.sync(policy, 1)).rejects.toThrow(
      /weights\/current must be a symbolic link the trainer can replace \(or absent\)/,
    );
    policy.dispose();
    expect((await readdir(join(dir, "weights"))).sort()).toEqual([CURRENT_LINK, "v-000001"]);
  });
});

describe("the test server survives bad requests", () => {
  it("answers oversized, non-JSON, invalid and unknown requests with 4xx and bounds its queue", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-servers-"));
    const server = await TestInferenceServer.start({
      modelDir: await modelDir("m", 1),
      maxBodyBytes: 1000,
      maxQueue: 1,
    });
    servers.push(server);
    const post = (path: string, body: string) =>
      fetch(`${server.url}${path}`, { method: "POST", body }).then((r) => r.status);
    expect(await post("/generate", JSON.stringify({ input_ids: new Array(1000).fill(1) }))).toBe(
      413,
    );
    expect(await post("/generate", "{not json")).toBe(400);
    expect(await post("/generate", JSON.stringify({ input_ids: [-1] }))).toBe(400);
    expect(await post("/v1/completions", JSON.stringify({ model: "other", prompt: [1] }))).toBe(
      404,
    );
    expect(await post("/nope", "{}")).toBe(404);
    server.failure = "hang";
    const hanging = fetch(`${server.url}/health`).catch(() => null);
    await new Promise((r) => setTimeout(r, 50));
    expect((await fetch(`${server.url}/health`)).status).toBe(503);
    server.failure = "none";
    await server.kill();
    servers.length = 0;
    await hanging;
  });
});

describe("protocol replies", () => {
  it("refuses replies whose ids and log-probs disagree or that have the wrong shape", () => {
    const sglangReply = {
      meta_info: {
        output_token_logprobs: [[-0.5, 3, null]],
        finish_reason: { type: "length" },
      },
    };
    expect(PROTOCOLS.sglang.parseGenerate(sglangReply, 1)).toEqual([
      { ids: [3], logProbs: [-0.5], finishReason: "length" },
    ]);
    expect(() => PROTOCOLS.sglang.parseGenerate([sglangReply], 2)).toThrow(/1 responses, not 2/);
    const vllmReply = (logProbs: number[]) => ({
      choices: [
        {
          index: 0,
          token_ids: [3, 4],
          logprobs: { token_logprobs: logProbs },
          finish_reason: "stop",
        },
      ],
    });
    expect(() => PROTOCOLS.vllm.parseGenerate(vllmReply([-1]), 1)).toThrow(ProtocolError);
    expect(() => PROTOCOLS.vllm.parseGenerate(vllmReply([-1, 0.5]), 1)).toThrow(
      /choices.0.logprobs.token_logprobs.1/,
    );
    expect(() => PROTOCOLS.sglang.parseLoadWeights({ success: false, message: "shape" })).toThrow(
      /weights not loaded: shape/,
    );
    // vLLM answers an empty 200 when the workers' reload_weights returns nothing.
    expect(() => PROTOCOLS.vllm.parseLoadWeights(null)).not.toThrow();
    expect(() => PROTOCOLS.vllm.parseLoadWeights({ detail: "Not Found" })).toThrow(ProtocolError);
  });
});
