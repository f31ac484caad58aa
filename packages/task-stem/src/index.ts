import type { Task, TaskPackage } from "@prorl/core";
import { STEM_ROW_LOADERS } from "./loaders.js";
import { stemTask as baseStemTask, type StemExample } from "./task.js";

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
  DEFAULT_REL_TOL,
  freeFormPrompt,
  multipleChoicePrompt,
  type StemExample,
  StemExampleSchema,
  type StemVerifyOptions,
  verifyStem,
} from "./task.js";

/** The STEM task, with its row loaders for the public layouts (gpqa, scp). */
export const stemTask: Task<StemExample> = { ...baseStemTask, loaders: STEM_ROW_LOADERS };

const taskStem = { name: "@prorl/task-stem", tasks: [stemTask] } satisfies TaskPackage;
export default taskStem;
