import { describe, expect, it } from "vitest";
import { isPyAlpha, storyWords } from "../lib/corpus.js";
import { checkTaskProperties } from "../testing.js";
import { letterJumble } from "./letter_jumble.js";

const rgEntry = {
  question:
    "Your task is to unsramble words in a sentence.\n\nFor each word in a sentence, the letter may have been randomly shuffled. Your task is to unscramble the words.\n\nThe order of the words in the sentence is preserved. Moreover, the style of the sentence is preserved (i.e. punctuation, capitalization, new lines, etc.).\n\nYour output should be a sentence with the words unscrambled.\n\nNow, unscramble these words: si noe fo rM riFtz Npoaoeln Sthmi\n",
  answer: "is one of Mr Fritz Napoleon Smith",
  metadata: {
    source_dataset: "letter_jumble",
    source_index: 0,
    num_words: 7,
    corruption_level: 0.4676230278904855,
    scrambled_words: ["si", "noe", "fo", "rM", "riFtz", "Npoaoeln", "Sthmi"],
    original_words: ["is", "one", "of", "Mr", "Fritz", "Napoleon", "Smith"],
    difficulty: { word_len: [1, 64], words: [3, 20], corruption_level: [0.1, 0.9] },
  },
};

describe("logic/letter_jumble", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `zzz ${answer}`;
    expect(await checkTaskProperties(letterJumble, { perturb })).toEqual([]);
  });

  it("scrambles each word of a run of the story's words, letters kept", () => {
    // RG's run is consecutive among the alphabetic words (numbers and "_italics_" left out).
    const story = storyWords().filter(isPyAlpha).join(" ");
    for (const entry of letterJumble.dataset({ seed: 2 }, 50)) {
      const original = entry.metadata.original_words as string[];
      const scrambled = entry.metadata.scrambled_words as string[];
      expect(story).toContain(original.join(" "));
      original.forEach((word, k) => {
        expect([...(scrambled[k] as string)].sort()).toEqual([...word].sort());
      });
      expect(entry.question).toContain(`unscramble these words: ${scrambled.join(" ")}\n`);
    }
    for (const entry of letterJumble.dataset(
      { seed: 2, min_word_len: 5, max_word_len: 6, consecutive_words: false },
      20,
    ))
      for (const word of entry.metadata.original_words as string[]) {
        expect(word.length).toBeGreaterThanOrEqual(5);
        expect(word).toMatch(/^\p{L}+$/u);
      }
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => letterJumble.scoreAnswer(answer, rgEntry);
    expect(await letterJumble.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry)).toMatchObject({
      reward: 1,
    });
    expect(score("IS ONE OF MR FRITZ NAPOLEON SMITH")).toBe(1);
    expect(score("is one of Mr Fritz")).toBeCloseTo(5 / 7);
    expect(score("one is of Mr Fritz Napoleon Smith")).toBeCloseTo(5 / 7);
    expect(score("si noe fo rM riFtz Npoaoeln Sthmi")).toBe(0);
    expect(score("")).toBe(0);
    // RG sums 1/7 seven times (0.9999999999999998 on Python 3.11, 1.0 from 3.12); here 7/7.
    expect(score("is  one of\nMr Fritz Napoleon Smith")).toBe(1);
    expect(score("is one of Mr Fritz Napoleon Smith extra")).toBe(1);
  });
});
