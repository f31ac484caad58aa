import type { AdvantageEstimator } from "./config.js";

/** Rewards of one prompt's samples, in sample order. */
export type RewardGroup = readonly number[];

/**
 * How the group standard deviation is computed:
 * - "sample": Bessel-corrected, sqrt(sum (r - mean)^2 / (n - 1)); torch.std's default, what verl's
 *   GRPO estimator uses, so the default here.
 * - "population": sqrt(sum (r - mean)^2 / n).
 */
export type StdChoice = "sample" | "population";

export interface AdvantageOptions {
  /** eps in (r - mean) / (std + eps). verl uses 1e-6. */
  eps?: number;
  std?: StdChoice;
  /**
   * A group of size 1 carries no comparison: "zero" (default) gives it advantage 0; "raw" gives
   * it its reward unchanged (verl's behaviour, which uses mean 0 and std 1 for such groups).
   */
  singleton?: "zero" | "raw";
  /** Inclusive range a reward must lie in; defaults to [-1, 1] (room for length penalties). */
  range?: readonly [number, number];
}

/** A reward that is not a finite number in range; names the sample it came from. */
export class RewardError extends Error {
  override name = "RewardError";
  constructor(
    message: string,
    readonly group: number,
    readonly sample: number,
    readonly value: number,
  ) {
    super(message);
  }
}

const DEFAULT_RANGE: readonly [number, number] = [-1, 1];

/** Throws RewardError for an empty group, or a NaN / infinite / out-of-range reward. */
export function validateRewards(
  groups: readonly RewardGroup[],
  range: readonly [number, number] = DEFAULT_RANGE,
): void {
  const [lo, hi] = range;
  let flat = 0;
  groups.forEach((group, g) => {
    if (group.length === 0) throw new RewardError(`group ${g} has no samples`, g, -1, Number.NaN);
    group.forEach((r, i) => {
      const where = `sample ${i} of group ${g} (flat index ${flat})`;
      if (!Number.isFinite(r)) throw new RewardError(`reward of ${where} is ${r}`, g, i, r);
      if (r < lo || r > hi) {
        throw new RewardError(`reward of ${where} is ${r}, outside [${lo}, ${hi}]`, g, i, r);
      }
      flat++;
    });
  });
}

// mean_g = (1/n) sum_i r_i
export function groupMean(rewards: RewardGroup): number {
  let s = 0;
  for (const r of rewards) s += r;
  return s / rewards.length;
}

// std_g = sqrt(sum_i (r_i - mean_g)^2 / (n - 1)) for "sample", / n for "population"
export function groupStd(rewards: RewardGroup, choice: StdChoice = "sample"): number {
  const n = rewards.length;
  const denom = choice === "sample" ? n - 1 : n;
  if (denom <= 0) return 0;
  const mean = groupMean(rewards);
  let ss = 0;
  for (const r of rewards) ss += (r - mean) ** 2;
  return Math.sqrt(ss / denom);
}

function perGroup(
  groups: readonly RewardGroup[],
  opts: AdvantageOptions,
  f: (group: RewardGroup) => number[],
): number[][] {
  validateRewards(groups, opts.range ?? DEFAULT_RANGE);
  return groups.map((g) => {
    if (g.length === 1) return opts.singleton === "raw" ? [g[0] as number] : [0];
    return f(g);
  });
}

// GRPO: A_i = (r_i - mean_g) / (std_g + eps)
export function grpoAdvantages(
  groups: readonly RewardGroup[],
  opts: AdvantageOptions = {},
): number[][] {
  const eps = opts.eps ?? 1e-6;
  return perGroup(groups, opts, (g) => {
    const mean = groupMean(g);
    const std = groupStd(g, opts.std ?? "sample");
    return g.map((r) => (r - mean) / (std + eps));
  });
}

// Dr.GRPO: A_i = r_i - mean_g (no std normalisation)
export function drGrpoAdvantages(
  groups: readonly RewardGroup[],
  opts: AdvantageOptions = {},
): number[][] {
  return perGroup(groups, opts, (g) => {
    const mean = groupMean(g);
    return g.map((r) => r - mean);
  });
}

// RLOO: A_i = r_i - (1/(n-1)) sum_{j != i} r_j = n/(n-1) (r_i - mean_g)
export function rlooAdvantages(
  groups: readonly RewardGroup[],
  opts: AdvantageOptions = {},
): number[][] {
  return perGroup(groups, opts, (g) => {
    let total = 0;
    for (const r of g) total += r;
    return g.map((r) => r - (total - r) / (g.length - 1));
  });
}

/** Dispatch on the estimator name. */
export function computeAdvantages(
  groups: readonly RewardGroup[],
  estimator: AdvantageEstimator = "grpo",
  opts: AdvantageOptions = {},
): number[][] {
  switch (estimator) {
    case "grpo":
      return grpoAdvantages(groups, opts);
    case "dr-grpo":
      return drGrpoAdvantages(groups, opts);
    case "rloo":
      return rlooAdvantages(groups, opts);
  }
}

/** Concatenate groups in order: the flat order the trainer lays sequences out in. */
export function flattenGroups<T>(groups: readonly (readonly T[])[]): T[] {
  return groups.flat() as T[];
}
