#!/usr/bin/env node
// Builds the CUDA target at install time, in two forms, and never fails the install:
//  - build/cuda/prorl_native_cuda.node: the kernels compiled by nvcc (machine code for sm_80 and
//    sm_90, plus PTX for later GPUs), linked with the static CUDA runtime; cuBLAS is loaded at
//    run time. Built when nvcc and the CUDA runtime headers are found, with or without a GPU.
//  - build/cuda-emulated/prorl_native_cuda.node: the same sources compiled by the C++ compiler
//    against the CPU emulator (native/cuda/emulator.cc), which the tests use where no GPU is.
// build/cuda-status.json records, for each, whether it was built and why not.
//
// Environment: PRORL_CUDA_SKIP_BUILD=1 skips both; PRORL_KERNELS_FORCE_BUILD=1 rebuilds unchanged
// sources; NVCC / CUDA_HOME locate the toolkit; PRORL_CUDA_ARCHS (default "80,90") lists the SM
// versions to compile machine code for (PTX is added for the last); CXX picks the C++ compiler.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  addonApiDir,
  firstLines,
  haveNodeHeaders,
  napiFlags,
  nodeHeaders,
  run,
} from "./napi-build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "native", "cuda");
const buildDir = join(root, "build");
const statusFile = join(buildDir, "cuda-status.json");
const cxx = process.env.CXX || "c++";
const archs = (process.env.PRORL_CUDA_ARCHS || "80,90").split(",").map((s) => s.trim());
const sources = readdirSync(sourceDir).sort();
const kernelSources = sources.filter((f) => f.endsWith(".cu"));
const hostSources = ["addon.cc", "runtime.cc"];
// The emulated build multiplies with the CPU target's builtin GEMM (runtime.cc).
const cpuGemmFiles = ["gemm.h", "gemm.cc", "gemm-tiles.h", "gemm-tiles.cc"];
const cpuGemmSources = cpuGemmFiles.filter((f) => f.endsWith(".cc"));
const targets = {
  cuda: join(buildDir, "cuda", "prorl_native_cuda.node"),
  emulated: join(buildDir, "cuda-emulated", "prorl_native_cuda.node"),
};

const hash = createHash("sha256");
for (const f of sources) hash.update(`${f}\n`).update(readFileSync(join(sourceDir, f)));
for (const f of readdirSync(join(root, "native", "common")).sort()) {
  hash.update(readFileSync(join(root, "native", "common", f)));
}
for (const f of cpuGemmFiles) hash.update(readFileSync(join(root, "native", "cpu", f)));
hash.update(readFileSync(fileURLToPath(import.meta.url)));
hash.update(readFileSync(join(root, "scripts", "napi-build.mjs")));
for (const k of ["CXX", "NVCC", "CUDA_HOME", "PRORL_CUDA_ARCHS", "PRORL_CUDA_SKIP_BUILD"]) {
  hash.update(`${k}=${process.env[k] ?? ""};`);
}
hash.update(`${process.version};${process.arch}`);
const inputs = hash.digest("hex").slice(0, 16);

let previous = {};
try {
  previous = JSON.parse(readFileSync(statusFile, "utf8"));
} catch {}
if (
  process.env.PRORL_KERNELS_FORCE_BUILD !== "1" &&
  previous.inputs === inputs &&
  // A target that was not built is retried: what it lacked (nvcc, say) may be there now.
  Object.entries(targets).every(([k, path]) => previous[k]?.built && existsSync(path))
) {
  console.log("@prorl/kernels-cuda: CUDA target is up to date");
  process.exit(0);
}

/** Runs the commands, at most `availableParallelism()` at once; resolves to the first failure. */
async function runAll(commands) {
  const queue = [...commands];
  let failure = null;
  const worker = async () => {
    while (queue.length > 0 && failure === null) {
      const [cmd, args] = queue.shift();
      const r = await new Promise((done) => {
        const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
        });
        child.stderr.on("data", (d) => {
          out += d;
        });
        child.on("error", (e) => done({ ok: false, out: e.message }));
        child.on("close", (code) => done({ ok: code === 0, out }));
      });
      if (!r.ok && failure === null) failure = r.out.trim() || `${cmd} failed`;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return failure;
}

const addonApi = addonApiDir();

/** Loads a built addon in a child process (a broken one must not take this script down). */
function loads(path) {
  const r = run(process.execPath, ["-e", `require(${JSON.stringify(path)}).info()`]);
  return r.ok ? null : firstLines(r.out);
}

async function buildEmulated() {
  const out = targets.emulated;
  const objDir = join(dirname(out), "obj");
  mkdirSync(objDir, { recursive: true });
  const flags = ["-O2", "-ffp-contract=off", "-DPRORL_CUDA_EMULATE", ...napiFlags(addonApi)];
  const sources = [
    ...[...kernelSources, "emulator.cc", ...hostSources].map((f) => join(sourceDir, f)),
    ...cpuGemmSources.map((f) => join(root, "native", "cpu", f)),
  ];
  const object = (path) => join(objDir, `${basename(path)}.o`);
  const commands = sources.map((path) => [
    cxx,
    [...flags, "-c", ...(path.endsWith(".cu") ? ["-x", "c++"] : []), path, "-o", object(path)],
  ]);
  const failed = await runAll(commands);
  if (failed) return { built: false, reason: `compilation failed: ${firstLines(failed)}` };
  const objects = sources.map(object);
  const link = run(cxx, ["-shared", ...objects, "-o", out]);
  if (!link.ok) return { built: false, reason: `link failed: ${firstLines(link.out)}` };
  const error = loads(out);
  if (error) return { built: false, reason: `the built addon does not load: ${error}` };
  return { built: true };
}

function findNvcc() {
  const candidates = [process.env.NVCC, "nvcc"];
  for (const home of [process.env.CUDA_HOME, process.env.CUDA_PATH, "/usr/local/cuda"]) {
    if (home) candidates.push(join(home, "bin", "nvcc"));
  }
  for (const c of candidates) {
    if (c && run(c, ["--version"]).ok) return c;
  }
  return null;
}

/** The toolkit root: CUDA_HOME, else where nvcc says it lives (`nvcc --dryrun` prints TOP=). */
function cudaHome(nvcc) {
  for (const home of [process.env.CUDA_HOME, process.env.CUDA_PATH]) {
    if (home && existsSync(join(home, "include", "cuda_runtime.h"))) return home;
  }
  const dry = run(nvcc, ["--dryrun", "--version"]);
  const top = /TOP=(\S+)/.exec(dry.out)?.[1];
  if (top && existsSync(join(top, "include", "cuda_runtime.h"))) return resolve(top);
  if (existsSync("/usr/local/cuda/include/cuda_runtime.h")) return "/usr/local/cuda";
  return null;
}

async function buildCuda() {
  if (process.platform !== "linux")
    return { built: false, reason: "the CUDA target is Linux-only" };
  const nvcc = findNvcc();
  if (!nvcc) {
    return {
      built: false,
      reason:
        "nvcc was not found (install the CUDA toolkit, or set NVCC or CUDA_HOME, and reinstall)",
    };
  }
  const home = cudaHome(nvcc);
  if (!home)
    return { built: false, reason: `the CUDA runtime headers were not found next to ${nvcc}` };
  const libDir = ["lib64", "lib"]
    .map((d) => join(home, d))
    .find((d) => existsSync(join(d, "libcudart_static.a")));
  if (!libDir) return { built: false, reason: `libcudart_static.a was not found in ${home}` };
  const out = targets.cuda;
  const objDir = join(dirname(out), "obj");
  mkdirSync(objDir, { recursive: true });
  const last = archs[archs.length - 1];
  const gencode = archs.flatMap((a) => ["-gencode", `arch=compute_${a},code=sm_${a}`]);
  gencode.push("-gencode", `arch=compute_${last},code=compute_${last}`);
  const commands = [
    ...kernelSources.map((f) => [
      nvcc,
      [
        "-c",
        "-O3",
        "-std=c++17",
        "--expt-relaxed-constexpr",
        "-Xcompiler",
        "-fPIC",
        ...gencode,
      ].concat([join(sourceDir, f), "-o", join(objDir, `${f}.o`)]),
    ]),
    ...hostSources.map((f) => [
      cxx,
      [
        "-O2",
        ...napiFlags(addonApi),
        `-I${join(home, "include")}`,
        "-c",
        join(sourceDir, f),
      ].concat(["-o", join(objDir, `${f}.o`)]),
    ]),
  ];
  const failed = await runAll(commands);
  if (failed) return { built: false, nvcc, reason: `compilation failed: ${firstLines(failed)}` };
  const objects = [...kernelSources, ...hostSources].map((f) => join(objDir, `${f}.o`));
  const link = run(cxx, [
    "-shared",
    ...objects,
    `-L${libDir}`,
    "-lcudart_static",
    "-ldl",
    "-lpthread",
    "-lrt",
    "-o",
    out,
  ]);
  if (!link.ok) return { built: false, nvcc, reason: `link failed: ${firstLines(link.out)}` };
  const error = loads(out);
  if (error) return { built: false, nvcc, reason: `the built addon does not load: ${error}` };
  return { built: true, nvcc, archs: archs.map((a) => `sm_${a}`) };
}

async function timed(build) {
  const started = Date.now();
  const result = await build();
  return { ...result, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

for (const path of Object.values(targets)) rmSync(path, { force: true });
const status = { inputs };
if (process.env.PRORL_CUDA_SKIP_BUILD === "1") {
  status.cuda = { built: false, reason: "skipped (PRORL_CUDA_SKIP_BUILD=1)" };
  status.emulated = status.cuda;
} else if (!haveNodeHeaders || !addonApi) {
  const reason = addonApi
    ? `Node's headers are not in ${nodeHeaders}`
    : "node-addon-api is not installed";
  status.cuda = { built: false, reason };
  status.emulated = { built: false, reason };
} else {
  status.emulated = await timed(buildEmulated);
  status.cuda = await timed(buildCuda);
}
mkdirSync(buildDir, { recursive: true });
writeFileSync(statusFile, `${JSON.stringify(status, null, 2)}\n`);
for (const [name, s] of Object.entries({ CUDA: status.cuda, "CUDA emulator": status.emulated })) {
  console.log(
    `@prorl/kernels-cuda: ${name} target ${s.built ? `built in ${s.seconds}s` : `not built: ${s.reason}`}`,
  );
}
