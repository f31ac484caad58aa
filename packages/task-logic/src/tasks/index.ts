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
import { colorCubeRotation } from "./color_cube_rotation.js";
import { countBits } from "./count_bits.js";
import { countdown } from "./countdown.js";
import { courseSchedule } from "./course_schedule.js";
import { emojiMystery } from "./emoji_mystery.js";
import { familyRelationships } from "./family_relationships.js";
import { figletFont } from "./figlet_font.js";
import { fractionSimplification } from "./fraction_simplification.js";
import { futoshiki } from "./futoshiki.js";
import { gameOfLifeHalting } from "./game_of_life_halting.js";
import { gcd } from "./gcd.js";
import { graphColor } from "./graph_color.js";
import { jugs } from "./jugs.js";
import { kakurasu } from "./kakurasu.js";
import { knightSwap } from "./knight_swap.js";
import { knightsKnaves } from "./knights_knaves.js";
import { largestIsland } from "./largest_island.js";
import { lcm } from "./lcm.js";
import { legCounting } from "./leg_counting.js";
import { letterCounting } from "./letter_counting.js";
import { mahjongPuzzle } from "./mahjong_puzzle.js";
import { maze } from "./maze.js";
import { miniSudoku } from "./mini_sudoku.js";
import { moduloGrid } from "./modulo_grid.js";
import { nQueens } from "./n_queens.js";
import { needleHaystack } from "./needle_haystack.js";
import { numberSequence } from "./number_sequence.js";
import { numberSorting } from "./number_sorting.js";
import { polynomialEquations } from "./polynomial_equations.js";
import { primeFactorization } from "./prime_factorization.js";
import { products } from "./products.js";
import { propositionalLogic } from "./propositional_logic.js";
import { puzzle24 } from "./puzzle24.js";
import { quantumLock } from "./quantum_lock.js";
import { rectangleCount } from "./rectangle_count.js";
import { rotateMatrix } from "./rotate_matrix.js";
import { rottenOranges } from "./rotten_oranges.js";
import { rubiksCube } from "./rubiks_cube.js";
import { rushHour } from "./rush_hour.js";
import { shortestPathTask } from "./shortest_path.js";
import { simpleEquations } from "./simple_equations.js";
import { simpleGeometry } from "./simple_geometry.js";
import { sokoban } from "./sokoban.js";
import { spellBackward } from "./spell_backward.js";
import { spiralMatrix } from "./spiral_matrix.js";
import { sudoku } from "./sudoku.js";
import { survo } from "./survo.js";
import { syllogism } from "./syllogism.js";
import { timeIntervals } from "./time_intervals.js";
import { towerOfHanoi } from "./tower_of_hanoi.js";
import { tsumego } from "./tsumego.js";
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
  colorCubeRotation,
  countBits,
  countdown,
  courseSchedule,
  emojiMystery,
  familyRelationships,
  figletFont,
  fractionSimplification,
  futoshiki,
  gameOfLifeHalting,
  gcd,
  graphColor,
  jugs,
  kakurasu,
  knightSwap,
  knightsKnaves,
  largestIsland,
  lcm,
  legCounting,
  letterCounting,
  mahjongPuzzle,
  maze,
  miniSudoku,
  moduloGrid,
  nQueens,
  needleHaystack,
  numberSequence,
  numberSorting,
  polynomialEquations,
  primeFactorization,
  products,
  propositionalLogic,
  puzzle24,
  quantumLock,
  rectangleCount,
  rotateMatrix,
  rottenOranges,
  rubiksCube,
  rushHour,
  shortestPathTask,
  simpleEquations,
  simpleGeometry,
  sokoban,
  spellBackward,
  spiralMatrix,
  sudoku,
  survo,
  syllogism,
  timeIntervals,
  towerOfHanoi,
  tsumego,
  wordLadder,
  wordSorting,
  zebraPuzzles,
];
