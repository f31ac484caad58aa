import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { aiw } from "./aiw.js";

describe("logic/aiw", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(aiw, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Mary has 2 male friends and she also has 2 female friends. They all are friends with each other and have no other friends aside. How many female friends does William, a male friend of Mary, have?",
    answer: "3",
    metadata: {
      source_dataset: "aiw",
      source_index: 0,
      task_type: "friends",
      difficulty: { task_type_weights: [1 / 3, 1 / 3, 1 / 3], num_entities: 6 },
    },
  };

  it("scores an entry as Reasoning Gym emits it with RG's default rule", async () => {
    expect((await aiw.verify("<answer>3</answer>", rgEntry)).reward).toBe(1);
    expect(aiw.scoreAnswer("2", rgEntry)).toBe(0);
    expect(aiw.scoreAnswer("3 friends", rgEntry)).toBeCloseTo(1 / 9);
    expect(aiw.scoreAnswer("٣", rgEntry)).toBe(0);
    expect(aiw.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("answers the female count plus the protagonist, for every kind of question", () => {
    const entries = aiw.dataset({ seed: 3, max_entities: 12 }, 300);
    const seen = new Set(entries.map((e) => e.metadata.task_type));
    expect(seen).toEqual(new Set(["siblings", "friends", "colleagues"]));
    for (const e of entries) {
      const numbers = [...e.question.matchAll(/\d+/g)].map((m) => Number(m[0]));
      let female: number;
      if (e.metadata.task_type === "colleagues") female = numbers[1] as number;
      else if (e.question.includes("brothers and she also has"))
        female = numbers[1] as number; // "<n> brothers and ... <m> sisters"
      else if (e.question.includes("sisters and she also has")) female = numbers[0] as number;
      else female = numbers[1] as number; // "<m> male friends and ... <f> female friends"
      expect(e.answer).toBe(String(female + 1));
      for (const n of numbers) expect(n).toBeLessThanOrEqual(12);
    }
  });

  it("follows the task-type weights and checks the config", () => {
    const only = aiw.dataset({ seed: 1, task_type_weights: [0, 0, 1] }, 50);
    expect(only.every((e) => e.metadata.task_type === "colleagues")).toBe(true);
    expect(() => aiw.dataset({ seed: 1, task_type_weights: [1, 1] }, 1)).toThrow(/same length/);
    expect(() => aiw.dataset({ female_names: ["Mary"] }, 1)).toThrow(/Alice/);
  });
});
