import type { Rng } from "@prorl/core";

/**
 * Python's `random.choices(items, weights, k=1)[0]`: item k with probability
 * weights[k] / sum(weights). Zero weights are never drawn; all-zero weights throw, as Python's
 * `choices` raises on a zero total.
 */
export function weightedChoice<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || items.length === 0) throw new RangeError("weights must sum to more than 0");
  let r = rng.float() * total;
  for (const [k, item] of items.entries()) {
    const w = weights[k] ?? 0;
    if (w <= 0) continue;
    r -= w;
    if (r < 0) return item;
  }
  // Float round-off can leave r a hair above 0: the last item with a positive weight.
  for (let k = items.length - 1; k >= 0; k--) if ((weights[k] ?? 0) > 0) return items[k] as T;
  return items[items.length - 1] as T;
}
