// Benchmark: training tokens/s (forward + backward + Adam), generation tokens/s with the KV cache
// at batch 1 and 16, the per-token decode time at position ~10 vs ~1000, and peak RSS, on the
// wasm and cpu backends, for a ~9M-parameter config. Prints a Markdown section.
// Run: pnpm --filter @prorl/model bench
import * as tf from "@tensorflow/tfjs-core";
import {
  CausalLM,
  disposeCache,
  generate,
  parameterCount,
  parseConfig,
  selectBackend,
  sftStep,
} from "../dist/index.js";

const config = parseConfig({
  model_type: "qwen2",
  vocab_size: 8192,
  hidden_size: 256,
  intermediate_size: 768,
  num_hidden_layers: 6,
  num_attention_heads: 4,
  num_key_value_heads: 2,
  max_position_embeddings: 4096,
  eos_token_id: 0,
});

let peak = 0;
const sampleRss = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sampleRss, 20);

function time(f: () => void): number {
  const t = performance.now();
  f();
  sampleRss();
  return (performance.now() - t) / 1000;
}

function decodeStepSeconds(model: CausalLM, position: number): number {
  const ids = [Array.from({ length: position }, (_, i) => 1 + (i % 100))];
  const t0 = performance.now();
  const first = model.hidden(ids);
  first.hidden.dispose();
  console.error(`prefill of ${position} tokens: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let cache = first.cache;
  const steps = 5;
  const mask = [new Array<number>(position).fill(1)];
  const seconds = time(() => {
    for (let s = 0; s < steps; s++) {
      (mask[0] as number[]).push(1);
      const r = model.hidden([[5]], { cache, attentionMask: mask });
      const logits = model.logitsOf(r.hidden);
      logits.dataSync();
      tf.dispose([logits, r.hidden]);
      disposeCache(cache);
      cache = r.cache;
    }
  });
  disposeCache(cache);
  return seconds / steps;
}

/** The long prefix of the flat-cost check (1000 in the issue; see docs/benchmarks/model.md). */
const LONG = Number(process.env.BENCH_LONG ?? 1000);
const rows: string[] = [];
for (const backend of ["wasm", "cpu"] as const) {
  await selectBackend(backend);
  peak = 0;
  const model = CausalLM.random(config, 1);
  // Decode-step timings first, on a fresh backend state: after training steps the wasm heap has
  // grown and later kernels slow down (see docs/benchmarks/model.md).
  const at10 = decodeStepSeconds(model, 10);
  console.error(`${backend}: decode step at 10: ${(at10 * 1000).toFixed(1)} ms`);
  const at1000 = backend === "wasm" ? decodeStepSeconds(model, LONG) : Number.NaN;
  const opt = tf.train.adam(1e-4);
  const B = 4;
  const T = 64;
  const batch = {
    prompts: Array.from({ length: B }, (_, b) => [1 + b]),
    responses: Array.from({ length: B }, (_, b) =>
      Array.from({ length: T - 1 }, (_, i) => (b * 31 + i * 7) % 8192),
    ),
  };
  sftStep(model, opt, batch); // warm-up (creates Adam slots)
  const steps = 1;
  const train = time(() => {
    for (let i = 0; i < steps; i++) sftStep(model, opt, batch);
  });
  const gen = (bs: number) => {
    const prompts = Array.from({ length: bs }, (_, b) =>
      Array.from({ length: 8 }, (_, i) => 1 + ((b + i) % 50)),
    );
    generate(model, prompts, { maxNewTokens: 2, temperature: 0, eosTokenIds: [] });
    const n = 16;
    const s = time(
      () => void generate(model, prompts, { maxNewTokens: n, temperature: 0, eosTokenIds: [] }),
    );
    return (bs * n) / s;
  };
  console.error(`${backend}: train ${((steps * B * T) / train).toFixed(1)} tokens/s`);
  const g1 = gen(1);
  console.error(`${backend}: gen batch 1 ${g1.toFixed(2)} tokens/s`);
  const g16 = gen(16);
  console.error(`${backend}: gen batch 16 ${g16.toFixed(2)} tokens/s`);
  rows.push(
    `| ${backend} | ${((steps * B * T) / train).toFixed(0)} | ${g1.toFixed(1)} | ${g16.toFixed(1)} | ${(at10 * 1000).toFixed(1)} | ${Number.isNaN(at1000) ? "not run" : `${(at1000 * 1000).toFixed(1)} (${(at1000 / at10).toFixed(2)}x)`} | ${(peak / 2 ** 20).toFixed(0)} |`,
  );
  opt.dispose();
  model.dispose();
}
clearInterval(timer);

console.log(`## @prorl/model (${new Date().toISOString().slice(0, 10)}, Node ${process.version})

Config: Qwen2, ${(parameterCount(config) / 1e6).toFixed(1)}M parameters (hidden 256, 6 layers, 4 heads / 2 KV heads, MLP 768, vocab 8192, untied).
Training: SFT step (forward + backward + Adam) on 4 x 64 tokens. Generation: greedy, 8-token prompts, 16 new tokens.
Decode step: one token with the KV cache after a prefix of 10 or ${LONG} tokens (includes the logits).

| backend | train tokens/s | gen tokens/s, batch 1 | gen tokens/s, batch 16 | decode step at 10 (ms) | at ${LONG} (ms, ratio) | peak RSS (MiB) |
|---|---|---|---|---|---|---|
${rows.join("\n")}
`);
