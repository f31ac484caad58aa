// What both install-time builds (build-native.mjs, build-cuda.mjs) share: running a command, and
// the headers and flags that compile N-API glue directly with the C++ compiler.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

/** Runs a command to completion: { ok, out (stdout + stderr), error }. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 300_000, ...opts });
  return {
    ok: r.status === 0 && !r.error,
    out: `${r.stdout ?? ""}${r.stderr ?? ""}`,
    error: r.error,
  };
}

/** The first lines of a compiler's output, on one line, for a status reason. */
export const firstLines = (text) => text.trim().split("\n").slice(0, 6).join(" | ");

/**
 * Node's own headers: <prefix>/include/node next to the running binary (Debian and the official
 * tarballs both install them there).
 */
export const nodePrefix = resolve(dirname(process.execPath), "..");
export const nodeHeaders = join(nodePrefix, "include", "node");
export const haveNodeHeaders = existsSync(join(nodeHeaders, "node_api.h"));

/** node-addon-api's include directory, or null when it is not installed. */
export function addonApiDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve("node-addon-api/package.json"));
  } catch {
    return null;
  }
}

/** Flags that compile N-API glue (C++17, exceptions on) against those headers. */
export function napiFlags(addonApi) {
  return [
    "-std=c++17",
    "-fPIC",
    "-fexceptions",
    "-DNAPI_VERSION=8",
    "-DNAPI_CPP_EXCEPTIONS",
    `-I${nodeHeaders}`,
    `-I${addonApi}`,
  ];
}
