import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { follows, syllogism } from "./syllogism.js";

describe("logic/syllogism", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => (answer === "Yes" ? "No" : "Yes");
    expect(await checkTaskProperties(syllogism, { perturb })).toEqual([]);
  });

  it("decides validity like the traditional moods", () => {
    // Barbara, Celarent, Darii, Ferio (figure 1: M-P, S-M written here as S-M, M-P).
    expect(
      follows(
        [
          ["All", 0, 1],
          ["All", 1, 2],
        ],
        ["All", 0, 2],
      ),
    ).toBe(true);
    expect(
      follows(
        [
          ["All", 0, 1],
          ["No", 1, 2],
        ],
        ["No", 0, 2],
      ),
    ).toBe(true);
    expect(
      follows(
        [
          ["Some", 0, 1],
          ["All", 1, 2],
        ],
        ["Some", 0, 2],
      ),
    ).toBe(true);
    expect(
      follows(
        [
          ["Some", 0, 1],
          ["No", 1, 2],
        ],
        ["Some ... are not", 0, 2],
      ),
    ).toBe(true);
    // Barbari (existential import) and conversion per accidens.
    expect(
      follows(
        [
          ["All", 0, 1],
          ["All", 1, 2],
        ],
        ["Some", 0, 2],
      ),
    ).toBe(true);
    expect(follows([["All", 0, 1]], ["Some", 1, 0])).toBe(true);
    // Undistributed middle: RG marks this valid, it is not.
    expect(
      follows(
        [
          ["All", 0, 1],
          ["Some", 1, 2],
        ],
        ["Some", 0, 2],
      ),
    ).toBe(false);
    expect(follows([["Some ... are not", 0, 1]], ["Some ... are not", 1, 0])).toBe(false);
  });

  it("mixes syllogisms and inversions with both answers", () => {
    const entries = syllogism.dataset({ seed: 5 }, 200);
    expect(new Set(entries.map((e) => e.metadata.type))).toEqual(
      new Set(["syllogism", "inversion"]),
    );
    expect(new Set(entries.map((e) => e.answer))).toEqual(new Set(["Yes", "No"]));
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Consider these statements:\n1. All whales are mammals\n2. All mammals are animals\n\nDoes it logically follow that:\nAll whales are animals?\n(Answer Yes or No)",
      answer: "Yes",
      metadata: {
        source_dataset: "syllogism",
        source_index: 0,
        premise1: "All whales are mammals",
        premise2: "All mammals are animals",
        conclusion: "All whales are animals",
        is_valid: true,
        type: "syllogism",
      },
    };
    expect(await syllogism.verify("<answer>Yes</answer>", entry)).toMatchObject({ reward: 1 });
    expect(syllogism.scoreAnswer("Yes.", entry)).toBeCloseTo(0.75);
    expect(syllogism.scoreAnswer("No", entry)).toBe(0);
  });
});
