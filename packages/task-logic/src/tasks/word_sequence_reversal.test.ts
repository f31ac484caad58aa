import { describe, expect, it } from "vitest";
import { storyWords } from "../lib/corpus.js";
import { checkTaskProperties } from "../testing.js";
import { wordSequenceReversal } from "./word_sequence_reversal.js";

const rgEntry = {
  question:
    "Solve the following problem.\n\nProvide you answer as a comma-separated list of words with a space after the comma.\n\nReverse this list of words: of, all, passed, the\n",
  answer: "the, passed, all, of",
  metadata: {
    source_dataset: "word_sequence_reversal",
    source_index: 0,
    num_words: 4,
    words: ["of", "all", "passed", "the"],
    difficulty: { words: [3, 8] },
  },
};

describe("logic/word_sequence_reversal", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.split(", ").slice(1).join(", ");
    expect(await checkTaskProperties(wordSequenceReversal, { perturb })).toEqual([]);
  });

  it("reverses words of the story", () => {
    const vocabulary = new Set(storyWords());
    for (const entry of wordSequenceReversal.dataset({ seed: 15, max_words: 30 }, 50)) {
      const words = entry.metadata.words as string[];
      for (const w of words) expect(vocabulary.has(w)).toBe(true);
      expect(entry.answer).toBe(words.slice().reverse().join(", "));
      expect(entry.question).toContain(`list of words: ${words.join(", ")}\n`);
    }
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(
      await wordSequenceReversal.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry),
    ).toMatchObject({ reward: 1 });
    expect(wordSequenceReversal.scoreAnswer("the,passed,all,of", rgEntry)).toBe(0);
    expect(wordSequenceReversal.scoreAnswer("of, all, passed, the", rgEntry)).toBe(0);
    expect(wordSequenceReversal.scoreAnswer("The, passed, all, of", rgEntry)).toBe(0);
    expect(wordSequenceReversal.scoreAnswer("the, passed, all, of.", rgEntry)).toBeCloseTo(20 / 21);
  });
});
