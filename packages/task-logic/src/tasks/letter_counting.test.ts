import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { letterCounting } from "./letter_counting.js";

describe("logic/letter_counting", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(letterCounting, { perturb })).toEqual([]);
  });

  it("counts the target letter case-insensitively over the span", () => {
    for (const entry of letterCounting.dataset({ seed: 3 }, 50)) {
      const span = (entry.metadata.span as string[]).join(" ");
      const letter = entry.metadata.target_letter as string;
      expect(entry.question).toContain(`"${span}"`);
      expect(entry.answer).toBe(String(span.toLowerCase().split(letter).length - 1));
      expect(Number(entry.answer)).toBeGreaterThan(0);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: 'How many times does the letter "e" appear in the text: "The future of newspaper"?',
      answer: "4",
      metadata: {
        source_dataset: "letter_counting",
        source_index: 0,
        span_length: 4,
        target_letter: "e",
        span: ["The", "future", "of", "newspaper"],
        difficulty: { words: [5, 15] },
      },
    };
    expect(await letterCounting.verify("<answer>4</answer>", entry)).toMatchObject({ reward: 1 });
  });
});
