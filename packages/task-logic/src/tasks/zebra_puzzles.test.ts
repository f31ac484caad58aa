import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countZebraSolutions, zebraPuzzles } from "./zebra_puzzles.js";

describe("logic/zebra_puzzles", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(zebraPuzzles, {
      perturb: (answer) => (answer === "alice" ? "bob" : "alice"),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "This is a logic puzzle. There are 2 houses (numbered 1 on the left, 2 on the right), from the perspective of someone standing across the street from them. Each has a different person in them. They have different characteristics:\n - Each person has a unique name: arnold, alice\n - The people keep different animals: dog, cat\n\n1. The dog owner is Arnold.\n2. The cat lover is in the first house.\n\nWhat is Name of the person who lives in House 1?? Provide only the name of the person as your final answer.",
    answer: "alice",
    metadata: {
      source_dataset: "zebra_puzzles",
      source_index: 0,
      difficulty: { num_people: 2, num_characteristics: 2 },
    },
  };

  it("scores as RG: case-insensitive, newlines ignored", async () => {
    expect((await zebraPuzzles.verify("<answer>Alice</answer>", rgEntry)).reward).toBe(1);
    expect(zebraPuzzles.scoreAnswer("ALI\nCE", rgEntry)).toBe(1);
    expect(zebraPuzzles.scoreAnswer("Arnold", rgEntry)).toBe(0);
    expect(zebraPuzzles.scoreAnswer("alice.", rgEntry)).toBe(0);
  });

  it("counts solutions of clue sets", () => {
    // Two houses, names (0: alice, 1: arnold) and animals (2: cat, 3: dog).
    expect(countZebraSolutions(2, 2, [])).toBe(2);
    expect(countZebraSolutions(2, 2, [{ kind: "same", a: 3, b: 1 }])).toBe(2);
    expect(
      countZebraSolutions(2, 2, [
        { kind: "same", a: 3, b: 1 },
        { kind: "found", a: 2, house: 1 },
      ]),
    ).toBe(1);
    expect(
      countZebraSolutions(2, 2, [
        { kind: "consecutive", a: 0, b: 1 },
        { kind: "consecutive", a: 1, b: 0 },
      ]),
    ).toBe(0);
  });

  it("generates puzzles whose answer is a listed name, for larger sizes too", () => {
    for (const entry of zebraPuzzles.dataset(
      { seed: 5, num_people: 5, num_characteristics: 5 },
      5,
    )) {
      expect(entry.question).toContain(`unique name: `);
      const names = /unique name: ([^\n]+)/.exec(entry.question)?.[1]?.split(", ") ?? [];
      expect(names).toHaveLength(5);
      expect(names).toContain(entry.answer);
      expect(entry.question).toMatch(/\n1\. [A-Z]/);
    }
  });
});
