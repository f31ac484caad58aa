import { describe, expect, it } from "vitest";
import { parsePyStrings } from "../lib/python.js";
import { checkTaskProperties } from "../testing.js";
import { insertAfterPatterns, stringInsertion } from "./string_insertion.js";

const rgEntry = {
  question:
    "Given a string consisting of characters A, B, C, D, and E, your job is to insert a character according to the following pattern:\n1. If there is a substring ABCD in the string, insert the character A after the substring.\n2. If there is a substring BCDE in the string, insert the character B after the substring.\n3. If there is a substring CDEA in the string, insert the character C after the substring.\n4. If there is a substring DEAB in the string, insert the character D after the substring.\n5. If there is a substring EABC in the string, insert the character E after the substring.\n\nOnce you have inserted a character, you have to skip over the substring and the inserted character and continue the search from the next character.\n\nYour output should be a string that has been modified according to the pattern.\n\nGiven the following string, provide the answer after inserting the characters according to the pattern: DDBDCDEAE\n",
  answer: "DDBDCDEACE",
  metadata: {
    source_dataset: "string_insertion",
    source_index: 0,
    string: "DDBDCDEAE",
    solution: "DDBDCDEACE",
    string_length: 9,
    difficulty: { string_length: [5, 20] },
  },
};

describe("logic/string_insertion", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer}A`;
    expect(await checkTaskProperties(stringInsertion, { perturb })).toEqual([]);
  });

  it("inserts after each pattern and resumes after it", () => {
    expect(insertAfterPatterns("DDBDCDEAE")).toBe("DDBDCDEACE");
    expect(insertAfterPatterns("ABCDE")).toBe("ABCDAE"); // BCDE overlaps the skipped ABCD
    expect(insertAfterPatterns("ABCDABCD")).toBe("ABCDAABCDA");
    expect(insertAfterPatterns("EABCDE")).toBe("EABCEDE");
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => stringInsertion.scoreAnswer(answer, rgEntry);
    expect(await stringInsertion.verify("<answer>DDBDCDEACE</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    // Python literals that join to the answer: RG's eval gives 0.1.
    for (const literal of [
      "['D', 'D', 'B', 'D', 'C', 'D', 'E', 'A', 'C', 'E']",
      "('D', 'D', 'B', 'D', 'C', 'D', 'E', 'A', 'C', 'E')",
      "['D', 'D', 'B', 'D', 'C', 'D', 'E', 'A', 'C', 'E',]",
      "'DDBDCDEACE'",
      '"DDBDCDEACE"',
      "'''DDBDCDEACE'''",
      "r'DDBDCDEACE'",
      "u'DDBDCDEACE'",
      '["DDBDC", "DEACE"]',
      "'D', 'DBDCDEACE'",
      "['\\x44DBDCDEACE']",
      "['\\104DBDCDEACE']",
      "['D' 'DBDCDEACE']",
    ])
      expect(score(literal), literal).toBe(0.1);
    for (const wrong of [
      "b'DDBDCDEACE'",
      "['DDBDCDEACE'",
      "DDBDCDEAE",
      "",
      "__import__('os').system('true')",
    ])
      expect(score(wrong), wrong).toBe(0);
    // RG's eval also runs expressions and sets ('AB' + 'C', {'ABC'}); the literal parser does not.
    expect(score("'DDBDCDEAC' + 'E'")).toBe(0);
    expect(score("{'DDBDCDEACE'}")).toBe(0);
  });

  it("reads Python string literals without eval, in linear time", () => {
    expect(parsePyStrings("['a', \"b\\n\", r'\\d']")).toEqual(["a", "b\n", "\\d"]);
    expect(parsePyStrings("('x',)")).toEqual(["x"]);
    expect(parsePyStrings("'\\u00e9\\N{DASH}'")).toBeNull();
    expect(parsePyStrings("f'{x}'")).toBeNull();
    expect(parsePyStrings("'a' + 'b'")).toBeNull();
    expect(parsePyStrings("'".repeat(100_000))).toBeNull();
    expect(parsePyStrings(`[${"'A', ".repeat(30_000)}]`)?.length).toBe(30_000);
  });
});
