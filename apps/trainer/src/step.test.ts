import type { Task } from "@prorl/core";
import { AdamW, objectiveConfig } from "@prorl/grpo";
import { ByteTokenizer, CausalLM, parseConfig, selectBackend } from "@prorl/model";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseTrainConfig, settingsAt, type TrainConfigInput } from "./config.js";
import { PromptStream } from "./prompt-stream.js";
import type { PromptItem } from "./rollout.js";
import type { SampledResponse, SampleRequest, Sampler } from "./sampler.js";
import { type StepModels, trainStep } from "./step.js";
import { tinyConfig } from "./testing/tiny-config.js";

const tokenizer = new ByteTokenizer();
const EOS = tokenizer.eosTokenId as number;

/** Correct when the response is the example's answer; "*" accepts anything. */
const echo: Task<{ answer: string }> = {
  id: "demo/echo",
  domain: "logic",
  rewardType: "binary",
  schema: z.object({ answer: z.string() }),
  prompt: (e) => `say ${e.answer}`,
  verify: (response, e) => {
    const ok = e.answer === "*" || response === e.answer;
    return { reward: ok ? 1 : 0, correct: ok, reason: ok ? "match" : "mismatch" };
  },
};

const item = (answer: string): PromptItem => ({
  task: echo,
  example: { answer },
  component: "echo",
  promptIds: tokenizer.encode(`say ${answer}`),
});

/**
 * A scripted sampler: sample i of every prompt is "ab" ending with EOS when i is even, and "zz"
 * cut at the cap when odd. Records the requests it got.
 */
class ScriptedSampler implements Sampler {
  readonly description = "scripted";
  readonly requests: SampleRequest[] = [];
  async sample(request: SampleRequest): Promise<SampledResponse[][]> {
    this.requests.push(request);
    return request.prompts.map(() =>
      Array.from({ length: request.n }, (_, i) => {
        const ids = i % 2 === 0 ? [...tokenizer.encode("ab"), EOS] : tokenizer.encode("zz");
        return {
          ids,
          logProbs: ids.map(() => -1),
          finishReason: i % 2 === 0 ? "stop" : "length",
        };
      }),
    );
  }
}

let model: CausalLM;
beforeAll(async () => {
  await selectBackend("cpu");
  model = CausalLM.random(
    parseConfig({
      model_type: "qwen2",
      vocab_size: tokenizer.vocabSize,
      hidden_size: 16,
      intermediate_size: 32,
      num_hidden_layers: 1,
      num_attention_heads: 2,
      num_key_value_heads: 1,
      eos_token_id: EOS,
    }),
    4,
  );
});

function models(): StepModels {
  const copy = () =>
    CausalLM.fromArrays(
      model.config,
      new Map([...model.params].map(([n, v]) => [n, v.dataSync() as Float32Array])),
    );
  return { policy: copy(), reference: copy(), optimizer: new AdamW({ lr: 0.05 }) };
}

function dispose(m: StepModels) {
  m.policy.dispose();
  m.reference.dispose();
  m.optimizer.dispose();
}

const weights = (m: CausalLM) => [...m.params.values()].map((v) => [...v.dataSync()]);

async function step(
  items: PromptItem[],
  overrides: Partial<TrainConfigInput>,
  m: StepModels,
  cursor = 0,
) {
  const config = parseTrainConfig(
    tinyConfig({
      rollout: { n: 4, temperature: 1, maxTokens: 2, generationBatch: 8 },
      optimizer: { lr: 0.05 },
      ...overrides,
    }),
  );
  const sampler = new ScriptedSampler();
  const out = await trainStep(
    {
      config,
      objective: objectiveConfig(config.objective),
      tokenizer,
      sampler,
      stopTokenIds: [EOS],
      prompts: new PromptStream(items, config.seed),
    },
    m,
    { step: 3, cursor, settings: settingsAt(config, 3) },
  );
  return { ...out, sampler };
}

describe("trainStep", () => {
  it("with one update per step trains on-policy: ratio 1, no KL to the sampler, weights move", async () => {
    const m = models();
    const before = weights(m.policy);
    const { record, cursor, sampler } = await step(
      [item("ab"), item("ab")],
      { batch: { prompts: 2, miniBatch: 2, microBatch: 3 } },
      m,
      5,
    );
    expect(record).toMatchObject({
      step: 3,
      prompts: 2,
      samples: 8,
      updates: 1,
      skippedUpdates: 0,
    });
    expect(record.klOld).toBe(0);
    expect(record.clipFracLow).toBe(0);
    expect(record.clipFracHigh).toBe(0);
    expect(record.klRef).toBe(0); // the reference equals the policy before the update
    expect(weights(m.policy)).not.toEqual(before);
    expect(weights(m.reference)).toEqual(before);
    expect(cursor).toBe(7);
    expect(sampler.requests[0]).toMatchObject({ n: 4, maxTokens: 2, stopTokenIds: [EOS] });
    dispose(m);
  });

  it("with several updates per step, later mini-batches use the sampling policy's log-probs", async () => {
    const m = models();
    const { record } = await step(
      [item("ab"), item("ab")],
      { batch: { prompts: 2, miniBatch: 1, microBatch: 8 } },
      m,
    );
    expect(record.updates).toBe(2);
    // The second update sees a policy the first one moved: its ratio is no longer 1.
    expect(record.klOld).toBeGreaterThan(0);
    dispose(m);
  });

  it("records the truncation rate and applies the non-terminated penalty", async () => {
    const plain = models();
    const a = await step(
      [item("zz")],
      { batch: { prompts: 1, miniBatch: 1, microBatch: 8 } },
      plain,
    );
    // "zz" is right but hits the cap: half the samples, reward 1 without shaping.
    expect(a.record.truncated).toBe(0.5);
    expect(a.record.reward).toBe(0.5);
    expect(a.record.accuracy).toBe(0.5);
    const shaped = models();
    const b = await step(
      [item("zz"), item("ab")],
      {
        batch: { prompts: 2, miniBatch: 2, microBatch: 8 },
        dynamicSampling: { enabled: true, maxRounds: 1, oversample: 1 },
        shaping: { nonTerminated: { mode: "replace", value: 0 } },
      },
      shaped,
    );
    // Truncated "zz" now earns 0: its group is all zeros and dynamic sampling drops it.
    expect(b.record.reward).toBe(0.25);
    expect(b.record.dynamicSampling).toMatchObject({ kept: 1, failed: 1 });
    expect(b.record.truncated).toBe(0.5);
    dispose(plain);
    dispose(shaped);
  });

  it("drops groups whose rewards are all equal, draws more, and updates on none if none is left", async () => {
    const m = models();
    const before = weights(m.policy);
    const { record, cursor } = await step(
      [item("*")],
      {
        batch: { prompts: 2, miniBatch: 2, microBatch: 8 },
        dynamicSampling: { enabled: true, maxRounds: 2, oversample: 1 },
      },
      m,
    );
    expect(record.dynamicSampling).toMatchObject({ rounds: 2, kept: 0, solved: 4 });
    expect(cursor).toBe(4); // 2 prompts in round 1, 2 more in round 2
    expect(record).toMatchObject({ prompts: 0, updates: 0, reward: 1 });
    expect(weights(m.policy)).toEqual(before);
    dispose(m);
  });
});
