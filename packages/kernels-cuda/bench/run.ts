// Benchmark of the native CPU backend. Prints a Markdown section:
//  1. GEMM: the builtin GEMM against OpenBLAS in the same run (bench/gemm.ts), on 1 and 2
//     threads; then tf.matMul on `native` (the default GEMM) against numpy's float32 matmul.
//  2. Training tokens/s (forward + backward + Adam through @prorl/model's sftStep) of a small
//     config on native, wasm and cpu, and against PyTorch on the CPU when /usr/bin/python3 has
//     torch.
//  3. Causal attention forward + backward on native: @prorl/model's causalAttention through the
//     fused kernel against its plain-ops path (setFusedKernels(false)), time and peak memory.
// Run: pnpm --filter @prorl/kernels-cuda bench  (builds @prorl/model's dist first: it bundles
// tfjs's gradients, which plain Node cannot import from tfjs-core's ESM sources). Flags:
// --skip-gemm, --gemm-only, --threads 1,2, --rounds 9, --skip-small, --skip-100m,
// --skip-attention, --backends native,wasm,cpu,torch.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as tf from "@tensorflow/tfjs-core";
import type * as Model from "../../model/dist/index.js";
import type { NativeAddon } from "../src/native.js";
import { gemmComparison, threadDeterminism } from "./gemm.js";

const { nativeBackendStatus } = await import("../src/index.js");
const model: typeof Model = await import("../../model/dist/index.js");

const lines: string[] = [];
const say = (s = "") => {
  lines.push(s);
  console.log(s);
};

const status = nativeBackendStatus();
say("## @prorl/kernels-cuda benchmark (native CPU backend)");
say();
say(
  `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length}-core ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; addon: ${status.available ? JSON.stringify(status.runtime) : `not available (${status.reason})`}`,
);
say();
if (!status.available) {
  say("Skipped: the native addon is not built.");
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// 1. GEMM

function python(): string | null {
  for (const py of ["python3", "/usr/bin/python3"]) {
    const r = spawnSync(py, ["-c", "import numpy"], { encoding: "utf8" });
    if (r.status === 0) return py;
  }
  return null;
}

function numpyGflops(py: string, n: number, reps: number): number | null {
  const code = `
import numpy as np, time
n=${n}
a=np.random.rand(n,n).astype(np.float32); b=np.random.rand(n,n).astype(np.float32)
a@b
best=1e9
for _ in range(${reps}):
    t=time.perf_counter(); a@b; best=min(best,time.perf_counter()-t)
print(2*n**3/best/1e9)
`;
  const r = spawnSync(py, ["-c", code], { encoding: "utf8" });
  return r.status === 0 ? Number.parseFloat(r.stdout.trim()) : null;
}

await model.selectBackend("native");
// The addon itself (Node caches it: the same instance the backend uses).
const addon = createRequire(import.meta.url)(
  "../build/Release/prorl_native_cpu.node",
) as NativeAddon;

function bestOf(reps: number, f: () => void): number {
  f();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best / 1000;
}

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

const py = python();
const skipGemm = process.argv.includes("--skip-gemm");
if (!skipGemm) {
  gemmComparison(addon, say, {
    threads: option("--threads", "1,2").split(",").map(Number),
    rounds: Number(option("--rounds", "9")),
    sampleMs: 20,
  });
  threadDeterminism(addon, say);
  say(
    `### tf.matMul on native (GEMM: ${addon.info().gemm}, ${addon.info().threads} threads) against numpy (float32, n x n times n x n, best of 50 up to n = 512, else of 10)`,
  );
  say();
  say("| n | native (tf.matMul) GFLOP/s | numpy GFLOP/s | native / numpy |");
  say("|---|---|---|---|");
  for (const n of [256, 512, 1024, 2048]) {
    const a = tf.randomUniform([n, n]);
    const b = tf.randomUniform([n, n]);
    const flops = 2 * n ** 3;
    // Kernels run synchronously: the product is complete when matMul returns.
    // A 256 product takes 0.2 ms: best of 50 after warm-up on both sides, so that neither the
    // JIT warming up the JavaScript path nor a thread waking decides the figure.
    const reps = n <= 512 ? 50 : 10;
    for (let i = 0; i < 5; i++) tf.matMul(a, b).dispose();
    const tNative = bestOf(reps, () => {
      tf.matMul(a, b).dispose();
    });
    tf.dispose([a, b]);
    const np = py ? numpyGflops(py, n, reps) : null;
    const g = flops / tNative / 1e9;
    say(
      `| ${n} | ${g.toFixed(1)} | ${np === null ? "n/a (numpy not found)" : np.toFixed(1)} | ${np === null ? "n/a" : `${(g / np).toFixed(2)}x`} |`,
    );
  }
  say();
}
if (process.argv.includes("--gemm-only")) process.exit(0);

// ---------------------------------------------------------------------------------------------
// 2. Training throughput

type Config = ReturnType<typeof model.parseConfig>;
const qwen = (hidden: number, inter: number, layers: number, heads: number, kv: number): Config =>
  model.parseConfig({
    model_type: "qwen2",
    vocab_size: 8192,
    hidden_size: hidden,
    intermediate_size: inter,
    num_hidden_layers: layers,
    num_attention_heads: heads,
    num_key_value_heads: kv,
    max_position_embeddings: 4096,
    eos_token_id: 0,
  });
/** @prorl/model's own benchmark config (~9M parameters). */
const smallConfig = qwen(256, 768, 6, 4, 2);
/** The issue's "small" config, about 100M parameters (native and PyTorch only). */
const config100m = qwen(768, 2048, 12, 12, 4);
const B = 4;
const T = 128;
const batch = {
  prompts: Array.from({ length: B }, (_, b) =>
    Array.from({ length: T / 2 }, (_, t) => (b * 131 + t * 7) % 8192),
  ),
  responses: Array.from({ length: B }, (_, b) =>
    Array.from({ length: T / 2 }, (_, t) => (b * 17 + t * 13 + 5) % 8192),
  ),
};
const tokens = B * T;

async function trainTps(
  config: Config,
  name: "native" | "wasm" | "cpu",
  budgetS: number,
): Promise<number> {
  await model.selectBackend(name);
  const m = model.CausalLM.random(config, 1);
  const opt = tf.train.adam(1e-4);
  // Warm-up step, except on cpu where one step takes minutes and has no JIT or cache to warm.
  if (name !== "cpu") model.sftStep(m, opt, batch);
  let steps = 0;
  const t0 = performance.now();
  while (steps < 5 && (steps === 0 || (performance.now() - t0) / 1000 < budgetS)) {
    model.sftStep(m, opt, batch);
    steps++;
  }
  const s = (performance.now() - t0) / 1000;
  opt.dispose();
  m.dispose();
  return (steps * tokens) / s;
}

function torchTps(config: Config): number | null {
  const probe = spawnSync("/usr/bin/python3", ["-c", "import torch"], { encoding: "utf8" });
  if (probe.status !== 0) return null;
  const c = config;
  const code = `
import torch, time, math, os
torch.manual_seed(0)
torch.set_num_threads(os.cpu_count())
V,H,I,L,NH,KV,HD=${c.vocabSize},${c.hiddenSize},${c.intermediateSize},${c.numLayers},${c.numHeads},${c.numKvHeads},${c.headDim}
B,T=${B},${T}
class Block(torch.nn.Module):
    def __init__(s):
        super().__init__()
        s.n1=torch.nn.Parameter(torch.ones(H)); s.n2=torch.nn.Parameter(torch.ones(H))
        s.q=torch.nn.Linear(H,NH*HD); s.k=torch.nn.Linear(H,KV*HD); s.v=torch.nn.Linear(H,KV*HD)
        s.o=torch.nn.Linear(NH*HD,H,bias=False)
        s.g=torch.nn.Linear(H,I,bias=False); s.u=torch.nn.Linear(H,I,bias=False); s.d=torch.nn.Linear(I,H,bias=False)
    def norm(s,x,w): return x*torch.rsqrt(x.pow(2).mean(-1,keepdim=True)+1e-6)*w
    def forward(s,x,cos,sin):
        h=s.norm(x,s.n1)
        q=s.q(h).view(B,T,NH,HD).transpose(1,2); k=s.k(h).view(B,T,KV,HD).transpose(1,2); v=s.v(h).view(B,T,KV,HD).transpose(1,2)
        def rope(t):
            t1,t2=t[...,:HD//2],t[...,HD//2:]
            return t*cos+torch.cat([-t2,t1],-1)*sin
        q,k=rope(q),rope(k)
        k=k.repeat_interleave(NH//KV,1); v=v.repeat_interleave(NH//KV,1)
        if hasattr(torch.nn.functional,"scaled_dot_product_attention"):
            a=torch.nn.functional.scaled_dot_product_attention(q,k,v,is_causal=True)
        else:
            sc=(q@k.transpose(-1,-2))/math.sqrt(HD)
            sc=sc.masked_fill(torch.ones(T,T,dtype=torch.bool).triu(1),float("-inf"))
            a=torch.softmax(sc,-1)@v
        x=x+s.o(a.transpose(1,2).reshape(B,T,NH*HD))
        h=s.norm(x,s.n2)
        return x+s.d(torch.nn.functional.silu(s.g(h))*s.u(h))
class M(torch.nn.Module):
    def __init__(s):
        super().__init__()
        s.e=torch.nn.Embedding(V,H); s.blocks=torch.nn.ModuleList([Block() for _ in range(L)])
        s.nf=torch.nn.Parameter(torch.ones(H)); s.head=torch.nn.Linear(H,V,bias=False)
    def forward(s,ids):
        pos=torch.arange(T).float()
        inv=1.0/(${c.ropeTheta}**(torch.arange(0,HD,2).float()/HD))
        f=torch.outer(pos,inv); emb=torch.cat([f,f],-1); cos,sin=emb.cos(),emb.sin()
        x=s.e(ids)
        for b in s.blocks: x=b(x,cos,sin)
        x=x*torch.rsqrt(x.pow(2).mean(-1,keepdim=True)+1e-6)*s.nf
        return s.head(x)
m=M(); opt=torch.optim.Adam(m.parameters(),1e-4)
ids=torch.randint(0,V,(B,T))
def step():
    logits=m(ids)
    loss=torch.nn.functional.cross_entropy(logits[:,T//2-1:-1].reshape(-1,V),ids[:,T//2:].reshape(-1))
    opt.zero_grad(); loss.backward(); opt.step()
step()
t=time.perf_counter(); n=0
while n<5 and (n==0 or time.perf_counter()-t<20): step(); n+=1
print(n*B*T/(time.perf_counter()-t))
`;
  const r = spawnSync("/usr/bin/python3", ["-c", code], { encoding: "utf8" });
  if (r.status !== 0) console.error(r.stderr);
  return r.status === 0 ? Number.parseFloat(r.stdout.trim()) : null;
}
const torchVersion = spawnSync(
  "/usr/bin/python3",
  ["-c", "import torch; print(torch.__version__)"],
  {
    encoding: "utf8",
  },
).stdout.trim();

// Rows are printed as they are measured. `--backends native,wasm` limits the list (the cpu
// backend takes minutes per step).
const arg = process.argv.indexOf("--backends");
const wanted = (arg >= 0 ? (process.argv[arg + 1] ?? "") : "native,wasm,cpu,torch").split(",");

async function trainSection(config: Config, others: readonly ("wasm" | "cpu")[]) {
  say(
    `### Training tokens/s (sftStep: forward + backward + Adam), ${(model.parameterCount(config) / 1e6).toFixed(1)}M parameters (hidden ${config.hiddenSize}, ${config.numLayers} layers), batch ${B} x ${T} tokens`,
  );
  say();
  say("| backend | tokens/s | native / this |");
  say("|---|---|---|");
  const nat = await trainTps(config, "native", 20);
  say(`| native | ${nat.toFixed(1)} | 1.00x |`);
  for (const name of others) {
    if (!wanted.includes(name)) continue;
    const tps = await trainTps(config, name, 30);
    say(`| ${name} | ${tps.toFixed(1)} | ${(nat / tps).toFixed(1)}x |`);
  }
  if (wanted.includes("torch")) {
    const torch = torchTps(config);
    say(
      torch === null
        ? "| PyTorch (CPU) | n/a: /usr/bin/python3 has no torch | |"
        : `| PyTorch ${torchVersion} (CPU, same architecture and step) | ${torch.toFixed(1)} | ${(nat / torch).toFixed(2)}x |`,
    );
  }
  say();
}

if (!process.argv.includes("--skip-small")) await trainSection(smallConfig, ["wasm", "cpu"]);
if (!process.argv.includes("--skip-100m")) await trainSection(config100m, []);

// ---------------------------------------------------------------------------------------------
// 3. Fused causal attention

/** Peak tensor bytes above what was live before, and the best time of `reps` runs, of f. */
async function measure(reps: number, f: () => void): Promise<{ s: number; peak: number }> {
  const before = tf.memory().numBytes;
  const { peakBytes } = await tf.profile(f);
  return { s: bestOf(reps, f), peak: peakBytes - before };
}

async function attentionSection() {
  await model.selectBackend("native");
  const [B, H, G, D] = [1, 8, 2, 64];
  say(
    `### Causal attention, forward + backward (gradients of q, k, v), B ${B}, ${H} heads / ${G} KV heads, head dim ${D}, best of 3`,
  );
  say();
  say(
    "Peak: the most tensor memory live at once (tf.profile) above the inputs. The fused kernel's own scratch, outside tensors, is 128 x S floats forward and twice that backward.",
  );
  say();
  say(
    "| T | plain ops s | fused s | fused / plain time | plain peak MiB | fused peak MiB | fused / plain memory |",
  );
  say("|---|---|---|---|---|---|---|");
  for (const T of [1024, 2048]) {
    const q = tf.randomNormal([B, H, T, D]);
    const k = tf.randomNormal([B, G, T, D]);
    const v = tf.randomNormal([B, G, T, D]);
    const dy = tf.randomNormal([B, H, T, D]);
    const mask = new model.CausalMask([new Array<number>(T).fill(1)], T);
    const step = () =>
      tf.dispose(
        tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
          tf.sum(tf.mul(model.causalAttention(a, b, c, mask, 1 / Math.sqrt(D)), dy)),
        )([q, k, v]),
      );
    const was = model.setFusedKernels(false);
    const plain = await measure(3, step);
    model.setFusedKernels(true);
    const fused = await measure(3, step);
    model.setFusedKernels(was);
    tf.dispose([q, k, v, dy]);
    const mib = (b: number) => (b / 2 ** 20).toFixed(1);
    say(
      `| ${T} | ${plain.s.toFixed(3)} | ${fused.s.toFixed(3)} | ${(fused.s / plain.s).toFixed(2)}x | ${mib(plain.peak)} | ${mib(fused.peak)} | ${(fused.peak / plain.peak).toFixed(3)}x |`,
    );
  }
  say();
}

if (!process.argv.includes("--skip-attention")) await attentionSection();
say();
