import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { isIsomorphic, isomorphicStrings } from "./isomorphic_strings.js";

const rgEntry = {
  question:
    "Two strings are isomorphic if the characters in one string can be replaced to get the second string.\n\nAll occurrences of a character must be replaced with another character while preserving the order of characters.\n\nNo two characters may map to the same character, but a character may map to itself.\n\nReturn True if the following two strings are isomorphic, or False otherwise:\numq pga\n",
  answer: "True",
  metadata: {
    source_dataset: "isomorphic_strings",
    source_index: 0,
    words: ["umq", "pga"],
    solution: true,
    solvable: true,
    string_length: 4,
    difficulty: { string_length: [2, 10] },
  },
};

describe("logic/isomorphic_strings", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => (answer === "True" ? "False" : "True");
    expect(await checkTaskProperties(isomorphicStrings, { perturb })).toEqual([]);
  });

  it("decides isomorphism in both directions", () => {
    expect(isIsomorphic("egg", "add")).toBe(true);
    expect(isIsomorphic("foo", "bar")).toBe(false);
    expect(isIsomorphic("badc", "baba")).toBe(false); // two letters onto one
    expect(isIsomorphic("ab", "abc")).toBe(false);
    const entries = isomorphicStrings.dataset({ seed: 12 }, 300);
    for (const entry of entries) {
      const [s, t] = entry.metadata.words as [string, string];
      expect(entry.answer).toBe(entry.metadata.solvable ? "True" : "False");
      expect(entry.question).toContain(`otherwise:\n${s} ${t}\n`);
    }
    const trues = entries.filter((e) => e.answer === "True").length;
    expect(trues).toBeGreaterThan(100);
    expect(trues).toBeLessThan(200);
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await isomorphicStrings.verify("<answer>True</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    expect(isomorphicStrings.scoreAnswer("False", rgEntry)).toBe(0);
    expect(isomorphicStrings.scoreAnswer("true", rgEntry)).toBe(0);
    expect(isomorphicStrings.scoreAnswer("TRUE", rgEntry)).toBe(0);
    expect(isomorphicStrings.scoreAnswer("True.", rgEntry)).toBe(0.8);
  });
});
