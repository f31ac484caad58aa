// Benchmark of @prorl/model on the embedded backends, with PyTorch on the CPU as the reference:
// training tokens/s (forward + backward + AdamW), generation tokens/s with the KV cache at batch 1
// and 16, peak memory (process RSS high-water mark; tfjs numBytes high-water mark), for a tiny
// (~9M) and a small (~100M parameter) Qwen2 config on the wasm and cpu backends; and the per-token
// decode time at position ~1000 vs ~10 (flat cost: the prefix is not recomputed).
// Each (config, backend) runs in a child process, so the RSS high-water marks are its own.
// Prints a Markdown section.
// Run: pnpm --filter @prorl/model bench
// Environment: BENCH_CONFIGS=tiny,small  BENCH_BACKENDS=wasm,cpu  BENCH_LONG=1000
//   BENCH_PYTHON=/usr/bin/python3 (PyTorch reference; "skipped" when torch is missing)
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs-core";
import {
  CausalLM,
  generate,
  modelGradients,
  parameterCount,
  parseConfig,
  selectBackend,
  sftLoss,
} from "../dist/index.js";
import { decodeStepMs } from "./decode-step.js";

const here = dirname(fileURLToPath(import.meta.url));

// @prorl/grpo's AdamW (the trainer's optimizer), from its build: its sources import tfjs-core's
// gradient registrations, which plain Node cannot resolve (the bench script builds it first).
const grpoDir = dirname(createRequire(import.meta.url).resolve("@prorl/grpo/package.json"));
const { AdamW } = (await import(join(grpoDir, "dist/index.js"))) as typeof import("@prorl/grpo");

/** The benchmark configs; the same numbers go to the PyTorch script (bench/torch_ref.py). */
const CONFIGS = {
  tiny: {
    hf: {
      vocab_size: 8192,
      hidden_size: 256,
      intermediate_size: 768,
      num_hidden_layers: 6,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      tie_word_embeddings: false,
    },
    train: { batch: 4, tokens: 64 },
    gen: { prompt: 8, newTokens: 16 },
  },
  small: {
    hf: {
      vocab_size: 32000,
      hidden_size: 768,
      intermediate_size: 2048,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      num_key_value_heads: 2,
      tie_word_embeddings: true,
    },
    train: { batch: 1, tokens: 64 },
    gen: { prompt: 8, newTokens: 8 },
  },
} as const;
type ConfigName = keyof typeof CONFIGS;

interface Result {
  config: ConfigName;
  backend: string;
  params: number;
  trainSteps: number;
  trainTokensPerS: number;
  gen1TokensPerS: number;
  gen16TokensPerS: number;
  decodeAt10Ms: number | null;
  decodeAtLongMs: number | null;
  peakRssMiB: number;
  peakTfMiB: number;
  torchThreads?: number;
}

const LONG = Number(process.env.BENCH_LONG ?? 1000);

function modelConfig(name: ConfigName) {
  return parseConfig({
    model_type: "qwen2",
    max_position_embeddings: 4096,
    eos_token_id: 0,
    ...CONFIGS[name].hf,
  });
}

/** tfjs numBytes high-water mark: benchmark-only instrumentation of the engine's tensor count. */
function trackPeakTfBytes(): () => number {
  const engine = tf.engine() as unknown as {
    trackTensor(a: unknown, backend: unknown): void;
    state: { numBytes: number };
  };
  let peak = engine.state.numBytes;
  const original = engine.trackTensor.bind(engine);
  engine.trackTensor = (a, backend) => {
    original(a, backend);
    if (engine.state.numBytes > peak) peak = engine.state.numBytes;
  };
  return () => peak;
}

/** One (config, backend) measurement, in this (child) process. */
async function measure(name: ConfigName, backend: "wasm" | "cpu"): Promise<Result> {
  await selectBackend(backend);
  const peakTf = trackPeakTfBytes();
  const spec = CONFIGS[name];
  const config = modelConfig(name);
  const model = CausalLM.random(config, 1);
  const log = (s: string) => console.error(`[${name}/${backend}] ${s}`);
  // Flat decode cost, on the tiny config only (a 1000-token prefill of the small one on the cpu
  // backend alone would take many minutes).
  let at10: number | null = null;
  let atLong: number | null = null;
  if (name === "tiny") {
    decodeStepMs(model, 10); // warm-up (first kernel calls)
    at10 = decodeStepMs(model, 10);
    atLong = decodeStepMs(model, LONG);
    log(`decode step at 10: ${at10.toFixed(1)} ms, at ${LONG}: ${atLong.toFixed(1)} ms`);
  }
  // Training: forward + backward + AdamW on B x T tokens (prompt 1 token, response T - 1).
  const { batch: B, tokens: T } = spec.train;
  const V = config.vocabSize;
  const batch = {
    prompts: Array.from({ length: B }, (_, b) => [1 + b]),
    responses: Array.from({ length: B }, (_, b) =>
      Array.from({ length: T - 1 }, (_, i) => (b * 31 + i * 7) % V),
    ),
  };
  const opt = new AdamW({ lr: 1e-4 });
  const params = Object.fromEntries(model.params);
  const step = () => {
    const { value, grads } = modelGradients(model, () => sftLoss(model, batch));
    opt.apply(params, Object.fromEntries(grads));
    value.dataSync();
    value.dispose();
    tf.dispose([...grads.values()]);
  };
  // The cpu backend is slow (see the README): one timed step after a warm-up there, two on wasm.
  const trainSteps = backend === "cpu" ? 1 : 2;
  let t = performance.now();
  step(); // warm-up: creates the AdamW moments
  log(`warm-up train step ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  for (let i = 0; i < trainSteps; i++) step();
  const trainS = (performance.now() - t) / 1000;
  const trainTokensPerS = (trainSteps * B * T) / trainS;
  log(`train ${trainTokensPerS.toFixed(1)} tokens/s`);
  const gen = (bs: number) => {
    const prompts = Array.from({ length: bs }, (_, b) =>
      Array.from({ length: spec.gen.prompt }, (_, i) => 1 + ((b + i) % 50)),
    );
    const n = spec.gen.newTokens;
    generate(model, prompts, { maxNewTokens: 2, temperature: 0, eosTokenIds: [] }); // warm-up
    const t0 = performance.now();
    generate(model, prompts, { maxNewTokens: n, temperature: 1, seed: 1, eosTokenIds: [] });
    return (bs * n) / ((performance.now() - t0) / 1000);
  };
  const gen1 = gen(1);
  log(`gen batch 1: ${gen1.toFixed(1)} tokens/s`);
  const gen16 = gen(16);
  log(`gen batch 16: ${gen16.toFixed(1)} tokens/s`);
  opt.reset();
  model.dispose();
  return {
    config: name,
    backend,
    params: parameterCount(config),
    trainSteps,
    trainTokensPerS,
    gen1TokensPerS: gen1,
    gen16TokensPerS: gen16,
    decodeAt10Ms: at10,
    decodeAtLongMs: atLong,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    peakTfMiB: peakTf() / 2 ** 20,
  };
}

function runChild(args: string[], cmd: string[]): Result | string {
  const r = spawnSync(cmd[0] as string, [...cmd.slice(1), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 1_500_000,
  });
  if (r.error) return `skipped: cannot run ${cmd[0]}: ${r.error.message}`;
  const line = r.stdout
    ?.split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  const skipped = line ? (JSON.parse(line) as { skipped?: string }).skipped : undefined;
  if (skipped) return `skipped: ${skipped}`;
  if (r.status !== 0 || !line) {
    return `failed (exit ${r.status ?? r.signal}): ${(r.stdout ?? "").trim().split("\n").slice(-1)[0] ?? ""}`;
  }
  return JSON.parse(line) as Result;
}

const fmt = (v: number | null | undefined, d = 1) => (v == null ? "-" : v.toFixed(d));

async function main(): Promise<void> {
  const childArg = process.argv.indexOf("--one");
  if (childArg >= 0) {
    const name = process.argv[childArg + 1] as ConfigName;
    const backend = process.argv[childArg + 2] as "wasm" | "cpu";
    console.log(JSON.stringify(await measure(name, backend)));
    return;
  }
  const configs = (process.env.BENCH_CONFIGS ?? "tiny,small").split(",") as ConfigName[];
  const backends = (process.env.BENCH_BACKENDS ?? "wasm,cpu").split(",") as ("wasm" | "cpu")[];
  const python = process.env.BENCH_PYTHON ?? "/usr/bin/python3";
  const self = [process.execPath, ...process.execArgv, fileURLToPath(import.meta.url)];
  const rows: string[] = [];
  const notes: string[] = [];
  for (const name of configs) {
    const c = CONFIGS[name];
    const torch = runChild(
      [
        "--config",
        JSON.stringify({ ...c.hf, ...c.train, prompt: c.gen.prompt, new_tokens: c.gen.newTokens }),
      ],
      [python, join(here, "torch_ref.py")],
    );
    if (typeof torch === "string") notes.push(`PyTorch ${name}: ${torch}`);
    for (const backend of backends) {
      const r = runChild(["--one", name, backend], self);
      if (typeof r === "string") {
        notes.push(`${name}/${backend}: ${r}`);
        continue;
      }
      const ratio = (ours: number, ref: number | undefined) =>
        typeof torch === "string" || ref === undefined ? "" : ` (${(ours / ref).toFixed(3)}x)`;
      const t = typeof torch === "string" ? undefined : torch;
      rows.push(
        `| ${name} (${(r.params / 1e6).toFixed(1)}M) | ${backend} | ${fmt(r.trainTokensPerS, 2)}${ratio(r.trainTokensPerS, t?.trainTokensPerS)} | ${fmt(r.gen1TokensPerS, 2)}${ratio(r.gen1TokensPerS, t?.gen1TokensPerS)} | ${fmt(r.gen16TokensPerS, 2)}${ratio(r.gen16TokensPerS, t?.gen16TokensPerS)} | ${fmt(r.peakRssMiB, 0)} | ${fmt(r.peakTfMiB, 0)} | ${r.decodeAt10Ms === null ? "-" : `${fmt(r.decodeAt10Ms)} / ${fmt(r.decodeAtLongMs)} (${((r.decodeAtLongMs ?? 0) / r.decodeAt10Ms).toFixed(2)}x)`} |`,
      );
    }
    if (typeof torch !== "string") {
      rows.push(
        `| ${name} (${(torch.params / 1e6).toFixed(1)}M) | PyTorch ${torch.backend}, ${torch.torchThreads} thread(s) | ${fmt(torch.trainTokensPerS, 1)} | ${fmt(torch.gen1TokensPerS, 1)} | ${fmt(torch.gen16TokensPerS, 1)} | ${fmt(torch.peakRssMiB, 0)} | - | - |`,
      );
    }
  }
  const cfgLines = configs.map((n) => {
    const c = CONFIGS[n];
    return `- ${n}: hidden ${c.hf.hidden_size}, ${c.hf.num_hidden_layers} layers, ${c.hf.num_attention_heads} heads / ${c.hf.num_key_value_heads} KV heads, MLP ${c.hf.intermediate_size}, vocab ${c.hf.vocab_size}, ${c.hf.tie_word_embeddings ? "tied" : "untied"} head; training on ${c.train.batch} x ${c.train.tokens} tokens; generation from ${c.gen.prompt}-token prompts, ${c.gen.newTokens} new tokens (temperature 1).`;
  });
  console.log(`## @prorl/model benchmark (${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} CPUs)

${cfgLines.join("\n")}

Training = forward + backward + AdamW (@prorl/grpo's AdamW; torch.optim.AdamW for PyTorch), after
one warm-up step; 2 timed steps on wasm, 1 on cpu. Ratios are ours / PyTorch on the CPU, same config,
same run. Peak RSS is the process's high-water mark (one process per row); peak tfjs is the
high-water mark of tf.memory().numBytes. Decode step: one token with the KV cache after a prefix of
10 / ${LONG} tokens (logits included), tiny config only.

| config | backend | train tokens/s | gen tokens/s, batch 1 | gen tokens/s, batch 16 | peak RSS (MiB) | peak tfjs (MiB) | decode step at 10 / ${LONG} (ms) |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}
${notes.length > 0 ? `\n${notes.map((n) => `- ${n}`).join("\n")}\n` : ""}`);
}

await main();
