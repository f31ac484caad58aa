import { createHash } from "node:crypto";
import type { SampledResponse, SampleRequest, Sampler } from "../sampler.js";
import type { ServerPool } from "./pool.js";
import { type Protocol, ProtocolError, type ServedModel } from "./protocols.js";

/** A 31-bit integer seed from a string: both engines take an integer seed per request. */
export function requestSeed(seed: string): number {
  return createHash("sha256").update(seed).digest().readUInt32BE(0) >>> 1;
}

/**
 * A reply the trainer cannot train on is a server failure: a token outside the policy's
 * vocabulary, or more tokens than asked for.
 */
function checkResponses(
  responses: SampledResponse[],
  vocabSize: number,
  maxTokens: number,
): SampledResponse[] {
  for (const r of responses) {
    const outside = r.ids.find((id) => id >= vocabSize);
    if (outside !== undefined) {
      throw new ProtocolError(`token id ${outside} outside the vocabulary of ${vocabSize}`);
    }
    if (r.ids.length > maxTokens) {
      throw new ProtocolError(`${r.ids.length} tokens in a response capped at ${maxTokens}`);
    }
  }
  return responses;
}

/**
 * Samples on SGLang or vLLM servers: one request per prompt asking for its `n` responses, seeded
 * with `requestSeed("${seed}:${prompt index}")`, spread and retried by the pool. Responses come
 * back as token ids with the servers' log-probs; the trainer recomputes its own.
 */
export class ServerSampler implements Sampler {
  readonly description: string;

  constructor(
    private readonly protocol: Protocol,
    private readonly pool: ServerPool,
    /** What each server serves (the model name vLLM requests carry), from the start-up checks. */
    private readonly served: ReadonlyMap<string, ServedModel>,
    /** The policy's vocabulary size: a token id at or above it is garbage. */
    private readonly vocabSize: number,
  ) {
    this.description = `${protocol.type} servers (${pool.inRotation.length})`;
  }

  async sample(request: SampleRequest): Promise<SampledResponse[][]> {
    return Promise.all(
      request.prompts.map((prompt, p) =>
        this.pool.request(
          (url) =>
            this.protocol.generate(
              {
                prompt,
                n: request.n,
                temperature: request.temperature,
                topP: request.topP,
                maxTokens: request.maxTokens,
                stopTokenIds: request.stopTokenIds,
                seed: requestSeed(`${request.seed}:${p}`),
              },
              this.served.get(url) ?? { path: "", name: "" },
            ),
          (reply) =>
            checkResponses(
              this.protocol.parseGenerate(reply, request.n),
              this.vocabSize,
              request.maxTokens,
            ),
        ),
      ),
    );
  }
}
