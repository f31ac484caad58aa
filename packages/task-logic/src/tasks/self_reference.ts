import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/logic/self_reference.py
// Seven self-referential statements ("At least a of these 7 statements are true", ..., "The
// number of false statements is a composite number"); the parameters a-d are planted around an
// intended number of true statements, and the answer is how many of the 2^7 truth assignments
// are self-consistent (brute force, as RG). Scoring as RG: 1.0 only for the exact string (no
// trimming, no partial credit), else 0. `difficulty` is recorded but, as in RG, changes nothing.
// No deviations.

const N = 7;

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

const isComposite = (n: number) => n > 1 && !isPrime(n);

interface Parameters {
  a: number;
  b: number;
  c: number;
  d: number;
}

/**
 * RG's plant: an intended number t of true statements (1-6) and which of statements 1-5 are
 * meant to be true, k of them besides the forced truths of statements 6 and 7. Where k falls
 * outside 0-5 (t = 6), RG falls back to t = 4 with statements 1-4 true.
 */
function plant(rng: Rng): { t: number; truths: boolean[] } {
  const t = rng.int(1, N - 1);
  const k = t - (isPrime(t) ? 1 : 0) - (isComposite(N - t) ? 1 : 0);
  if (k < 0 || k > 5) return { t: 4, truths: [true, true, true, true, false] };
  const truths = new Array<boolean>(5).fill(false);
  for (const i of rng.sample([0, 1, 2, 3, 4], k)) truths[i] = true;
  return { t, truths };
}

const anyExcept = (rng: Rng, excluded: number) =>
  rng.pick(steps(0, N).filter((x) => x !== excluded));

/** RG's generate_dynamic_puzzle: parameters that make statements 1-4 true or false as planted. */
function plantParameters(rng: Rng): Parameters {
  const { t, truths } = plant(rng);
  const a = truths[0] ? rng.int(1, t) : t + 1 > N ? N : rng.int(t + 1, N);
  const b = truths[1] ? rng.int(N - t, N) : rng.int(0, Math.max(N - t - 1, 0));
  const c = truths[2] ? t : anyExcept(rng, t);
  const d = truths[3] ? N - t : anyExcept(rng, N - t);
  return { a, b, c, d };
}

/** Whether the truth assignment `solution` (bit j = statement j + 1) is self-consistent. */
function consistent(p: Parameters, solution: readonly boolean[]): boolean {
  const t = solution.filter(Boolean).length;
  const f = N - t;
  const claims = [
    t >= p.a,
    f <= p.b,
    t === p.c,
    f === p.d,
    solution[2] !== solution[3],
    isPrime(t),
    isComposite(f),
  ];
  return claims.every((claim, j) => claim === solution[j]);
}

export function countSolutions(p: Parameters): number {
  let count = 0;
  for (let mask = 0; mask < 2 ** N; mask++) {
    const solution = Array.from({ length: N }, (_, j) => ((mask >> j) & 1) === 1);
    if (consistent(p, solution)) count++;
  }
  return count;
}

function statements(p: Parameters): string[] {
  return [
    `Statement 1: 'At least ${p.a} of these 7 statements are true.'`,
    `Statement 2: 'At most ${p.b} of these 7 statements are false.'`,
    `Statement 3: 'Exactly ${p.c} of these 7 statements are true.'`,
    `Statement 4: 'Exactly ${p.d} of these 7 statements are false.'`,
    "Statement 5: 'Either Statement 3 or Statement 4 is true, but not both.'",
    "Statement 6: 'The number of true statements is a prime number.'",
    "Statement 7: 'The number of false statements is a composite number.'",
  ];
}

export const selfReference = defineLogicTask({
  name: "self_reference",
  category: "logic",
  curriculum: { difficulty: scalar("difficulty", steps(1, 10)) },
  description: "Count the consistent truth assignments of seven self-referential statements.",
  config: z.object({ difficulty: z.number().int().min(1).max(10).default(5) }),
  generate(rng, config) {
    const parameters = plantParameters(rng);
    const lines = statements(parameters).map((s) => ` - ${s}\n`);
    return {
      question: `Given the truthfulness of these statements, please tell me the number of possible solutions: \n${lines.join("")}`,
      answer: String(countSolutions(parameters)),
      metadata: { difficulty: { difficulty: config.difficulty } },
    };
  },
  score: (answer, entry) => (answer !== null && answer === entry.answer ? 1 : 0),
});
