import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { binaryAlternation, minSwapsToAlternate } from "./binary_alternation.js";

const rgEntry = {
  question:
    'Given a binary string, return the minimum number of character swaps to make it alternating, or -1 if it is impossible.\n\nThe string is called alternating if no two adjacent characters are equal. For example, the strings "010" and "1010" are alternating, while the string "0100" is not.\n\nAny two characters may be swapped, even if they are not adjacent.\n\nNow, determine the minimum number of swaps to make the following binary string alternating: 00010111011010\n',
  answer: "3",
  metadata: {
    source_dataset: "binary_alternation",
    source_index: 0,
    string: "00010111011010",
    solution: 3,
    solvable: true,
    n: 14,
    difficulty: { n: [10, 30] },
  },
};

/** Fewest swaps to an alternating arrangement by breadth-first search over strings; -1 if none. */
function bruteForceSwaps(string: string): number {
  const seen = new Map([[string, 0]]);
  const queue = [string];
  for (const s of queue) {
    const d = seen.get(s) as number;
    if (![...s].some((c, k) => k > 0 && s[k - 1] === c)) return d;
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) {
        if (s[i] === s[j]) continue;
        const t = [...s];
        [t[i], t[j]] = [t[j] as string, t[i] as string];
        const next = t.join("");
        if (!seen.has(next)) {
          seen.set(next, d + 1);
          queue.push(next);
        }
      }
  }
  return -1;
}

describe("logic/binary_alternation", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(binaryAlternation, { perturb })).toEqual([]);
  });

  it("gives the minimum number of swaps (checked by breadth-first search)", () => {
    for (const s of ["0100", "1100", "000111", "0011", "01", "0", "1110", "0001011", "10101"])
      expect(minSwapsToAlternate(s), s).toBe(bruteForceSwaps(s));
    for (const entry of binaryAlternation.dataset({ seed: 5, max_n: 9, min_n: 3 }, 40)) {
      const string = entry.metadata.string as string;
      expect(entry.answer).toBe(String(bruteForceSwaps(string)));
      expect(entry.question).toContain(`alternating: ${string}\n`);
    }
  });

  it("makes about p_solvable of the strings solvable", () => {
    const entries = binaryAlternation.dataset({ seed: 2 }, 400);
    const unsolvable = entries.filter((e) => e.answer === "-1").length;
    expect(unsolvable).toBeGreaterThan(40);
    expect(unsolvable).toBeLessThan(120);
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await binaryAlternation.verify("<answer>3</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    // RG's default scorer: exact, or len(oracle) / len(answer) when the oracle is inside.
    expect(binaryAlternation.scoreAnswer("4", rgEntry)).toBe(0);
    expect(binaryAlternation.scoreAnswer("3 swaps", rgEntry)).toBeCloseTo(1 / 7);
    expect(binaryAlternation.scoreAnswer("-3", rgEntry)).toBe(0.5);
    expect(binaryAlternation.scoreAnswer("🙂3", rgEntry)).toBe(0.5); // Python counts code points
  });
});
