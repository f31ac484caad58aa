import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { numberFormat } from "./number_format.js";

describe("logic/number_format", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => String(Number(answer) + 1);
    expect(await checkTaskProperties(numberFormat, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "Your task is to pick the largest/smallest number out of several options.\n\nYour output should be only the number of interest.\n\nNow, pick the largest number of the following candidates: 25011730.212000 25011725.713000\n",
    answer: "25011730.212",
    metadata: {
      source_dataset: "number_format",
      source_index: 0,
      candidates: [25011730.212, 25011725.713],
      solution: 25011730.212,
      formatted_candidates: ["25011730.212000", "25011725.713000"],
      size: "largest",
      num_candidates: 2,
      difficulty: { num_candidates: [2, 5], n: [1000, 1000000000], min_delta: 10.0 },
    },
  };

  it("accepts any float within 0.01 of the solution, commas removed", async () => {
    expect((await numberFormat.verify("<answer>25011730.212</answer>", rgEntry)).reward).toBe(1);
    for (const ok of [
      "25,011,730.212",
      "2.5011730212e7",
      "25011730.22",
      " 25011730.21 ",
      "2501_1730.212",
    ])
      expect(numberFormat.scoreAnswer(ok, rgEntry)).toBe(1);
    for (const bad of [
      "25011725.713",
      "25011730.23",
      "25011730.2",
      "25.011.730,212",
      "about 25011730.212",
      "",
      "nan",
    ])
      expect(numberFormat.scoreAnswer(bad, rgEntry)).toBe(0);
  });

  it("prints candidates in Python's {:f}, {:,} and {:.15e} forms and picks the extreme", () => {
    const formats = new Set<string>();
    for (const e of numberFormat.dataset({ seed: 6 }, 200)) {
      const candidates = e.metadata.candidates as number[];
      const printed = e.metadata.formatted_candidates as string[];
      for (const [k, text] of printed.entries()) {
        if (/^\d+\.\d{6}$/.test(text)) formats.add("f");
        else if (text.includes(",")) formats.add(",");
        else if (/e\+0\d$/.test(text)) formats.add("e");
        expect(Math.abs(Number(text.replaceAll(",", "")) - (candidates[k] as number))).toBeLessThan(
          1e-6,
        );
      }
      const best =
        e.metadata.size === "largest" ? Math.max(...candidates) : Math.min(...candidates);
      expect(e.metadata.solution).toBe(best);
    }
    expect(formats).toEqual(new Set(["f", ",", "e"]));
  });
});
