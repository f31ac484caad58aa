import type { ByteTokenizer, CausalLM } from "@prorl/model";
import type { PolicyPrompts } from "../checkpoint.js";
import type { ServerEngineConfig } from "../config.js";
import { checkServer } from "./checks.js";
import { ServerPool } from "./pool.js";
import { PROTOCOLS, type ServedModel } from "./protocols.js";
import { ServerSampler } from "./sampler.js";
import { type SyncResult, WeightSync } from "./weight-sync.js";

export interface ServerEngineOptions {
  policy: CausalLM;
  stopTokenIds: readonly number[];
  tokenizer: string | ByteTokenizer;
  prompts: PolicyPrompts;
  warn: (text: string) => void;
}

/** What the servers did for one step, for its metrics record. */
export interface ServerStepStats {
  /** Milliseconds the weight sync after the step took (write + every server's load). */
  syncTime: number;
  /** Servers in rotation after the sync. */
  servers: number;
  /** Requests retried since the previous step's record (its validation included). */
  retries: number;
}

/**
 * Rollouts on SGLang or vLLM servers: the pool that spreads and retries requests, the sampler on
 * top of it, and the weight sync that keeps the servers on the policy being trained.
 */
export class ServerEngine {
  private constructor(
    readonly sampler: ServerSampler,
    private readonly pool: ServerPool,
    private readonly weights: WeightSync,
  ) {}

  /** Checks every server (one-line error naming the first that fails) and connects the pool. */
  static async open(config: ServerEngineConfig, opts: ServerEngineOptions): Promise<ServerEngine> {
    const protocol = PROTOCOLS[config.type];
    const served = new Map<string, ServedModel>();
    const checkOptions = {
      timeoutS: config.timeoutS,
      stopTokenIds: opts.stopTokenIds,
      warn: opts.warn,
    };
    for (const url of config.urls) {
      served.set(url, await checkServer(protocol, url, opts.policy.config, checkOptions));
    }
    const pool = new ServerPool(config.urls, { ...config, warn: opts.warn });
    const weights = new WeightSync(protocol, pool, {
      weightsDir: config.weightsDir,
      dtype: config.dtype,
      timeoutS: config.timeoutS,
      tokenizer: opts.tokenizer,
      prompts: opts.prompts,
    });
    return new ServerEngine(
      new ServerSampler(protocol, pool, served, opts.policy.config.vocabSize),
      pool,
      weights,
    );
  }

  get servers(): string[] {
    return this.pool.inRotation;
  }

  /** Pushes the policy as it is after `step` to every server in rotation. */
  sync(policy: CausalLM, step: number): Promise<SyncResult> {
    return this.weights.sync(policy, step);
  }

  /** Syncs after a step and returns that step's server statistics. */
  async afterStep(policy: CausalLM, step: number): Promise<ServerStepStats> {
    const retries = this.pool.takeRetries();
    const { ms } = await this.sync(policy, step);
    return { syncTime: ms, servers: this.pool.inRotation.length, retries };
  }
}
