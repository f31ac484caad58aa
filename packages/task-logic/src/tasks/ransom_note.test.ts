import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { canConstruct, ransomNote } from "./ransom_note.js";

const rgEntry = {
  question:
    "Given two strings representing a ransom note and a magazine, return True if you can construct the ransom note using the letters in the magazine, and False otherwise.\n\nEach letter in the magazine string can only be used once in your ransom note.\n\nRansom note: kum\nMagazine: udjkzgiyitmcpqqwr\n",
  answer: "True",
  metadata: {
    source_dataset: "ransom_note",
    source_index: 0,
    ransom_note: "kum",
    magazine: "udjkzgiyitmcpqqwr",
    solution: true,
    solvable: true,
    note_length: 3,
    magazine_length: 17,
    difficulty: { note_length: [1, 10], magazine_length: [2, 30] },
  },
};

describe("logic/ransom_note", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => (answer === "True" ? "False" : "True");
    expect(await checkTaskProperties(ransomNote, { perturb })).toEqual([]);
  });

  it("counts each magazine letter once", () => {
    expect(canConstruct("aa", "ab")).toBe(false);
    expect(canConstruct("aa", "aab")).toBe(true);
    expect(canConstruct("", "x")).toBe(true);
    for (const entry of ransomNote.dataset({ seed: 13 }, 200)) {
      const m = entry.metadata as {
        ransom_note: string;
        magazine: string;
        solvable: boolean;
        magazine_length: number;
      };
      expect(entry.answer).toBe(m.solvable ? "True" : "False");
      expect(m.magazine).toHaveLength(m.magazine_length);
    }
  });

  it("refuses a note that can be as long as the magazine", () => {
    expect(() => ransomNote.dataset({ max_note_length: 30, max_magazine_length: 30 }, 1)).toThrow(
      /max_note_length must be less than max_magazine_length/,
    );
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await ransomNote.verify("<answer>True</answer>", rgEntry)).toMatchObject({ reward: 1 });
    expect(ransomNote.scoreAnswer("False", rgEntry)).toBe(0);
    expect(ransomNote.scoreAnswer("true", rgEntry)).toBe(0);
  });
});
