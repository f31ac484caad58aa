import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { CausalLM } from "./model.js";
import { generate, StopMatcher, sampleToken } from "./sample.js";
import { randomTensors, tinyConfig } from "./testing/reference.js";
import { tf } from "./testing/tf.js";
import { ByteTokenizer } from "./tokenizer.js";
import { weightSpecs } from "./weights.js";

const c = tinyConfig({ eos_token_id: 63 });
const w = randomTensors(c, weightSpecs(c), 21);

/** Greedy decoding that reruns the whole sequence each step (no cache). */
function greedyUncached(model: CausalLM, prompt: number[], n: number) {
  const seq = [...prompt];
  const ids: number[] = [];
  const logProbs: number[] = [];
  for (let i = 0; i < n; i++) {
    const logits = model.forward([seq]);
    const last = tf.tidy(() =>
      tf.logSoftmax(tf.slice(logits, [0, seq.length - 1, 0], [1, 1, c.vocabSize])),
    );
    const row = Array.from(last.dataSync());
    tf.dispose([logits, last]);
    const id = row.indexOf(Math.max(...row));
    ids.push(id);
    logProbs.push(row[id] as number);
    seq.push(id);
    if (id === 63) break;
  }
  return { ids, logProbs };
}

describe("generate", () => {
  it("greedy with the KV cache equals uncached decoding, per row of a ragged batch", () => {
    const model = CausalLM.fromArrays(c, w);
    const prompts = [[3, 4, 5, 6, 7], [8], [9, 10, 11]];
    const before = tf.memory().numTensors;
    const out = generate(model, prompts, { maxNewTokens: 12, temperature: 0 });
    expect(tf.memory().numTensors).toBe(before);
    for (const [i, p] of prompts.entries()) {
      const ref = greedyUncached(model, p, 12);
      const g = out[i];
      expect(g?.ids).toEqual(ref.ids);
      for (const [j, lp] of ref.logProbs.entries()) expect(g?.logProbs[j]).toBeCloseTo(lp, 4);
      expect(g?.finishReason).toBe(ref.ids.includes(63) ? "stop" : "length");
    }
    model.dispose();
  });

  it("is reproducible by seed, and top-k 1 / tiny top-p are greedy", () => {
    const model = CausalLM.fromArrays(c, w);
    const prompts = [
      [1, 2, 3],
      [4, 5],
    ];
    const opts = { maxNewTokens: 8, temperature: 1.5, eosTokenIds: [] };
    const a = generate(model, prompts, { ...opts, seed: 7 });
    const b = generate(model, prompts, { ...opts, seed: 7 });
    const d = generate(model, prompts, { ...opts, seed: 8 });
    expect(a).toEqual(b);
    expect(a.map((g) => g.ids)).not.toEqual(d.map((g) => g.ids));
    const greedy = generate(model, prompts, { ...opts, temperature: 0 });
    expect(generate(model, prompts, { ...opts, topK: 1, seed: 3 }).map((g) => g.ids)).toEqual(
      greedy.map((g) => g.ids),
    );
    expect(generate(model, prompts, { ...opts, topP: 1e-6, seed: 3 }).map((g) => g.ids)).toEqual(
      greedy.map((g) => g.ids),
    );
    expect(a.every((g) => g.ids.length === 8 && g.finishReason === "length")).toBe(true);
    model.dispose();
  });

  it("stops on stop strings and cuts the text before them", () => {
    const model = CausalLM.fromArrays(c, w);
    const decode = (ids: number[]) => ids.map((i) => String.fromCharCode(97 + (i % 26))).join("");
    const free = generate(model, [[1, 2]], {
      maxNewTokens: 10,
      temperature: 0,
      eosTokenIds: [],
      decode,
    });
    const text = free[0]?.text ?? "";
    expect(text.length).toBe(10);
    const stop = text.slice(3, 5);
    const cut = generate(model, [[1, 2]], {
      maxNewTokens: 10,
      temperature: 0,
      eosTokenIds: [],
      decode,
      stop: [stop],
    });
    expect(cut[0]?.finishReason).toBe("stop");
    expect(cut[0]?.text).toBe(text.slice(0, text.indexOf(stop)));
    expect(cut[0]?.ids).toEqual(free[0]?.ids.slice(0, text.indexOf(stop) + 2));
    model.dispose();
  });

  it("ends a row on EOS and excludes it from the text", () => {
    const model = CausalLM.fromArrays(c, w);
    const decode = (ids: number[]) => ids.map((i) => `<${i}>`).join("");
    const free = generate(model, [[5, 6]], {
      maxNewTokens: 6,
      temperature: 0,
      eosTokenIds: [],
      decode,
    });
    const ids = free[0]?.ids ?? [];
    const eos = ids[2] as number;
    const first = ids.indexOf(eos);
    const g = generate(model, [[5, 6]], {
      maxNewTokens: 6,
      temperature: 0,
      eosTokenIds: [eos],
      decode,
    });
    expect(g[0]?.ids).toEqual(ids.slice(0, first + 1));
    expect(g[0]?.finishReason).toBe("stop");
    expect(g[0]?.text).toBe(decode(ids.slice(0, first)));
    model.dispose();
  });
});

describe("sampleToken", () => {
  it("draws only from the top-k and the nucleus, in proportion to the probabilities", () => {
    const logits = new Float32Array([Math.log(0.5), Math.log(0.3), Math.log(0.15), Math.log(0.05)]);
    const rng = new Rng(1);
    const count = (opts: { temperature: number; topP: number; topK: number }) => {
      const n = [0, 0, 0, 0];
      for (let i = 0; i < 4000; i++) {
        const k = sampleToken(logits, opts, rng).id;
        n[k] = (n[k] as number) + 1;
      }
      return n.map((x) => x / 4000);
    };
    const all = count({ temperature: 1, topP: 1, topK: 0 });
    expect(all[0]).toBeCloseTo(0.5, 1);
    expect(all[3]).toBeGreaterThan(0.02);
    const k2 = count({ temperature: 1, topP: 1, topK: 2 });
    expect(k2[2]).toBe(0);
    expect(k2[3]).toBe(0);
    expect(k2[0]).toBeCloseTo(0.5 / 0.8, 1);
    const p = count({ temperature: 1, topP: 0.8, topK: 0 });
    expect(p[2]).toBe(0);
    expect(p[1]).toBeGreaterThan(0.3);
    const lp = sampleToken(logits, { temperature: 2, topP: 1, topK: 0 }, rng);
    const z = [0.5, 0.3, 0.15, 0.05].map((q) => Math.sqrt(q));
    const sum = z.reduce((a, v) => a + v, 0);
    expect(lp.logProb).toBeCloseTo(Math.log((z[lp.id] as number) / sum), 5);
  });
});

describe("StopMatcher", () => {
  const tok = new ByteTokenizer();
  const decode = (ids: number[]) => tok.decode(ids);
  // Token streams with ASCII from a small alphabet (so stops occur), multi-byte characters split
  // into bytes, stray continuation bytes and special tokens.
  const stream = (seed: number, n: number): number[] => {
    const rng = new Rng("stop-matcher", seed);
    const out: number[] = [];
    while (out.length < n) {
      const r = rng.float();
      if (r < 0.7) out.push(97 + rng.int(0, 2));
      else if (r < 0.85) out.push(...new TextEncoder().encode(rng.pick(["é", "∑", "😀", "\n"])));
      else if (r < 0.95) out.push(0x80 + rng.int(0, 63));
      else out.push(256 + rng.int(0, 2));
    }
    return out.slice(0, n);
  };
  const naiveFirstStop = (ids: number[], stops: string[]): number => {
    for (let n = 1; n <= ids.length; n++) {
      const text = decode(ids.slice(0, n));
      if (stops.some((s) => text.includes(s))) return n;
    }
    return -1;
  };

  it("finds the first stop exactly where decoding the whole text does", () => {
    const stopSets = [["abca"], ["b<|im_end|>", "cc"], ["é∑"], ["😀a"], ["a\nb", "\ufffda"]];
    let found = 0;
    for (let seed = 0; seed < 40; seed++) {
      const ids = stream(seed, 300);
      const stops = stopSets[seed % stopSets.length] as string[];
      const want = naiveFirstStop(ids, stops);
      const m = new StopMatcher(stops, decode);
      let got = -1;
      for (let n = 1; n <= ids.length && got < 0; n++) {
        if (m.matchesAfterLast(ids.slice(0, n))) got = n;
      }
      expect(got, `seed ${seed}, stops ${JSON.stringify(stops)}`).toBe(want);
      if (want > 0) found++;
    }
    expect(found).toBeGreaterThan(20);
  });

  it("decodes a bounded window per token (linear, not quadratic, in the response length)", () => {
    const cost = (n: number) => {
      const ids = stream(1, n);
      const m = new StopMatcher(["never-there"], decode);
      for (let k = 1; k <= n; k++) expect(m.matchesAfterLast(ids.slice(0, k))).toBe(false);
      return m.decodedTokens;
    };
    const small = cost(1000);
    const large = cost(4000);
    expect(large / small).toBeLessThan(4.5); // quadratic would be ~16
    expect(large / 4000).toBeLessThan(200);
  });
});
