import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The llama.cpp crosscheck takes about four minutes on the 2-core development machine (most of it
// reading llama.cpp's 151k-entry probability maps), so it runs only when asked:
// PRORL_CROSSCHECK=1 pnpm --filter @prorl/model test
const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const enabled = process.env.PRORL_CROSSCHECK === "1";

describe.skipIf(!enabled)("crosscheck against llama.cpp (set PRORL_CROSSCHECK=1 to run)", () => {
  it("greedy continuations are identical and next-token probabilities agree", () => {
    expect(existsSync(join(pkg, "scripts/crosscheck.ts"))).toBe(true);
    const r = spawnSync("pnpm", ["run", "crosscheck"], {
      cwd: pkg,
      encoding: "utf8",
      timeout: 900_000,
    });
    expect(r.stdout).toMatch(/PASS: 0 disagreement/);
    expect(r.status).toBe(0);
  }, 900_000);
});
