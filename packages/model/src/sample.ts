// Batched generation with a KV cache: the prompts are left-padded and run once, then each step
// feeds one token per row, so a step's cost grows only with the attention over the cache.

import { Rng } from "@prorl/core";
import * as tf from "@tensorflow/tfjs-core";
import { type CausalLM, disposeCache, type KVCache } from "./model.js";

export interface SamplingOptions {
  /** Most tokens generated per row (required, >= 1). */
  maxNewTokens: number;
  /** 0 means greedy (argmax); default 1. */
  temperature?: number;
  /** Nucleus sampling: keep the smallest set of tokens whose probability reaches topP (default 1). */
  topP?: number;
  /** Keep only the topK most likely tokens (0 or absent: all). */
  topK?: number;
  /** Seed of the sampler (default 0); the same seed and inputs give the same output. */
  seed?: number | string;
  /** Token ids that end a row (default: the config's eos_token_id). */
  eosTokenIds?: readonly number[];
  /** Strings that end a row once the decoded text contains them (needs `decode`). */
  stop?: readonly string[];
  /** Turns generated ids into text (a tokenizer's decode). */
  decode?: (ids: number[]) => string;
}

export interface Generation {
  /** Generated token ids (an EOS that ended the row is included). */
  ids: number[];
  /** Decoded text of the ids without the ending EOS, cut before a stop string; "" without decode. */
  text: string;
  /**
   * log-prob of each generated token under the temperature-scaled distribution (before top-k /
   * top-p filtering; at temperature 0, under the plain softmax).
   */
  logProbs: number[];
  /** "stop": EOS or a stop string; "length": maxNewTokens reached. */
  finishReason: "stop" | "length";
}

interface Choice {
  id: number;
  logProb: number;
}

/** Picks one token from a row of logits. Exported for tests. */
export function sampleToken(
  logits: Float32Array,
  opts: { temperature: number; topP: number; topK: number },
  rng: Rng,
): Choice {
  const V = logits.length;
  const t = opts.temperature;
  const scaled = new Float64Array(V);
  let max = Number.NEGATIVE_INFINITY;
  let argmax = 0;
  for (let i = 0; i < V; i++) {
    const v = (logits[i] as number) / (t > 0 ? t : 1);
    scaled[i] = v;
    if (v > max) {
      max = v;
      argmax = i;
    }
  }
  let z = 0;
  for (let i = 0; i < V; i++) z += Math.exp((scaled[i] as number) - max);
  const logZ = max + Math.log(z);
  const logProbOf = (i: number) => (scaled[i] as number) - logZ;
  if (t <= 0) return { id: argmax, logProb: logProbOf(argmax) };
  let order = Array.from({ length: V }, (_, i) => i);
  const needsSort = (opts.topK > 0 && opts.topK < V) || opts.topP < 1;
  if (needsSort) order.sort((a, b) => (scaled[b] as number) - (scaled[a] as number) || a - b);
  if (opts.topK > 0 && opts.topK < V) order = order.slice(0, opts.topK);
  if (opts.topP < 1) {
    let mass = 0;
    let keep = 0;
    while (keep < order.length) {
      mass += Math.exp(logProbOf(order[keep] as number));
      keep++;
      if (mass >= opts.topP) break;
    }
    order = order.slice(0, Math.max(1, keep));
  }
  let total = 0;
  for (const i of order) total += Math.exp(logProbOf(i));
  let u = rng.float() * total;
  for (const i of order) {
    u -= Math.exp(logProbOf(i));
    if (u < 0) return { id: i, logProb: logProbOf(i) };
  }
  const last = order[order.length - 1] as number;
  return { id: last, logProb: logProbOf(last) };
}

/**
 * Finds stop strings in a growing list of token ids in time linear in the list's final length:
 * after each token it decodes only a window of the last tokens, long enough that the text before
 * the new token's text holds `longest stop - 1` characters plus a margin (a window that starts
 * mid-character or after a decoder-stripped space only disturbs its first few characters), and
 * looks for a stop that ends in the new text. The window doubles while it is too short (tokens
 * that decode to nothing) and starts small again at the next token. Exported for tests.
 */
export class StopMatcher {
  readonly #stops: readonly string[];
  readonly #decode: (ids: number[]) => string;
  readonly #need: number;
  /** Tokens decoded so far (for tests: stays linear in the number of tokens). */
  decodedTokens = 0;

  constructor(stops: readonly string[], decode: (ids: number[]) => string) {
    this.#stops = stops.filter((s) => s.length > 0);
    this.#decode = decode;
    const longest = Math.max(0, ...this.#stops.map((s) => s.length));
    this.#need = longest - 1 + StopMatcher.MARGIN;
  }

  /** Characters at the start of a window that are not trusted to match the full text. */
  static readonly MARGIN = 8;

  /** True when the text of `ids` contains a stop that ends in the text of its last token. */
  matchesAfterLast(ids: readonly number[]): boolean {
    const n = ids.length;
    if (this.#stops.length === 0 || n === 0) return false;
    let window = this.#need + 1;
    for (;;) {
      const start = Math.max(0, n - window);
      const before = this.#decode(ids.slice(start, n - 1) as number[]);
      const text = this.#decode(ids.slice(start) as number[]);
      this.decodedTokens += 2 * (n - start) - 1;
      let common = 0;
      const lim = Math.min(before.length, text.length);
      while (common < lim && before.charCodeAt(common) === text.charCodeAt(common)) common++;
      if (start > 0 && common < this.#need) {
        window *= 2;
        continue;
      }
      // A new match ends after `common`, so it starts at or after common - (stop length - 1).
      for (const s of this.#stops) {
        const from = Math.max(0, common - s.length + 1);
        if (text.indexOf(s, from) >= 0) return true;
      }
      return false;
    }
  }
}

function lastLogits(model: CausalLM, hidden: tf.Tensor3D): Float32Array {
  const [B, T, H] = hidden.shape;
  const logits = tf.tidy(() => {
    const last = tf.slice(hidden, [0, T - 1, 0], [B, 1, H]) as tf.Tensor3D;
    return model.logitsOf(last);
  });
  const data = logits.dataSync() as Float32Array;
  logits.dispose();
  return data;
}

/** Generates continuations of token-id prompts, one KV cache for the whole batch. */
export function generate(
  model: CausalLM,
  prompts: readonly (readonly number[])[],
  options: SamplingOptions,
): Generation[] {
  const maxNew = options.maxNewTokens;
  if (!Number.isInteger(maxNew) || maxNew < 1)
    throw new RangeError("generate: maxNewTokens must be an integer >= 1");
  if (prompts.length === 0 || prompts.some((p) => p.length === 0)) {
    throw new RangeError("generate: needs at least one prompt, each with at least one token");
  }
  const sampling = {
    temperature: options.temperature ?? 1,
    topP: options.topP ?? 1,
    topK: options.topK ?? 0,
  };
  if (!(sampling.topP > 0 && sampling.topP <= 1))
    throw new RangeError("generate: topP must be in (0, 1]");
  const eos = new Set(options.eosTokenIds ?? model.config.eosTokenIds);
  const stops = (options.stop ?? []).filter((s) => s.length > 0);
  if (stops.length > 0 && !options.decode)
    throw new RangeError("generate: stop strings need decode");
  const decode = options.decode ?? (() => "");
  const matcher = new StopMatcher(stops, decode);
  const rng = new Rng("prorl-generate", options.seed ?? 0);
  const B = prompts.length;
  const V = model.config.vocabSize;
  const P = Math.max(...prompts.map((p) => p.length));
  const mask = prompts.map((p) => [...new Array<number>(P - p.length).fill(0), ...p.map(() => 1)]);
  const ids = prompts.map((p) => [...new Array<number>(P - p.length).fill(0), ...p]);
  const out: Generation[] = prompts.map(() => ({
    ids: [],
    text: "",
    logProbs: [],
    finishReason: "length",
  }));
  const done = new Array<boolean>(B).fill(false);

  const first = model.hidden(ids, { attentionMask: mask });
  let hidden: tf.Tensor3D | null = first.hidden;
  let cacheRef: KVCache = first.cache;
  try {
    for (let step = 0; step < maxNew && hidden !== null; step++) {
      const logits = lastLogits(model, hidden);
      hidden.dispose();
      hidden = null;
      const next: number[] = [];
      for (let b = 0; b < B; b++) {
        if (done[b]) {
          next.push(0);
          continue;
        }
        const choice = sampleToken(logits.subarray(b * V, (b + 1) * V), sampling, rng);
        const g = out[b] as Generation;
        g.ids.push(choice.id);
        g.logProbs.push(choice.logProb);
        next.push(choice.id);
        if (eos.has(choice.id)) {
          done[b] = true;
          g.finishReason = "stop";
        } else if (matcher.matchesAfterLast(g.ids)) {
          done[b] = true;
          g.finishReason = "stop";
        }
      }
      if (done.every(Boolean) || step === maxNew - 1) break;
      for (const m of mask) m.push(1);
      const r = model.hidden(
        next.map((t) => [t]),
        { cache: cacheRef, attentionMask: mask },
      );
      disposeCache(cacheRef);
      cacheRef = r.cache;
      hidden = r.hidden;
    }
  } finally {
    hidden?.dispose();
    disposeCache(cacheRef);
  }
  for (const g of out) {
    const body =
      g.finishReason === "stop" && eos.has(g.ids[g.ids.length - 1] as number)
        ? g.ids.slice(0, -1)
        : g.ids;
    let text = decode(body);
    let cut = text.length;
    for (const s of stops) {
      const at = text.indexOf(s);
      if (at >= 0 && at < cut) cut = at;
    }
    text = text.slice(0, cut);
    g.text = text;
  }
  return out;
}
