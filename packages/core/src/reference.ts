import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The public reference cases (`shared/reference`) used by tests and benchmarks: the directory
 * named by `PRORL_REFERENCE_DIR`, else `../shared/reference` beside the repository root (the
 * folder holding pnpm-workspace.yaml above `from`). When `PRORL_REQUIRE_REFERENCE` is set (CI
 * sets it), a missing file is an error instead of a skip.
 */
export function referenceFile(relativePath: string, from: string): string | undefined {
  const dir = referenceDir(from);
  const path = dir === undefined ? undefined : join(dir, relativePath);
  if (path !== undefined && existsSync(path)) return path;
  if (process.env.PRORL_REQUIRE_REFERENCE) {
    throw new Error(
      `reference file ${relativePath} not found in ${dir ?? "../shared/reference (no repository root above this file)"}; PRORL_REQUIRE_REFERENCE is set`,
    );
  }
  return undefined;
}

/** `PRORL_REFERENCE_DIR`, or `../shared/reference` beside the repository that holds `from`. */
export function referenceDir(from: string): string | undefined {
  const fromEnv = process.env.PRORL_REFERENCE_DIR;
  if (fromEnv) return resolve(fromEnv);
  const root = repositoryRoot(from.startsWith("file:") ? fileURLToPath(from) : from);
  return root === undefined ? undefined : resolve(root, "../shared/reference");
}

function repositoryRoot(start: string): string | undefined {
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
