import * as tf from "@tensorflow/tfjs-core";
import { type AggregationNorm, aggregate, aggregationNorm } from "./aggregation.js";
import type { ObjectiveConfig } from "./config.js";
import { klEstimate } from "./kl.js";
import { policyLossPerToken } from "./policy-loss.js";

/** One (micro-)batch of B sequences padded to T tokens. */
export interface ObjectiveInputs {
  /** log pi_theta(y_t | ...) of the sampled tokens under the policy being trained, [B, T]. */
  logProbs: tf.Tensor2D;
  /** log pi_old of the same tokens (the policy that sampled them), [B, T]. */
  oldLogProbs: tf.Tensor2D;
  /** log pi_ref of the same tokens; required when the KL term is in the loss with beta > 0. */
  refLogProbs?: tf.Tensor2D;
  /** Per-sequence [B] or per-token [B, T] advantages. */
  advantages: tf.Tensor1D | tf.Tensor2D;
  /** 1 for response tokens that count, 0 for padding, [B, T]. */
  mask: tf.Tensor2D;
}

export interface ObjectiveTerms {
  /** policyLoss + klCoef * klLoss: what to differentiate. */
  loss: tf.Scalar;
  policyLoss: tf.Scalar;
  /** agg(kl) before the coefficient; 0 when the KL term is off or in the reward. */
  klLoss: tf.Scalar;
}

/** Whether the KL term enters the loss under this config. */
export function klInLoss(config: ObjectiveConfig): boolean {
  return config.klPlacement === "loss" && config.klCoef > 0;
}

// L = agg(max(-A r, -A clip(r, 1 - eps_low, 1 + eps_high))) + beta * agg(kl(pi, pi_ref))
export function grpoObjective(
  inputs: ObjectiveInputs,
  config: ObjectiveConfig,
  norm: AggregationNorm = aggregationNorm(inputs.mask, config.maxResponseLength),
): ObjectiveTerms {
  const { logProbs, oldLogProbs, refLogProbs, advantages, mask } = inputs;
  if (klInLoss(config) && refLogProbs === undefined) {
    throw new Error("grpoObjective: refLogProbs is required when the KL term is in the loss");
  }
  return tf.tidy(() => {
    const pg = policyLossPerToken(logProbs, oldLogProbs, advantages, config);
    const policyLoss = aggregate(pg, mask, config.aggregation, norm);
    const klLoss =
      klInLoss(config) && refLogProbs !== undefined
        ? aggregate(
            klEstimate(logProbs, refLogProbs, config.klEstimator),
            mask,
            config.aggregation,
            norm,
          )
        : tf.scalar(0);
    const loss = tf.add(policyLoss, tf.mul(klLoss, config.klCoef)) as tf.Scalar;
    return { loss, policyLoss, klLoss };
  });
}
