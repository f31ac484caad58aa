import type { LogicTask } from "../define.js";
import { spellBackward } from "./spell_backward.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [spellBackward];
