import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { familyRelationships } from "./family_relationships.js";

describe("logic/family_relationships", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(familyRelationships, {
      perturb: (answer) => (answer === "father" ? "mother" : "father"),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "John is married to Mary. They have a child called Peter. Peter is married to Emma. They have children called Kai and Lily.\n\nWhat is John to Lily? Respond only with the word that describes their relationship.",
    answer: "grandfather",
    metadata: {
      source_dataset: "family_relationships",
      source_index: 0,
      person1: "John",
      person2: "Lily",
      relationship: "grandfather",
      family_size: 6,
      difficulty: { family_size: [4, 8] },
    },
  };

  it("scores as RG: exact after trimming and lower-casing", async () => {
    expect(
      (await familyRelationships.verify("<answer> Grandfather </answer>", rgEntry)).reward,
    ).toBe(1);
    expect(familyRelationships.scoreAnswer("grandfather.", rgEntry)).toBe(0);
    expect(familyRelationships.scoreAnswer("grandmother", rgEntry)).toBe(0);
    expect(familyRelationships.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("labels relationships that follow from the story", () => {
    const entries = familyRelationships.dataset(
      { seed: 3, min_family_size: 4, max_family_size: 12 },
      300,
    );
    const labels = new Set<string>();
    for (const entry of entries) {
      const { person1, person2, relationship } = entry.metadata as Record<string, string>;
      labels.add(relationship as string);
      expect(entry.question).toMatch(
        new RegExp(`(What is|How is|What relation is) ${person1} (to|related to) ${person2}\\?`),
      );
      const story = entry.question.split("\n\n")[0] as string;
      if (relationship === "wife" || relationship === "husband") {
        const married =
          story.includes(`${person1} is married to ${person2}.`) ||
          story.includes(`${person2} is married to ${person1}.`);
        expect(married).toBe(true);
      }
    }
    for (const label of [
      "father",
      "mother",
      "son",
      "daughter",
      "wife",
      "husband",
      "brother",
      "sister",
      "grandfather",
      "uncle",
      "aunt",
      "niece",
      "nephew",
    ])
      expect(labels.has(label), label).toBe(true);
  });

  /** Rebuilds spouses and parents from the story sentences. */
  function readStory(story: string) {
    const spouse = new Map<string, string>();
    const parents = new Map<string, string[]>();
    let couple: [string, string] | null = null;
    for (const sentence of story.split(/(?<=\.) /)) {
      const married = /^(\w+) is married to (\w+)\.$/.exec(sentence);
      if (married) {
        couple = [married[1] as string, married[2] as string];
        spouse.set(couple[0], couple[1]);
        spouse.set(couple[1], couple[0]);
        continue;
      }
      const kids = /^They have (?:a child|children) called (.+)\.$/.exec(sentence);
      if (kids && couple)
        for (const kid of (kids[1] as string).split(/, | and /)) parents.set(kid, [...couple]);
    }
    return { spouse, parents };
  }

  it("asks in-law and niece/nephew questions the right way round (fixes of RG)", () => {
    const entries = familyRelationships.dataset(
      { seed: 5, min_family_size: 7, max_family_size: 12 },
      400,
    );
    let inLaws = 0;
    let nieces = 0;
    for (const entry of entries) {
      const { person1, person2, relationship } = entry.metadata as Record<string, string>;
      const { spouse, parents } = readStory(entry.question.split("\n\n")[0] as string);
      const a = person1 as string;
      const b = person2 as string;
      if (relationship?.endsWith("-in-law")) {
        inLaws++;
        // person1 is a parent of person2's spouse
        expect(parents.get(spouse.get(b) as string)).toContain(a);
      }
      if (relationship === "niece" || relationship === "nephew") {
        nieces++;
        // person2 is a child of person1's grandparents; the word follows person1's gender
        const grand = (parents.get(a) ?? []).flatMap((p) => parents.get(p) ?? []);
        expect((parents.get(b) ?? []).some((p) => grand.includes(p))).toBe(true);
        const female = familyRelationships.configSchema.parse({}).female_names.includes(a);
        expect(relationship).toBe(female ? "niece" : "nephew");
      }
    }
    expect(inLaws).toBeGreaterThan(0);
    expect(nieces).toBeGreaterThan(0);
  });
});
