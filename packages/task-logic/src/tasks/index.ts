import type { LogicTask } from "../define.js";
import { acre } from "./acre.js";
import { advancedGeometry } from "./advanced_geometry.js";
import { aiw } from "./aiw.js";
import { arc1d } from "./arc_1d.js";
import { baseConversion } from "./base_conversion.js";
import { basicArithmetic } from "./basic_arithmetic.js";
import { bf } from "./bf.js";
import { binaryMatrix } from "./binary_matrix.js";
import { bitwiseArithmetic } from "./bitwise_arithmetic.js";
import { boxnet } from "./boxnet.js";
import { caesarCipher } from "./caesar_cipher.js";
import { calendarArithmetic } from "./calendar_arithmetic.js";
import { chainSum } from "./chain_sum.js";
import { circuitLogic } from "./circuit_logic.js";
import { coinFlip } from "./coin_flip.js";
import { complexArithmetic } from "./complex_arithmetic.js";
import { countBits } from "./count_bits.js";
import { countdown } from "./countdown.js";
import { courseSchedule } from "./course_schedule.js";
import { decimalArithmetic } from "./decimal_arithmetic.js";
import { decimalChainSum } from "./decimal_chain_sum.js";
import { dice } from "./dice.js";
import { familyRelationships } from "./family_relationships.js";
import { fractionSimplification } from "./fraction_simplification.js";
import { gameOfLifeHalting } from "./game_of_life_halting.js";
import { gcd } from "./gcd.js";
import { graphColor } from "./graph_color.js";
import { intermediateIntegration } from "./intermediate_integration.js";
import { jugs } from "./jugs.js";
import { knightsKnaves } from "./knights_knaves.js";
import { largestIsland } from "./largest_island.js";
import { lcm } from "./lcm.js";
import { legCounting } from "./leg_counting.js";
import { letterCounting } from "./letter_counting.js";
import { listFunctions } from "./list_functions.js";
import { maze } from "./maze.js";
import { miniSudoku } from "./mini_sudoku.js";
import { nQueens } from "./n_queens.js";
import { numberFormat } from "./number_format.js";
import { numberSequence } from "./number_sequence.js";
import { numberSorting } from "./number_sorting.js";
import { pathStar } from "./path_star.js";
import { polynomialEquations } from "./polynomial_equations.js";
import { polynomialMultiplication } from "./polynomial_multiplication.js";
import { powerFunction } from "./power_function.js";
import { primeFactorization } from "./prime_factorization.js";
import { products } from "./products.js";
import { propositionalLogic } from "./propositional_logic.js";
import { puzzle24 } from "./puzzle24.js";
import { quantumLock } from "./quantum_lock.js";
import { rectangleCount } from "./rectangle_count.js";
import { rotateMatrix } from "./rotate_matrix.js";
import { rottenOranges } from "./rotten_oranges.js";
import { selfReference } from "./self_reference.js";
import { shortestPathTask } from "./shortest_path.js";
import { simpleEquations } from "./simple_equations.js";
import { simpleGeometry } from "./simple_geometry.js";
import { simpleIntegration } from "./simple_integration.js";
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
  advancedGeometry,
  aiw,
  arc1d,
  baseConversion,
  basicArithmetic,
  bf,
  binaryMatrix,
  bitwiseArithmetic,
  boxnet,
  caesarCipher,
  calendarArithmetic,
  chainSum,
  circuitLogic,
  coinFlip,
  complexArithmetic,
  countBits,
  countdown,
  courseSchedule,
  decimalArithmetic,
  decimalChainSum,
  dice,
  familyRelationships,
  fractionSimplification,
  gameOfLifeHalting,
  gcd,
  graphColor,
  intermediateIntegration,
  jugs,
  knightsKnaves,
  largestIsland,
  lcm,
  legCounting,
  letterCounting,
  listFunctions,
  maze,
  miniSudoku,
  nQueens,
  numberFormat,
  numberSequence,
  numberSorting,
  pathStar,
  polynomialEquations,
  polynomialMultiplication,
  powerFunction,
  primeFactorization,
  products,
  propositionalLogic,
  puzzle24,
  quantumLock,
  rectangleCount,
  rotateMatrix,
  rottenOranges,
  selfReference,
  shortestPathTask,
  simpleEquations,
  simpleGeometry,
  simpleIntegration,
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
