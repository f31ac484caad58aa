import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { gsmSymbolic } from "./gsm_symbolic.js";

// An entry as Reasoning Gym emits it (GSMSymbolicDataset(seed=42)[0], run here).
const RG_ENTRY = {
  question:
    "There are 12 students playing basketball and twice that number playing volleyball. There are 17 boys and 17 girls playing table tennis. If each student only participates in one group, how many students are there in total? Give the result as your final answer. Do not include units.",
  answer: "70",
  metadata: {
    difficulty: 1.0,
    answer_value: 70,
    answer_cot:
      "There are 12 x 2 = 24 students playing volleyball.\nThere are 17 + 17 = 34 students playing table tennis.\nIn total there are 12 + 24 + 34 = 70 students.\n#### 70",
    variables: {
      tennis_players: 12,
      volleyball_players: 24,
      soccer_boys: 17,
      soccer_girls: 17,
      total_soccer: 34,
      total_students: 70,
      sports: ["basketball", "volleyball", "table tennis"],
    },
    source_dataset: "gsm_symbolic",
    source_index: 0,
  },
};

describe("logic/gsm_symbolic", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(gsmSymbolic, { perturb })).toEqual([]);
  });

  it("emits RG's entry shape: the question's closing instruction and RG's metadata keys", () => {
    for (const entry of gsmSymbolic.dataset({ seed: 3 }, 50)) {
      expect(
        entry.question.endsWith(" Give the result as your final answer. Do not include units."),
      ).toBe(true);
      expect(Object.keys(entry.metadata).sort()).toEqual(Object.keys(RG_ENTRY.metadata).sort());
      expect(entry.metadata.answer_cot).toMatch(/\n#### \S+$/);
      expect(entry.answer).not.toMatch(/^-/);
    }
  });

  // Every expectation below is what RG's score_answer returned for the same answer.
  it("scores answers as RG's scorer does", async () => {
    expect(await gsmSymbolic.verify("<answer>70</answer>", RG_ENTRY)).toMatchObject({ reward: 1 });
    const cases: [string | null, number][] = [
      ["The answer is 70.", 1],
      ["Total: 70 students", 1],
      ["70.0", 1],
      ["070", 1],
      ["٧٠", 1], // Arabic-Indic digits: Python's \d and float() read them
      ["-70", 1], // RG's \b keeps a leading minus out unless a word character precedes it
      ["−70", 1],
      ["x-70", 0.01],
      ["71", 0.01],
      ["70.5", 0.01],
      ["1,070", 0.01],
      ["about 69 or 70", 0.01], // the first number counts
      ["70".repeat(5000), 0.01],
      ["é70", 0], // no word boundary before the digits: no number at all
      ["70_", 0],
      ["7O", 0],
      ["none", 0],
      ["", 0],
      [null, 0],
    ];
    for (const [answer, expected] of cases) {
      expect(gsmSymbolic.scoreAnswer(answer, RG_ENTRY), String(answer).slice(0, 20)).toBe(expected);
    }
  });
});
