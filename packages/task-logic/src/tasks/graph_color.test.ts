import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { graphColor } from "./graph_color.js";

describe("logic/graph_color", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(graphColor, {
      perturb: (answer) => {
        const colouring = JSON.parse(answer) as Record<string, number>;
        delete colouring["0"];
        return JSON.stringify(colouring);
      },
    });
    expect(failures).toEqual([]);
  });

  // An entry as the Python package writes it (json.dumps turns tuples into lists, int keys into strings).
  const rgEntry = {
    question:
      'Please provide a coloring for this graph such that every vertex is not connected to a vertex of the same color. The graph has these properties:\n\nVertices: [0, 1, 2, 3]\nEdges: [(0, 1), (1, 2), (0, 2)]\nPossible colors: [1, 2, 3]\n\nReturn your solution as a JSON map of vertices to colors. (For example: {"0": 1, "1": 2, "2": 3}.)\n',
    answer: null,
    metadata: {
      source_dataset: "graph_color",
      source_index: 0,
      possible_answer: { "0": 1, "1": 2, "2": 3, "3": 1 },
      puzzle: {
        vertices: [0, 1, 2, 3],
        edges: [
          [0, 1],
          [1, 2],
          [0, 2],
        ],
        num_colors: 3,
        color_options: [1, 2, 3],
      },
      num_vertices: 4,
      difficulty: { num_vertices: [4, 4], num_colors: 3 },
    },
  };

  it("accepts any proper colouring of an RG entry, not just the stored one", async () => {
    const other = '{"0": 3, "1": 1, "2": 2, "3": 3}';
    expect((await graphColor.verify(`<answer>${other}</answer>`, rgEntry)).reward).toBe(1);
    expect(graphColor.scoreAnswer('{"0": 1, "1": 2, "2": 3, "3": 1, "9": 7}', rgEntry)).toBe(1);
  });

  it("gives RG's partial credit: 0.01 for parseable but invalid, 0 for unparseable", () => {
    expect(graphColor.scoreAnswer('{"0": 1, "1": 1, "2": 2, "3": 3}', rgEntry)).toBe(0.01);
    expect(graphColor.scoreAnswer('{"0": 1, "1": 2, "2": 3}', rgEntry)).toBe(0.01);
    expect(graphColor.scoreAnswer('{"0": 1, "1": 2, "2": 4, "3": 1}', rgEntry)).toBe(0.01);
    expect(graphColor.scoreAnswer('{"0": "1", "1": 2, "2": 3, "3": 1}', rgEntry)).toBe(0.01);
    expect(graphColor.scoreAnswer("[1, 2, 3, 1]", rgEntry)).toBe(0.01);
    expect(graphColor.scoreAnswer("0: 1, 1: 2", rgEntry)).toBe(0);
    expect(graphColor.scoreAnswer("42", rgEntry)).toBe(0);
    expect(graphColor.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("prints the question as RG does and generates purely from (config, index)", () => {
    const config = {
      seed: 5,
      min_num_vertices: 6,
      max_num_vertices: 12,
      num_colors: 4,
      edge_probability: 0.3,
    };
    const a = graphColor.dataset(config, 30);
    expect(graphColor.dataset(config, 30)).toEqual(a);
    for (const entry of a) {
      const n = entry.metadata.num_vertices as number;
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(12);
      expect(entry.question).toMatch(/Edges: \[(\(\d+, \d+\)(, )?)*\]\n/);
      expect(entry.question).toContain("Possible colors: [1, 2, 3, 4]");
    }
  });
});
