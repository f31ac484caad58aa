import type { LogicTask } from "../define.js";
import { acre } from "./acre.js";
import { arc1d } from "./arc_1d.js";
import { baseConversion } from "./base_conversion.js";
import { basicArithmetic } from "./basic_arithmetic.js";
import { bf } from "./bf.js";
import { binaryMatrix } from "./binary_matrix.js";
import { boxnet } from "./boxnet.js";
import { caesarCipher } from "./caesar_cipher.js";
import { calendarArithmetic } from "./calendar_arithmetic.js";
import { chainSum } from "./chain_sum.js";
import { countBits } from "./count_bits.js";
import { countdown } from "./countdown.js";
import { courseSchedule } from "./course_schedule.js";
import { familyRelationships } from "./family_relationships.js";
import { fractionSimplification } from "./fraction_simplification.js";
import { gameOfLifeHalting } from "./game_of_life_halting.js";
import { gcd } from "./gcd.js";
import { graphColor } from "./graph_color.js";
import { jugs } from "./jugs.js";
import { knightsKnaves } from "./knights_knaves.js";
import { largestIsland } from "./largest_island.js";
import { lcm } from "./lcm.js";
import { legCounting } from "./leg_counting.js";
import { letterCounting } from "./letter_counting.js";
import { maze } from "./maze.js";
import { miniSudoku } from "./mini_sudoku.js";
import { nQueens } from "./n_queens.js";
import { numberSequence } from "./number_sequence.js";
import { numberSorting } from "./number_sorting.js";
import { polynomialEquations } from "./polynomial_equations.js";
import { primeFactorization } from "./prime_factorization.js";
import { products } from "./products.js";
import { propositionalLogic } from "./propositional_logic.js";
import { puzzle24 } from "./puzzle24.js";
import { quantumLock } from "./quantum_lock.js";
import { rearc } from "./rearc.js";
import { rectangleCount } from "./rectangle_count.js";
import { rotateMatrix } from "./rotate_matrix.js";
import { rottenOranges } from "./rotten_oranges.js";
import { shortestPathTask } from "./shortest_path.js";
import { simpleEquations } from "./simple_equations.js";
import { simpleGeometry } from "./simple_geometry.js";
import { spellBackward } from "./spell_backward.js";
import { spiralMatrix } from "./spiral_matrix.js";
import { sudoku } from "./sudoku.js";
import { syllogism } from "./syllogism.js";
import { timeIntervals } from "./time_intervals.js";
import { towerOfHanoi } from "./tower_of_hanoi.js";
import { wordLadder } from "./word_ladder.js";
import { wordSorting } from "./word_sorting.js";
import { zebraPuzzles } from "./zebra_puzzles.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [
  acre,
  arc1d,
  baseConversion,
  basicArithmetic,
  bf,
  binaryMatrix,
  boxnet,
  caesarCipher,
  calendarArithmetic,
  chainSum,
  countBits,
  countdown,
  courseSchedule,
  familyRelationships,
  fractionSimplification,
  gameOfLifeHalting,
  gcd,
  graphColor,
  jugs,
  knightsKnaves,
  largestIsland,
  lcm,
  legCounting,
  letterCounting,
  maze,
  miniSudoku,
  nQueens,
  numberSequence,
  numberSorting,
  polynomialEquations,
  primeFactorization,
  products,
  propositionalLogic,
  puzzle24,
  quantumLock,
  rearc,
  rectangleCount,
  rotateMatrix,
  rottenOranges,
  shortestPathTask,
  simpleEquations,
  simpleGeometry,
  spellBackward,
  spiralMatrix,
  sudoku,
  syllogism,
  timeIntervals,
  towerOfHanoi,
  wordLadder,
  wordSorting,
  zebraPuzzles,
];
