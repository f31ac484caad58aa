import type { TaskPackage } from "@prorl/core";
import { codeTask } from "./task.js";

export {
  type CompareMode,
  compareCallValue,
  compareStdout,
  isClose,
  parsePyJson,
  pyEqual,
  pyFloat,
} from "./compare.js";
export {
  type CodeExample,
  CodeExampleSchema,
  type CodeTests,
  CodeTestsSchema,
} from "./example.js";
export {
  type GeneratorConfig,
  GeneratorConfigSchema,
  generateProblem,
  generator,
  TEMPLATE_NAMES,
} from "./generator.js";
export {
  AppsRowSchema,
  CodeContestsRowSchema,
  type CodeDatasetFormat,
  codeDatasetSource,
  type LoadOptions,
  PrimeRowSchema,
  readCodeDataset,
} from "./loaders.js";
export {
  type DriverJob,
  type Interpreter,
  LANGUAGES,
  type Language,
  python,
} from "./sandbox/language.js";
export { type Limits, type LimitsInput, LimitsSchema, resolveLimits } from "./sandbox/limits.js";
export { type PoolOptions, SandboxPool } from "./sandbox/pool.js";
export {
  type RunJob,
  type RunResult,
  Sandbox,
  type SandboxInfo,
  type SandboxOptions,
  SandboxUnavailableError,
  type TestRun,
  type TestStatus,
} from "./sandbox/sandbox.js";
export {
  type CodeOptions,
  CodeOptionsSchema,
  type CodeTaskOptions,
  codeTask,
  createCodeTask,
  extractCode,
  scoreRun,
} from "./task.js";

export default { name: "@prorl/task-code", tasks: [codeTask] } satisfies TaskPackage;
