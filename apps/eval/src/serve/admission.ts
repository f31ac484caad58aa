import pLimit, { type LimitFunction } from "p-limit";

/**
 * The server's bounded queue, counted in items (one `/score` item, one OpenRLHF query, one
 * slime or run_code request): at most `concurrency` verifications run, at most `queueSize` more
 * wait. A request whose items do not fit is refused whole (429), never half-scored; a request
 * larger than the whole queue is still admitted when nothing else is held, so every batch the
 * body limit allows can be served.
 */
export class Admission {
  readonly concurrency: number;
  readonly queueSize: number;
  readonly #limit: LimitFunction;
  #held = 0;

  constructor(concurrency: number, queueSize: number) {
    this.concurrency = concurrency;
    this.queueSize = queueSize;
    this.#limit = pLimit(concurrency);
  }

  /** Reserves room for `items`; false when the queue is full. Pair with `release`. */
  tryAdmit(items: number): boolean {
    if (this.#held > 0 && this.#held + items > this.concurrency + this.queueSize) return false;
    this.#held += items;
    return true;
  }

  release(items: number): void {
    this.#held = Math.max(0, this.#held - items);
  }

  /** Runs one admitted item when a verification slot is free. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.#limit(work);
  }

  /** Items admitted and not finished (running or waiting). */
  get held(): number {
    return this.#held;
  }

  get running(): number {
    return this.#limit.activeCount;
  }
}
