import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { pathStar } from "./path_star.js";

describe("logic/path_star", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => answer.split(" ").slice(0, -1).join(" ");
    expect(await checkTaskProperties(pathStar, { perturb })).toEqual([]);
  });

  const rgEntry = {
    question:
      "\nFind a path from the start node to the goal node in the following path-star graph.\nRespond with only the sequence of node labels in the path, including the start and goal nodes.\nSeparate node labels with a single space.\n\nThe graph is represented as a list of edges, where each edge is defined by two node labels.\nThe edges are separated by a vertical bar '|'. Then, the start and goal nodes are specified after a slash '/'.\n\nExample:\n|1 2|1 3|2 4|3 5/1 5 = 1 3 5\n\nSolve the following task:\n|96530 13434|83810 96530|32098 29256|29256 18289|83810 3278|3278 97196|97196 36048|83810 32098|13434 88696/83810 88696 = \n",
    answer: "83810 96530 13434 88696",
    metadata: {
      source_dataset: "path_star",
      source_index: 0,
      center: 83810,
      goal: 88696,
      path_length: 3,
      goal_path: [83810, 96530, 13434, 88696],
      difficulty: { degree: 3, node_range: 100000, path_length: [3, 5] },
    },
  };

  it("scores as RG: whitespace collapsed (Python's str.split), else exact", async () => {
    expect(
      (await pathStar.verify("<answer>83810 96530 13434 88696</answer>", rgEntry)).reward,
    ).toBe(1);
    expect(pathStar.scoreAnswer("83810  96530\t13434\n88696", rgEntry)).toBe(1);
    expect(pathStar.scoreAnswer("83810\u00a096530\u001c13434 88696", rgEntry)).toBe(1); // Python whitespace
    expect(pathStar.scoreAnswer("83810,96530,13434,88696", rgEntry)).toBe(0);
    expect(pathStar.scoreAnswer("88696 13434 96530 83810", rgEntry)).toBe(0);
    expect(pathStar.scoreAnswer("83810 96530 13434", rgEntry)).toBe(0);
    expect(pathStar.scoreAnswer("   ", rgEntry)).toBe(0);
  });

  it("builds a path-star graph whose answer walks from the centre to the goal", () => {
    for (const reversed of [false, true]) {
      for (const e of pathStar.dataset({ seed: 5, degree: 4, reversed }, 100)) {
        const task = e.question.split("Solve the following task:\n")[1] as string;
        const [edgeText, endpoints] = task.split("/") as [string, string];
        const edges = new Set(
          edgeText
            .split("|")
            .slice(1)
            .map((pair) => pair.split(" ").sort().join("-")),
        );
        const path = (e.answer as string).split(" ");
        for (let k = 0; k + 1 < path.length; k++)
          expect(edges.has([path[k], path[k + 1]].sort().join("-"))).toBe(true);
        const [start, goal] = endpoints.replace(" = \n", "").split(" ");
        expect([path[0], path[path.length - 1]]).toEqual([start, goal]);
        expect(edges.size).toBe(4 * (e.metadata.path_length as number));
        expect(String((e.metadata.goal_path as number[])[0])).toBe(String(e.metadata.center));
      }
    }
  });

  it("refuses a label range too small for unique labels", () => {
    expect(() => pathStar.dataset({ node_range: 10, degree: 3, max_path_length: 5 }, 1)).toThrow(
      /node_range/,
    );
  });
});
