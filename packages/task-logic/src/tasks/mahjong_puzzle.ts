import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/games/mahjong.py (after CodeSteer's create_dataset_mahjong.py)
// 13 letter cards (at most two of each letter), then rounds that add a card, decide
// Peng / Chi / Pass, and remove a card; the answer is the last round's result. Scoring: RG's
// default (exact, or the contained fraction).
// Fix of RG: RG's generator first picks the result it wants, then a card that makes it, and
// labels a round "Pass" after adding a random card even when that card makes a Peng or a Chi
// (and "Chi" when a Peng takes precedence): 16% of its answers contradict the rules printed in
// the question. Here each round's result (in `rounds` and the answer) is decided by those
// rules, on the hand before the round's card is removed (rule 7).

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
const HAND = 13;

type Result = "Peng" | "Chi" | "Pass";

const QUESTION = (cards: string, operations: string) =>
  `There are several letter cards, and the game rules are as follows:
1. Initially, there are 13 cards.
2. Each time, a new card is added, and a result is determined. Then, one card is removed.
3. When there are two identical cards in hand, and the newly added card is the same as these two cards, the result is determined as "Peng".
4. If there are two cards in hand such that the new card can form a consecutive letter sequence with these two cards, the result is determined as "Chi". For example: ABC, BCD, CDE, etc.
5. If the new card does not meet the conditions of 3 and 4, the result is determined as "Pass".
6. "Peng" takes precedence over "Chi".
7. The card that is removed does not affect the result determination of the current round.

Your output should be one of the following: "Peng", "Chi", or "Pass" (without quotes).

Now, given the initial cards ${cards}, what is the result at the end of performing the following rounds of operations:
${operations}
`;

const countOf = (cards: string, card: string) => cards.split(card).length - 1;

const isPeng = (cards: string, card: string) => countOf(cards, card) >= 2;

/** Two cards in hand that make a run of three consecutive letters with `card`. */
function isChi(cards: string, card: string): boolean {
  const has = (offset: number) => cards.includes(String.fromCharCode(card.charCodeAt(0) + offset));
  return (has(-2) && has(-1)) || (has(-1) && has(1)) || (has(1) && has(2));
}

function result(cards: string, card: string): Result {
  if (isPeng(cards, card)) return "Peng";
  return isChi(cards, card) ? "Chi" : "Pass";
}

const article = (card: string) => ("AEIOU".includes(card) ? "an" : "a");

export const mahjongPuzzle = defineLogicTask({
  name: "mahjong_puzzle",
  category: "games",
  curriculum: {
    num_rounds: range("min_num_rounds", "max_num_rounds", [10, 50, 100, 500]),
  },
  description: "Follow a letter-card game round by round and give the last round's result.",
  config: z.object({
    min_num_rounds: z.number().int().positive().default(10),
    max_num_rounds: z.number().int().positive().default(50),
  }),
  generate(rng, config) {
    let cards = rng.sample([...LETTERS, ...LETTERS], HAND).join("");
    const initial = cards;
    const numRounds = rng.int(config.min_num_rounds, config.max_num_rounds);
    const rounds: { add: string; remove: string; cards: string; result: Result }[] = [];
    let last: Result = "Pass";
    for (let r = 0; r < numRounds; r++) {
      // As RG: aim for an interesting round, else add any card.
      const aim = rng.pick(["Peng", "Chi", "Pass"] as const);
      const makesPeng = LETTERS.filter((c) => isPeng(cards, c));
      const makesChi = LETTERS.filter((c) => isChi(cards, c));
      let card: string;
      if (aim === "Peng" && makesPeng.length > 0) card = rng.pick(makesPeng);
      else if (aim === "Chi" && makesChi.length > 0) card = rng.pick(makesChi);
      else card = rng.pick(LETTERS);
      last = result(cards, card);
      const removed = cards[rng.int(0, cards.length - 1)] as string;
      cards = cards.replace(removed, "") + card;
      rounds.push({ add: card, remove: removed, cards, result: last });
    }
    const operations = rounds
      .map(
        (r, i) =>
          `Round ${i + 1}: Add ${article(r.add)} ${r.add} card and remove ${article(r.remove)} ${r.remove} card.`,
      )
      .join("\n");
    return {
      question: QUESTION(initial, operations),
      answer: last,
      metadata: {
        rounds,
        solution: last,
        difficulty: { num_rounds: [config.min_num_rounds, config.max_num_rounds] },
      },
    };
  },
  score: scoreExactOrContained,
});
