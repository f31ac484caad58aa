// Benchmark: the ProRL objective's loss + gradient with respect to logp on TensorFlow.js's cpu
// backend, against a plain float64 loop (src/testing/reference.ts) on the same data.
// Run with `pnpm --filter @prorl/grpo bench` (builds dist first; dist registers the gradients).
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { grpoObjective, objectiveConfig } from "../dist/index.js";
import { type PlainBatch, plainObjective } from "../src/testing/reference.js";

await tf.setBackend("cpu");

// [sequences, tokens]: micro-batches up to a quarter of ProRL's mini-batch (64 prompts x 16
// samples x 8k tokens); BENCH_FULL=1 adds the full mini-batch shape.
const shapes: [number, number][] = [
  [16, 1024],
  [64, 2048],
  [256, 4096],
];
if (process.env.BENCH_FULL === "1") shapes.push([1024, 8192]);
const reps = Number(process.env.BENCH_REPS ?? 5);

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function batch(B: number, T: number): PlainBatch {
  const r = lcg(B * 31 + T);
  const logp: number[][] = [];
  const old: number[][] = [];
  const ref: number[][] = [];
  const mask: number[][] = [];
  const adv: number[] = [];
  for (let i = 0; i < B; i++) {
    const len = 1 + Math.floor(r() * T);
    const lo: number[] = [];
    const lp: number[] = [];
    const rf: number[] = [];
    const m: number[] = [];
    for (let t = 0; t < T; t++) {
      const o = -3 * r();
      lo.push(o);
      lp.push(o + (r() - 0.5) * 0.6);
      rf.push(o + (r() - 0.5) * 0.6);
      m.push(t < len ? 1 : 0);
    }
    old.push(lo);
    logp.push(lp);
    ref.push(rf);
    mask.push(m);
    adv.push((r() - 0.5) * 3);
  }
  return { logp, old, ref, adv, mask };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const cfg = objectiveConfig({ dualClip: 3 });
const lines: string[] = [];
lines.push(
  "| shape [B, T] | tokens (valid) | tf cpu loss+grad (ms) | Mtok/s | float64 loop (ms) | tf / loop | grad rel. diff |",
);
lines.push("| --- | --- | --- | --- | --- | --- | --- |");
for (const [B, T] of shapes) {
  const b = batch(B, T);
  const inputs = {
    oldLogProbs: tf.tensor2d(b.old),
    refLogProbs: tf.tensor2d(b.ref as number[][]),
    advantages: tf.tensor1d(b.adv),
    mask: tf.tensor2d(b.mask),
  };
  const logp = tf.tensor2d(b.logp);
  const valid = b.mask.reduce((s, row) => s + row.reduce((a, m) => a + m, 0), 0);
  const f = (lp: tf.Tensor) => grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg).loss;
  const vg = tf.valueAndGrad(f);
  const tfTimes: number[] = [];
  let grad: Float32Array | undefined;
  for (let k = 0; k < reps + 1; k++) {
    const t0 = performance.now();
    const { value, grad: g } = vg(logp);
    const data = g.dataSync() as Float32Array;
    value.dataSync();
    const dt = performance.now() - t0;
    if (k > 0) tfTimes.push(dt); // first run warms up
    grad = data;
    value.dispose();
    g.dispose();
  }
  const refTimes: number[] = [];
  let refGrad: number[][] = [];
  for (let k = 0; k < reps + 1; k++) {
    const t0 = performance.now();
    refGrad = plainObjective(b, cfg).grad;
    const dt = performance.now() - t0;
    if (k > 0) refTimes.push(dt);
  }
  // max |tf - loop| over max |loop|: float32 against float64
  let maxDiff = 0;
  let maxRef = 0;
  refGrad.forEach((row, i) => {
    row.forEach((x, t) => {
      maxDiff = Math.max(maxDiff, Math.abs(x - (grad?.[i * T + t] as number)));
      maxRef = Math.max(maxRef, Math.abs(x));
    });
  });
  maxDiff /= maxRef;
  const tfMs = median(tfTimes);
  const refMs = median(refTimes);
  lines.push(
    `| [${B}, ${T}] | ${B * T} (${valid}) | ${tfMs.toFixed(1)} | ${((B * T) / tfMs / 1e3).toFixed(2)} | ${refMs.toFixed(1)} | ${(tfMs / refMs).toFixed(2)} | ${maxDiff.toExponential(1)} |`,
  );
  tf.dispose([logp, ...Object.values(inputs)]);
}

console.log(`### loss + grad of the ProRL objective (cpu backend)

Config: clip 0.2/0.4, dual clip 3, token-mean, k3 KL with beta 1e-3. Median of ${reps} runs after
one warm-up. "float64 loop" is the plain-JS reference in src/testing/reference.ts (loss and analytic
gradient in one pass); "grad rel. diff" is max |tf - loop| / max |loop| over the gradient.

${lines.join("\n")}
`);
