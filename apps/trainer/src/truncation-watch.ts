/**
 * Watches the training truncation rate (responses that hit the length cap without an
 * end-of-sequence token). When it stays above `threshold` for `steps` steps in a row, the policy
 * has probably stopped terminating (the ProRL paper's Run 3: answers repeated until the cap),
 * which pass@k hides when verifiers ignore trailing text: `observe` then returns a warning, once
 * per such stretch.
 */
export class TruncationWatch {
  private stretch = 0;

  constructor(
    readonly threshold = 0.5,
    readonly steps = 5,
  ) {}

  observe(step: number, truncated: number, maxTokens: number): string | null {
    this.stretch = truncated > this.threshold ? this.stretch + 1 : 0;
    if (this.stretch !== this.steps) return null;
    const pct = (x: number) => `${Math.round(100 * x)}%`;
    return `warning: step ${step}: ${pct(truncated)} of responses hit the ${maxTokens}-token cap without end-of-sequence (over ${pct(this.threshold)} for ${this.steps} steps): the policy may have stopped terminating; see shaping.nonTerminated`;
  }
}
