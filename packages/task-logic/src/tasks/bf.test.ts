import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { bf, bfPrinting, runBf } from "./bf.js";

describe("logic/bf", () => {
  it("holds the task properties over 500 entries at every difficulty", async () => {
    const perturb = (answer: string) => `${answer.slice(0, -1)}${answer.endsWith("1") ? "2" : "1"}`;
    expect(await checkTaskProperties(bf, { perturb })).toEqual([]);
    for (const difficulty of [2, 3]) {
      expect(
        await checkTaskProperties(bf, { seeds: 100, config: { difficulty }, perturb }),
      ).toEqual([]);
    }
  });

  it("emits programs whose output is the answer", () => {
    expect(runBf(bfPrinting("Hello, World!"))).toBe("Hello, World!");
    for (const difficulty of [1, 2, 3]) {
      for (const e of bf.dataset({ seed: 4, difficulty }, 30)) {
        expect(runBf(e.metadata.bf_program as string)).toBe(e.answer);
        if (difficulty > 1) expect(e.answer).toMatch(/^\d+$/);
      }
    }
    expect(() => runBf("+[]")).toThrow();
  });

  it("prints what the C-like program in bfit_code prints", () => {
    for (const difficulty of [2, 3]) {
      for (const e of bf.dataset({ seed: 6, difficulty }, 40)) {
        const code = e.metadata.bfit_code as string;
        const num = (name: string) =>
          Number((code.match(new RegExp(`int ${name} = (\\d+);`)) as string[])[1]);
        const [target, x, y] = [num("target"), num("x"), num("y")];
        const conditional = Number(
          code.match(/if \(acc > (\d+)\)/)?.[1] ?? Number.NEGATIVE_INFINITY,
        );
        let acc = 0;
        while (acc < target) {
          acc += x;
          if (difficulty === 2 || acc > conditional) acc += y;
        }
        expect(e.answer).toBe(String(acc));
        if (difficulty === 2)
          expect(e.metadata.bf_program as string).toContain(`[>${"+".repeat(x + y)}<-]`);
      }
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const program = ">[-]<++++++++[>+++++++++++++<-]>.---.+++++++..+++.<";
    const output = "hello";
    expect(runBf(program)).toBe(output);
    const entry = {
      question: `This is a BF (Brainf*ck) computer program. What is the output?\n\n${program}\n\nRespond only with the exact output of the program.`,
      answer: output,
      metadata: {
        source_dataset: "bf",
        source_index: 0,
        bfit_code: '\nint main() {\n    print("hello");\n}\n',
        bf_program: program,
        difficulty: { difficulty: 1 },
      },
    };
    expect(await bf.verify(`<answer>${output}</answer>`, entry)).toMatchObject({ reward: 1 });
    expect(bf.scoreAnswer("Love is a battlefield", entry)).toBe(0);
  });
});
