import { pySplit } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { storySentences } from "../lib/corpus.js";
import { checkTaskProperties } from "../testing.js";
import { sentenceReordering } from "./sentence_reordering.js";

const rgEntry = {
  question:
    "Restore the correct order of words in the following sentence: is withal. And confusion no there",
  answer: "And there is no confusion withal.",
  metadata: {
    source_dataset: "sentence_reordering",
    source_index: 0,
    word_count: 6,
    difficulty: { words_in_sentence: [3, 20] },
  },
};

describe("logic/sentence_reordering", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer} extra`;
    expect(await checkTaskProperties(sentenceReordering, { perturb })).toEqual([]);
  });

  it("shuffles the words of one of the story's sentences, the answer being the sentence", () => {
    const sentences = new Set(storySentences().map((s) => pySplit(s).join(" ")));
    for (const entry of sentenceReordering.dataset({ seed: 14 }, 80)) {
      const answer = entry.answer as string;
      expect(sentences.has(answer)).toBe(true);
      const shuffled = entry.question.split("sentence: ")[1] as string;
      expect(shuffled.split(" ").sort()).toEqual(answer.split(" ").sort());
      expect(entry.metadata.word_count).toBeGreaterThanOrEqual(3);
      expect(entry.metadata.word_count).toBeLessThanOrEqual(20);
    }
  });

  it("answers with the sentence itself when a word repeats (RG groups the repeats)", () => {
    const repeated = sentenceReordering
      .dataset({ seed: 3 }, 200)
      .map((e) => e.answer as string)
      .find((a) => new Set(a.split(" ")).size < a.split(" ").length);
    expect(repeated).toBeDefined();
    const sentences = new Set(storySentences().map((s) => pySplit(s).join(" ")));
    expect(sentences.has(repeated as string)).toBe(true);
  });

  it("refuses a word range no sentence has", () => {
    expect(() =>
      sentenceReordering.dataset({ min_words_in_sentence: 500, max_words_in_sentence: 600 }, 1),
    ).toThrow(/no sentence has 500 to 600 words/);
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => sentenceReordering.scoreAnswer(answer, rgEntry);
    expect(
      await sentenceReordering.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry),
    ).toMatchObject({ reward: 1 });
    expect(score("and there is no confusion withal.")).toBe(1);
    expect(score("AND THERE IS NO CONFUSION WITHAL.")).toBe(1);
    expect(score("And  there is no\nconfusion withal.")).toBe(1);
    expect(score("And there is no withal. confusion")).toBeCloseTo(4 / 6);
    expect(score("And there is no confusion")).toBe(0.05);
    expect(score("   ")).toBe(0.05);
    // RG gives an empty answer 0.05; here 0.
    expect(score("")).toBe(0);
  });
});
