import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { groupAnagrams, groupAnagramsTask } from "./group_anagrams.js";

const solution = [
  ["cleaned", "elanced", "enlaced"],
  ["humidor", "rhodium"],
  ["lounded", "noduled"],
  ["lutings", "singult"],
];
const rgEntry = {
  question:
    'An anagram is a word formed by rearranging the letters of a different word, using all the original letters exactly once.\n\nYour job is to group the anagrams together. You can return the answer in any order.\n\nThe output is a list of lists of strings, where each outer list contains a group of anagrams, e.g. [["eat", "tea"], ["tan", "nat"]].\n\nGroup the following list of words into anagrams:\n["singult", "lutings", "lounded", "noduled", "cleaned", "enlaced", "elanced", "rhodium", "humidor"]\n',
  answer: JSON.stringify(solution).replaceAll(",", ", "),
  metadata: {
    source_dataset: "group_anagrams",
    source_index: 0,
    words: [
      "singult",
      "lutings",
      "lounded",
      "noduled",
      "cleaned",
      "enlaced",
      "elanced",
      "rhodium",
      "humidor",
    ],
    solution,
    anagram_groups: 4,
    difficulty: { anagram_groups: [2, 10], words_per_group: [2, 5] },
  },
};

describe("logic/group_anagrams", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => JSON.stringify((JSON.parse(answer) as string[][]).slice(1));
    expect(await checkTaskProperties(groupAnagramsTask, { perturb })).toEqual([]);
  });

  it("groups words by their letters, groups and words sorted", () => {
    expect(groupAnagrams(["tea", "eat", "tan", "ate", "nat", "bat"])).toEqual([
      ["ate", "eat", "tea"],
      ["bat"],
      ["nat", "tan"],
    ]);
    for (const entry of groupAnagramsTask.dataset({ seed: 6, max_anagram_groups: 20 }, 30)) {
      const groups = entry.metadata.solution as string[][];
      const words = entry.metadata.words as string[];
      expect(groups.flat().sort()).toEqual(words.slice().sort());
      expect(new Set(words).size).toBe(words.length);
      for (const group of groups) {
        expect(group.length).toBeGreaterThanOrEqual(2);
        const key = (w: string) => [...w].sort().join("");
        expect(new Set(group.map(key)).size).toBe(1);
      }
      expect(groups.length).toBe(entry.metadata.anagram_groups);
    }
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => groupAnagramsTask.scoreAnswer(answer, rgEntry);
    expect(
      await groupAnagramsTask.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry),
    ).toMatchObject({
      reward: 1,
    });
    // The probes and scores below come from RG's score_answer on this entry.
    expect(
      score(
        '[["singult","lutings"],["rhodium","humidor"],["noduled","lounded"],["enlaced","elanced","cleaned"]]',
      ),
    ).toBe(1);
    expect(
      score(
        '[["cleaned", "elanced"], ["enlaced"], ["humidor", "rhodium"], ["lounded", "noduled"], ["lutings", "singult"]]',
      ),
    ).toBe(0.01);
    for (const parsable of [
      "[[1, 2], [3]]",
      "[[null]]",
      '{"a": 1}',
      '"abc"',
      "[]",
      '[[["a"]], [["b"]]]',
      '[[], ["a"]]',
    ])
      expect(score(parsable), parsable).toBe(0.01);
    // Python's sorting raises on mixed types (and json.loads on single quotes): 0.
    for (const broken of [
      "[['cleaned', 'elanced', 'enlaced']]",
      '[["a", 1]]',
      '[["a"], [1]]',
      '[[NaN, "a"]]',
      "5",
      '[[1, "a"], [2, 3]]',
      "",
    ])
      expect(score(broken), broken).toBe(0);
  });

  it("needs lists for full credit (RG counts an object's keys as a group)", () => {
    const objects = JSON.stringify(
      solution.map((group) => Object.fromEntries(group.map((w) => [w, 1]))),
    );
    expect(groupAnagramsTask.scoreAnswer(objects, rgEntry)).toBe(0.01);
  });

  it("never throws or hangs on hostile answers", () => {
    const many = JSON.stringify(Array.from({ length: 30_000 }, (_, k) => [`w${k}`]));
    for (const answer of [many, "[".repeat(100_000), `[${"[".repeat(5000)}]`])
      expect(groupAnagramsTask.scoreAnswer(answer, rgEntry)).toBeLessThan(1);
  });
});
