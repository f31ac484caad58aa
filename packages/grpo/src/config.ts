import { z } from "zod";

/** Which advantage estimator turns a group of rewards into per-sample advantages. */
export const advantageEstimatorSchema = z.enum(["grpo", "dr-grpo", "rloo"]);
export type AdvantageEstimator = z.infer<typeof advantageEstimatorSchema>;

/**
 * How group rewards become advantages: the estimator, eps in (r - mean) / (std + eps) (verl's
 * 1e-6) and which standard deviation (see StdChoice).
 */
export const advantageConfigSchema = z
  .object({
    estimator: advantageEstimatorSchema.default("grpo"),
    eps: z.number().positive().default(1e-6),
    std: z.enum(["sample", "population"]).default("sample"),
  })
  .strict();
export type AdvantageConfig = z.infer<typeof advantageConfigSchema>;

/** How the per-token loss matrix becomes one scalar (see aggregation.ts). */
export const aggregationModeSchema = z.enum([
  "token-mean",
  "seq-mean-token-mean",
  "seq-mean-token-sum-norm",
]);
export type AggregationMode = z.infer<typeof aggregationModeSchema>;

/** KL estimator of KL(pi || pi_ref) from sampled tokens (Schulman's k1/k2/k3). */
export const klEstimatorSchema = z.enum(["k1", "k2", "k3"]);
export type KlEstimator = z.infer<typeof klEstimatorSchema>;

/**
 * The ProRL objective with its defaults (DESIGN.md's recipe table): clip-higher 0.2/0.4,
 * token-mean aggregation, k3 KL in the loss. Dual clip is off unless `dualClip` is set (3 is the
 * usual value; verl always applies it with 3).
 */
export const objectiveConfigSchema = z.object({
  /** eps_low: the ratio is clipped below at 1 - clipLow (for A < 0). */
  clipLow: z.number().min(0).lt(1).default(0.2),
  /** eps_high: the ratio is clipped above at 1 + clipHigh (for A > 0); DAPO's clip-higher. */
  clipHigh: z.number().min(0).default(0.4),
  /** Dual-clip bound c > 1 for A < 0 (Ye et al. 2020); null turns it off. */
  dualClip: z.number().gt(1).nullable().default(null),
  /** Bound on |logp - logp_old| before exp, for numerical stability (verl uses 20). */
  logRatioBound: z.number().positive().default(20),
  aggregation: aggregationModeSchema.default("token-mean"),
  /** Normaliser L for seq-mean-token-sum-norm; null means the mask width of the mini-batch. */
  maxResponseLength: z.number().int().positive().nullable().default(null),
  klEstimator: klEstimatorSchema.default("k3"),
  /** beta. 0 turns the KL term off. 1e-3 is verl's kl_loss_coef default. */
  klCoef: z.number().min(0).default(1e-3),
  /** "loss": beta * agg(kl) is added to the loss; "reward": r_i - beta * sum_t kl_t instead. */
  klPlacement: z.enum(["loss", "reward"]).default("loss"),
});
export type ObjectiveConfig = z.infer<typeof objectiveConfigSchema>;
export type ObjectiveConfigInput = z.input<typeof objectiveConfigSchema>;

/** Parse a partial objective config, filling in the ProRL defaults. Throws a ZodError on bad input. */
export function objectiveConfig(input: ObjectiveConfigInput = {}): ObjectiveConfig {
  return objectiveConfigSchema.parse(input);
}
