import { packageBuild } from "../../tsup.base";

export default packageBuild([
  "src/index.ts",
  "src/cli.ts",
  "src/bench.ts",
  "src/bench-servers.ts",
  "src/testing/inference-server-cli.ts",
]);
