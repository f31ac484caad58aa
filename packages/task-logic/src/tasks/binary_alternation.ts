import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/algorithmic/binary_alternation.py (LeetCode 1864).
// A shuffled binary string with balanced counts of 0s and 1s (one more of either for odd n);
// unsolvable strings get one extra bit (or two of one kind when balanced), making them longer
// than n as in RG. Scoring: RG's default (exact, or the contained fraction).
const QUESTION = (string: string) =>
  `Given a binary string, return the minimum number of character swaps to make it alternating, or -1 if it is impossible.

The string is called alternating if no two adjacent characters are equal. For example, the strings "010" and "1010" are alternating, while the string "0100" is not.

Any two characters may be swapped, even if they are not adjacent.

Now, determine the minimum number of swaps to make the following binary string alternating: ${string}
`;

function binaryString(rng: Rng, n: number, solvable: boolean): string {
  let ones = Math.floor(n / 2);
  let zeros = ones;
  if (n % 2 === 1) {
    if (rng.float() < 0.5) ones++;
    else zeros++;
  }
  if (!solvable) {
    if (ones > zeros) ones++;
    else if (ones < zeros) zeros++;
    else if (rng.float() < 0.5) ones += 2;
    else zeros += 2;
  }
  return rng.shuffle([...Array(ones).fill("1"), ...Array(zeros).fill("0")]).join("");
}

/** Mismatches against the alternating string starting with `first`, halved: one swap fixes two. */
function swapsTo(string: string, first: "0" | "1"): number {
  let wrong = 0;
  let expected = first;
  for (const c of string) {
    if (c !== expected) wrong++;
    expected = expected === "0" ? "1" : "0";
  }
  return Math.floor(wrong / 2);
}

/** Minimum swaps to make `string` alternate, or -1 when the counts differ by more than one. */
export function minSwapsToAlternate(string: string): number {
  let ones = 0;
  for (const c of string) if (c === "1") ones++;
  const zeros = string.length - ones;
  if (Math.abs(ones - zeros) > 1) return -1;
  if (ones > zeros) return swapsTo(string, "1");
  if (ones < zeros) return swapsTo(string, "0");
  return Math.min(swapsTo(string, "0"), swapsTo(string, "1"));
}

export const binaryAlternation = defineLogicTask({
  name: "binary_alternation",
  category: "algorithmic",
  curriculum: { n: range("min_n", "max_n", [10, 50, 500, 1000], true) },
  description: "Minimum swaps to make a binary string alternating, or -1.",
  config: z.object({
    min_n: z.number().int().min(1).default(10),
    max_n: z.number().int().min(1).default(30),
    p_solvable: z.number().min(0).max(1).default(0.8),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_n, config.max_n);
    const solvable = rng.float() < config.p_solvable;
    const string = binaryString(rng, n, solvable);
    const answer = minSwapsToAlternate(string);
    return {
      question: QUESTION(string),
      answer: String(answer),
      metadata: {
        string,
        solution: answer,
        solvable,
        n,
        difficulty: { n: [config.min_n, config.max_n] },
      },
    };
  },
  score: scoreExactOrContained,
});
