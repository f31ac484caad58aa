// GEMM benchmark of the CUDA target: TFLOP/s of tf.matMul on the `cuda` backend in each math mode
// (f32, tf32, bf16 inputs with f32 accumulation) against torch.matmul on the same GPU in the same
// run (float32 with TF32 off, float32 with TF32 on, bfloat16), as a ratio. Prints a Markdown
// section. Needs a GPU; prints why it skipped otherwise.
// Run: pnpm --filter @prorl/kernels-cuda bench:gpu   (BENCH_PYTHON picks the python with torch;
// BENCH_SIZES=1024,2048,4096,8192 the square sizes).
import { spawnSync } from "node:child_process";
import * as tf from "@tensorflow/tfjs-core";
import {
  cudaBackendStatus,
  type MathMode,
  type NativeBackend,
  setCudaMathMode,
  useCudaBackend,
} from "../src/index.js";

const sizes = (process.env.BENCH_SIZES ?? "1024,2048,4096,8192").split(",").map(Number);
const python = process.env.BENCH_PYTHON ?? "python3";
const modes: MathMode[] = ["f32", "tf32", "bf16"];

const status = cudaBackendStatus();
console.log("## @prorl/kernels-cuda GPU benchmark (GEMM)\n");
if (!status.available) {
  console.log(`Skipped: the cuda backend is unavailable (${status.reason}).`);
  process.exit(0);
}
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${status.device?.name} (compute ${status.device?.computeCapability}), cuBLAS ${status.runtime?.blas}, Node ${process.version}\n`,
);
await useCudaBackend();
const backend = tf.backend() as unknown as NativeBackend;

/** Best seconds per product of n x n by n x n over `reps` runs, after a warm-up. */
function prorlSeconds(n: number, mode: MathMode, reps: number): number {
  setCudaMathMode(mode);
  const a = tf.randomUniform([n, n], -1, 1);
  const b = tf.randomUniform([n, n], -1, 1);
  tf.dispose(tf.matMul(a, b));
  backend.synchronize();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    const c = tf.matMul(a, b);
    backend.synchronize();
    best = Math.min(best, (performance.now() - start) / 1000);
    c.dispose();
  }
  tf.dispose([a, b]);
  return best;
}

function torchSeconds(n: number, mode: MathMode, reps: number): number | string {
  const dtype = mode === "bf16" ? "torch.bfloat16" : "torch.float32";
  const code = `
import torch
torch.backends.cuda.matmul.allow_tf32 = ${mode === "tf32" ? "True" : "False"}
a = torch.rand(${n}, ${n}, device="cuda").to(${dtype}); b = torch.rand(${n}, ${n}, device="cuda").to(${dtype})
(a @ b); torch.cuda.synchronize()
best = 1e9
for _ in range(${reps}):
    s = torch.cuda.Event(enable_timing=True); e = torch.cuda.Event(enable_timing=True)
    s.record(); c = a @ b; e.record(); torch.cuda.synchronize()
    best = min(best, s.elapsed_time(e) / 1000)
print(best)
`;
  const r = spawnSync(python, ["-c", code], { encoding: "utf8" });
  if (r.status !== 0) return (r.stderr || "torch failed").trim().split("\n").slice(-1)[0] ?? "";
  return Number(r.stdout.trim());
}

const tflops = (n: number, s: number) => (2 * n ** 3) / s / 1e12;
console.log("| n | mode | prorl TFLOP/s | torch TFLOP/s | prorl / torch |");
console.log("|---|---|---|---|---|");
const notes: string[] = [];
for (const n of sizes) {
  for (const mode of modes) {
    const reps = n <= 2048 ? 50 : 10;
    const ours = tflops(n, prorlSeconds(n, mode, reps));
    const t = torchSeconds(n, mode, reps);
    const theirs = typeof t === "number" ? tflops(n, t) : null;
    if (typeof t === "string") notes.push(`torch at n=${n} ${mode}: ${t}`);
    console.log(
      `| ${n} | ${mode} | ${ours.toFixed(1)} | ${theirs?.toFixed(1) ?? "-"} | ${theirs ? `${(ours / theirs).toFixed(2)}x` : "-"} |`,
    );
  }
}
setCudaMathMode("f32");
for (const note of notes) console.log(`\n- ${note}`);
console.log(
  "\nprorl timings include TensorFlow.js's dispatch of one kernel (the cuBLAS call and the output allocation from the cache); torch's are CUDA events around the product.",
);
