import { availableParallelism } from "node:os";
import pLimit, { type LimitFunction } from "p-limit";
import { type RunJob, type RunResult, Sandbox, type SandboxOptions } from "./sandbox.js";

export interface PoolOptions {
  /** Sandboxes running at once; default: the machine's cores (os.availableParallelism()). */
  concurrency?: number;
}

/**
 * A queue in front of a Sandbox: at most `concurrency` programs run at once (one sandbox
 * each, every test of a program inside it), the rest wait in FIFO order. Each program runs
 * its tests one after another, so a pool the size of the cores keeps every core busy without
 * oversubscribing the machine.
 */
export class SandboxPool {
  readonly sandbox: Sandbox;
  readonly concurrency: number;
  readonly #limit: LimitFunction;

  constructor(sandbox: Sandbox | SandboxOptions = {}, options: PoolOptions = {}) {
    this.sandbox = sandbox instanceof Sandbox ? sandbox : new Sandbox(sandbox);
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
    this.#limit = pLimit(this.concurrency);
  }

  /** Queues one program; resolves when it has run (see Sandbox.run). */
  run(job: RunJob): Promise<RunResult> {
    return this.#limit(() => this.sandbox.run(job));
  }

  /** Programs running now. */
  get active(): number {
    return this.#limit.activeCount;
  }

  /** Programs waiting for a slot. */
  get queued(): number {
    return this.#limit.pendingCount;
  }
}
