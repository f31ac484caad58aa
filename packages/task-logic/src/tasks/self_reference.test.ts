import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countSolutions, selfReference } from "./self_reference.js";

describe("logic/self_reference", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(selfReference, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Given the truthfulness of these statements, please tell me the number of possible solutions: \n - Statement 1: 'At least 1 of these 7 statements are true.'\n - Statement 2: 'At most 3 of these 7 statements are false.'\n - Statement 3: 'Exactly 4 of these 7 statements are true.'\n - Statement 4: 'Exactly 3 of these 7 statements are false.'\n - Statement 5: 'Either Statement 3 or Statement 4 is true, but not both.'\n - Statement 6: 'The number of true statements is a prime number.'\n - Statement 7: 'The number of false statements is a composite number.'\n",
    answer: "4",
    metadata: { source_dataset: "self_reference", source_index: 0, difficulty: { difficulty: 5 } },
  };

  it("scores an entry as Reasoning Gym emits it: the exact string only", async () => {
    expect((await selfReference.verify("<answer>4</answer>", rgEntry)).reward).toBe(1);
    expect(selfReference.scoreAnswer(" 4", rgEntry)).toBe(0);
    expect(selfReference.scoreAnswer("4 solutions", rgEntry)).toBe(0);
    expect(selfReference.scoreAnswer("04", rgEntry)).toBe(0);
    expect(selfReference.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("counts RG's puzzle the way its brute force does", () => {
    // the parameters of rgEntry: a = 1, b = 3, c = 4, d = 3
    expect(countSolutions({ a: 1, b: 3, c: 4, d: 3 })).toBe(4);
  });

  it("questions carry their own answer: recounting the printed parameters agrees", () => {
    for (const e of selfReference.dataset({ seed: 2 }, 200)) {
      const [a, b, c, d] = [...e.question.matchAll(/(?:least|most|Exactly) (\d+)/g)].map((m) =>
        Number(m[1]),
      );
      expect(
        String(countSolutions({ a: a as number, b: b as number, c: c as number, d: d as number })),
      ).toBe(e.answer);
    }
  });
});
