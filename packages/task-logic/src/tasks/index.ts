import type { LogicTask } from "../define.js";
import { countdown } from "./countdown.js";
import { graphColor } from "./graph_color.js";
import { puzzle24 } from "./puzzle24.js";
import { spellBackward } from "./spell_backward.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [countdown, graphColor, puzzle24, spellBackward];
