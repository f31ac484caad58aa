import { defineConfig, type Options } from "tsup";

/** Shared build settings: ESM with declarations, one bundle per entry point. */
export function packageBuild(entry: Options["entry"] = ["src/index.ts"], extra: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    ...extra,
  });
}
