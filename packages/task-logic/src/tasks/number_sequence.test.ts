import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { numberSequence } from "./number_sequence.js";

describe("logic/number_sequence", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(numberSequence, { perturb })).toEqual([]);
  });

  it("shows all but the last term, keeps values small and sequences non-trivial", () => {
    for (const e of numberSequence.dataset({ seed: 8, max_complexity: 4 }, 200)) {
      const sequence = e.metadata.sequence as number[];
      expect(e.question).toBe(`${sequence.slice(0, -1).join(", ")}, ?`);
      expect(e.answer).toBe(String(sequence.at(-1)));
      expect(sequence.every((x) => Math.abs(x) <= 1000)).toBe(true);
      expect(new Set(sequence).size).toBeGreaterThan(1);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question: "3, 6, 12, 24, 48, ?",
      answer: "96",
      metadata: {
        source_dataset: "number_sequence",
        source_index: 0,
        rule: "double",
        complexity: 1,
        sequence: [3, 6, 12, 24, 48, 96],
        difficulty: { max_complexity: 3, terms: [4, 8] },
      },
    };
    expect(await numberSequence.verify("<answer>96</answer>", entry)).toMatchObject({ reward: 1 });
    expect(numberSequence.scoreAnswer("97", entry)).toBe(0);
  });
});
