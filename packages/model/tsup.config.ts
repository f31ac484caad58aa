import { packageBuild } from "../../tsup.base";

// tfjs-core's gradient registrations are ESM with extensionless imports, which plain Node cannot
// load from node_modules: bundle them (see src/gradients.ts).
export default packageBuild(["src/index.ts", "src/backend-choices.ts"], {
  noExternal: [/^@tensorflow\/tfjs-core\/dist\/register_all_gradients/],
});
