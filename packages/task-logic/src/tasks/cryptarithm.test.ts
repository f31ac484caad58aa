import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { cryptarithm, solvesCryptarithm } from "./cryptarithm.js";

const rgEntry = {
  question:
    'Solve this cryptarithm:\n\n   MSLM\n+  TPMY\n-------\n  AAMCZ\n\nEach letter stands for a unique digit (0-9). No leading letter can be zero.\nProvide a comma separated mapping from letters to digits that satisfies the equation in your final answer. Output format: "A=1,B=2,C=3" (without quotes)\n',
  answer: "A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2",
  metadata: {
    source_dataset: "cryptarithm",
    source_index: 0,
    allow_leading_zero: false,
    letters: ["Z", "A", "M", "Y", "S", "C", "P", "T", "L"],
    word_values: [3863, 7439],
    sum_number: 11302,
    words_letters: ["MSLM", "TPMY"],
    result_letters: "AAMCZ",
    digit_to_letter: {
      "2": "Z",
      "1": "A",
      "3": "M",
      "9": "Y",
      "8": "S",
      "0": "C",
      "4": "P",
      "7": "T",
      "6": "L",
    },
    letter_to_digit: { Z: 2, A: 1, M: 3, Y: 9, S: 8, C: 0, P: 4, T: 7, L: 6 },
    difficulty: { words: [2, 3] },
  },
};

describe("logic/cryptarithm", () => {
  it("holds the task properties over 500 entries", async () => {
    // Dropping a letter's pair leaves it unmapped, which never solves the puzzle.
    const perturb = (answer: string) => answer.split(",").slice(0, -1).join(",");
    expect(await checkTaskProperties(cryptarithm, { perturb })).toEqual([]);
  });

  it("spells a true sum with one letter per digit", () => {
    for (const config of [{}, { allow_leading_zero: true }, { min_words: 4, max_words: 6 }]) {
      for (const entry of cryptarithm.dataset({ ...config, seed: 9 }, 50)) {
        const m = entry.metadata as {
          word_values: number[];
          sum_number: number;
          words_letters: string[];
        };
        expect(m.word_values.reduce((a, b) => a + b, 0)).toBe(m.sum_number);
        expect(m.words_letters).toHaveLength(m.word_values.length);
        expect(cryptarithm.scoreAnswer(entry.answer, entry)).toBe(1);
      }
    }
  });

  it("scores an RG entry exactly as RG does", async () => {
    const score = (answer: string) => cryptarithm.scoreAnswer(answer, rgEntry);
    expect(await cryptarithm.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry)).toMatchObject({
      reward: 1,
    });
    // The probes below and their scores come from RG's score_answer on this entry.
    expect(score("Z=2, A=1, M=3, Y=9, S=8, C=0, P=4, T=7, L=6")).toBe(1);
    expect(score("A = 1 , C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(1);
    expect(score("A=+1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(1);
    expect(score("A=１,C=٠,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(1); // int() reads Unicode digits
    expect(score("A=0_1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(1);
    expect(score("A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2,Z=2")).toBe(1);
    expect(score("A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2,")).toBe(0);
    expect(score("A=1;C=0;L=6")).toBe(0);
    expect(score("A=1.0,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(0);
    expect(score("A=1=1,C=0")).toBe(0);
    expect(score("")).toBe(0);
    expect(score("A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9")).toBe(0.01);
    expect(score("A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2,B=5")).toBe(0.01);
    expect(score("A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=2,Z=9")).toBe(0.01);
    expect(score("A=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=1")).toBe(0.01);
    expect(score("a=1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(0.01);
    expect(score("A=-1,C=0,L=6,M=3,P=4,S=8,T=7,Y=9,Z=2")).toBe(0.01);
  });

  it("accepts any mapping that solves the puzzle, and enforces leading zeros", () => {
    const mapping = (digits: Record<string, number>) =>
      new Map(Object.entries(digits).map(([l, d]) => [l, BigInt(d)]));
    // 10 + 10 = 20 and 20 + 20 = 40 both solve AB + AB = CB.
    expect(solvesCryptarithm(mapping({ A: 1, B: 0, C: 2 }), ["AB", "AB"], "CB", false)).toBe(true);
    expect(solvesCryptarithm(mapping({ A: 2, B: 0, C: 4 }), ["AB", "AB"], "CB", false)).toBe(true);
    expect(solvesCryptarithm(mapping({ A: 1, B: 5, C: 3 }), ["AB", "AB"], "CB", false)).toBe(false);
    // 05 + 07 = 12: only when leading zeros are allowed.
    const leadingZero = mapping({ A: 0, B: 5, C: 7, D: 1, E: 2 });
    expect(solvesCryptarithm(leadingZero, ["AB", "AC"], "DE", false)).toBe(false);
    expect(solvesCryptarithm(leadingZero, ["AB", "AC"], "DE", true)).toBe(true);
    // Two letters on one digit never count.
    expect(solvesCryptarithm(mapping({ A: 0, B: 0, C: 0 }), ["AB", "AB"], "CB", true)).toBe(false);
  });

  it("never throws on hostile answers", () => {
    for (const answer of [
      "=".repeat(100_000),
      `A=${"9".repeat(5000)}`,
      "A=\u0000",
      ",".repeat(50_000),
    ])
      expect(cryptarithm.scoreAnswer(answer, rgEntry)).toBe(0);
  });
});
