import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { stringManipulation, transformStates } from "./string_manipulation.js";

const selectedRules = [
  "If the string suffix is 'cc', replace it with 'b' and prepend 'a' to the start.",
  "If the string ends with 'ba', replace it with 'ab'.",
  "If the string starts with 'bb', remove the second character.",
  "If the string prefix is 'bc', delete the first two characters and append 'aa' to the end.",
  "If the string contains 'abc', replace the first occurrence with 'cab'.",
  "If the string suffix is 'bb', delete the last two characters.",
  "If the string contains 'ca' (not at the start), remove the first occurrence found after the first character.",
  "If the string suffix is 'ac', replace it with 'cb'.",
];
// Entry 1 of RG's string_manipulation dataset (seed 100), as RG emits it.
const rgEntry = {
  question: `Your job is to repeatedly transform a string according to a set of rules until no further transformations can be performed, or a state is repeated.\n\nEvaluate the following rules in order, and apply the first applicable rule to the string:\n${selectedRules.map((r, k) => `${k + 1}. ${r}`).join("\n")}\n\nOnce you have applied a rule, repeat the process with the new string until no further transformations can be performed (i.e. the string doesn't change), or a state is repeated.\nIf a state is repeated, the process is terminated, and the repeated state is discarded (i.e. is not considered as the final answer) and the state before the repeated state is considered as the final answer.\n\nYour output should be the final transformed string after applying all the rules.\n\nTransform the following string according to the above list of rules:\ncbbaccacabb\n`,
  answer: "cbbcb",
  metadata: {
    source_dataset: "string_manipulation",
    source_index: 1,
    string: "cbbaccacabb",
    solution: "cbbcb",
    states: ["cbbaccacabb", "cbbaccaca", "cbbacca", "cbbac", "cbbcb"],
    selected_rules: selectedRules,
    string_length: 11,
    num_rules: 8,
    difficulty: { string_length: [5, 20], num_rules: [3, 8] },
  },
};

describe("logic/string_manipulation", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer}a`;
    expect(await checkTaskProperties(stringManipulation, { perturb })).toEqual([]);
  });

  it("applies the first applicable rule until nothing changes or a state repeats", () => {
    expect(transformStates("cbbaccacabb", selectedRules)).toEqual(rgEntry.metadata.states);
    expect(transformStates("cba", ["If the string ends with 'ba', replace it with 'ab'."])).toEqual(
      ["cba", "cab"],
    );
    // A chain that returns to an earlier state stops before repeating it (RG's Python gives the
    // same 13 states for this string and these rules).
    const cycling = transformStates("bbbbcaacbbbbbba", [
      "If the string suffix is 'ac', replace it with 'cb'.",
      "If the string contains 'abc', replace the first occurrence with 'cab'.",
      "If the string contains an even number of 'b's (and at least one 'b'), append 'ab' at the end.",
      "If the string contains 'bca', delete the first occurrence entirely.",
      "If the string length is greater than 15, remove the middle character.",
      "If the string prefix is 'aa', remove the first character.",
      "If the string suffix is 'cc', replace it with 'b' and prepend 'a' to the start.",
    ]);
    expect(cycling).toHaveLength(13);
    expect(cycling.at(-1)).toBe("bbbacbbbaababababab");
    expect(cycling).toContain("bbbacbbbababababab"); // the state the next rule would return to
  });

  it("shows the selected rules in order and never asks for an empty answer", () => {
    for (const entry of stringManipulation.dataset(
      { seed: 4, min_num_rules: 10, max_num_rules: 20 },
      100,
    )) {
      const rules = entry.metadata.selected_rules as string[];
      expect(new Set(rules).size).toBe(rules.length);
      for (const [k, rule] of rules.entries())
        expect(entry.question).toContain(`${k + 1}. ${rule}\n`);
      expect(entry.answer).not.toBe("");
      expect((entry.metadata.states as string[]).at(-1)).toBe(entry.answer);
    }
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await stringManipulation.verify("<answer>cbbcb</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    expect(stringManipulation.scoreAnswer("cbbac", rgEntry)).toBe(0);
    expect(stringManipulation.scoreAnswer("'cbbcb'", rgEntry)).toBeCloseTo(5 / 7);
  });
});
