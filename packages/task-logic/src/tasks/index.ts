import type { LogicTask } from "../define.js";
import { acre } from "./acre.js";
import { arc1d } from "./arc_1d.js";
import { boxnet } from "./boxnet.js";
import { countdown } from "./countdown.js";
import { courseSchedule } from "./course_schedule.js";
import { familyRelationships } from "./family_relationships.js";
import { gameOfLifeHalting } from "./game_of_life_halting.js";
import { graphColor } from "./graph_color.js";
import { knightsKnaves } from "./knights_knaves.js";
import { largestIsland } from "./largest_island.js";
import { maze } from "./maze.js";
import { miniSudoku } from "./mini_sudoku.js";
import { nQueens } from "./n_queens.js";
import { propositionalLogic } from "./propositional_logic.js";
import { puzzle24 } from "./puzzle24.js";
import { quantumLock } from "./quantum_lock.js";
import { rottenOranges } from "./rotten_oranges.js";
import { shortestPathTask } from "./shortest_path.js";
import { spellBackward } from "./spell_backward.js";
import { sudoku } from "./sudoku.js";
import { towerOfHanoi } from "./tower_of_hanoi.js";
import { zebraPuzzles } from "./zebra_puzzles.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [
  acre,
  arc1d,
  boxnet,
  countdown,
  courseSchedule,
  familyRelationships,
  gameOfLifeHalting,
  graphColor,
  knightsKnaves,
  largestIsland,
  maze,
  miniSudoku,
  nQueens,
  propositionalLogic,
  puzzle24,
  quantumLock,
  rottenOranges,
  shortestPathTask,
  spellBackward,
  sudoku,
  towerOfHanoi,
  zebraPuzzles,
];
