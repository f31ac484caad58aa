import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { gcdBig } from "../lib/numbers.js";
import { ratioToNumber } from "../lib/pyformat.js";

// Reasoning Gym: reasoning_gym/arithmetic/dice.py
// One die of max_dice_size sides and num_dice - 1 smaller ones (2 to max - 1 sides), sorted
// largest first; a target in the middle third of the possible totals; the answer is the
// probability of rolling at least the target as a reduced fraction (exact, by counting sums).
// Scoring as RG: 1.0 when the answer equals the fraction after lower-casing and removing
// newlines, else 0. No deviations; `num`/`den` in the metadata are numbers up to 2^53 and
// decimal strings beyond (RG's are Python ints).

/** How many of the equally likely rolls of `dice` total at least `target`, and how many rolls. */
export function countRollsAtLeast(dice: readonly number[], target: number): [bigint, bigint] {
  let ways: bigint[] = [1n]; // ways[s] = rolls of the dice so far that total s
  for (const sides of dice) {
    const next = new Array<bigint>(ways.length + sides).fill(0n);
    for (const [sum, count] of ways.entries()) {
      if (count === 0n) continue;
      for (let face = 1; face <= sides; face++)
        next[sum + face] = (next[sum + face] as bigint) + count;
    }
    ways = next;
  }
  let atLeast = 0n;
  for (let s = Math.max(target, 0); s < ways.length; s++) atLeast += ways[s] as bigint;
  const total = dice.reduce((product, sides) => product * BigInt(sides), 1n);
  return [atLeast, total];
}

const jsonInteger = (n: bigint): number | string =>
  n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();

const normalise = (text: string) => text.toLowerCase().replaceAll("\n", "");

export const dice = defineLogicTask({
  name: "dice",
  category: "arithmetic",
  curriculum: {
    num_dice: scalar("num_dice", [4, 6, 8, 10]),
    max_dice_size: scalar("max_dice_size", [20, 25, 30, 35]),
  },
  description: "Probability of rolling at least a target with a handful of dice, as a fraction.",
  config: z.object({
    num_dice: z.number().int().min(1).max(1000).default(4),
    max_dice_size: z.number().int().min(2).max(10_000).default(20),
  }),
  generate(rng, config) {
    const max = config.max_dice_size;
    const sides = [max];
    for (let k = 1; k < config.num_dice; k++) sides.push(max > 2 ? rng.int(2, max - 1) : 2);
    sides.sort((a, b) => b - a);
    const minTotal = config.num_dice;
    const maxTotal = sides.reduce((a, b) => a + b, 0);
    const low = minTotal + Math.floor((maxTotal - minTotal) / 3);
    const high = minTotal + Math.floor((2 * (maxTotal - minTotal)) / 3);
    const target = rng.int(low, high);
    const [ways, total] = countRollsAtLeast(sides, target);
    const common = gcdBig(ways, total);
    const [num, den] = [ways / common, total / common];
    const diceText = sides.map((s) => `1d${s}`).join(", ");
    return {
      question: `I have these dice: ${diceText}. What are the odds of rolling ${target} or higher? (Assume that all dice are rolled at once, and that '1d6' represents one roll of a 6-sided dice.) Please respond with a reduced fraction representing the probability [ex., 1/60].`,
      answer: `${num}/${den}`,
      metadata: {
        puzzle: {
          dice_str: diceText,
          target,
          num: jsonInteger(num),
          den: jsonInteger(den),
          probability: ratioToNumber(ways, total),
        },
        difficulty: { num_dice: config.num_dice, max_dice_size: config.max_dice_size },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    return normalise(answer) === normalise(entry.answer) ? 1 : 0;
  },
});
