import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { palindromePartitioning, palindromePartitions } from "./palindrome_partitioning.js";

const solution = [
  ["l", "u", "u", "l", "t", "n", "t"],
  ["l", "u", "u", "l", "tnt"],
  ["l", "uu", "l", "t", "n", "t"],
  ["l", "uu", "l", "tnt"],
  ["luul", "t", "n", "t"],
  ["luul", "tnt"],
];
const rgEntry = {
  question:
    'Given a string, partition it such that every substring is a palindrome.\n\nA palindrome is a word that reads the same backward as forward.\n\nYou may return all possible palindrome partitioning in any order.\n\nYour output should be a list of lists, where each list represents a palindrome partition, e.g. [["a","a","b"],["aa","b"]].\n\nPartition the following string into palindromes: luultnt\n',
  answer: JSON.stringify(solution).replaceAll(",", ", "),
  metadata: {
    source_dataset: "palindrome_partitioning",
    source_index: 0,
    string: "luultnt",
    solution,
    string_len: 7,
    difficulty: { string_len: [5, 15], substring_palindrome_len: [1, 5] },
  },
};

describe("logic/palindrome_partitioning", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => JSON.stringify((JSON.parse(answer) as string[][]).slice(1));
    expect(await checkTaskProperties(palindromePartitioning, { perturb })).toEqual([]);
  });

  it("lists every partition in RG's order and answer format", () => {
    expect(palindromePartitions("luultnt")).toEqual(solution);
    expect(palindromePartitions("aab")).toEqual([
      ["a", "a", "b"],
      ["aa", "b"],
    ]);
    expect(palindromePartitions("aaaa")).toHaveLength(8);
    const [entry] = palindromePartitioning.dataset({ seed: 1 }, 1);
    expect(entry?.answer).toBe(
      JSON.stringify(entry?.metadata.solution).replaceAll('","', '", "').replaceAll("],[", "], ["),
    );
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => palindromePartitioning.scoreAnswer(answer, rgEntry);
    expect(
      await palindromePartitioning.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry),
    ).toMatchObject({
      reward: 1,
    });
    // Any order, repeats ignored (RG compares sets of tuples).
    const shuffled = [...solution].reverse().concat([solution[5] as string[]]);
    expect(score(JSON.stringify(shuffled))).toBe(1);
    for (const wrong of [
      '[["luul", "tnt"]]',
      "[['luul', 'tnt']]",
      '[["luul", ["tnt"]]]',
      '{"luul": 1}',
      "[]",
      "nope",
      "",
    ])
      expect(score(wrong), wrong).toBe(0);
  });

  it("needs lists of strings (RG's tuple() splits a string into its characters)", () => {
    const single = {
      ...rgEntry,
      metadata: { ...rgEntry.metadata, string: "ab", solution: [["a", "b"]] },
    };
    expect(palindromePartitioning.scoreAnswer('[["a", "b"]]', single)).toBe(1);
    // RG scores both of these 1.0.
    expect(palindromePartitioning.scoreAnswer('["ab"]', single)).toBe(0);
    expect(palindromePartitioning.scoreAnswer('{"ab": 1}', single)).toBe(0);
  });
});
