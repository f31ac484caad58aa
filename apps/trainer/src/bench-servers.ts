// `pnpm --filter @prorl/trainer bench:servers`: the server rollout path against two test inference
// servers (src/testing/inference-server.ts) in this process: generation requests per second
// through the pool (the embedded default's model and rollout shape, and the local sampler on the
// same work for comparison), and the weight sync time (write + both servers load) for the
// embedded default's weights and a ~100M-parameter Qwen2-shaped model's, f32 and bf16.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ByteTokenizer,
  CausalLM,
  parameterCount,
  parseConfig,
  saveModel,
  selectBackend,
} from "@prorl/model";
import { loadTrainConfig } from "./config.js";
import { presetPath } from "./program.js";
import { LocalSampler, type SampleRequest, type Sampler } from "./sampler.js";
import { checkServer } from "./servers/checks.js";
import { ServerPool } from "./servers/pool.js";
import { type EngineType, PROTOCOLS, type ServedModel } from "./servers/protocols.js";
import { ServerSampler } from "./servers/sampler.js";
import { WeightSync } from "./servers/weight-sync.js";
import { TestInferenceServer } from "./testing/inference-server.js";

const ROUNDS = Number(process.env.PRORL_BENCH_ROUNDS ?? 3);
const SYNCS = Number(process.env.PRORL_BENCH_SYNCS ?? 3);

/** About 100M parameters: 12 layers of width 768 over a 32k vocabulary, tied embeddings. */
const MODEL_100M = {
  model_type: "qwen2",
  vocab_size: 32000,
  hidden_size: 768,
  intermediate_size: 2048,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  num_key_value_heads: 4,
  eos_token_id: 2,
  tie_word_embeddings: true,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function startServers(modelDir: string): Promise<TestInferenceServer[]> {
  return [
    await TestInferenceServer.start({ modelDir, hashLoads: false }),
    await TestInferenceServer.start({ modelDir, hashLoads: false }),
  ];
}

async function serverSampler(type: EngineType, servers: TestInferenceServer[], policy: CausalLM) {
  const urls = servers.map((s) => s.url);
  const pool = new ServerPool(urls, {
    timeoutS: 600,
    maxInFlight: 256,
    attempts: 1,
    maxFailures: 1,
    backoffMs: 0,
    warn: (t) => console.error(t),
  });
  const served = new Map<string, ServedModel>();
  const checkOptions = { timeoutS: 600, stopTokenIds: policy.config.eosTokenIds, warn: () => {} };
  for (const url of urls) {
    served.set(url, await checkServer(PROTOCOLS[type], url, policy.config, checkOptions));
  }
  return {
    pool,
    sampler: new ServerSampler(PROTOCOLS[type], pool, served, policy.config.vocabSize),
  };
}

/** Requests (one per prompt) per second and responses per second over `ROUNDS` rounds. */
async function throughput(sampler: Sampler, request: SampleRequest) {
  await sampler.sample({ ...request, seed: "warm-up" });
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) await sampler.sample({ ...request, seed: `${r}` });
  const s = (performance.now() - t0) / 1000;
  const requests = ROUNDS * request.prompts.length;
  return { requestsPerS: requests / s, responsesPerS: (requests * request.n) / s };
}

async function syncTimes(
  dir: string,
  shape: object,
  seed: number,
): Promise<{ params: number; f32: number; bf16: number }> {
  const config = parseConfig(shape);
  const policy = CausalLM.random(config, seed);
  const initial = join(dir, `initial-${seed}`);
  await saveModel(policy, initial, { tokenizer: new ByteTokenizer() });
  const servers = await startServers(initial);
  try {
    const { pool } = await serverSampler("sglang", servers, policy);
    const times = { f32: 0, bf16: 0 };
    for (const dtype of ["f32", "bf16"] as const) {
      const sync = new WeightSync(PROTOCOLS.sglang, pool, {
        weightsDir: join(dir, `weights-${seed}-${dtype}`),
        dtype,
        timeoutS: 600,
        tokenizer: new ByteTokenizer(),
        prompts: { templates: {}, chatTemplate: false },
      });
      const ms: number[] = [];
      for (let step = 1; step <= SYNCS; step++) ms.push((await sync.sync(policy, step)).ms);
      times[dtype] = median(ms);
    }
    return { params: parameterCount(config), ...times };
  } finally {
    for (const s of servers) await s.kill();
    policy.dispose();
  }
}

const backend = await selectBackend("auto");
const preset = await loadTrainConfig(presetPath("default"));
const dir = await mkdtemp(join(tmpdir(), "prorl-server-bench-"));
try {
  const policy = CausalLM.random(parseConfig(preset.model.init), 7);
  const modelDir = join(dir, "default");
  await saveModel(policy, modelDir, { tokenizer: new ByteTokenizer() });
  const tokenizer = new ByteTokenizer();
  const prompts = Array.from({ length: preset.batch.prompts }, (_, i) =>
    tokenizer.encode(`Spell this word backward (example: sun -> nus): w${i}x`),
  );
  const request: SampleRequest = {
    prompts,
    n: preset.rollout.n,
    temperature: preset.rollout.temperature,
    topP: 1,
    maxTokens: preset.rollout.maxTokens,
    stopTokenIds: [258],
    seed: "0",
  };
  const rows: string[] = [];
  const local = await throughput(new LocalSampler(policy, preset.rollout.generationBatch), request);
  rows.push(
    `| local (in-process, one batch of ${prompts.length * request.n}) | ${local.requestsPerS.toFixed(1)} | ${local.responsesPerS.toFixed(0)} |`,
  );
  for (const type of ["sglang", "vllm"] as const) {
    const servers = await startServers(modelDir);
    try {
      const { sampler } = await serverSampler(type, servers, policy);
      const t = await throughput(sampler, request);
      rows.push(
        `| ${type} protocol, 2 test servers | ${t.requestsPerS.toFixed(1)} | ${t.responsesPerS.toFixed(0)} |`,
      );
    } finally {
      for (const s of servers) await s.kill();
    }
  }
  policy.dispose();
  const syncs = [
    { name: "embedded default", ...(await syncTimes(dir, preset.model.init ?? {}, 7)) },
    { name: "~100M Qwen2 shape", ...(await syncTimes(dir, MODEL_100M, 8)) },
  ];
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    [
      `### Rollouts on test inference servers (${date}, backend ${backend})`,
      "",
      `Command: \`pnpm --filter @prorl/trainer bench:servers\`. Two test servers in the bench's own process (one JS thread: they do not generate in parallel), the embedded default's model (random weights) and rollout shape: ${prompts.length} prompts x n ${request.n}, up to ${request.maxTokens} new tokens, one request per prompt; ${ROUNDS} rounds after a warm-up.`,
      "",
      "| sampler | requests/s | responses/s |",
      "| --- | ---: | ---: |",
      ...rows,
      "",
      `Weight sync (write the versioned directory, both servers load it; median of ${SYNCS}):`,
      "",
      "| weights | parameters | f32 | bf16 |",
      "| --- | ---: | ---: | ---: |",
      ...syncs.map(
        (s) =>
          `| ${s.name} | ${(s.params / 1e6).toFixed(2)}M | ${(s.f32 / 1000).toFixed(2)} s | ${(s.bf16 / 1000).toFixed(2)} s |`,
      ),
    ].join("\n"),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
