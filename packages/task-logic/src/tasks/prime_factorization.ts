import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/prime_factorization.py
// Scoring as RG: the answer's "×"-separated factors, sorted, equal to the oracle's: 1.0; same
// product: 0.5; otherwise 0.01.
// Fixes: RG raises on a factor that is not an integer (scored 0 here) and gives 0.01 to an empty
// answer (0 here). The product is computed with an early exit once it passes the number, so a
// long list of huge factors cannot make scoring slow.
export function primeFactors(n: number): number[] {
  const factors: number[] = [];
  let rest = n;
  for (let d = 2; d * d <= rest; d++) {
    while (rest % d === 0) {
      factors.push(d);
      rest /= d;
    }
  }
  if (rest > 1) factors.push(rest);
  return factors;
}

function parseFactors(text: string): bigint[] | null {
  const out: bigint[] = [];
  for (const part of text.split("×")) {
    if (part.trim() === "") continue;
    const value = pyInt(part);
    if (value === null) return null;
    out.push(value);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether the product of `factors` is `target` (> 0), stopping once |product| passes it. */
function productIs(factors: bigint[], target: bigint): boolean {
  let product = 1n;
  let negative = false;
  for (const f of factors) {
    if (f === 0n) return false;
    product *= f < 0n ? -f : f;
    if (f < 0n) negative = !negative;
    if (product > target) return false;
  }
  return !negative && product === target;
}

export const primeFactorization = defineLogicTask({
  name: "prime_factorization",
  category: "arithmetic",
  curriculum: { value: range("min_value", "max_value", [10, 1_000, 5_000, 10_000], true) },
  description: "Prime factorization of an integer, factors separated by ×.",
  config: z.object({
    min_value: z.number().int().min(2).default(2),
    max_value: z.number().int().min(2).max(Number.MAX_SAFE_INTEGER).default(1000),
  }),
  generate(rng, config) {
    const number = rng.int(config.min_value, config.max_value);
    const factors = primeFactors(number);
    return {
      question: `Find the prime factorization of ${number}. Write the factors separated by × (Example: for 12 the answer would be: 2 × 2 × 3)`,
      answer: factors.join(" × "),
      metadata: {
        number,
        factors,
        difficulty: { value: [config.min_value, config.max_value] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.trim() === "" || entry.answer === null) return 0;
    const oracle = parseFactors(entry.answer);
    const given = parseFactors(answer);
    if (oracle === null || given === null) return 0;
    if (oracle.length === given.length && oracle.every((f, k) => f === given[k])) return 1;
    const target = oracle.reduce((a, b) => a * b, 1n);
    return productIs(given, target) ? 0.5 : 0.01;
  },
});
