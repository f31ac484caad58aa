import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { shortestLadder, vocabulary, wordLadder } from "./word_ladder.js";

const entry = {
  question:
    "Transform the word ladder 'COLD' to 'WARM' by changing one letter at a time.\nProvide your answer as a comma-separated sequence of uppercase letters without spaces.\nEach step must be a valid English word.",
  answer: "COLD,CORD,CARD,WARD,WARM",
  metadata: {
    source_dataset: "word_ladder",
    source_index: 0,
    start_word: "COLD",
    end_word: "WARM",
    word_length: 4,
    chain_length: 5,
    difficulty: { word_length: [4, 4] },
  },
};

describe("logic/word_ladder", () => {
  it("holds the task properties over 500 entries", async () => {
    // Drop the last word: the ladder no longer reaches the end word.
    const perturb = (answer: string) => answer.split(",").slice(0, -1).join(",");
    expect(await checkTaskProperties(wordLadder, { perturb })).toEqual([]);
  });

  it("finds shortest ladders of valid words", () => {
    const vocab = vocabulary(4);
    const path = shortestLadder("COLD", "WARM", vocab);
    expect(path?.[0]).toBe("COLD");
    expect(path?.at(-1)).toBe("WARM");
    expect(path?.length).toBeLessThanOrEqual(5);
    for (const e of wordLadder.dataset({ seed: 3, min_word_length: 3, max_word_length: 5 }, 50)) {
      expect(e.answer?.split(",").length).toBe(e.metadata.chain_length);
    }
  });

  it("accepts any valid ladder and halves the reward per unknown word", () => {
    expect(wordLadder.scoreAnswer("cold, cord, card, ward, warm", entry)).toBe(1);
    expect(wordLadder.scoreAnswer("COLD,CORD,WORD,WARD,WARM", entry)).toBe(1);
    expect(wordLadder.scoreAnswer("COLD,CORD,CQRD,CARD,WARD,WARM", entry)).toBe(0.5);
    expect(wordLadder.scoreAnswer("COLD,WARM", entry)).toBe(0);
    expect(wordLadder.scoreAnswer("COLD,CORD,CARD,WARD", entry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await wordLadder.verify("<answer>COLD,CORD,CARD,WARD,WARM</answer>", entry),
    ).toMatchObject({
      reward: 1,
    });
  });
});

describe("logic/word_ladder with RG's vocabulary", () => {
  it("counts the words of the entry's own ladder as known", () => {
    const rgEntry = {
      question: "Transform the word ladder 'MOOD' to 'MUFF' by changing one letter at a time.\n...",
      answer: "MOOD,GOOD,GOLD,GOLF,GULF,GUFF,MUFF",
      metadata: { start_word: "MOOD", end_word: "MUFF", word_length: 4, chain_length: 7 },
    };
    expect(wordLadder.scoreAnswer(rgEntry.answer, rgEntry)).toBe(1);
  });
});
