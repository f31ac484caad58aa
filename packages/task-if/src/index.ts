import type { TaskPackage } from "@prorl/core";
import { ifTask } from "./task.js";

export {
  type Accuracy,
  accuracy,
  type EvalMode,
  evaluateRow,
  followsInstruction,
  type IfEvalRow,
  looseVariants,
  type PromptResult,
} from "./evaluate.js";
export {
  BASE_TASKS,
  describeInstruction,
  type GeneratedIfExample,
  generateIfExample,
  type IfGeneratorConfig,
  IfGeneratorConfigSchema,
  INSTRUCTION_CONFLICTS,
} from "./generator.js";
export {
  checkInstruction,
  INSTRUCTION_IDS,
  type Instruction,
  type InstructionId,
  KWARGS_SCHEMAS,
  type Kwargs,
  parseInstruction,
  RELATIONS,
  type Relation,
} from "./instructions.js";
export { detectLanguage, IFEVAL_LANGUAGES, isLanguage, LANGDETECT_LANGUAGES } from "./language.js";
export {
  createIfTask,
  type IfExample,
  IfExampleSchema,
  type IfOptions,
  IfOptionsSchema,
  ifTask,
  type LoadIfEvalOptions,
  loadIfEval,
  scoreIf,
} from "./task.js";
export { countSentences, splitSentences, treebankTokenize, wordTokenize } from "./tokenize.js";

const taskIf = { name: "@prorl/task-if", tasks: [ifTask] } satisfies TaskPackage;
export default taskIf;
