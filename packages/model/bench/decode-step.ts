// One KV-cache decode step's time at a given prefix length, shared by the benchmark and the
// long-run probe: fills the cache with `position` tokens, then times 4 single-token steps.
import * as tf from "@tensorflow/tfjs-core";
import { type CausalLM, disposeCache } from "../dist/index.js";

/** Mean milliseconds of one decode step (forward of one token + its logits) after `position`. */
export function decodeStepMs(model: CausalLM, position: number): number {
  const ids = [Array.from({ length: position }, (_, i) => 1 + (i % 100))];
  const first = model.hidden(ids);
  first.hidden.dispose();
  let cache = first.cache;
  const steps = 4;
  const mask = [new Array<number>(position).fill(1)];
  const t = performance.now();
  for (let s = 0; s < steps; s++) {
    (mask[0] as number[]).push(1);
    const r = model.hidden([[5]], { cache, attentionMask: mask });
    const logits = model.logitsOf(r.hidden);
    logits.dataSync();
    tf.dispose([logits, r.hidden]);
    disposeCache(cache);
    cache = r.cache;
  }
  disposeCache(cache);
  return (performance.now() - t) / steps;
}
