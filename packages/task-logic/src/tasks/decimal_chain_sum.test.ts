import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { decimalChainSum } from "./decimal_chain_sum.js";

describe("logic/decimal_chain_sum", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer}1`;
    expect(await checkTaskProperties(decimalChainSum, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question: "State the final answer to the following arithmetic problem: 4.23 + 3.96 =",
    answer: "8.19",
    metadata: {
      source_dataset: "decimal_chain_sum",
      source_index: 0,
      num_terms: 2,
      num_digits: 1,
      expression: "4.23 + 3.96",
      difficulty: { num_terms: [2, 6], num_digits: [1, 4], decimal_places: [1, 4] },
    },
  };

  it("compares as Python's Decimal ==", async () => {
    expect((await decimalChainSum.verify("<answer>8.19</answer>", rgEntry)).reward).toBe(1);
    for (const ok of ["8.190", "+8.19", "08.19", "819e-2", " 8.19\n"])
      expect(decimalChainSum.scoreAnswer(ok, rgEntry)).toBe(1);
    for (const bad of ["8.2", "8,19", "8.19.", "eight", "", "8.19 (exact)"])
      expect(decimalChainSum.scoreAnswer(bad, rgEntry)).toBe(0);
  });

  it("sums the printed expression exactly, with the widest term's decimals", () => {
    for (const e of decimalChainSum.dataset(
      { seed: 2, allow_negation: true, max_digits: 12, max_decimal_places: 8 },
      200,
    )) {
      const expression = e.metadata.expression as string;
      const tokens = expression.split(" ");
      const places = Math.max(
        ...tokens.filter((_, k) => k % 2 === 0).map((t) => (t.split(".")[1] ?? "").length),
      );
      const scale = 10n ** BigInt(places);
      const scaled = (t: string) => {
        const [whole = "", frac = ""] = t.replace("-", "").split(".");
        const v = BigInt(whole) * scale + BigInt(frac.padEnd(places, "0") || "0");
        return t.startsWith("-") ? -v : v;
      };
      let total = scaled(tokens[0] as string);
      for (let k = 1; k < tokens.length; k += 2)
        total += (tokens[k] === "+" ? 1n : -1n) * scaled(tokens[k + 1] as string);
      expect(decimalChainSum.scoreAnswer(`${total}e-${places}`, e)).toBe(1);
    }
  });

  it("prints tiny sums the way str(Decimal) does", () => {
    const entry = { ...rgEntry, answer: "1E-8" };
    expect(decimalChainSum.scoreAnswer("0.00000001", entry)).toBe(1);
  });
});
