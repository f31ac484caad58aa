import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { ANIMAL_LEGS, legCounting } from "./leg_counting.js";

describe("logic/leg_counting", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 2);
    expect(await checkTaskProperties(legCounting, { perturb })).toEqual([]);
  });

  it("names every animal with its count and sums the legs", () => {
    for (const entry of legCounting.dataset({ seed: 3 }, 50)) {
      const animals = entry.metadata.animals as Record<string, number>;
      let total = 0;
      for (const [animal, count] of Object.entries(animals)) {
        expect(entry.question).toContain(`${count} ${animal}`);
        total += count * (ANIMAL_LEGS[animal] as number);
      }
      expect(entry.answer).toBe(String(total));
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Your task is to count how many legs there are in total when given a list of animals.\n\nNow, how many legs are there in total if you have 3 cows, 2 chickens, 5 insects, 1 spider?\n",
      answer: "54",
      metadata: {
        source_dataset: "leg_counting",
        source_index: 0,
        animals: { cow: 3, chicken: 2, insect: 5, spider: 1 },
        num_animals: 4,
        total_legs: 54,
        difficulty: { num_animals: [3, 10], num_instances: [1, 15] },
      },
    };
    expect(await legCounting.verify("<answer>54</answer>", entry)).toMatchObject({ reward: 1 });
    expect(legCounting.scoreAnswer("56", entry)).toBe(0);
  });
});
