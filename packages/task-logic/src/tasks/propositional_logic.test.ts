import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { propositionalLogic } from "./propositional_logic.js";

describe("logic/propositional_logic", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(propositionalLogic, {
      perturb: (answer) => `¬(${answer})`,
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "The following question is a propositional logic reasoning question. ...\nGiven:\n1. (P → Q)\n.2. P\n.What can we conclude from the above statements?",
    answer: null,
    metadata: {
      source_dataset: "propositional_logic",
      source_index: 0,
      premises: ["(P → Q)", "P"],
      variables: ["P", "Q"],
      complexity: 3,
      example_answer: "(P ∧ Q)",
    },
  };

  it("accepts any entailed conclusion, with RG's partial credit", async () => {
    expect((await propositionalLogic.verify("<answer>(P ∧ Q)</answer>", rgEntry)).reward).toBe(1);
    expect(propositionalLogic.scoreAnswer("Q ∧ P", rgEntry)).toBe(1);
    expect(propositionalLogic.scoreAnswer("¬¬Q ∨ ¬P", rgEntry)).toBe(1);
    expect(propositionalLogic.scoreAnswer("(P ↔ Q)", rgEntry)).toBe(1);
    expect(propositionalLogic.scoreAnswer("Q", rgEntry)).toBe(0.25); // a lone variable is "trivial"
    expect(propositionalLogic.scoreAnswer("(P ∨ ¬P)", rgEntry)).toBe(0.25); // tautology
    expect(propositionalLogic.scoreAnswer("¬Q", rgEntry)).toBe(0.05);
    expect(propositionalLogic.scoreAnswer("(P ∧ R)", rgEntry)).toBe(0); // R is not a variable
    expect(propositionalLogic.scoreAnswer("(P ∧ )", rgEntry)).toBe(0);
    expect(propositionalLogic.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("stays bounded on hostile answers", () => {
    const many = Array.from({ length: 40 }, (_, i) => `v${i}`).join(" ∨ ");
    expect(propositionalLogic.scoreAnswer(many, rgEntry)).toBe(0);
    expect(propositionalLogic.scoreAnswer(`${"(".repeat(600)}P${")".repeat(600)}`, rgEntry)).toBe(
      0,
    );
    // Q under 400 negations: entailed, and only a bare variable counts as trivial in RG.
    expect(propositionalLogic.scoreAnswer(`${"¬".repeat(400)}Q`, rgEntry)).toBe(1);
  });

  it("prints premises as RG does", () => {
    for (const entry of propositionalLogic.dataset({ seed: 3, min_complexity: 2 }, 30)) {
      const premises = entry.metadata.premises as string[];
      premises.forEach((p, i) => {
        expect(entry.question).toContain(`${i + 1}. ${p}\n.`);
      });
      expect(propositionalLogic.scoreAnswer(entry.metadata.example_answer as string, entry)).toBe(
        1,
      );
    }
  });
});
