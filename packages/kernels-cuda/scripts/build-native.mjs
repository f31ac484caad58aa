#!/usr/bin/env node
// Builds the CPU target of the native addon at install time. Never fails the install: whatever
// happens, it writes build/status.json ({ built, reason, blas, openmp, builder, seconds }) and exits 0,
// and the backend reports that reason when it is asked for and is not built.
//
// Order: a C++ compiler must exist; OpenBLAS (cblas.h + -lopenblas) and OpenMP (-fopenmp) are
// probed with tiny test programs, whose answers are part of the inputs that decide whether an
// earlier build is still up to date; node-gyp builds binding.gyp (pnpm and npm provide one); if
// node-gyp is missing or fails (for instance when it cannot find Node's headers offline) the same
// sources are compiled with one direct compiler call against the headers of the running Node.
// The builtin GEMM is always compiled in; OpenBLAS, where found, is linked as a second choice
// (PRORL_GEMM at run time).
//
// Environment: PRORL_KERNELS_SKIP_BUILD=1 skips the build; PRORL_KERNELS_FORCE_BUILD=1 rebuilds
// even when the sources and settings are unchanged; PRORL_KERNELS_BLAS=0 builds without
// OpenBLAS; PRORL_KERNELS_OPENMP=0 without OpenMP; CXX picks the compiler.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  addonApiDir,
  firstLines,
  haveNodeHeaders,
  napiFlags,
  nodeHeaders,
  nodePrefix,
  run,
} from "./napi-build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const buildDir = join(root, "build");
const statusFile = join(buildDir, "status.json");
const addonPath = join(buildDir, "Release", "prorl_native_cpu.node");
const started = Date.now();
const cxx = process.env.CXX || "c++";
const skip = process.env.PRORL_KERNELS_SKIP_BUILD === "1";

// What the machine offers: OpenBLAS (cblas.h and -lopenblas) and OpenMP, probed with tiny
// programs. The result is part of the build's inputs, so a build is redone when OpenBLAS
// appears or disappears.
const probeDir = mkdtempSync(join(tmpdir(), "prorl-native-"));
function probe(source, flags) {
  const src = join(probeDir, "probe.cc");
  writeFileSync(src, source);
  return run(cxx, [src, "-o", join(probeDir, "probe"), ...flags]).ok;
}
const compiler = !skip && run(cxx, ["--version"]).ok;
const blas =
  compiler &&
  process.env.PRORL_KERNELS_BLAS !== "0" &&
  probe(
    `#include <cblas.h>
int main() { float a = 2, b = 3, c = 0;
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 1, 1, 1, 1.f, &a, 1, &b, 1, 0.f, &c, 1);
  openblas_set_num_threads(1);
  return c == 6 ? 0 : 1; }`,
    ["-lopenblas"],
  );
const openmp =
  compiler &&
  process.env.PRORL_KERNELS_OPENMP !== "0" &&
  probe(`#include <omp.h>\nint main() { return omp_get_max_threads() > 0 ? 0 : 1; }`, ["-fopenmp"]);
const march =
  compiler && probe("int main() { return 0; }", ["-march=native"]) ? "native" : "x86-64";
rmSync(probeDir, { recursive: true, force: true });

// Inputs of the build: an unchanged build is not redone on every `pnpm install`.
const nativeFiles = ["cpu", "common"].flatMap((dir) =>
  readdirSync(join(root, "native", dir))
    .sort()
    .map((f) => `native/${dir}/${f}`),
);
const hash = createHash("sha256");
for (const f of [
  ...nativeFiles,
  "binding.gyp",
  "scripts/build-native.mjs",
  "scripts/napi-build.mjs",
]) {
  hash.update(`${f}\n`).update(readFileSync(join(root, f)));
}
for (const k of ["CXX", "PRORL_KERNELS_SKIP_BUILD", "PRORL_KERNELS_BLAS", "PRORL_KERNELS_OPENMP"]) {
  hash.update(`${k}=${process.env[k] ?? ""};`);
}
hash.update(`blas=${blas};openmp=${openmp};march=${march};`);
hash.update(`${process.version};${process.arch}`);
const inputsHash = hash.digest("hex").slice(0, 16);
if (process.env.PRORL_KERNELS_FORCE_BUILD !== "1" && existsSync(addonPath)) {
  try {
    const prev = JSON.parse(readFileSync(statusFile, "utf8"));
    if (prev.built && prev.inputs === inputsHash) {
      console.log(
        `@prorl/kernels-cuda: native CPU backend is up to date (BLAS: ${prev.blas}, OpenMP: ${prev.openmp})`,
      );
      process.exit(0);
    }
  } catch {}
}

function finish(status) {
  mkdirSync(buildDir, { recursive: true });
  const full = {
    ...status,
    inputs: inputsHash,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  writeFileSync(statusFile, `${JSON.stringify(full, null, 2)}\n`);
  const what = full.built
    ? `built (${full.builder}, BLAS: ${full.blas}, OpenMP: ${full.openmp}) in ${full.seconds}s`
    : `not built: ${full.reason}`;
  console.log(`@prorl/kernels-cuda: native CPU backend ${what}`);
  process.exit(0);
}

// What the built addon says it was compiled with: the status reports that, not what was asked for.
function finishBuilt(builder) {
  try {
    const info = createRequire(import.meta.url)(addonPath).info();
    finish({ built: true, builder, blas: info.blas, openmp: info.openmp, requested });
  } catch (e) {
    rmSync(addonPath, { force: true });
    finish({ built: false, reason: `the built addon does not load: ${e.message.split("\n")[0]}` });
  }
}

// A stale addon must not outlive a build that fails or is skipped.
rmSync(addonPath, { force: true });
if (skip) {
  finish({ built: false, reason: "skipped (PRORL_KERNELS_SKIP_BUILD=1)" });
}

if (!compiler) {
  finish({
    built: false,
    reason: `no C++ compiler (${cxx}) on PATH; install g++ (and make, python3) and reinstall`,
  });
}

const env = {
  ...process.env,
  PRORL_USE_CBLAS: blas ? "1" : "0",
  PRORL_USE_OPENMP: openmp ? "1" : "0",
  PRORL_MARCH: march,
};

const requested = { blas: blas ? "openblas" : "builtin", openmp };

// 1. node-gyp: the one npm or pnpm hands to install scripts, else one on PATH.
function nodeGyp() {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && existsSync(fromNpm)) return [process.execPath, [fromNpm]];
  const which = run("sh", ["-c", "command -v node-gyp"]);
  if (which.ok && which.out.trim()) return [which.out.trim(), []];
  return null;
}
// Passing --nodedir (Node's own headers, see napi-build.mjs) keeps node-gyp from downloading them.

let gypLog = "";
const gyp = nodeGyp();
if (gyp) {
  const [cmd, pre] = gyp;
  const args = [...pre, "rebuild", "--release", "--jobs=2"];
  if (!process.env.npm_config_nodedir && haveNodeHeaders) args.push(`--nodedir=${nodePrefix}`);
  const r = run(cmd, args, { cwd: root, env });
  gypLog = r.out;
  if (r.ok && existsSync(addonPath)) finishBuilt("node-gyp");
}

// 2. Direct compiler call against the running Node's headers.
if (!haveNodeHeaders) {
  finish({
    built: false,
    reason: `node-gyp ${gyp ? "failed" : "was not found"} and Node's headers are not in ${nodeHeaders}${gypLog ? `; node-gyp said: ${gypLog.trim().split("\n").slice(-3).join(" | ")}` : ""}`,
  });
}
const addonApi = addonApiDir();
if (!addonApi) finish({ built: false, reason: "node-addon-api is not installed" });
mkdirSync(dirname(addonPath), { recursive: true });
const flags = [
  "-O3",
  `-march=${march}`,
  "-ffp-contract=off",
  "-shared",
  ...napiFlags(addonApi),
  ...nativeFiles.filter((f) => f.endsWith(".cc")).map((f) => join(root, f)),
  "-o",
  addonPath,
];
if (blas) flags.push("-DPRORL_HAVE_CBLAS", "-lopenblas");
if (openmp) flags.push("-fopenmp");
const direct = run(cxx, flags);
if (direct.ok) finishBuilt("c++");
finish({
  built: false,
  reason: `compilation failed: ${firstLines(direct.out)}`,
});
