import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/**
 * A seeded random stream. Algorithm: xoroshiro128+ (Blackman & Vigna), as implemented by
 * `pure-rand`, seeded with a 32-bit hash of the seed parts (FNV-1a over the parts, then the
 * murmur3 finaliser; see `hashSeed`). So `new Rng(seed, "logic/countdown", i)` gives every
 * item its own stream, and item i never depends on how many items came before it. Integers
 * come from pure-rand's rejection sampling (`uniformInt`, unbiased), floats carry 53 bits.
 * Streams are stable across platforms and releases as long as this file and pure-rand's
 * algorithms stay the same; there are 2^32 distinct streams, so a data set of tens of
 * thousands of items may hold a few pairs seeded alike (de-duplication removes them).
 */
export class Rng {
  readonly #gen: RandomGenerator;

  constructor(...seedParts: (number | string)[]) {
    this.#gen = xoroshiro128plus(hashSeed(seedParts));
  }

  /** Uniform float in [0, 1), 53 random bits. */
  float(): number {
    return uniformFloat64(this.#gen);
  }

  /** Uniform integer in [min, max], both included; both must be safe integers. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`Rng.int needs safe integers min <= max, got ${min}, ${max}`);
    }
    return uniformInt(this.#gen, min, max);
  }

  bool(probabilityTrue = 0.5): boolean {
    return this.float() < probabilityTrue;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Rng.pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `count` distinct items in random order (partial Fisher–Yates). */
  sample<T>(items: readonly T[], count: number): T[] {
    if (!Number.isInteger(count) || count < 0 || count > items.length) {
      throw new RangeError(`cannot sample ${count} items from ${items.length}`);
    }
    const out = items.slice();
    for (let i = 0; i < count; i++) {
      const j = this.int(i, out.length - 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out.slice(0, count);
  }
}

/** FNV-1a over the parts (joined by a separator no part can fake), then a murmur3 finaliser. */
export function hashSeed(parts: readonly (number | string)[]): number {
  let h = 0x811c9dc5;
  const text = parts.map((p) => `${typeof p}:${p}`).join("\u0000");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
