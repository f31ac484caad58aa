import type { TaskPackage } from "@prorl/core";
import { compositeTask } from "./composite.js";
import { logicTasks } from "./tasks/index.js";

export {
  type CompositeConfig,
  CompositeConfigSchema,
  CompositeDataset,
  compositeDataset,
  compositeTask,
} from "./composite.js";
export {
  configForAttributeLevels,
  configForLevel,
  curricula,
  levelCount,
  levelsTable,
} from "./curriculum.js";
export {
  type Curriculum,
  type CurriculumAttribute,
  range,
  scalar,
  steps,
} from "./curriculum-attributes.js";
export {
  ANSWER_FORMAT_INSTRUCTIONS,
  BaseConfigSchema,
  defineLogicTask,
  type GeneratedEntry,
  type LogicEntry,
  LogicEntrySchema,
  type LogicTask,
  type LogicTaskSpec,
  MissingDataError,
  scoreExactOrContained,
} from "./define.js";
export { spellBackward } from "./tasks/spell_backward.js";
export { checkTaskProperties, type PropertyFailure, type PropertyOptions } from "./testing.js";
export { logicTasks };

/** Every Reasoning Gym task, and `logic/composite` mixing them. */
const taskLogic: TaskPackage = {
  name: "@prorl/task-logic",
  tasks: [...logicTasks, compositeTask],
};
export default taskLogic;
