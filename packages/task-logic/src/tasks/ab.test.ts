import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { ab, computeAB } from "./ab.js";

// Entry 0 of RG's ab dataset (seed 100), as RG emits it.
const rgEntry = {
  question:
    "A::B is a system with 4 tokens: `A#`, `#A`, `B#` and `#B`.\n\nAn A::B program is a sequence of tokens. Example:\n\n    B# A# #B #A B#\n\nTo *compute* a program, we must rewrite neighbor tokens, using the rules:\n\n    A# #A ... becomes ... nothing\n    A# #B ... becomes ... #B A#\n    B# #A ... becomes ... #A B#\n    B# #B ... becomes ... nothing\n\nIn other words, whenever two neighbor tokens have their '#' facing each-other,\nthey must be rewritten according to the corresponding rule.\n\nNow, consider the following program:\n\nB# #B #B B# #B #A #B A# A# A#\n\nReturn the final state of the program.\n",
  answer: "#B #A #B A# A# A#",
  metadata: { source_dataset: "ab", source_index: 0, difficulty: { length: 10 } },
};

describe("logic/ab", () => {
  it("holds the task properties over 500 entries", async () => {
    // Odd lengths never cancel out completely, so no entry has the empty answer here.
    const perturb = (answer: string) => `${answer} #A`.trim();
    expect(await checkTaskProperties(ab, { perturb, config: { length: 11 } })).toEqual([]);
  });

  it("rewrites the leftmost facing pair until none is left", () => {
    expect(computeAB(["B#", "#B", "#B", "B#", "#B", "#A", "#B", "A#", "A#", "A#"])).toEqual([
      "#B",
      "#A",
      "#B",
      "A#",
      "A#",
      "A#",
    ]);
    expect(computeAB(["A#", "#A"])).toEqual([]);
    expect(computeAB(["A#", "#B", "#A"])).toEqual(["#B"]);
    // k A#s before m #Bs need k·m swaps; RG stops at 100 rewrites, so 99 halt and 100 do not.
    const swaps = (k: number, m: number) => [...Array(k).fill("A#"), ...Array(m).fill("#B")];
    expect(computeAB(swaps(9, 11))).toEqual([...Array(11).fill("#B"), ...Array(9).fill("A#")]);
    expect(computeAB(swaps(10, 10))).toBeNull();
    expect(computeAB(swaps(50, 50))).toBeNull();
    for (const entry of ab.dataset({ seed: 3 }, 100)) {
      const program = entry.question.split("program:\n\n")[1]?.split("\n")[0]?.split(" ");
      expect(computeAB(program as never)?.join(" ")).toBe(entry.answer);
    }
  });

  it("scores an RG entry exactly as RG does", async () => {
    expect(await ab.verify(`<answer>${rgEntry.answer}</answer>`, rgEntry)).toMatchObject({
      reward: 1,
    });
    // RG's scores for these probes: only the exact program counts.
    for (const probe of ["#B  #A #B A# A# A#", "#b #a #b a# a# a#", "#B #A #B A# A#", ""])
      expect(ab.scoreAnswer(probe, rgEntry)).toBe(0);
    expect(ab.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("accepts the empty answer when every token cancels", async () => {
    const empty = ab.dataset({ seed: 1234 }, 500).find((entry) => entry.answer === "") as
      | (typeof rgEntry & { answer: string })
      | undefined;
    expect(empty).toBeDefined();
    if (!empty) return;
    expect(await ab.verify("<answer></answer>", empty)).toMatchObject({ reward: 1 });
    expect(ab.scoreAnswer("A#", empty)).toBe(0);
  });

  it("throws a clear error when no program of the length halts within 100 rewrites", () => {
    expect(() => ab.dataset({ length: 400 }, 1)).toThrow(/use a shorter length/);
  });
});
