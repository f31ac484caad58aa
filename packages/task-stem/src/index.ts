import type { TaskPackage } from "@prorl/core";
import { stemTask } from "./task.js";

export { type StemExample, StemExampleSchema } from "./example.js";
export {
  type ChoiceSource,
  choiceLetters,
  type ExtractedChoice,
  extractChoice,
  extractFinalAnswer,
} from "./extract.js";
export {
  formatAnswerNumber,
  type GeneratedStemProblem,
  generateStemProblem,
  STEM_TOPICS,
  type StemGeneratorConfig,
  StemGeneratorConfigSchema,
  type StemTopic,
} from "./generator.js";
export {
  type GpqaLoadOptions,
  gpqaRowToExample,
  loadGpqaCsv,
  loadScp,
  type ScpLoadOptions,
  type StemLoadOptions,
  scpRowToExample,
} from "./loaders.js";
export {
  closeEnough,
  compareQuantities,
  MAX_ANSWER_CHARS,
  normalizeLatex,
  normalizeUnit,
  type ParsedQuantity,
  parseNumberPrefix,
  parseQuantity,
} from "./quantity.js";
export {
  classifyAnswer,
  createStemTask,
  DEFAULT_REL_TOL,
  freeFormPrompt,
  multipleChoicePrompt,
  StemOptionsSchema,
  type StemVerifyOptions,
  stemTask,
  verifyStem,
} from "./task.js";

const taskStem = { name: "@prorl/task-stem", tasks: [stemTask] } satisfies TaskPackage;
export default taskStem;
