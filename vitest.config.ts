import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the "@prorl/source"
// export condition, so tests never need a build first.
export default defineConfig({
  // Package scripts run vitest from their own folder with this config; paths stay repo-relative.
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: {
    conditions: ["@prorl/source"],
  },
  ssr: {
    resolve: {
      conditions: ["@prorl/source"],
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
