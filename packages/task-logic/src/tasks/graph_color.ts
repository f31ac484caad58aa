import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { PyTuple, pyRepr } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/algorithmic/graph_color.py
// Random graph (each pair an edge with probability edge_probability), coloured greedily with
// num_colors colours (regenerated until greedy succeeds). `answer` is null: any proper colouring
// scores 1.0. Scoring as RG: 1.0 for a JSON map that colours every vertex with an allowed colour
// and no edge monochromatic, 0.01 for other parseable JSON objects or lists, 0 otherwise.

interface Puzzle {
  vertices: number[];
  edges: [number, number][];
  num_colors: number;
  color_options: number[];
}

function greedyColouring(puzzle: Puzzle): Record<string, number> | null {
  const adjacency = new Map<number, number[]>(puzzle.vertices.map((v) => [v, []]));
  for (const [u, v] of puzzle.edges) {
    adjacency.get(u)?.push(v);
    adjacency.get(v)?.push(u);
  }
  const colouring = new Map<number, number>();
  for (const v of puzzle.vertices) {
    const used = new Set((adjacency.get(v) ?? []).map((n) => colouring.get(n)));
    const colour = puzzle.color_options.find((c) => !used.has(c));
    if (colour === undefined) return null;
    colouring.set(v, colour);
  }
  return Object.fromEntries([...colouring].map(([v, c]) => [String(v), c]));
}

/** A colour value as Python compares it: numbers, and booleans as 0/1. */
function colourValue(value: unknown): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}

function readPuzzle(metadata: Record<string, unknown>): Puzzle {
  const p = metadata.puzzle as Puzzle;
  return {
    vertices: p.vertices.map(Number),
    edges: p.edges.map(([u, v]) => [Number(u), Number(v)]),
    num_colors: Number(p.num_colors),
    color_options: p.color_options.map(Number),
  };
}

export const graphColor = defineLogicTask({
  name: "graph_color",
  category: "algorithmic",
  curriculum: {
    num_vertices: range("min_num_vertices", "max_num_vertices", [6, 10, 20, 25], true),
    num_colors: scalar("num_colors", [5, 4, 3]),
  },
  description: "Colour a random graph with k colours so that no edge joins two equal colours.",
  config: z.object({
    num_colors: z.number().int().positive().default(3),
    min_num_vertices: z.number().int().positive().default(10),
    max_num_vertices: z.number().int().positive().default(10),
    edge_probability: z.number().min(0).lt(1).default(0.1),
  }),
  generate(rng, config) {
    let numVertices = rng.int(config.min_num_vertices, config.max_num_vertices);
    for (;;) {
      const vertices = Array.from({ length: numVertices }, (_, i) => i);
      const edges: [number, number][] = [];
      for (let i = 0; i < numVertices; i++)
        for (let j = i + 1; j < numVertices; j++)
          if (rng.float() < config.edge_probability) edges.push([i, j]);
      const puzzle: Puzzle = {
        vertices,
        edges,
        num_colors: config.num_colors,
        color_options: Array.from({ length: config.num_colors }, (_, i) => i + 1),
      };
      const solution = greedyColouring(puzzle);
      if (!solution) {
        numVertices = rng.int(config.min_num_vertices, config.max_num_vertices);
        continue;
      }
      const edgesText = pyRepr(edges.map((e) => new PyTuple(e)));
      const question = `Please provide a coloring for this graph such that every vertex is not connected to a vertex of the same color. The graph has these properties:

Vertices: ${pyRepr(vertices)}
Edges: ${edgesText}
Possible colors: ${pyRepr(puzzle.color_options)}

Return your solution as a JSON map of vertices to colors. (For example: {"0": 1, "1": 2, "2": 3}.)
`;
      return {
        question,
        answer: null,
        metadata: {
          possible_answer: solution,
          puzzle,
          num_vertices: numVertices,
          difficulty: {
            num_vertices: [config.min_num_vertices, config.max_num_vertices],
            num_colors: config.num_colors,
          },
        },
      };
    }
  },
  score(answer, entry) {
    if (answer === null) return 0;
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer);
    } catch {
      return 0;
    }
    if (Array.isArray(parsed)) return 0.01;
    if (parsed === null || typeof parsed !== "object") return 0;
    const colouring = parsed as Record<string, unknown>;
    const puzzle = readPuzzle(entry.metadata);
    const allowed = new Set(puzzle.color_options);
    const colours = new Map<number, number>();
    for (const v of puzzle.vertices) {
      const key = String(v);
      if (!Object.hasOwn(colouring, key)) return 0.01;
      const colour = colourValue(colouring[key]);
      if (colour === null || !allowed.has(colour)) return 0.01;
      colours.set(v, colour);
    }
    for (const [u, v] of puzzle.edges) if (colours.get(u) === colours.get(v)) return 0.01;
    return 1;
  },
  referenceAnswer(entry) {
    return JSON.stringify(entry.metadata.possible_answer);
  },
});
