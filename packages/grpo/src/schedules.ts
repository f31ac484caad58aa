import { z } from "zod";

const constant = z.object({ type: z.literal("constant") });
const linearWarmup = z.object({
  type: z.literal("linear-warmup"),
  warmupSteps: z.number().int().min(0),
});
const cosine = z.object({
  type: z.literal("cosine"),
  warmupSteps: z.number().int().min(0).default(0),
  totalSteps: z.number().int().positive(),
  /** Floor as a fraction of lr (verl's min_lr_ratio). */
  minLrRatio: z.number().min(0).max(1).default(0),
});

/** A schedule without its base rate, for configs that give `lr` elsewhere (unknown keys: errors). */
export const scheduleShapeSchema = z.discriminatedUnion("type", [
  constant.strict(),
  linearWarmup.strict(),
  cosine.strict(),
]);
export type ScheduleShape = z.infer<typeof scheduleShapeSchema>;

const lr = z.number().min(0);
export const scheduleSchema = z.discriminatedUnion("type", [
  constant.extend({ lr }),
  linearWarmup.extend({ lr }),
  cosine.extend({ lr }),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

// eta_t = eta
export function constantLr(_step: number, lr: number): number {
  return lr;
}

// eta_t = eta * min(1, t / W)   (t counts from 0, as in HF/verl schedulers; W = 0: no warmup)
export function linearWarmupLr(step: number, lr: number, warmupSteps: number): number {
  return warmupSteps <= 0 ? lr : lr * Math.min(1, step / warmupSteps);
}

// eta_t = eta * (rho + (1 - rho) * (1 + cos(pi * min(1, (t - W) / (T - W)))) / 2) after warmup
export function cosineLr(
  step: number,
  lr: number,
  warmupSteps: number,
  totalSteps: number,
  minLrRatio = 0,
): number {
  if (step < warmupSteps) return linearWarmupLr(step, lr, warmupSteps);
  const progress = Math.min(1, (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
  const coef = 0.5 * (1 + Math.cos(Math.PI * progress));
  return lr * (minLrRatio + (1 - minLrRatio) * coef);
}

/** The learning rate of a schedule at 0-based optimizer step `step`. */
export function learningRate(schedule: Schedule, step: number): number {
  switch (schedule.type) {
    case "constant":
      return constantLr(step, schedule.lr);
    case "linear-warmup":
      return linearWarmupLr(step, schedule.lr, schedule.warmupSteps);
    case "cosine":
      return cosineLr(
        step,
        schedule.lr,
        schedule.warmupSteps,
        schedule.totalSteps,
        schedule.minLrRatio,
      );
  }
}
