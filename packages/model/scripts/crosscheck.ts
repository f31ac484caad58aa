// Cross-check against llama.cpp; see src/testing/crosscheck.ts. Prints the figures; exits non-zero
// on disagreement.
// Run: pnpm --filter @prorl/model crosscheck [--quick] [--dtype F32|F16]
import * as api from "../dist/index.js";
import { runCrosscheck } from "../src/testing/crosscheck.js";

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const dtype = process.argv.includes("--dtype") && arg("--dtype") === "F16" ? "F16" : "F32";
const size = process.argv.includes("--quick") ? "quick" : "full";

await api.selectBackend(process.env.PRORL_BACKEND === "cpu" ? "cpu" : "auto");
runCrosscheck(api as unknown as typeof import("../src/index.js"), { size, dtype }).then(
  (r) => process.exit(r.failures === 0 ? 0 : 1),
  (e) => {
    console.error(`crosscheck failed: ${(e as Error).stack ?? e}`);
    process.exit(2);
  },
);
