import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/algorithmic/count_primes.py
// An interval [start, end] inside [min_n, max_n]; the answer counts its primes (sieve of
// Eratosthenes up to max_n, built once per max_n). Scoring: RG's default (exact, or the
// contained fraction).
const MAX_N = 100_000_000;

const sieves = new Map<number, Uint8Array>();

/** isComposite[k] = 1 for k < 2 and for every composite k <= n. */
function sieve(n: number): Uint8Array {
  let composite = sieves.get(n);
  if (composite) return composite;
  composite = new Uint8Array(n + 1);
  composite[0] = 1;
  if (n >= 1) composite[1] = 1;
  for (let i = 2; i * i <= n; i++)
    if (!composite[i]) for (let j = i * i; j <= n; j += i) composite[j] = 1;
  sieves.set(n, composite);
  return composite;
}

export const countPrimes = defineLogicTask({
  name: "count_primes",
  category: "algorithmic",
  curriculum: { n: range("min_n", "max_n", [10, 1000, 10_000, 50_000, 100_000], true) },
  description: "Count the primes in an interval.",
  config: z.object({
    min_n: z.number().int().min(1).default(1),
    max_n: z.number().int().min(1).max(MAX_N).default(10_000),
  }),
  generate(rng, config) {
    const start = rng.int(config.min_n, config.max_n);
    const end = rng.int(start, config.max_n);
    const composite = sieve(config.max_n);
    const primes: number[] = [];
    for (let k = start; k <= end; k++) if (!composite[k]) primes.push(k);
    return {
      question: `Count how many prime numbers there are between ${start} and ${end} (inclusive) ?`,
      answer: String(primes.length),
      metadata: {
        start,
        end,
        primes,
        solution: primes.length,
        n: [start, end],
        difficulty: { n: [config.min_n, config.max_n] },
      },
    };
  },
  score: scoreExactOrContained,
});
