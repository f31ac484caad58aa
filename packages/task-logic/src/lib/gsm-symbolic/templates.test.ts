import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { GSM_TEMPLATES, GSM_TEMPLATES_OK } from "./index.js";
import { Fraction, formatNumber, type PyRandom, pyRandom } from "./python.js";
import replays from "./rg-replays.json" with { type: "json" };

/** A PyRandom that returns what RG's run drew: indices for choice/sample, values otherwise. */
function tapeRandom(tape: readonly unknown[]): PyRandom {
  let next = 0;
  const take = () => {
    if (next >= tape.length) throw new Error("tape ran out: the template drew more than RG did");
    return tape[next++];
  };
  return {
    choice: (items) => items[take() as number] as (typeof items)[number],
    randint: () => take() as number,
    randrange: () => take() as number,
    uniform: () => take() as number,
    sample: (items, k) => {
      const picks = take() as number[];
      expect(picks).toHaveLength(k);
      const pool = items.slice();
      return picks.map((i) => pool[i] as (typeof items)[number]);
    },
  };
}

describe("GSM-Symbolic templates", () => {
  it("replay RG's runs word for word when given the same draws", () => {
    expect(replays.length).toBeGreaterThan(0);
    for (const replay of replays) {
      const template = GSM_TEMPLATES[replay.template];
      const solution = template?.(tapeRandom(replay.tape), 1);
      expect(solution?.question, `template ${replay.template}`).toBe(replay.question);
      expect(solution?.answer).toBe(replay.answer);
      expect(solution?.answer_cot).toBe(replay.answer_cot);
    }
  });

  it("all 100 are ported, and RG's 85 usable ones always give a printable answer", () => {
    expect(GSM_TEMPLATES).toHaveLength(100);
    expect(GSM_TEMPLATES_OK).toHaveLength(85);
    for (const number of GSM_TEMPLATES_OK) {
      for (let i = 0; i < 40; i++) {
        const solution = GSM_TEMPLATES[number]?.(pyRandom(new Rng("gsm", number, i)), 1);
        if (!solution) throw new Error(`template ${number} missing`);
        const value = solution.answer_value;
        expect(solution.answer).toBe(
          value instanceof Fraction ? String(value) : formatNumber(value),
        );
        expect(solution.question).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});
