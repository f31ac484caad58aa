import type { LogicTask } from "../define.js";
import { acre } from "./acre.js";
import { boxnet } from "./boxnet.js";
import { countdown } from "./countdown.js";
import { familyRelationships } from "./family_relationships.js";
import { gameOfLifeHalting } from "./game_of_life_halting.js";
import { graphColor } from "./graph_color.js";
import { knightsKnaves } from "./knights_knaves.js";
import { puzzle24 } from "./puzzle24.js";
import { spellBackward } from "./spell_backward.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [
  acre,
  boxnet,
  countdown,
  familyRelationships,
  gameOfLifeHalting,
  graphColor,
  knightsKnaves,
  puzzle24,
  spellBackward,
];
