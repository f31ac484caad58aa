import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { mahjongPuzzle } from "./mahjong_puzzle.js";

describe("logic/mahjong_puzzle", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(mahjongPuzzle, {
      perturb: (answer) => (answer === "Chi" ? "Pass" : "Chi"),
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, 3 to 4 rounds).
  const rgEntry = {
    question:
      'There are several letter cards, and the game rules are as follows:\n1. Initially, there are 13 cards.\n2. Each time, a new card is added, and a result is determined. Then, one card is removed.\n3. When there are two identical cards in hand, and the newly added card is the same as these two cards, the result is determined as "Peng".\n4. If there are two cards in hand such that the new card can form a consecutive letter sequence with these two cards, the result is determined as "Chi". For example: ABC, BCD, CDE, etc.\n5. If the new card does not meet the conditions of 3 and 4, the result is determined as "Pass".\n6. "Peng" takes precedence over "Chi".\n7. The card that is removed does not affect the result determination of the current round.\n\nYour output should be one of the following: "Peng", "Chi", or "Pass" (without quotes).\n\nNow, given the initial cards PTGUZEJFEBVJS, what is the result at the end of performing the following rounds of operations:\nRound 1: Add a J card and remove a Z card.\nRound 2: Add an E card and remove an E card.\nRound 3: Add an E card and remove a S card.\n',
    answer: "Peng",
    metadata: {
      source_dataset: "mahjong_puzzle",
      source_index: 1,
      rounds: [
        {
          add: "J",
          remove: "Z",
          cards: "PTGUEJFEBVJSJ",
          result: "Peng",
        },
        {
          add: "E",
          remove: "E",
          cards: "PTGUJFEBVJSJE",
          result: "Peng",
        },
        {
          add: "E",
          remove: "S",
          cards: "PTGUJFEBVJJEE",
          result: "Peng",
        },
      ],
      solution: "Peng",
      difficulty: {
        num_rounds: [3, 4],
      },
    },
  };

  it("scores with RG's default rule (exact, else the contained fraction)", () => {
    const oracle = rgEntry.answer;
    expect(mahjongPuzzle.scoreAnswer(oracle, rgEntry)).toBe(1);
    expect(mahjongPuzzle.scoreAnswer(`The result is ${oracle}`, rgEntry)).toBeCloseTo(
      oracle.length / `The result is ${oracle}`.length,
    );
    expect(mahjongPuzzle.scoreAnswer(oracle.toLowerCase(), rgEntry)).toBe(0);
    expect(mahjongPuzzle.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("labels every round by the printed rules, on the hand before the removal", () => {
    for (const entry of mahjongPuzzle.dataset({ seed: 3 }, 200)) {
      let cards = /initial cards ([A-Z]{13}),/.exec(entry.question)?.[1] ?? "";
      const rounds = entry.metadata.rounds as { add: string; remove: string; result: string }[];
      for (const r of rounds) {
        const count = [...cards].filter((c) => c === r.add).length;
        const has = (d: number) => cards.includes(String.fromCharCode(r.add.charCodeAt(0) + d));
        const chi = (has(-2) && has(-1)) || (has(-1) && has(1)) || (has(1) && has(2));
        expect(r.result).toBe(count >= 2 ? "Peng" : chi ? "Chi" : "Pass");
        expect(cards).toContain(r.remove);
        cards = cards.replace(r.remove, "") + r.add;
      }
      expect(entry.answer).toBe(rounds.at(-1)?.result);
    }
  });

  it("counts a Chi that RG's sorted-window test misses (a duplicate inside the run)", () => {
    // Hand with A, B, B: adding C makes ABC, though the sorted cards read A B B C.
    const found = mahjongPuzzle
      .dataset({ seed: 11, min_num_rounds: 1, max_num_rounds: 1 }, 3000)
      .find((e) => {
        const cards = /initial cards ([A-Z]{13}),/.exec(e.question)?.[1] ?? "";
        const add = (e.metadata.rounds as { add: string }[])[0]?.add ?? "";
        const prev = String.fromCharCode(add.charCodeAt(0) - 1);
        return (
          [...cards].filter((c) => c === prev).length === 2 &&
          cards.includes(String.fromCharCode(add.charCodeAt(0) - 2)) &&
          !cards.includes(add)
        );
      });
    expect(found?.answer).toBe("Chi");
  });
});
