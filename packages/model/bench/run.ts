// Benchmark of @prorl/model: training tokens/s (forward + backward + AdamW), generation tokens/s
// with the KV cache at the config's batch sizes, peak memory (process RSS high-water mark; tfjs
// numBytes high-water mark), and on the tiny config the per-token decode time at position ~1000 vs
// ~10 (flat cost: the prefix is not recomputed). CPU configs (tiny ~9M, small ~100M) run on the
// wasm and cpu backends against PyTorch on the CPU (bench/torch_ref.py); the GPU configs (Qwen2
// 0.5B and 1.5B shapes) run on the cuda backend against Hugging Face transformers on the same GPU
// (bench/transformers_ref.py). Each (config, backend) runs in a child process, so the RSS
// high-water marks are its own. Prints a Markdown section.
// Run: pnpm --filter @prorl/model bench
// Environment: BENCH_CONFIGS=tiny,small  BENCH_BACKENDS=wasm,cpu  BENCH_LONG=1000
//   BENCH_PYTHON=/usr/bin/python3 (the reference's python; "skipped" when torch is missing)
// On a GPU: BENCH_CONFIGS=qwen0.5b,qwen1.5b BENCH_BACKENDS=cuda BENCH_PYTHON=python3
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

// @prorl/grpo's AdamW (the trainer's optimizer). Under tsx with the @prorl/source condition the
// package resolves to its sources, which import tfjs-core's gradient registrations that plain Node
// cannot resolve: then it comes from its build (the bench script builds it first). Bundled
// (kernels-cuda's gpu:pack) the import itself works.
const { AdamW } = (await import("@prorl/grpo").catch(() => {
  const grpoDir = dirname(createRequire(import.meta.url).resolve("@prorl/grpo/package.json"));
  return import(join(grpoDir, "dist/index.js"));
})) as typeof import("@prorl/grpo");

/** Qwen2-1.5B's shape (0.5B differs in width and depth), random weights. */
const QWEN2 = {
  vocab_size: 151936,
  num_key_value_heads: 2,
  tie_word_embeddings: true,
} as const;
const GPU_RUN = {
  train: { batch: 4, tokens: 512 },
  gen: { prompt: 32, newTokens: 64, batches: [1, 64] },
  reference: "transformers_ref.py",
} as const;

/** The benchmark configs; the same numbers go to the reference script. */
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
    gen: { prompt: 8, newTokens: 16, batches: [1, 16] },
    reference: "torch_ref.py",
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
    gen: { prompt: 8, newTokens: 8, batches: [1, 16] },
    reference: "torch_ref.py",
  },
  "qwen0.5b": {
    hf: {
      ...QWEN2,
      hidden_size: 896,
      intermediate_size: 4864,
      num_hidden_layers: 24,
      num_attention_heads: 14,
    },
    ...GPU_RUN,
  },
  "qwen1.5b": {
    hf: {
      ...QWEN2,
      hidden_size: 1536,
      intermediate_size: 8960,
      num_hidden_layers: 28,
      num_attention_heads: 12,
    },
    ...GPU_RUN,
  },
} as const;
type Backend = "wasm" | "cpu" | "native" | "cuda";
type ConfigName = keyof typeof CONFIGS;

interface Result {
  config: ConfigName;
  backend: string;
  params: number;
  trainSteps: number;
  trainTokensPerS: number;
  /** Generation tokens/s by batch size. */
  genTokensPerS: Record<string, number>;
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
async function measure(name: ConfigName, backend: Backend): Promise<Result> {
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
  const trainSteps = backend === "cpu" ? 1 : backend === "cuda" ? 3 : 2;
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
  const genTokensPerS: Record<string, number> = {};
  for (const bs of spec.gen.batches) {
    genTokensPerS[bs] = gen(bs);
    log(`gen batch ${bs}: ${genTokensPerS[bs]?.toFixed(1)} tokens/s`);
  }
  opt.reset();
  model.dispose();
  return {
    config: name,
    backend,
    params: parameterCount(config),
    trainSteps,
    trainTokensPerS,
    genTokensPerS,
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
    const backend = process.argv[childArg + 2] as Backend;
    console.log(JSON.stringify(await measure(name, backend)));
    return;
  }
  const configs = (process.env.BENCH_CONFIGS ?? "tiny,small").split(",") as ConfigName[];
  const backends = (process.env.BENCH_BACKENDS ?? "wasm,cpu").split(",") as Backend[];
  const python = process.env.BENCH_PYTHON ?? "/usr/bin/python3";
  const self = [process.execPath, ...process.execArgv, fileURLToPath(import.meta.url)];
  const rows: string[] = [];
  const notes: string[] = [];
  for (const name of configs) {
    const c = CONFIGS[name];
    const torch = runChild(
      [
        "--config",
        JSON.stringify({
          ...c.hf,
          ...c.train,
          prompt: c.gen.prompt,
          new_tokens: c.gen.newTokens,
          gen_batches: c.gen.batches,
        }),
      ],
      [python, join(here, c.reference)],
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
      const gens = c.gen.batches
        .map((bs) => {
          const ours = r.genTokensPerS[bs] as number;
          return `${bs}: ${fmt(ours, 2)}${ratio(ours, t?.genTokensPerS[bs])}`;
        })
        .join("; ");
      rows.push(
        `| ${name} (${(r.params / 1e6).toFixed(1)}M) | ${backend} | ${fmt(r.trainTokensPerS, 2)}${ratio(r.trainTokensPerS, t?.trainTokensPerS)} | ${gens} | ${fmt(r.peakRssMiB, 0)} | ${fmt(r.peakTfMiB, 0)} | ${r.decodeAt10Ms === null ? "-" : `${fmt(r.decodeAt10Ms)} / ${fmt(r.decodeAtLongMs)} (${((r.decodeAtLongMs ?? 0) / r.decodeAt10Ms).toFixed(2)}x)`} |`,
      );
    }
    if (typeof torch !== "string") {
      const gens = c.gen.batches.map((bs) => `${bs}: ${fmt(torch.genTokensPerS[bs], 1)}`);
      const threads = torch.torchThreads ? `, ${torch.torchThreads} thread(s)` : "";
      rows.push(
        `| ${name} (${(torch.params / 1e6).toFixed(1)}M) | PyTorch ${torch.backend}${threads} | ${fmt(torch.trainTokensPerS, 1)} | ${gens.join("; ")} | ${fmt(torch.peakRssMiB, 0)} | ${fmt(torch.peakTfMiB, 0)} | - |`,
      );
    }
  }
  const cfgLines = configs.map((n) => {
    const c = CONFIGS[n];
    return `- ${n}: hidden ${c.hf.hidden_size}, ${c.hf.num_hidden_layers} layers, ${c.hf.num_attention_heads} heads / ${c.hf.num_key_value_heads} KV heads, MLP ${c.hf.intermediate_size}, vocab ${c.hf.vocab_size}, ${c.hf.tie_word_embeddings ? "tied" : "untied"} head; training on ${c.train.batch} x ${c.train.tokens} tokens; generation from ${c.gen.prompt}-token prompts, ${c.gen.newTokens} new tokens (temperature 1) at batch ${c.gen.batches.join(" and ")}.`;
  });
  console.log(`## @prorl/model benchmark (${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} CPUs)

${cfgLines.join("\n")}

Training = forward + backward + AdamW (@prorl/grpo's AdamW; torch.optim.AdamW for PyTorch), after
one warm-up step; 1 timed step on cpu, 3 on cuda, 2 elsewhere. Ratios are ours / the reference
(PyTorch on the CPU for the CPU configs, transformers on the same GPU for the Qwen2 configs), same
config, same run. Peak RSS is the process's high-water mark (one process per row); peak tfjs is the
high-water mark of tf.memory().numBytes (for transformers: torch.cuda.max_memory_allocated). Decode
step: one token with the KV cache after a prefix of 10 / ${LONG} tokens (logits included), tiny
config only.

| config | backend | train tokens/s | gen tokens/s by batch | peak RSS (MiB) | peak tfjs / GPU (MiB) | decode step at 10 / ${LONG} (ms) |
|---|---|---|---|---|---|---|
${rows.join("\n")}
${notes.length > 0 ? `\n${notes.map((n) => `- ${n}`).join("\n")}\n` : ""}`);
}

await main();
