import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { palindromeGeneration } from "./palindrome_generation.js";

const rgEntry = {
  question:
    "Your task is, given a list of letters, to form a valid palindrome.\n\nA palindrome is a phrase that reads the same forwards and backwards.\n\nIf there are multiple possible answers, only respond with one of them. You must use all the letters provided.\n\nYour output should be a single string, with no spaces or punctuation.\n\nNow, form a valid palindrome using the following letters: y, f, y, l, l\n",
  answer: "lyfyl",
  metadata: {
    source_dataset: "palindrome_generation",
    source_index: 0,
    letters: ["y", "f", "y", "l", "l"],
    generated_palindrome: "lyfyl",
    length: 5,
    difficulty: { length: [3, 10] },
  },
};

describe("logic/palindrome_generation", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer}z`;
    expect(await checkTaskProperties(palindromeGeneration, { perturb })).toEqual([]);
  });

  it("gives letters that form a palindrome of the drawn length", () => {
    for (const entry of palindromeGeneration.dataset({ seed: 5 }, 100)) {
      const letters = entry.metadata.letters as string[];
      const answer = entry.answer as string;
      expect(answer).toBe([...answer].reverse().join(""));
      expect([...answer].sort()).toEqual(letters.slice().sort());
      expect(letters).toHaveLength(entry.metadata.length as number);
      expect(entry.question).toContain(`following letters: ${letters.join(", ")}\n`);
    }
    expect(palindromeGeneration.configSchema.parse({}).size).toBe(50);
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => palindromeGeneration.scoreAnswer(answer, rgEntry);
    expect(await palindromeGeneration.verify("<answer>lyfyl</answer>", rgEntry)).toMatchObject({
      reward: 1,
    });
    expect(score("ylfly")).toBe(1); // any palindrome of the letters
    expect(score("LYFYL")).toBe(1);
    expect(score(" lyfyl ")).toBe(1);
    expect(score("lyfy")).toBe(0.02);
    expect(score("ly fyl")).toBe(0.02);
    expect(score("abcba")).toBe(0.05);
    expect(score("")).toBe(0);
    expect(score("9".repeat(100_000))).toBe(0.05);
    expect(score("l🙂y")).toBe(0.02);
    expect(score("🙂l🙂")).toBe(0.05); // a palindrome by code points, wrong letters
  });
});
