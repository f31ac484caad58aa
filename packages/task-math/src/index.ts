import type { TaskPackage } from "@prorl/core";
import { mathTask } from "./task.js";

export {
  checkEquivalence,
  DEFAULT_TIMEOUT_MS,
  type EquivalenceOptions,
  type EquivalenceResult,
  warmUpEquivalence,
} from "./equivalence.js";
export { type MathExample, MathExampleSchema } from "./example.js";
export { type ExtractedAnswer, type ExtractionMode, extractMathAnswer } from "./extract.js";
export {
  type GeneratedMath,
  generateMath,
  latexOfRational,
  MATH_GENERATOR_KINDS,
  type MathGeneratorConfig,
  MathGeneratorConfigSchema,
  type MathGeneratorKind,
  mathGenerator,
} from "./generator.js";
export { MAX_ANSWER_CHARS, normalizeAnswer } from "./normalize.js";
export {
  loadDeepScaleR,
  loadMathDataset,
  loadMathSolutions,
  loadQuestionAnswer,
  MATH_ROW_LOADERS,
  type MathLoadOptions,
  type MathRowFormat,
  mathFileSource,
} from "./sources.js";
export {
  createMathTask,
  MATH_INSTRUCTION,
  type MathOptions,
  MathOptionsSchema,
  mathPrompt,
  mathTask,
} from "./task.js";
export { type VerifyOptions, verifyMath } from "./verify.js";

const taskPackage = { name: "@prorl/task-math", tasks: [mathTask] } satisfies TaskPackage;
export default taskPackage;
