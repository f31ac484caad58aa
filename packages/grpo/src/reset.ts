import { z } from "zod";

export const resetControllerOptionsSchema = z.object({
  /** "max": higher validation metric is better (accuracy); "min": lower is better (loss). */
  direction: z.enum(["max", "min"]).default("max"),
  /** Automatic resets on/off; manual triggers work either way. */
  auto: z.boolean().default(true),
  /** Evaluations without an improvement of at least minImprovement before a stagnation reset. */
  patience: z.number().int().positive().default(3),
  /** Smallest gain over the best value so far that counts as an improvement. */
  minImprovement: z.number().min(0).default(0.005),
  /** Reset when the metric falls this far below the best since the last reset; null: never. */
  degradeThreshold: z.number().positive().nullable().default(0.02),
  /** Training steps after a reset during which no automatic reset happens. */
  cooldown: z.number().int().min(0).default(100),
});
export type ResetControllerOptions = z.infer<typeof resetControllerOptionsSchema>;

export type ResetReason = "stagnation" | "degradation" | "manual";

export interface ResetEvent {
  step: number;
  reason: ResetReason;
  /** The validation value that triggered it (null for a manual reset before any validation). */
  value: number | null;
  /** Best value since the previous reset, at the moment of this reset. */
  best: number | null;
  detail: string;
}

export interface ResetDecision {
  reset: boolean;
  reason?: ResetReason;
  detail: string;
}

/** Serialisable controller state, for checkpoints. */
export interface ResetControllerState {
  best: number | null;
  sinceImprovement: number;
  lastResetStep: number | null;
  pendingManual: string | null;
  log: ResetEvent[];
}

/**
 * Decides when to hard-reset the reference policy (reference <- policy, optimizer state
 * re-initialised). The trainer owns the weights: it calls `observe` after each validation (or
 * `check` at any step for manual requests) and performs the reset when told to.
 */
export class ReferenceResetController {
  readonly options: ResetControllerOptions;
  private best: number | null = null;
  private sinceImprovement = 0;
  private lastResetStep: number | null = null;
  private pendingManual: string | null = null;
  private events: ResetEvent[] = [];

  constructor(options: z.input<typeof resetControllerOptionsSchema> = {}) {
    this.options = resetControllerOptionsSchema.parse(options);
  }

  /** Resets so far, with their reasons. */
  get log(): readonly ResetEvent[] {
    return this.events;
  }

  /** Ask for a reset at the next `observe` or `check`, regardless of cool-down. */
  requestReset(note = "requested"): void {
    this.pendingManual = note;
  }

  // gain = +(v - best) for "max", -(v - best) for "min"
  private gain(value: number): number {
    return this.best === null
      ? Number.POSITIVE_INFINITY
      : this.options.direction === "max"
        ? value - this.best
        : this.best - value;
  }

  private coolingDown(step: number): boolean {
    return this.lastResetStep !== null && step - this.lastResetStep < this.options.cooldown;
  }

  private fire(step: number, reason: ResetReason, value: number | null, detail: string) {
    this.events.push({ step, reason, value, best: this.best, detail });
    this.lastResetStep = step;
    this.pendingManual = null;
    this.best = value;
    this.sinceImprovement = 0;
    return { reset: true, reason, detail };
  }

  /** Honour a pending manual request without a validation value. */
  check(step: number): ResetDecision {
    if (this.pendingManual === null) return { reset: false, detail: "no manual request" };
    return this.fire(step, "manual", null, `manual: ${this.pendingManual}`);
  }

  /** Record a validation value at `step` and decide whether to reset now. */
  observe(step: number, value: number): ResetDecision {
    if (!Number.isFinite(value)) {
      throw new Error(`reset controller: validation value at step ${step} is ${value}`);
    }
    if (this.pendingManual !== null) {
      return this.fire(step, "manual", value, `manual: ${this.pendingManual}`);
    }
    const gain = this.gain(value);
    const best = this.best;
    if (gain >= this.options.minImprovement || best === null) {
      this.best = value;
      this.sinceImprovement = 0;
      return { reset: false, detail: best === null ? "first value" : `improved by ${gain}` };
    }
    this.sinceImprovement++;
    if (!this.options.auto) return { reset: false, detail: "automatic resets off" };
    if (this.coolingDown(step)) return { reset: false, detail: "cooling down" };
    const { degradeThreshold, patience } = this.options;
    if (degradeThreshold !== null && -gain > degradeThreshold) {
      return this.fire(
        step,
        "degradation",
        value,
        `${value} is ${-gain} worse than the best ${best} (threshold ${degradeThreshold})`,
      );
    }
    if (this.sinceImprovement >= patience) {
      return this.fire(
        step,
        "stagnation",
        value,
        `${this.sinceImprovement} validations without a gain of ${this.options.minImprovement} over ${best}`,
      );
    }
    return { reset: false, detail: `${this.sinceImprovement}/${patience} without improvement` };
  }

  state(): ResetControllerState {
    return {
      best: this.best,
      sinceImprovement: this.sinceImprovement,
      lastResetStep: this.lastResetStep,
      pendingManual: this.pendingManual,
      log: this.events.map((e) => ({ ...e })),
    };
  }

  restore(state: ResetControllerState): void {
    this.best = state.best;
    this.sinceImprovement = state.sinceImprovement;
    this.lastResetStep = state.lastResetStep;
    this.pendingManual = state.pendingManual;
    this.events = state.log.map((e) => ({ ...e }));
  }
}
