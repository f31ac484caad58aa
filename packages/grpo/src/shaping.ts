import { z } from "zod";

/** Why generation stopped: "stop" (end of sequence or a stop string) or "length" (hit the cap). */
export type FinishReason = "stop" | "length" | (string & {});

/**
 * Penalty for responses that did not terminate (finish reason "length"): multiply their reward by
 * `factor`, or replace it with `value` (ProRL's later runs penalised truncated responses this way).
 */
export const nonTerminatedPenaltySchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("multiply"), factor: z.number() }).strict(),
  z.object({ mode: z.literal("replace"), value: z.number() }).strict(),
]);
export type NonTerminatedPenalty = z.infer<typeof nonTerminatedPenaltySchema>;

// r' = r if terminated; r * factor (multiply) or value (replace) if the response hit the length cap
export function nonTerminatedReward(
  reward: number,
  finishReason: FinishReason,
  penalty: NonTerminatedPenalty,
): number {
  if (finishReason !== "length") return reward;
  return penalty.mode === "multiply" ? reward * penalty.factor : penalty.value;
}

export interface OverlongBuffer {
  /** L_max: the response length cap, in tokens. */
  maxLength: number;
  /** L_buf: the soft buffer before the cap where the penalty ramps up (DAPO: 4096 of 20480). */
  bufferLength: number;
  /** f: the penalty reached at L_max (DAPO: 1.0). */
  penaltyFactor: number;
}

// p(L) = clamp(-(L - (L_max - L_buf)) / L_buf * f, -f, 0)   (DAPO's soft overlong punishment)
export function overlongBufferPenalty(length: number, buffer: OverlongBuffer): number {
  const { maxLength, bufferLength, penaltyFactor } = buffer;
  if (!(bufferLength > 0) || bufferLength > maxLength) {
    throw new Error(`overlong buffer: need 0 < bufferLength <= maxLength, got ${bufferLength}`);
  }
  const exceed = length - (maxLength - bufferLength);
  const p = (-exceed / bufferLength) * penaltyFactor;
  const out = Math.max(-penaltyFactor, Math.min(0, p));
  return out === 0 ? 0 : out; // no -0 in logs
}

export interface RewardShaping {
  nonTerminated?: NonTerminatedPenalty;
  overlong?: OverlongBuffer;
}

// r' = nonTerminated(r) + p_overlong(L)   (either term optional)
export function shapeReward(
  reward: number,
  response: { length: number; finishReason: FinishReason },
  shaping: RewardShaping,
): number {
  let r = reward;
  if (shaping.nonTerminated)
    r = nonTerminatedReward(r, response.finishReason, shaping.nonTerminated);
  if (shaping.overlong) r += overlongBufferPenalty(response.length, shaping.overlong);
  return r;
}
