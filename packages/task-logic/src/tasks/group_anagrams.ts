import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import {
  compareCodePoints,
  type PyJson,
  pyIterate,
  pyJsonDumps,
  pyJsonLoads,
  pyLess,
  pySorted,
} from "../lib/python.js";
import { englishWords } from "../words.js";

// Reasoning Gym: reasoning_gym/algorithmic/group_anagrams.py (LeetCode 49).
// Scoring as RG: the answer parsed as JSON (NaN and Infinity allowed, as Python's json does);
// each group sorted, the groups sorted by first word, compared with the oracle sorted the same
// way: equal 1.0, else 0.01 ("parsable"); 0 when parsing or Python's sorting fails (a group that
// is not iterable, words of mixed types).
// Fix: RG iterates whatever json.loads returns, so a group written as an object counts as its
// keys ([{"eat": 1, "tea": 1}] scored 1.0); here a full score needs a list of lists of strings
// and such answers get 0.01.
// Deviation: RG samples anagram classes from its bundled anagrams.jsonl (of unstated origin,
// not shipped here); here the classes are the anagram classes (two words or more) of the
// word-list package's lowercase words, 21,885 of them, built once on first use.
const QUESTION = (words: string) =>
  `An anagram is a word formed by rearranging the letters of a different word, using all the original letters exactly once.

Your job is to group the anagrams together. You can return the answer in any order.

The output is a list of lists of strings, where each outer list contains a group of anagrams, e.g. [["eat", "tea"], ["tan", "nat"]].

Group the following list of words into anagrams:
${words}
`;

let cachedClasses: readonly (readonly string[])[] | undefined;

/** word-list's words grouped by their sorted letters, classes of two words or more. */
function anagramClasses(): readonly (readonly string[])[] {
  if (cachedClasses) return cachedClasses;
  const classes = new Map<string, string[]>();
  for (const word of englishWords()) {
    const key = [...word].sort().join("");
    const members = classes.get(key);
    if (members) members.push(word);
    else classes.set(key, [word]);
  }
  cachedClasses = [...classes.values()].filter((members) => members.length >= 2);
  return cachedClasses;
}

/** `count` distinct indices below `n`, in draw order (RG's rng.sample(range(n), count)). */
function distinctIndices(rng: Rng, n: number, count: number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, n)) picked.add(rng.int(0, n - 1));
  return [...picked];
}

/** RG's _sort_nested_list: each group sorted, groups sorted by their first item ("" if empty). */
function sortNested(groups: PyJson): PyJson[][] {
  const sortedGroups = pyIterate(groups).map((group) => pySorted(pyIterate(group), pyLess));
  const first = (group: PyJson[]): PyJson => (group.length > 0 ? (group[0] as PyJson) : "");
  return pySorted(sortedGroups, (a, b) => pyLess(first(a), first(b)));
}

/** The words grouped by anagram class, in RG's sorted form. */
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = [...word].sort().join("");
    groups.set(key, [...(groups.get(key) ?? []), word]);
  }
  return [...groups.values()]
    .map((group) => group.sort(compareCodePoints))
    .sort((a, b) => compareCodePoints(a[0] ?? "", b[0] ?? ""));
}

const isListOfStringLists = (value: PyJson): boolean =>
  Array.isArray(value) &&
  value.every((group) => Array.isArray(group) && group.every((w) => typeof w === "string"));

export const groupAnagramsTask = defineLogicTask({
  name: "group_anagrams",
  category: "algorithmic",
  curriculum: {
    anagram_groups: range("min_anagram_groups", "max_anagram_groups", [5, 10, 50, 100], true),
    words_per_group: range("min_words_per_group", "max_words_per_group", [2, 5, 10]),
  },
  description: "Group a list of words into anagram classes.",
  config: z.object({
    min_anagram_groups: z.number().int().min(2).default(2),
    max_anagram_groups: z.number().int().min(2).default(10),
    min_words_per_group: z.number().int().min(2).default(2),
    max_words_per_group: z.number().int().min(2).default(5),
  }),
  generate(rng, config) {
    const classes = anagramClasses();
    const groupCount = Math.min(
      classes.length,
      rng.int(config.min_anagram_groups, config.max_anagram_groups),
    );
    const words: string[] = [];
    for (const index of distinctIndices(rng, classes.length, groupCount)) {
      const members = classes[index] as readonly string[];
      const wanted = rng.int(config.min_words_per_group, config.max_words_per_group);
      words.push(...rng.sample(members, Math.min(members.length, wanted)));
    }
    const solution = groupAnagrams(words);
    return {
      question: QUESTION(pyJsonDumps(words)),
      answer: pyJsonDumps(solution),
      metadata: {
        words,
        solution,
        anagram_groups: groupCount,
        difficulty: {
          anagram_groups: [config.min_anagram_groups, config.max_anagram_groups],
          words_per_group: [config.min_words_per_group, config.max_words_per_group],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const given = pyJsonLoads(answer);
    const sortedGiven = sortNested(given);
    const sortedOracle = sortNested(entry.metadata.solution as PyJson);
    if (JSON.stringify(sortedGiven) !== JSON.stringify(sortedOracle)) return 0.01;
    return isListOfStringLists(given) ? 1 : 0.01;
  },
});
