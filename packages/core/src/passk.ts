/**
 * Unbiased pass@k (Chen et al., 2021): 1 - C(n-c, k) / C(n, k), computed in the stable
 * product form 1 - prod_{i=n-c+1}^{n} (1 - k / i), which never forms a binomial coefficient.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k)) {
    throw new RangeError(`pass@k needs integers, got n=${n}, c=${c}, k=${k}`);
  }
  if (n < 1 || k < 1) throw new RangeError(`pass@k needs n >= 1 and k >= 1, got n=${n}, k=${k}`);
  if (k > n) throw new RangeError(`pass@${k} needs at least ${k} samples per problem, got n=${n}`);
  if (c < 0 || c > n) throw new RangeError(`correct count c=${c} must lie in [0, n=${n}]`);
  if (n - c < k) return 1;
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i++) allFail *= 1 - k / i;
  return 1 - allFail;
}

/** One problem's samples: their rewards (a sample is correct when its reward is exactly 1). */
export interface ProblemSamples {
  rewards: readonly number[];
}

export interface PassAtKSummary {
  problems: number;
  samplesPerProblem: { min: number; max: number };
  /** k -> pass@k averaged over problems. */
  passAtK: Record<number, number>;
  /** Mean reward over all samples, weighting problems equally (continuous rewards). */
  meanReward: number;
}

/** pass@k for each k, averaged over problems; every problem needs at least max(ks) samples. */
export function summarizePassAtK(
  problems: readonly ProblemSamples[],
  ks: readonly number[],
): PassAtKSummary {
  if (problems.length === 0) throw new RangeError("pass@k over zero problems");
  problems.forEach(checkSamples);
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const problem of problems) {
    min = Math.min(min, problem.rewards.length);
    max = Math.max(max, problem.rewards.length);
  }
  const summary: PassAtKSummary = {
    problems: problems.length,
    samplesPerProblem: { min, max },
    passAtK: {},
    meanReward: 0,
  };
  for (const k of ks) {
    let total = 0;
    for (const [index, problem] of problems.entries()) {
      const n = problem.rewards.length;
      if (k > n) {
        throw new RangeError(
          `pass@${k} needs at least ${k} samples per problem; problem ${index} has ${n}`,
        );
      }
      total += passAtK(n, problem.rewards.filter((r) => r === 1).length, k);
    }
    summary.passAtK[k] = total / problems.length;
  }
  let rewardTotal = 0;
  for (const problem of problems) {
    rewardTotal += problem.rewards.reduce((a, b) => a + b, 0) / problem.rewards.length;
  }
  summary.meanReward = rewardTotal / problems.length;
  return summary;
}

/** A problem needs at least one sample, and every reward must lie in [0, 1]. */
function checkSamples(problem: ProblemSamples, index: number): void {
  if (problem.rewards.length === 0) throw new RangeError(`problem ${index} has no samples`);
  const bad = problem.rewards.find((r) => typeof r !== "number" || !(r >= 0 && r <= 1));
  if (bad !== undefined) {
    throw new RangeError(`problem ${index} has reward ${bad}; rewards must lie in [0, 1]`);
  }
}

/** The k of pass@k worth reporting for n samples: 1, 2, 4, ... up to n, plus n itself. */
export function defaultKs(n: number): number[] {
  const ks: number[] = [];
  for (let k = 1; k <= n; k *= 2) ks.push(k);
  if (ks[ks.length - 1] !== n) ks.push(n);
  return ks;
}
