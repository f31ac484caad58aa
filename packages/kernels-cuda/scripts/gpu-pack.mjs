#!/usr/bin/env node
// Packs what a GPU machine without Node or node_modules needs to test and time the CUDA target,
// into <repo>/.gpu (git-ignored; about 35 MB):
//   .gpu/node.xz                                this machine's Node binary, xz-compressed
//   .gpu/kernels-cuda/build/...                 the CUDA addon built here (and its status)
//   .gpu/kernels-cuda/dist/checks.mjs           the kernel test files of this package and
//                                               @prorl/model's native.test.ts, bundled with
//                                               TensorFlow.js and a vitest stand-in (gpu/vitest-shim.ts)
//   .gpu/kernels-cuda/dist/bench-gemm.mjs       bench/gpu.ts, bundled
//   .gpu/kernels-cuda/dist/bench-model.mjs      @prorl/model's bench/run.ts and its Python
//                                               references, for the Qwen2 GPU configs
//   .gpu/run.sh                                 unpacks Node, finds cuBLAS, runs the steps named
//                                               (checks, gemm, model; default checks gemm)
// On the device machine: `sh .gpu/run.sh` with `.gpu` carried (see README, "Tests on a GPU").
// --with-emulated also packs the emulated addon, to try the bundle on a machine without a GPU.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(packageRoot, "../..");
const out = join(repoRoot, ".gpu");
const pkgOut = join(out, "kernels-cuda");
const withEmulated = process.argv.includes("--with-emulated");

const cudaAddon = join(packageRoot, "build", "cuda", "prorl_native_cuda.node");
if (!existsSync(cudaAddon)) {
  console.error(
    "gpu-pack: build/cuda/prorl_native_cuda.node is missing: build the CUDA target first (pnpm --filter @prorl/kernels-cuda build:native; needs nvcc)",
  );
  process.exit(1);
}

rmSync(pkgOut, { recursive: true, force: true });
mkdirSync(join(pkgOut, "dist"), { recursive: true });
const copy = (from, to) => {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
};
copy(cudaAddon, join(pkgOut, "build", "cuda", "prorl_native_cuda.node"));
copy(join(packageRoot, "build", "cuda-status.json"), join(pkgOut, "build", "cuda-status.json"));
if (withEmulated) {
  const emulated = join(packageRoot, "build", "cuda-emulated", "prorl_native_cuda.node");
  copy(emulated, join(pkgOut, "build", "cuda-emulated", "prorl_native_cuda.node"));
}

const testFiles = [
  "packages/kernels-cuda/src/kernels.test.ts",
  "packages/kernels-cuda/src/attention.test.ts",
  "packages/kernels-cuda/src/fused.test.ts",
  "packages/kernels-cuda/src/cuda.test.ts",
  "packages/model/src/native.test.ts",
].map((f) => join(repoRoot, f));
const shim = join(packageRoot, "gpu", "vitest-shim.ts");
const entry = `import { runAll } from ${JSON.stringify(shim)};
${testFiles.map((f) => `import ${JSON.stringify(f)};`).join("\n")}
const started = performance.now();
const r = await runAll();
console.log(\`\\n\${r.passed} passed, \${r.failed} failed, \${r.skipped} skipped in \${((performance.now() - started) / 1000).toFixed(1)} s\`);
process.exit(r.failed > 0 ? 1 : 0);
`;
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@prorl/source"],
  alias: { vitest: shim },
  // CommonJS dependencies inside an ES module bundle need a require.
  banner: {
    js: "import { createRequire as __prorlCreateRequire } from 'node:module'; const require = __prorlCreateRequire(import.meta.url);",
  },
  // The test files are imported for their side effects, which package.json "sideEffects" lists
  // would let esbuild drop.
  ignoreAnnotations: true,
  logLevel: "warning",
};
await build({
  ...common,
  stdin: { contents: entry, resolveDir: packageRoot, sourcefile: "gpu-checks.ts", loader: "ts" },
  outfile: join(pkgOut, "dist", "checks.mjs"),
});
await build({
  ...common,
  entryPoints: [join(packageRoot, "bench", "gpu.ts")],
  outfile: join(pkgOut, "dist", "bench-gemm.mjs"),
});
// @prorl/model's benchmark imports the model's build (bundled gradients); it finds its Python
// references next to itself.
const modelBench = join(repoRoot, "packages", "model", "bench");
if (!existsSync(join(repoRoot, "packages", "model", "dist", "index.js"))) {
  console.error("gpu-pack: packages/model/dist is missing: run `pnpm build` first");
  process.exit(1);
}
await build({
  ...common,
  entryPoints: [join(modelBench, "run.ts")],
  outfile: join(pkgOut, "dist", "bench-model.mjs"),
});
for (const py of ["torch_ref.py", "transformers_ref.py"]) {
  copy(join(modelBench, py), join(pkgOut, "dist", py));
}

const nodeXz = join(out, "node.xz");
if (!existsSync(nodeXz) || statSync(nodeXz).mtimeMs < statSync(process.execPath).mtimeMs) {
  console.log(`gpu-pack: compressing ${process.execPath} (Node ${process.version})...`);
  writeFileSync(
    nodeXz,
    execFileSync("xz", ["-T0", "-6", "-c", process.execPath], { maxBuffer: 1 << 30 }),
  );
}

writeFileSync(
  join(out, "run.sh"),
  `#!/bin/sh
# Made by packages/kernels-cuda/scripts/gpu-pack.mjs: tests and times the CUDA target on a GPU
# machine that has python3 with PyTorch (and its nvidia-cublas wheel) but no Node.
set -u
G=$(cd "$(dirname "$0")" && pwd)
R=\${OUT:-/tmp}
mkdir -p /tmp/prorl-node
python3 -c "import lzma, sys; sys.stdout.buffer.write(lzma.open(sys.argv[1]).read())" "$G/node.xz" > /tmp/prorl-node/node
chmod +x /tmp/prorl-node/node
export PATH=/tmp/prorl-node:$PATH
SITE=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
FOUND=$(find "$SITE/nvidia" -name 'libcublas.so.1*' 2>/dev/null | sort | tail -1)
[ -n "$FOUND" ] && export PRORL_CUBLAS_PATH=\${PRORL_CUBLAS_PATH:-$FOUND}
echo "node $(node --version); cuBLAS: \${PRORL_CUBLAS_PATH:-from the loader path}"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
# Steps: the arguments, default "checks gemm"; "model" adds the Qwen2 0.5B/1.5B training and
# generation benchmark against transformers (several minutes).
for step in \${@:-checks gemm}; do
  case $step in
    checks)
      node "$G/kernels-cuda/dist/checks.mjs" > "$R/gpu-checks.log" 2>&1
      echo "checks exit $?"
      grep -E "FAIL|passed, " "$R/gpu-checks.log" | tail -40 ;;
    gemm) BENCH_PYTHON=python3 node "$G/kernels-cuda/dist/bench-gemm.mjs" 2>&1 | tee "$R/gpu-bench-gemm.md" ;;
    model)
      BENCH_CONFIGS=\${BENCH_CONFIGS:-qwen0.5b,qwen1.5b} BENCH_BACKENDS=cuda BENCH_PYTHON=python3 \
        node "$G/kernels-cuda/dist/bench-model.mjs" 2>"$R/gpu-bench-model.log" | tee "$R/gpu-bench-model.md" ;;
    *) echo "run.sh: unknown step $step (checks, gemm, model)"; exit 2 ;;
  esac
done
`,
);
console.log(
  `gpu-pack: wrote ${relative(repoRoot, out)}/ (run on the device machine: sh .gpu/run.sh, carrying .gpu)`,
);
