import type { FinishReason } from "@prorl/grpo";
import { type CausalLM, generate } from "@prorl/model";

/** What a sampler is asked: `n` responses to each prompt, given as token ids. */
export interface SampleRequest {
  prompts: readonly (readonly number[])[];
  n: number;
  temperature: number;
  topP: number;
  /** Most new tokens per response. */
  maxTokens: number;
  /** Token ids that end a response (the tokenizer's end of sequence). */
  stopTokenIds: readonly number[];
  /** The same seed and request give the same responses (where the engine can seed). */
  seed: string;
}

/** One sampled response. */
export interface SampledResponse {
  /** Generated token ids; a stop token that ended the response is included. */
  ids: number[];
  /** Log-prob of each token under the sampling distribution (logits / temperature). */
  logProbs: number[];
  finishReason: FinishReason;
}

/**
 * Where rollouts come from: the trainer hands over prompt token ids and sampling settings and
 * gets back, per prompt, `n` responses as token ids with their log-probs and finish reasons. The
 * trainer never re-tokenises text, so any engine that speaks token ids can stand behind this.
 */
export interface Sampler {
  /** For logs: "local (in-process)". */
  readonly description: string;
  sample(request: SampleRequest): Promise<SampledResponse[][]>;
}

/**
 * Samples in this process from the policy being trained (its weights as they are at each call),
 * `generationBatch` sequences at a time with one KV cache. Batch `b` of the flattened
 * prompt-major sequence list is seeded with `${seed}:${b * generationBatch}`.
 */
export class LocalSampler implements Sampler {
  readonly description = "local (in-process)";

  constructor(
    private readonly model: CausalLM,
    private readonly generationBatch: number,
  ) {}

  async sample(request: SampleRequest): Promise<SampledResponse[][]> {
    const sequences = request.prompts.flatMap((prompt, p) =>
      Array.from({ length: request.n }, () => ({ p, prompt })),
    );
    const out: SampledResponse[][] = request.prompts.map(() => []);
    for (let start = 0; start < sequences.length; start += this.generationBatch) {
      const chunk = sequences.slice(start, start + this.generationBatch);
      const generated = generate(
        this.model,
        chunk.map((s) => s.prompt),
        {
          maxNewTokens: request.maxTokens,
          temperature: request.temperature,
          topP: request.topP,
          seed: `${request.seed}:${start}`,
          eosTokenIds: request.stopTokenIds,
        },
      );
      for (const [i, g] of generated.entries()) {
        out[(chunk[i] as { p: number }).p]?.push({
          ids: g.ids,
          logProbs: g.logProbs,
          finishReason: g.finishReason,
        });
      }
      // Let signal handlers and timers run between batches.
      await new Promise((r) => setImmediate(r));
    }
    return out;
  }
}
