/**
 * The part of Python's `random.Random` RE-ARC's generators call, on prorl's seeded `Rng`
 * (so streams differ from Python's Mersenne Twister; the distributions and error cases are
 * Python's), plus RE-ARC's `unifint` (reasoning_gym/arc/rearc_utils/utils.py), which records
 * the difficulty it drew so Reasoning Gym can report the mean as `metadata.rng`.
 *
 * Every draw counts against a budget: RE-ARC's generators retry in `while True` loops, and a
 * generator that has drawn `drawBudget` numbers without finishing throws `BudgetExceeded` (the
 * task then draws another generator) instead of running on. The default, 100,000, is three times
 * the most any generator drew in a sample at the highest difficulty (73251a56 at 0.9–1.0: 32,651;
 * at Reasoning Gym's difficulties, 0–0.2, at most 749).
 */
import type { Rng } from "@prorl/core";
import { round } from "./python.js";

export class BudgetExceeded extends Error {
  constructor(budget: number) {
    super(`RE-ARC generator used its budget of ${budget} random draws`);
  }
}

export class PyRandom {
  readonly #rng: Rng;
  #draws = 0;
  readonly drawBudget: number;
  /** The difficulties `unifint` drew since the last `takeDifficultySamples()`. */
  difficultySamples: number[] = [];

  constructor(rng: Rng, drawBudget = 100_000) {
    this.#rng = rng;
    this.drawBudget = drawBudget;
  }

  #count(): void {
    this.#draws++;
    if (this.#draws > this.drawBudget) throw new BudgetExceeded(this.drawBudget);
  }

  /** Draws since the last resetBudget(). */
  get draws(): number {
    return this.#draws;
  }

  /** Starts a new budget (for the next generator call). */
  resetBudget(): void {
    this.#draws = 0;
  }

  /** `random()`: uniform in [0, 1). */
  random(): number {
    this.#count();
    return this.#rng.float();
  }

  /** `uniform(a, b)`: a + (b - a) · random(). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** `randint(a, b)`, both ends included; an empty range raises as Python's does. */
  randint(a: number, b: number): number {
    this.#count();
    if (!Number.isInteger(a) || !Number.isInteger(b))
      throw new TypeError("randint needs integer bounds");
    if (b < a) throw new RangeError(`ValueError: empty range for randint(${a}, ${b})`);
    return this.#rng.int(a, b);
  }

  /** `choice(seq)`: an empty sequence raises IndexError. */
  choice<X>(seq: readonly X[]): X {
    if (seq.length === 0) throw new RangeError("IndexError: cannot choose from an empty sequence");
    return seq[this.randint(0, seq.length - 1)] as X;
  }

  /** `sample(population, k)`: k distinct positions, in random order. */
  sample<X>(population: readonly X[], k: number): X[] {
    if (!Number.isInteger(k)) throw new TypeError("sample size must be an integer");
    if (k < 0 || k > population.length)
      throw new RangeError("ValueError: sample larger than population or is negative");
    const pool = population.slice();
    const out: X[] = [];
    for (let i = 0; i < k; i++) {
      const j = this.randint(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j] as X, pool[i] as X];
      out.push(pool[i] as X);
    }
    return out;
  }

  /** `shuffle(list)`, in place (Fisher–Yates). */
  shuffle<X>(items: X[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.randint(0, i);
      [items[i], items[j]] = [items[j] as X, items[i] as X];
    }
  }

  /** `choices(population, weights, k=1)[0]`: one item drawn with the given weights. */
  weightedChoice<X>(population: readonly X[], weights: readonly number[]): X {
    if (population.length === 0 || population.length !== weights.length)
      throw new RangeError("weightedChoice needs one weight per item");
    const total = weights.reduce((s, w) => s + w, 0);
    if (!(total > 0))
      throw new RangeError("ValueError: total of weights must be greater than zero");
    const target = this.random() * total;
    let acc = 0;
    for (let k = 0; k < population.length; k++) {
      acc += weights[k] as number;
      if (target < acc) return population[k] as X;
    }
    return population[population.length - 1] as X;
  }

  /** The mean difficulty drawn since the last call (0 when none), then forgets them. */
  takeDifficultySamples(): number {
    const samples = this.difficultySamples;
    this.difficultySamples = [];
    return samples.length === 0 ? 0 : samples.reduce((s, d) => s + d, 0) / samples.length;
  }
}

/**
 * RE-ARC's unifint: a difficulty d ~ U(diff_lb, diff_ub) mapped into [a, b]:
 * min(max(a, round(a + (b - a)·d)), b).
 */
export function unifint(
  rng: PyRandom,
  diffLb: number,
  diffUb: number,
  bounds: readonly [number, number],
): number {
  const [a, b] = bounds;
  const d = rng.uniform(diffLb, diffUb);
  rng.difficultySamples.push(d);
  return Math.min(Math.max(a, round(a + (b - a) * d)), b);
}
