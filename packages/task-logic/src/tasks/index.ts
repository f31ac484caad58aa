import type { LogicTask } from "../define.js";
import { basicArithmetic } from "./basic_arithmetic.js";
import { chainSum } from "./chain_sum.js";
import { countBits } from "./count_bits.js";
import { gcd } from "./gcd.js";
import { lcm } from "./lcm.js";
import { legCounting } from "./leg_counting.js";
import { letterCounting } from "./letter_counting.js";
import { products } from "./products.js";
import { spellBackward } from "./spell_backward.js";

/** Every ported Reasoning Gym task. Adding a task: one file in this folder and one line here. */
export const logicTasks: readonly LogicTask[] = [
  basicArithmetic,
  chainSum,
  countBits,
  gcd,
  lcm,
  legCounting,
  letterCounting,
  products,
  spellBackward,
];
