import type { LogicTask } from "../define.js";
import { ab } from "./ab.js";
import { acre } from "./acre.js";
import { advancedGeometry } from "./advanced_geometry.js";
import { aiw } from "./aiw.js";
import { arc1d } from "./arc_1d.js";
import { arcAgi } from "./arc_agi.js";
import { baseConversion } from "./base_conversion.js";
import { basicArithmetic } from "./basic_arithmetic.js";
import { bf } from "./bf.js";
import { binaryAlternation } from "./binary_alternation.js";
import { binaryMatrix } from "./binary_matrix.js";
import { bitwiseArithmetic } from "./bitwise_arithmetic.js";
import { boxnet } from "./boxnet.js";
import { caesarCipher } from "./caesar_cipher.js";
import { calendarArithmetic } from "./calendar_arithmetic.js";
import { chainSum } from "./chain_sum.js";
import { circuitLogic } from "./circuit_logic.js";
import { codeio } from "./codeio.js";
import { coinFlip } from "./coin_flip.js";
import { colorCubeRotation } from "./color_cube_rotation.js";
import { complexArithmetic } from "./complex_arithmetic.js";
import { countBits } from "./count_bits.js";
import { countPrimes } from "./count_primes.js";
import { countdown } from "./countdown.js";
import { courseSchedule } from "./course_schedule.js";
import { cryptarithm } from "./cryptarithm.js";
import { decimalArithmetic } from "./decimal_arithmetic.js";
import { decimalChainSum } from "./decimal_chain_sum.js";
import { dice } from "./dice.js";
import { emojiMystery } from "./emoji_mystery.js";
import { familyRelationships } from "./family_relationships.js";
import { figletFont } from "./figlet_font.js";
import { fractionSimplification } from "./fraction_simplification.js";
import { futoshiki } from "./futoshiki.js";
import { gameOfLife } from "./game_of_life.js";
import { gameOfLifeHalting } from "./game_of_life_halting.js";
import { gcd } from "./gcd.js";
import { graphColor } from "./graph_color.js";
import { groupAnagramsTask } from "./group_anagrams.js";
import { gsmSymbolic } from "./gsm_symbolic.js";
import { intermediateIntegration } from "./intermediate_integration.js";
import { isomorphicStrings } from "./isomorphic_strings.js";
import { jugs } from "./jugs.js";
import { kakurasu } from "./kakurasu.js";
import { knightSwap } from "./knight_swap.js";
import { knightsKnaves } from "./knights_knaves.js";
import { largestIsland } from "./largest_island.js";
import { lcm } from "./lcm.js";
import { legCounting } from "./leg_counting.js";
import { letterCounting } from "./letter_counting.js";
import { letterJumble } from "./letter_jumble.js";
import { listFunctions } from "./list_functions.js";
import { mahjongPuzzle } from "./mahjong_puzzle.js";
import { manipulateMatrix } from "./manipulate_matrix.js";
import { maze } from "./maze.js";
import { miniSudoku } from "./mini_sudoku.js";
import { moduloGrid } from "./modulo_grid.js";
import { nQueens } from "./n_queens.js";
import { needleHaystack } from "./needle_haystack.js";
import { numberFiltering } from "./number_filtering.js";
import { numberFormat } from "./number_format.js";
import { numberSequence } from "./number_sequence.js";
import { numberSorting } from "./number_sorting.js";
import { palindromeGeneration } from "./palindrome_generation.js";
import { palindromePartitioning } from "./palindrome_partitioning.js";
import { pathStar } from "./path_star.js";
import { polynomialEquations } from "./polynomial_equations.js";
import { polynomialMultiplication } from "./polynomial_multiplication.js";
import { poolMatrix } from "./pool_matrix.js";
import { powerFunction } from "./power_function.js";
import { primeFactorization } from "./prime_factorization.js";
import { products } from "./products.js";
import { propositionalLogic } from "./propositional_logic.js";
import { puzzle24 } from "./puzzle24.js";
import { quantumLock } from "./quantum_lock.js";
import { ransomNote } from "./ransom_note.js";
import { rearc } from "./rearc.js";
import { rectangleCount } from "./rectangle_count.js";
import { rotateMatrix } from "./rotate_matrix.js";
import { rottenOranges } from "./rotten_oranges.js";
import { rubiksCube } from "./rubiks_cube.js";
import { rushHour } from "./rush_hour.js";
import { selfReference } from "./self_reference.js";
import { sentenceReordering } from "./sentence_reordering.js";
import { shortestPathTask } from "./shortest_path.js";
import { simpleEquations } from "./simple_equations.js";
import { simpleGeometry } from "./simple_geometry.js";
import { simpleIntegration } from "./simple_integration.js";
import { sokoban } from "./sokoban.js";
import { spellBackward } from "./spell_backward.js";
import { spiralMatrix } from "./spiral_matrix.js";
import { stringInsertion } from "./string_insertion.js";
import { stringManipulation } from "./string_manipulation.js";
import { stringSplitting } from "./string_splitting.js";
import { stringSynthesis } from "./string_synthesis.js";
import { sudoku } from "./sudoku.js";
import { survo } from "./survo.js";
import { syllogism } from "./syllogism.js";
import { timeIntervals } from "./time_intervals.js";
import { towerOfHanoi } from "./tower_of_hanoi.js";
import { tsumego } from "./tsumego.js";
import { wordLadder } from "./word_ladder.js";
import { wordSequenceReversal } from "./word_sequence_reversal.js";
import { wordSorting } from "./word_sorting.js";
import { zebraPuzzles } from "./zebra_puzzles.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [
  ab,
  acre,
  advancedGeometry,
  aiw,
  arc1d,
  arcAgi,
  baseConversion,
  basicArithmetic,
  bf,
  binaryAlternation,
  binaryMatrix,
  bitwiseArithmetic,
  boxnet,
  caesarCipher,
  calendarArithmetic,
  chainSum,
  circuitLogic,
  codeio,
  coinFlip,
  colorCubeRotation,
  complexArithmetic,
  countBits,
  countdown,
  countPrimes,
  courseSchedule,
  cryptarithm,
  decimalArithmetic,
  decimalChainSum,
  dice,
  emojiMystery,
  familyRelationships,
  figletFont,
  fractionSimplification,
  futoshiki,
  gameOfLife,
  gameOfLifeHalting,
  gcd,
  graphColor,
  groupAnagramsTask,
  gsmSymbolic,
  intermediateIntegration,
  isomorphicStrings,
  jugs,
  kakurasu,
  knightsKnaves,
  knightSwap,
  largestIsland,
  lcm,
  legCounting,
  letterCounting,
  letterJumble,
  listFunctions,
  mahjongPuzzle,
  manipulateMatrix,
  maze,
  miniSudoku,
  moduloGrid,
  needleHaystack,
  nQueens,
  numberFiltering,
  numberFormat,
  numberSequence,
  numberSorting,
  palindromeGeneration,
  palindromePartitioning,
  pathStar,
  polynomialEquations,
  polynomialMultiplication,
  poolMatrix,
  powerFunction,
  primeFactorization,
  products,
  propositionalLogic,
  puzzle24,
  quantumLock,
  ransomNote,
  rearc,
  rectangleCount,
  rotateMatrix,
  rottenOranges,
  rubiksCube,
  rushHour,
  selfReference,
  sentenceReordering,
  shortestPathTask,
  simpleEquations,
  simpleGeometry,
  simpleIntegration,
  sokoban,
  spellBackward,
  spiralMatrix,
  stringInsertion,
  stringManipulation,
  stringSplitting,
  stringSynthesis,
  sudoku,
  survo,
  syllogism,
  timeIntervals,
  towerOfHanoi,
  tsumego,
  wordLadder,
  wordSequenceReversal,
  wordSorting,
  zebraPuzzles,
];
