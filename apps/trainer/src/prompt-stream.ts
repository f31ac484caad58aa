import { Rng } from "@prorl/core";

/**
 * Training prompts in an order reshuffled every epoch (seeded by the epoch number), addressed by
 * a cursor (prompts consumed so far) that checkpoints can store: the same cursor always gives the
 * same prompts.
 */
export class PromptStream<T> {
  private cachedEpoch = -1;
  private order: number[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly seed: number,
  ) {
    if (items.length === 0) throw new Error("the blend's training split is empty");
  }

  take(cursor: number, count: number): T[] {
    const out: T[] = [];
    for (let c = cursor; c < cursor + count; c++) {
      const epoch = Math.floor(c / this.items.length);
      if (epoch !== this.cachedEpoch) {
        this.order = new Rng(this.seed, "epoch", epoch).shuffle(this.items.map((_, i) => i));
        this.cachedEpoch = epoch;
      }
      out.push(this.items[this.order[c % this.items.length] as number] as T);
    }
    return out;
  }
}
