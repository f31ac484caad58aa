import type { LogicTask } from "../define.js";
import { baseConversion } from "./base_conversion.js";
import { basicArithmetic } from "./basic_arithmetic.js";
import { bf } from "./bf.js";
import { binaryMatrix } from "./binary_matrix.js";
import { caesarCipher } from "./caesar_cipher.js";
import { calendarArithmetic } from "./calendar_arithmetic.js";
import { chainSum } from "./chain_sum.js";
import { countBits } from "./count_bits.js";
import { fractionSimplification } from "./fraction_simplification.js";
import { gcd } from "./gcd.js";
import { jugs } from "./jugs.js";
import { lcm } from "./lcm.js";
import { legCounting } from "./leg_counting.js";
import { letterCounting } from "./letter_counting.js";
import { numberSequence } from "./number_sequence.js";
import { numberSorting } from "./number_sorting.js";
import { polynomialEquations } from "./polynomial_equations.js";
import { primeFactorization } from "./prime_factorization.js";
import { products } from "./products.js";
import { rectangleCount } from "./rectangle_count.js";
import { rotateMatrix } from "./rotate_matrix.js";
import { simpleEquations } from "./simple_equations.js";
import { simpleGeometry } from "./simple_geometry.js";
import { spellBackward } from "./spell_backward.js";
import { spiralMatrix } from "./spiral_matrix.js";
import { syllogism } from "./syllogism.js";
import { timeIntervals } from "./time_intervals.js";
import { wordLadder } from "./word_ladder.js";
import { wordSorting } from "./word_sorting.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [
  baseConversion,
  basicArithmetic,
  bf,
  binaryMatrix,
  caesarCipher,
  calendarArithmetic,
  chainSum,
  countBits,
  fractionSimplification,
  gcd,
  jugs,
  lcm,
  legCounting,
  letterCounting,
  numberSequence,
  numberSorting,
  polynomialEquations,
  primeFactorization,
  products,
  rectangleCount,
  rotateMatrix,
  simpleEquations,
  simpleGeometry,
  spellBackward,
  spiralMatrix,
  syllogism,
  timeIntervals,
  wordLadder,
  wordSorting,
];
