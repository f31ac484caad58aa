import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countPrimes } from "./count_primes.js";

const rgEntry = {
  question: "Count how many prime numbers there are between 2387 and 6151 (inclusive) ?",
  answer: "448",
  metadata: {
    source_dataset: "count_primes",
    source_index: 0,
    start: 2387,
    end: 6151,
    primes: [2389, 2393],
    solution: 448,
    n: [2387, 6151],
    difficulty: { n: [1, 10000] },
  },
};

const isPrime = (n: number) => {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
};

describe("logic/count_primes", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(countPrimes, { perturb })).toEqual([]);
  });

  it("counts the primes of the interval, both ends included", () => {
    for (const entry of countPrimes.dataset({ seed: 8, max_n: 3000 }, 60)) {
      const { start, end, primes } = entry.metadata as {
        start: number;
        end: number;
        primes: number[];
      };
      const expected: number[] = [];
      for (let k = start; k <= end; k++) if (isPrime(k)) expected.push(k);
      expect(primes).toEqual(expected);
      expect(entry.answer).toBe(String(expected.length));
    }
    const [one] = countPrimes.dataset({ min_n: 2, max_n: 2 }, 1);
    expect(one?.answer).toBe("1");
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await countPrimes.verify("<answer>448</answer>", rgEntry)).toMatchObject({ reward: 1 });
    expect(countPrimes.scoreAnswer("447", rgEntry)).toBe(0);
    expect(countPrimes.scoreAnswer("There are 448", rgEntry)).toBeCloseTo(3 / 13);
    expect(countPrimes.scoreAnswer("448.0", rgEntry)).toBe(0.6);
    expect(countPrimes.scoreAnswer("4480", rgEntry)).toBe(0.75);
  });
});
