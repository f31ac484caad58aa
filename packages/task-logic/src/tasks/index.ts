import type { LogicTask } from "../define.js";
import { ab } from "./ab.js";
import { acre } from "./acre.js";
import { arc1d } from "./arc_1d.js";
import { baseConversion } from "./base_conversion.js";
import { basicArithmetic } from "./basic_arithmetic.js";
import { bf } from "./bf.js";
import { binaryAlternation } from "./binary_alternation.js";
import { binaryMatrix } from "./binary_matrix.js";
import { boxnet } from "./boxnet.js";
import { caesarCipher } from "./caesar_cipher.js";
import { calendarArithmetic } from "./calendar_arithmetic.js";
import { chainSum } from "./chain_sum.js";
import { colorCubeRotation } from "./color_cube_rotation.js";
import { countBits } from "./count_bits.js";
import { countPrimes } from "./count_primes.js";
import { countdown } from "./countdown.js";
import { courseSchedule } from "./course_schedule.js";
import { cryptarithm } from "./cryptarithm.js";
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
import { mahjongPuzzle } from "./mahjong_puzzle.js";
import { manipulateMatrix } from "./manipulate_matrix.js";
import { maze } from "./maze.js";
import { miniSudoku } from "./mini_sudoku.js";
import { moduloGrid } from "./modulo_grid.js";
import { nQueens } from "./n_queens.js";
import { needleHaystack } from "./needle_haystack.js";
import { numberFiltering } from "./number_filtering.js";
import { numberSequence } from "./number_sequence.js";
import { numberSorting } from "./number_sorting.js";
import { palindromeGeneration } from "./palindrome_generation.js";
import { palindromePartitioning } from "./palindrome_partitioning.js";
import { polynomialEquations } from "./polynomial_equations.js";
import { poolMatrix } from "./pool_matrix.js";
import { primeFactorization } from "./prime_factorization.js";
import { products } from "./products.js";
import { propositionalLogic } from "./propositional_logic.js";
import { puzzle24 } from "./puzzle24.js";
import { quantumLock } from "./quantum_lock.js";
import { ransomNote } from "./ransom_note.js";
import { rectangleCount } from "./rectangle_count.js";
import { rotateMatrix } from "./rotate_matrix.js";
import { rottenOranges } from "./rotten_oranges.js";
import { rubiksCube } from "./rubiks_cube.js";
import { rushHour } from "./rush_hour.js";
import { sentenceReordering } from "./sentence_reordering.js";
import { shortestPathTask } from "./shortest_path.js";
import { simpleEquations } from "./simple_equations.js";
import { simpleGeometry } from "./simple_geometry.js";
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
export const logicTasks: readonly LogicTask[
  ] = [
  ab,
  acre,
  arc1d,
  baseConversion,
  basicArithmetic,
  bf,
  binaryAlternation,
  binaryMatrix,
  boxnet,
  caesarCipher,
  calendarArithmetic,
  chainSum,
  colorCubeRotation,
  countBits,
  countdown,
  countPrimes,
  courseSchedule,
  cryptarithm,
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
  mahjongPuzzle,
  manipulateMatrix,
  maze,
  miniSudoku,
  moduloGrid,
  needleHaystack,
  nQueens,
  numberFiltering,
  numberSequence,
  numberSorting,
  palindromeGeneration,
  palindromePartitioning,
  polynomialEquations,
  poolMatrix,
  primeFactorization,
  products,
  propositionalLogic,
  puzzle24,
  quantumLock,
  ransomNote,
  rectangleCount,
  rotateMatrix,
  rottenOranges,
  rubiksCube,
  rushHour,
  sentenceReordering,
  shortestPathTask,
  simpleEquations,
  simpleGeometry,
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
