import type { Rng } from "@prorl/core";

const LOWERCASE = [..."abcdefghijklmnopqrstuvwxyz"];

/**
 * Letters of a random palindrome of `length` (Reasoning Gym's _generate_palindrome_letters,
 * shared by palindrome_generation and palindrome_partitioning): a random half, an optional
 * middle letter, the half mirrored.
 */
export function palindromeLetters(rng: Rng, length: number): string[] {
  const half = Array.from({ length: Math.floor(length / 2) }, () => rng.pick(LOWERCASE));
  const middle = length % 2 === 1 ? [rng.pick(LOWERCASE)] : [];
  return [...half, ...middle, ...half.slice().reverse()];
}
