import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { spellBackward } from "./spell_backward.js";

describe("logic/spell_backward", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(spellBackward, {
      perturb: (answer) => `${answer.slice(1)}${answer[0] === "a" ? "b" : "a"}`,
    });
    expect(failures).toEqual([]);
  });

  it("scores as Reasoning Gym does: case-insensitive, positional partial credit", () => {
    const entry = spellBackward.dataset({ seed: 7 }, 1)[0];
    if (!entry) throw new Error("no entry");
    const answer = entry.answer as string;
    expect(spellBackward.scoreAnswer(answer.toUpperCase(), entry)).toBe(1);
    expect(spellBackward.scoreAnswer(`${answer}s`, entry)).toBeCloseTo(0.8);
    const swapped = answer.length > 1 ? `${answer[1]}${answer[0]}${answer.slice(2)}` : "";
    expect(spellBackward.scoreAnswer(swapped, entry)).toBeLessThan(1);
    expect(spellBackward.scoreAnswer(null, entry)).toBe(0);
  });

  it("generates item i as a pure function of (config, i)", () => {
    const a = spellBackward.dataset({ seed: 3, min_word_len: 5, max_word_len: 6 }, 20);
    const b = spellBackward.dataset({ seed: 3, min_word_len: 5, max_word_len: 6 }, 20);
    expect(a).toEqual(b);
    const config = spellBackward.configSchema.parse({ seed: 3, min_word_len: 5, max_word_len: 6 });
    expect(spellBackward.generator.generate(config, 17)).toEqual(a[17]);
    for (const entry of a) expect((entry.metadata.word as string).length).toBeGreaterThanOrEqual(5);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "Spell this word backward (example: sun -> nus): gardens",
      answer: "snedrag",
      metadata: { source_dataset: "spell_backward", source_index: 0, word: "gardens", word_len: 7 },
    };
    const verdict = await spellBackward.verify(
      "<think>g-a-r</think><answer> snedrag </answer>",
      entry,
    );
    expect(verdict).toMatchObject({ reward: 1, correct: true });
  });
});
