import type { TaskPackage } from "@prorl/core";
import { codeTask } from "./task.js";

export {
  compareCallValue,
  compareStdout,
  compareStdoutLiveCodeBench,
  isClose,
  type PyDecimal,
  parsePyJson,
  pyDecimal,
  pyEqual,
  pyFloat,
} from "./compare.js";
export {
  type CodeExample,
  CodeExampleSchema,
  type CodeTests,
  CodeTestsSchema,
  type CompareMode,
  CompareModeSchema,
  type IoExample,
  type IoTests,
  IoTestsSchema,
  isProgramTests,
  type ProgramTests,
  ProgramTestsSchema,
} from "./example.js";
export {
  type GeneratorConfig,
  GeneratorConfigSchema,
  generateProblem,
  generator,
  TEMPLATE_NAMES,
} from "./generator.js";
export {
  HumanEvalPlusRowSchema,
  HumanEvalRowSchema,
  MbppRowSchema,
} from "./humaneval.js";
export { decodeLiveCodeBenchCases, LiveCodeBenchRowSchema } from "./livecodebench.js";
export {
  AppsRowSchema,
  CodeContestsRowSchema,
  type CodeDatasetFormat,
  codeDatasetSource,
  type LoadOptions,
  PrimeRowSchema,
  readCodeDataset,
} from "./loaders.js";
export { definesName, programSolution, scoreProgramRun } from "./program-tests.js";
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
