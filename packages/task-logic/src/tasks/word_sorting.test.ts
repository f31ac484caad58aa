import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { wordSorting } from "./word_sorting.js";

const entry = {
  question:
    "Your task is to sort words ... return them as a comma-separated list: Zebra, apple, Banana, cherry\n",
  answer: "cherry, apple, Zebra, Banana",
  metadata: {
    source_dataset: "word_sorting",
    source_index: 0,
    original_words: ["Zebra", "apple", "Banana", "cherry"],
    sorted_words: ["cherry", "apple", "Zebra", "Banana"],
    transformed_words: ["Zebra", "apple", "Banana", "cherry"],
    direction: "descending",
    num_words: 4,
    word_length: 6,
    difficulty: { num_words: [3, 10], word_length: [3, 12] },
  },
};

describe("logic/word_sorting", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => {
      const words = answer.split(", ");
      [words[0], words[1]] = [words[1] as string, words[0] as string];
      return words.join(", ");
    };
    expect(await checkTaskProperties(wordSorting, { perturb })).toEqual([]);
    for (const transformation of ["lowercase", "uppercase", "randomcase"]) {
      expect(
        await checkTaskProperties(wordSorting, { seeds: 50, config: { transformation }, perturb }),
      ).toEqual([]);
    }
  });

  it("gives RG's partial credit", () => {
    expect(wordSorting.scoreAnswer("cherry,apple,  Zebra ,Banana", entry)).toBe(1);
    expect(wordSorting.scoreAnswer("apple, cherry, Zebra, Banana", entry)).toBe(0.5);
    expect(wordSorting.scoreAnswer("Banana, Zebra, apple, cherry", entry)).toBe(0.2);
    expect(wordSorting.scoreAnswer("cherry, apple", entry)).toBe(0.5);
    expect(wordSorting.scoreAnswer("", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await wordSorting.verify("<answer>cherry, apple, Zebra, Banana</answer>", entry),
    ).toMatchObject({
      reward: 1,
    });
  });
});
