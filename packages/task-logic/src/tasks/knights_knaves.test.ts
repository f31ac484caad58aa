import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { knightsKnaves, type Statement, solutions } from "./knights_knaves.js";

describe("logic/knights_knaves", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(knightsKnaves, {
      perturb: (answer, entry) => {
        const terms = entry.metadata.knight_knave_terms as { a_knight: string; a_knave: string };
        const first = answer.indexOf(terms.a_knight);
        const second = answer.indexOf(terms.a_knave);
        // Flip the first person's role.
        return first >= 0 && (second < 0 || first < second)
          ? answer.replace(terms.a_knight, terms.a_knave)
          : answer.replace(terms.a_knave, terms.a_knight);
      },
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      'A very special island is inhabited only by saints and sinners. Saints always tell the truth, and sinners always lie. You meet 3 inhabitants: Zoey, Riley, and Noah. Zoey asserted: "Noah is a saint". Riley said, "Noah is a sinner or Zoey is a saint." Noah said that Zoey is a saint. So who is a saint and who is a sinner? (Format your answer like: "Zoey is a saint/sinner, Riley is a saint/sinner, and Noah is a saint/sinner")',
    answer: "Zoey is a saint, Riley is a saint, and Noah is a saint.",
    metadata: {
      source_dataset: "knights_knaves",
      source_index: 0,
      statements: [
        ["telling-truth", 2],
        ["or", ["lying", 2], ["telling-truth", 0]],
        ["telling-truth", 0],
      ],
      solution: [true, true, true],
      names: ["Zoey", "Riley", "Noah"],
      knight_knave_terms: {
        knight: "saint",
        knave: "sinner",
        a_knight: "a saint",
        a_knave: "a sinner",
        Knight: "Saint",
        Knave: "Sinner",
      },
    },
  };

  it("accepts the assignment in any order and wording, with RG's partial credit", async () => {
    expect(
      (
        await knightsKnaves.verify(
          "<answer>Noah is a saint, Zoey is a saint, and Riley is a saint</answer>",
          rgEntry,
        )
      ).reward,
    ).toBe(1);
    expect(knightsKnaves.scoreAnswer("(Riley saint) (Zoey saint) (Noah saint)", rgEntry)).toBe(1);
    expect(
      knightsKnaves.scoreAnswer(
        "Zoey is a saint, Riley is a sinner, and Noah is a saint.",
        rgEntry,
      ),
    ).toBeCloseTo(0.3 + (0.7 * 2) / 3);
    expect(
      knightsKnaves.scoreAnswer(
        "Zoey is a sinner, Riley is a sinner, and Noah is a saint.",
        rgEntry,
      ),
    ).toBeCloseTo(0.3 + 0.7 / 3);
    expect(
      knightsKnaves.scoreAnswer(
        "Zoey is a sinner, Riley is a sinner, and Noah is a sinner.",
        rgEntry,
      ),
    ).toBe(0);
    expect(knightsKnaves.scoreAnswer("Zoey is a saint, Riley is a saint.", rgEntry)).toBe(0); // a person missing
    expect(knightsKnaves.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("refuses a config with no uniquely solvable puzzle instead of looping", () => {
    expect(() => knightsKnaves.dataset({ n_people: 1, depth_constraint: 1 }, 1)).toThrow(
      /unique solution/,
    );
  });

  it("keeps only puzzles with one solution, and that solution is the answer", () => {
    const entries = knightsKnaves.dataset(
      { seed: 6, n_people: 4, depth_constraint: 3, width_constraint: 3 },
      40,
    );
    for (const entry of entries) {
      const found = solutions(entry.metadata.statements as Statement[]);
      expect(found).toEqual([entry.metadata.solution]);
      expect(entry.question).toContain("You meet 4 inhabitants: ");
    }
    // "1 is a knight" / "0 is a knave": no consistent assignment.
    expect(
      solutions([
        ["telling-truth", 1],
        ["lying", 0],
      ]),
    ).toEqual([]);
    // "1 is a knave" / "I am a knight": two.
    expect(
      solutions([
        ["lying", 1],
        ["telling-truth", 1],
      ]),
    ).toHaveLength(2);
    // "1 is a knave" / a contradiction: only 0 knight, 1 knave.
    const contradiction: Statement = ["and", ["telling-truth", 0], ["lying", 0]];
    expect(solutions([["lying", 1], contradiction])).toEqual([[true, false]]);
  });
});
