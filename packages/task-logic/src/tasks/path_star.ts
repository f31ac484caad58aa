import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pySplit } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/graphs/path_star.py (the path-star task of Bachmann & Nagarajan,
// "The Pitfalls of Next-Token Prediction", arXiv:2403.06963)
// `degree` arms of `path_length` nodes hang off a centre node; the edges are listed shuffled and
// the answer is the unique path from the centre to the end of one arm (reversed when `reversed`).
// Scoring as RG: 1.0 when the answer equals the path after collapsing whitespace (Python's
// str.split()), else 0. No deviations.

const PROMPT = (task: string) => `
Find a path from the start node to the goal node in the following path-star graph.
Respond with only the sequence of node labels in the path, including the start and goal nodes.
Separate node labels with a single space.

The graph is represented as a list of edges, where each edge is defined by two node labels.
The edges are separated by a vertical bar '|'. Then, the start and goal nodes are specified after a slash '/'.

Example:
|1 2|1 3|2 4|3 5/1 5 = 1 3 5

Solve the following task:
${task}
`;

export const pathStar = defineLogicTask({
  name: "path_star",
  category: "graphs",
  curriculum: {
    degree: scalar("degree", [2, 3, 4, 5]),
    node_range: scalar("node_range", [10_000, 50_000, 100_000, 200_000]),
    path_length: range("min_path_length", "max_path_length", [3, 5, 6, 7]),
  },
  description: "Find the path from the centre to a goal node in a shuffled path-star graph.",
  config: z.object({
    degree: z.number().int().min(2).default(3),
    node_range: z
      .number()
      .int()
      .positive()
      .max(2 ** 31)
      .default(100_000),
    min_path_length: z.number().int().min(2).default(3),
    max_path_length: z.number().int().min(2).default(5),
    reversed: z.boolean().default(false),
  }),
  generate(rng, config) {
    if (config.node_range <= config.degree * config.max_path_length + 1)
      throw new Error("path_star: node_range must exceed degree * max_path_length + 1");
    const label = () => rng.int(0, config.node_range - 1);
    const center = label();
    const pathLength = rng.int(config.min_path_length, config.max_path_length);
    const used = new Set([center]);
    const arms: number[][] = [];
    for (let a = 0; a < config.degree; a++) {
      const arm: number[] = [];
      for (let k = 0; k < pathLength; k++) {
        let n = label();
        while (used.has(n)) n = label();
        used.add(n);
        arm.push(n);
      }
      arms.push(arm);
    }
    const goalArm = rng.pick(arms);
    const goal = goalArm[goalArm.length - 1] as number;
    const edges: [number, number][] = arms.map((arm) => [center, arm[0] as number]);
    for (const arm of arms)
      for (let k = 0; k + 1 < arm.length; k++) edges.push([arm[k] as number, arm[k + 1] as number]);
    const edgeText = rng
      .shuffle(edges)
      .map(([u, v]) => `|${u} ${v}`)
      .join("");
    const [start, end] = config.reversed ? [goal, center] : [center, goal];
    const path = [center, ...goalArm];
    return {
      question: PROMPT(`${edgeText}/${start} ${end} = `),
      answer: (config.reversed ? path.slice().reverse() : path).join(" "),
      metadata: {
        center,
        goal,
        path_length: pathLength,
        goal_path: path,
        difficulty: {
          degree: config.degree,
          node_range: config.node_range,
          path_length: [config.min_path_length, config.max_path_length],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = pySplit(answer);
    if (given.length === 0) return 0;
    return given.join(" ") === pySplit(entry.answer).join(" ") ? 1 : 0;
  },
});
