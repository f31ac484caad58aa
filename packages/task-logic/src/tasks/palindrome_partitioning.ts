import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { palindromeLetters } from "../lib/palindrome.js";
import { type PyJson, pyJsonDumps, pyJsonLoads } from "../lib/python.js";

// Reasoning Gym: reasoning_gym/algorithmic/palindrome_partitioning.py (LeetCode 131).
// The string is a concatenation of random palindromes; the answer lists every partition into
// palindromes, in depth-first order, stably sorted by first piece (RG's _sort_list).
// Scoring as RG: the answer parsed as JSON; 1.0 when its set of partitions equals the oracle's
// (any order, repeats ignored), else 0.
// Fix: RG turns each partition into a tuple with tuple(), so a string stands for its characters
// and an object for its keys: ["ab"] matched the partition ["a", "b"]. Here every partition
// must be a JSON list of strings.
// Deviation: max_string_len is capped at 20 (a string of one repeated letter has 2^(n-1)
// partitions; RG has no cap).
const QUESTION = (string: string) =>
  `Given a string, partition it such that every substring is a palindrome.

A palindrome is a word that reads the same backward as forward.

You may return all possible palindrome partitioning in any order.

Your output should be a list of lists, where each list represents a palindrome partition, e.g. [["a","a","b"],["aa","b"]].

Partition the following string into palindromes: ${string}
`;

const MAX_STRING_LEN = 20;

/** Every partition of `string` into palindromes, depth first, stably sorted by first piece. */
export function palindromePartitions(string: string): string[][] {
  const n = string.length;
  // isPalindrome[i][j]: string[i..j] reads the same backwards
  const isPalindrome = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = n - 1; i >= 0; i--)
    for (let j = i; j < n; j++)
      (isPalindrome[i] as boolean[])[j] =
        string[i] === string[j] &&
        (j - i < 2 || (isPalindrome[i + 1] as boolean[])[j - 1] === true);
  const out: string[][] = [];
  const pieces: string[] = [];
  const partition = (start: number) => {
    if (start >= n) out.push(pieces.slice());
    for (let end = start; end < n; end++) {
      if (!(isPalindrome[start] as boolean[])[end]) continue;
      pieces.push(string.slice(start, end + 1));
      partition(end + 1);
      pieces.pop();
    }
  };
  if (n > 0) partition(0);
  const first = (p: string[]) => p[0] ?? "";
  return out.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

function palindromeChain(rng: Rng, length: number, pieceLength: readonly [number, number]): string {
  let out = "";
  while (out.length < length) {
    const piece = Math.min(length - out.length, rng.int(pieceLength[0], pieceLength[1]));
    out += palindromeLetters(rng, piece).join("");
  }
  return out;
}

/** The partitions of a parsed answer as a set of keys, or null unless a list of lists of strings. */
function partitionKeys(value: PyJson): Set<string> | null {
  if (!Array.isArray(value)) return null;
  const keys = new Set<string>();
  for (const partition of value) {
    if (!Array.isArray(partition) || !partition.every((piece) => typeof piece === "string"))
      return null;
    keys.add(JSON.stringify(partition));
  }
  return keys;
}

export const palindromePartitioning = defineLogicTask({
  name: "palindrome_partitioning",
  category: "algorithmic",
  curriculum: {
    string_len: range("min_string_len", "max_string_len", [1, 5, 10, 15], true),
    substring_palindrome_len: range(
      "min_substring_palindrome_len",
      "max_substring_palindrome_len",
      [1, 3, 5, 7],
      true,
    ),
  },
  description: "List every partition of a string into palindromes.",
  config: z.object({
    min_string_len: z.number().int().min(1).default(5),
    max_string_len: z.number().int().min(1).max(MAX_STRING_LEN).default(15),
    min_substring_palindrome_len: z.number().int().min(1).default(1),
    max_substring_palindrome_len: z.number().int().min(1).default(5),
  }),
  generate(rng, config) {
    const length = rng.int(config.min_string_len, config.max_string_len);
    const string = palindromeChain(rng, length, [
      config.min_substring_palindrome_len,
      config.max_substring_palindrome_len,
    ]);
    const solution = palindromePartitions(string);
    return {
      question: QUESTION(string),
      answer: pyJsonDumps(solution),
      metadata: {
        string,
        solution,
        string_len: length,
        difficulty: {
          string_len: [config.min_string_len, config.max_string_len],
          substring_palindrome_len: [
            config.min_substring_palindrome_len,
            config.max_substring_palindrome_len,
          ],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const given = partitionKeys(pyJsonLoads(answer));
    const oracle = partitionKeys(entry.metadata.solution as PyJson);
    if (given === null || oracle === null || given.size !== oracle.size) return 0;
    for (const key of given) if (!oracle.has(key)) return 0;
    return 1;
  },
});
