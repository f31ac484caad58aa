import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { sokoban } from "./sokoban.js";

describe("logic/sokoban", () => {
  // Generation runs RG's A* (0.1 to 0.3 s an entry; RG takes about 1 s).
  it("holds the task properties over 60 entries", async () => {
    const failures = await checkTaskProperties(sokoban, {
      seeds: 60,
      perturb: (answer) => answer.slice(0, -1),
    });
    expect(failures).toEqual([]);
  }, 120_000);

  // An entry as RG 49b07130 emits it (seed 3, index 1, boards up to 7 x 7).
  const rgEntry = {
    question:
      "You are going to solve a 'sokoban' puzzle.\n\n* - The player\n% - The player on a goal\n@ - A box\nX - A goal\n$ - A box on a goal\n+ - A wall\n- - An empty position\n\nYour solution must be a string of characters, ex: LDURRUDL.\n\nHere is your puzzle:\n+ + + + + +  \n+ X - - - +  \n+ X - X - +  \n+ @ @ @ - +  \n+ * @ X - +  \n+ + + + + +  \n\n",
    answer: "UDRUURULRDRDDLULLDR",
    metadata: {
      source_dataset: "sokoban",
      source_index: 1,
      gamestr:
        "+ + + + + +  \n+ X - - - +  \n+ X - X - +  \n+ @ @ @ - +  \n+ * @ X - +  \n+ + + + + +  \n\n",
      width: 6,
      height: 6,
      difficulty: {
        width: [6, 7],
        height: [6, 7],
      },
    },
  };

  it("replays answers on an RG entry as RG does", () => {
    const a = rgEntry.answer;
    // RG's scores for these answers (run on RG 49b07130).
    const cases: [string, number][] = [
      [a, 1],
      [`${a}D`, 1], // a move after the goal does not undo it here
      [a.split("").join(" "), 1],
      [`X${a}`, 1],
      [a.slice(0, -1), 0],
      [a.toLowerCase(), 0],
      [a + a.split("").reverse().join(""), 0],
      ["", 0],
    ];
    for (const [answer, score] of cases)
      expect(sokoban.scoreAnswer(answer, rgEntry), answer).toBe(score);
    expect(sokoban.scoreAnswer("R".repeat(200_000), rgEntry)).toBe(0);
  });

  it("prints boards as RG does, walled, with its stored A* answer solving them", () => {
    for (const entry of sokoban.dataset({ seed: 5 }, 20)) {
      const gamestr = entry.metadata.gamestr as string;
      const rows = gamestr.split("\n").filter((row) => row.length > 0);
      expect(rows).toHaveLength(entry.metadata.height as number);
      for (const row of rows) {
        expect(row).toMatch(/^(\S ){2,}\s$/);
        expect(row.replaceAll(" ", "")).toHaveLength(entry.metadata.width as number);
      }
      expect(rows[0]?.replaceAll(" ", "")).toMatch(/^\++$/);
      expect(gamestr.endsWith("  \n\n")).toBe(true);
      expect(entry.answer).toMatch(/^[UDLR]+$/);
      expect(entry.question.endsWith(`Here is your puzzle:\n${gamestr}`)).toBe(true);
    }
  });
});
