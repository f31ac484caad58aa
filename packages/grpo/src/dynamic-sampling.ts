import type { RewardGroup } from "./advantages.js";

// degenerate <=> max_i r_i - min_i r_i <= tol   (all rewards equal: zero advantage for every sample)
export function isDegenerateGroup(rewards: RewardGroup, tolerance = 0): boolean {
  if (rewards.length === 0) return true;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of rewards) {
    if (Number.isNaN(r)) return false;
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  return hi - lo <= tolerance;
}

export interface FilterOptions {
  /** Rewards within this distance of each other count as equal (for continuous rewards). */
  tolerance?: number;
  /**
   * Keep groups of a single sample (DAPO keeps them). Default false: with the default
   * `singleton: "zero"` advantage they carry no signal.
   */
  keepSingletons?: boolean;
  /** Rewards at or above this (minus tolerance) count as "solved" in the report; default 1. */
  solvedAt?: number;
  /** Rewards at or below this (plus tolerance) count as "failed" in the report; default 0. */
  failedAt?: number;
}

export interface FilterCounts {
  kept: number;
  dropped: number;
  /** Dropped groups whose samples all solved the prompt (accuracy 1). */
  droppedSolved: number;
  /** Dropped groups whose samples all failed (accuracy 0). */
  droppedFailed: number;
  /** Dropped groups that were all equal at another value (continuous rewards), or singletons. */
  droppedOther: number;
}

/** Split groups into informative (kept) and all-equal (dropped) ones, preserving order. */
export function filterInformativeGroups<G>(
  groups: readonly G[],
  rewardsOf: (group: G) => RewardGroup,
  opts: FilterOptions = {},
): { kept: G[]; dropped: G[]; counts: FilterCounts } {
  const tol = opts.tolerance ?? 0;
  const solvedAt = opts.solvedAt ?? 1;
  const failedAt = opts.failedAt ?? 0;
  const kept: G[] = [];
  const dropped: G[] = [];
  const counts: FilterCounts = {
    kept: 0,
    dropped: 0,
    droppedSolved: 0,
    droppedFailed: 0,
    droppedOther: 0,
  };
  for (const g of groups) {
    const r = rewardsOf(g);
    const single = r.length === 1;
    if ((single && opts.keepSingletons) || (!single && !isDegenerateGroup(r, tol))) {
      kept.push(g);
      counts.kept++;
      continue;
    }
    dropped.push(g);
    counts.dropped++;
    if (!single && r.every((x) => x >= solvedAt - tol)) counts.droppedSolved++;
    else if (!single && r.every((x) => x <= failedAt + tol)) counts.droppedFailed++;
    else counts.droppedOther++;
  }
  return { kept, dropped, counts };
}

export interface SampleRequest {
  /** 1-based round number. */
  round: number;
  /** Informative groups still missing to reach the target. */
  needed: number;
}

export interface DynamicSamplingOptions<G> extends FilterOptions {
  /** Informative groups wanted (the prompt batch size, e.g. 256). */
  target: number;
  /** Most sampling rounds (calls to `sample`), at least 1. */
  maxRounds: number;
  /** Sample more prompt groups; the trainer decides how many prompts to draw for `needed`. */
  sample: (request: SampleRequest) => Promise<readonly G[]> | readonly G[];
  rewardsOf: (group: G) => RewardGroup;
  /** When maxRounds run out short of the target: "partial" returns what there is, "error" throws. */
  onExhausted?: "partial" | "error";
}

export interface DynamicSamplingReport extends FilterCounts {
  target: number;
  rounds: number;
  /** Groups returned by `sample` over all rounds. */
  sampled: number;
  /** Informative groups beyond the target, returned in `surplus` rather than trained on. */
  surplus: number;
  /** True when the rounds ran out before the target was reached. */
  exhausted: boolean;
  perRound: FilterCounts[];
}

export interface DynamicSamplingResult<G> {
  /** Exactly `target` informative groups, unless exhausted. */
  groups: G[];
  surplus: G[];
  report: DynamicSamplingReport;
}

/** Thrown by dynamic sampling with onExhausted "error"; carries the report. */
export class DynamicSamplingExhausted extends Error {
  override name = "DynamicSamplingExhausted";
  constructor(readonly report: DynamicSamplingReport) {
    super(
      `dynamic sampling: ${report.kept} of ${report.target} informative groups after ${report.rounds} rounds ` +
        `(${report.dropped} all-equal groups dropped of ${report.sampled} sampled)`,
    );
  }
}

/**
 * DAPO dynamic sampling: sample prompt groups round after round, drop those whose rewards are all
 * equal, until `target` informative groups are collected or `maxRounds` is reached.
 */
export async function collectInformativeGroups<G>(
  opts: DynamicSamplingOptions<G>,
): Promise<DynamicSamplingResult<G>> {
  if (!Number.isInteger(opts.target) || opts.target < 1) {
    throw new Error(`dynamic sampling: target must be a positive integer, got ${opts.target}`);
  }
  if (!Number.isInteger(opts.maxRounds) || opts.maxRounds < 1) {
    throw new Error(
      `dynamic sampling: maxRounds must be a positive integer, got ${opts.maxRounds}`,
    );
  }
  const kept: G[] = [];
  const report: DynamicSamplingReport = {
    target: opts.target,
    rounds: 0,
    sampled: 0,
    kept: 0,
    dropped: 0,
    droppedSolved: 0,
    droppedFailed: 0,
    droppedOther: 0,
    surplus: 0,
    exhausted: false,
    perRound: [],
  };
  while (kept.length < opts.target && report.rounds < opts.maxRounds) {
    report.rounds++;
    const batch = await opts.sample({ round: report.rounds, needed: opts.target - kept.length });
    report.sampled += batch.length;
    const { kept: k, counts } = filterInformativeGroups(batch, opts.rewardsOf, opts);
    kept.push(...k);
    report.perRound.push(counts);
    report.kept += counts.kept;
    report.dropped += counts.dropped;
    report.droppedSolved += counts.droppedSolved;
    report.droppedFailed += counts.droppedFailed;
    report.droppedOther += counts.droppedOther;
  }
  report.exhausted = kept.length < opts.target;
  if (report.exhausted && opts.onExhausted === "error") throw new DynamicSamplingExhausted(report);
  const groups = kept.slice(0, opts.target);
  const surplus = kept.slice(opts.target);
  report.surplus = surplus.length;
  return { groups, surplus, report };
}
