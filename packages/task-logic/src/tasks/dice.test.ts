import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countRollsAtLeast, dice } from "./dice.js";

describe("logic/dice", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) =>
      answer.replace(/\/(\d+)$/, (_, d: string) => `/${Number(d) + 1}`);
    expect(await checkTaskProperties(dice, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "I have these dice: 1d20, 1d10, 1d5, 1d2. What are the odds of rolling 18 or higher? (Assume that all dice are rolled at once, and that '1d6' represents one roll of a 6-sided dice.) Please respond with a reduced fraction representing the probability [ex., 1/60].",
    answer: "13/20",
    metadata: {
      source_dataset: "dice",
      source_index: 0,
      puzzle: { dice_str: "1d20, 1d10, 1d5, 1d2", target: 18, num: 13, den: 20, probability: 0.65 },
      difficulty: { num_dice: 4, max_dice_size: 20 },
    },
  };

  it("scores as RG: the fraction after lower-casing and dropping newlines", async () => {
    expect((await dice.verify("<answer>13/20</answer>", rgEntry)).reward).toBe(1);
    expect(dice.scoreAnswer("13/\n20", rgEntry)).toBe(1);
    expect(dice.scoreAnswer("26/40", rgEntry)).toBe(0); // not reduced
    expect(dice.scoreAnswer("13 / 20", rgEntry)).toBe(0);
    expect(dice.scoreAnswer("0.65", rgEntry)).toBe(0);
  });

  it("counts RG's example exactly", () => {
    const [ways, total] = countRollsAtLeast([20, 10, 5, 2], 18);
    expect(total).toBe(2000n);
    expect(ways * 20n).toBe(13n * total);
  });

  it("agrees with brute-force enumeration on small dice", () => {
    for (const [sides, target] of [
      [[6, 6], 7],
      [[4, 3, 2], 5],
      [[2], 3],
    ] as const) {
      let hits = 0;
      let all = 0;
      const walk = (k: number, sum: number) => {
        if (k === sides.length) {
          all++;
          if (sum >= target) hits++;
          return;
        }
        for (let f = 1; f <= (sides[k] as number); f++) walk(k + 1, sum + f);
      };
      walk(0, 0);
      expect(countRollsAtLeast(sides, target)).toEqual([BigInt(hits), BigInt(all)]);
    }
  });

  it("keeps exact counts past 2^53 (metadata falls back to decimal strings)", () => {
    const [e] = dice.dataset({ seed: 1, num_dice: 14, max_dice_size: 35 }, 1);
    const puzzle = e?.metadata.puzzle as { num: unknown; den: unknown };
    expect(`${puzzle.num}/${puzzle.den}`).toBe(e?.answer);
  });
});
