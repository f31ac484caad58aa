// Leak / growing-cost probe: many training steps in one process on a tiny config, printing
// tf.memory(), the step time, RSS, the wasm heap size and a decode step at a 200-token prefix.
// Run: pnpm --filter @prorl/model build && tsx --conditions=@prorl/source bench/leak.ts wasm 200
import * as tf from "@tensorflow/tfjs-core";
import {
  CausalLM,
  modelGradients,
  parseConfig,
  selectBackend,
  sftLoss,
  sftStep,
} from "../dist/index.js";
import { decodeStepMs } from "./decode-step.js";

const backend = (process.argv[2] ?? "wasm") as "wasm" | "cpu";
const steps = Number(process.argv[3] ?? 200);
await selectBackend(backend);
// LEAK_CONFIG=bench: the 8.9M config of the first benchmark (where the slowdown was seen).
const big = process.env.LEAK_CONFIG === "bench";
const V = big ? 8192 : 512;
const T = big ? 64 : 32;
const every = Number(process.env.LEAK_EVERY ?? 20);
const config = parseConfig({
  model_type: "qwen2",
  vocab_size: V,
  hidden_size: big ? 256 : 64,
  intermediate_size: big ? 768 : 128,
  num_hidden_layers: big ? 6 : 2,
  num_attention_heads: 4,
  num_key_value_heads: 2,
  max_position_embeddings: 4096,
  eos_token_id: 0,
});
const model = CausalLM.random(config, 1);
const opt = tf.train.adam(1e-3);
const batch = {
  prompts: [[1], [2], [3], [4]],
  responses: Array.from({ length: 4 }, (_, b) =>
    Array.from({ length: T - 1 }, (_, i) => (b * 31 + i * 7) % V),
  ),
};

function heapBytes(): number {
  const b = tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } };
  return b.wasm?.HEAPU8?.buffer.byteLength ?? 0;
}

console.log(
  `backend ${tf.getBackend()}, ${steps} steps (odd: sftStep, even: modelGradients + applyGradients)`,
);
console.log(
  "| step | ms/step (since last row) | numTensors | numBytes | RSS MiB | JS heap MiB | external MiB | wasm heap MiB | decode@200 ms |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
let t0 = performance.now();
for (let s = 1; s <= steps; s++) {
  if (s % 2 === 1) sftStep(model, opt, batch);
  else {
    const { value, grads } = modelGradients(model, () => sftLoss(model, batch));
    const named: Record<string, tf.Tensor> = {};
    for (const [name, g] of grads) named[(model.params.get(name) as tf.Variable).name] = g;
    opt.applyGradients(named);
    value.dataSync();
    value.dispose();
    tf.dispose([...grads.values()]);
  }
  if (s % every === 0 || s === 1) {
    const ms = (performance.now() - t0) / (s === 1 ? 1 : every);
    const m = tf.memory();
    const d = s % (2 * every) === 0 || s === 1 ? decodeStepMs(model, 200).toFixed(1) : "";
    console.log(
      `| ${s} | ${ms.toFixed(1)} | ${m.numTensors} | ${m.numBytes} | ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} | ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} | ${(process.memoryUsage().external / 2 ** 20).toFixed(0)} | ${(heapBytes() / 2 ** 20).toFixed(0)} | ${d} |`,
    );
    t0 = performance.now();
  }
}
console.log(
  `decode step at 1000 after training: ${decodeStepMs(model, 1000).toFixed(1)} ms; at 10: ${decodeStepMs(model, 10).toFixed(1)} ms`,
);
