import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { needleHaystack } from "./needle_haystack.js";

describe("logic/needle_haystack", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(needleHaystack, {
      perturb: (answer) => `${answer}x`,
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, 4 to 5 statements).
  const rgEntry = {
    question:
      "Josef blasts butterflies. Cailaen disapproves of embroidery. Maddison idolizes bats. Qirui despises visiting art galleries. \nWho disapproves of embroidery? Reply only with a name.",
    answer: "Cailaen",
    metadata: {
      source_dataset: "needle_haystack",
      source_index: 1,
      question: "Who disapproves of embroidery? Reply only with a name.",
      num_statements: 4,
      difficulty: {
        num_statements: [4, 5],
      },
    },
  };

  it("scores an RG entry as RG does (spaces removed, case ignored, no partial credit)", () => {
    const name = rgEntry.answer;
    expect(needleHaystack.scoreAnswer(name, rgEntry)).toBe(1);
    expect(needleHaystack.scoreAnswer(` ${name.toUpperCase()} `, rgEntry)).toBe(1);
    expect(needleHaystack.scoreAnswer(name.split("").join(" "), rgEntry)).toBe(1);
    expect(needleHaystack.scoreAnswer(`${name}.`, rgEntry)).toBe(0);
    expect(needleHaystack.scoreAnswer(`It was ${name}`, rgEntry)).toBe(0);
    expect(needleHaystack.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("asks about a statement whose verb and subject no other statement has", () => {
    for (const entry of needleHaystack.dataset(
      { seed: 2, min_num_statements: 500, max_num_statements: 1000 },
      20,
    )) {
      const [haystack, question] = entry.question.split("\n") as [string, string];
      const ask = /^Who (.*)\? Reply only with a name\.$/.exec(question)?.[1] ?? "";
      const statements = haystack.split(". ").filter((s) => s.length > 0);
      expect(statements).toHaveLength(entry.metadata.num_statements as number);
      expect(new Set(statements).size).toBe(statements.length);
      const matching = statements.filter(
        (s) => s.endsWith(` ${ask}`) && s.split(" ")[0] && s === `${s.split(" ")[0]} ${ask}`,
      );
      expect(matching).toEqual([`${entry.answer} ${ask}`]);
    }
  });
});
