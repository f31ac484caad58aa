import { describe, expect, it } from "vitest";
import { CausalLM } from "./model.js";
import { modelGradients, scoreResponses, sftLoss, sftStep } from "./score.js";
import { randomTensors, referenceLogits, tinyConfig } from "./testing/reference.js";
import { tf } from "./testing/tf.js";
import { weightSpecs } from "./weights.js";

const c = tinyConfig();
const w = randomTensors(c, weightSpecs(c), 11);
const batch = {
  prompts: [[5, 6, 7], [9]],
  responses: [
    [10, 11],
    [12, 13, 14, 15],
  ],
};

function refLogSoftmax(logits: number[], temperature: number): number[] {
  const z = logits.map((v) => v / temperature);
  const m = Math.max(...z);
  const lse = m + Math.log(z.reduce((a, v) => a + Math.exp(v - m), 0));
  return z.map((v) => v - lse);
}

describe("scoreResponses", () => {
  it("gives per-token log-probs and entropies of the reference, zero at padding", () => {
    const model = CausalLM.fromArrays(c, w);
    const temperature = 0.7;
    const { logProbs, entropy, mask } = scoreResponses(model, batch, { temperature });
    const lp = logProbs.arraySync();
    const en = entropy.arraySync();
    expect(mask.arraySync()).toEqual([
      [1, 1, 0, 0],
      [1, 1, 1, 1],
    ]);
    for (const [b, prompt] of batch.prompts.entries()) {
      const resp = batch.responses[b] as number[];
      const seq = [...prompt, ...resp];
      const logits = referenceLogits(c, w, [seq])[0] as number[][];
      for (let j = 0; j < 4; j++) {
        if (j >= resp.length) {
          expect(lp[b]?.[j] === 0).toBe(true);
          expect(en[b]?.[j] === 0).toBe(true);
          continue;
        }
        const ls = refLogSoftmax(logits[prompt.length - 1 + j] as number[], temperature);
        expect(lp[b]?.[j]).toBeCloseTo(ls[resp[j] as number] as number, 4);
        const h = -ls.reduce((a, v) => a + Math.exp(v) * v, 0);
        expect(en[b]?.[j]).toBeCloseTo(h, 4);
      }
    }
    tf.dispose([logProbs, entropy, mask]);
    model.dispose();
  });

  it("gradients through tf.variableGrads match finite differences", () => {
    const model = CausalLM.fromArrays(c, w);
    const { value, grads } = modelGradients(model, () => sftLoss(model, batch));
    expect(grads.size).toBe(model.params.size);
    const base = value.dataSync()[0] as number;
    for (const [name, index] of [
      ["model.layers.0.self_attn.k_proj.bias", 3],
      ["model.layers.1.mlp.down_proj.weight", 100],
      ["model.embed_tokens.weight", 5 * 32 + 2],
      ["model.layers.0.input_layernorm.weight", 7],
    ] as const) {
      const v = model.params.get(name) as tf.Variable;
      const data = v.dataSync().slice();
      const eps = 1e-2;
      const at = (delta: number) => {
        const d = data.slice();
        d[index] = (d[index] as number) + delta;
        v.assign(tf.tensor(d, v.shape));
        const l = sftLoss(model, batch);
        const x = l.dataSync()[0] as number;
        l.dispose();
        return x;
      };
      const numeric = (at(eps) - at(-eps)) / (2 * eps);
      v.assign(tf.tensor(data, v.shape));
      const analytic = (grads.get(name)?.dataSync()[index] ?? Number.NaN) as number;
      expect(Math.abs(numeric - analytic)).toBeLessThan(2e-3 + 0.02 * Math.abs(analytic));
    }
    expect(Number.isFinite(base)).toBe(true);
    value.dispose();
    tf.dispose([...grads.values()]);
    model.dispose();
  });

  it("SFT steps drive the response loss down and leak no tensors", () => {
    const model = CausalLM.random(c, 3, 0.1);
    const opt = tf.train.adam(0.02);
    const before = tf.memory().numTensors;
    const first = sftStep(model, opt, batch);
    let last = first;
    for (let i = 0; i < 15; i++) last = sftStep(model, opt, batch);
    expect(last).toBeLessThan(first * 0.5);
    // Adam's moment slots are created on the first step; nothing else may accumulate.
    const afterOne = tf.memory().numTensors;
    sftStep(model, opt, batch);
    expect(tf.memory().numTensors).toBe(afterOne);
    expect(afterOne).toBeGreaterThan(before);
    opt.dispose();
    model.dispose();
  });
});
