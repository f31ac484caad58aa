import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { PyTuple, pyRepr } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/graphs/course_schedule.py
// Prerequisites that only point to earlier courses of a random order (solvable), plus a cycle
// with probability 1 - p_solvable; the answer ("True"/"False") is whether every course can be
// finished. Scoring: RG's default (exact 1.0, contained len(oracle)/len(answer)).

const QUESTION = (
  n: number,
  prerequisites: string,
) => `There are a total of ${n} courses you have to take, labeled from 0 to ${n - 1}.
You are given the following list of prerequisites, where prerequisites[i] = (a_i, b_i) indicates that you must first take course b_i if you want to take course a_i:
${prerequisites}

Return True if you can finish all courses considering the prerequisites, or False otherwise.
`;

/** Whether the prerequisite graph has no cycle (iterative Kahn's algorithm). */
export function canFinish(n: number, prerequisites: readonly (readonly number[])[]): boolean {
  const indegree = new Array<number>(n).fill(0);
  const after = Array.from({ length: n }, () => [] as number[]);
  for (const [course, prereq] of prerequisites) {
    after[prereq as number]?.push(course as number);
    indegree[course as number] = (indegree[course as number] ?? 0) + 1;
  }
  const ready = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
  let done = 0;
  while (ready.length > 0) {
    const c = ready.pop() as number;
    done++;
    for (const next of after[c] ?? []) {
      indegree[next] = (indegree[next] as number) - 1;
      if (indegree[next] === 0) ready.push(next);
    }
  }
  return done === n;
}

export const courseSchedule = defineLogicTask({
  name: "course_schedule",
  category: "graphs",
  curriculum: {
    num_courses: range("min_num_courses", "max_num_courses", [5, 10, 25, 50, 100], true),
    num_prerequisites: range("min_num_prerequisites", "max_num_prerequisites", [2, 3, 4, 5], true),
    cycle_length: range("min_cycle_length", "max_cycle_length", [3, 4, 5, 6], true),
  },
  description: "Decide whether all courses can be finished given their prerequisites.",
  config: z.object({
    min_num_courses: z.number().int().min(3).default(5),
    max_num_courses: z.number().int().min(3).default(10),
    min_num_prerequisites: z.number().int().min(1).default(1),
    max_num_prerequisites: z.number().int().min(1).default(2),
    min_cycle_length: z.number().int().min(3).default(3),
    max_cycle_length: z.number().int().min(3).default(5),
    p_solvable: z.number().min(0).max(1).default(0.5),
  }),
  generate(rng, config) {
    const n = rng.int(config.min_num_courses, config.max_num_courses);
    const courses = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const solvable = rng.float() < config.p_solvable;
    const pairs: [number, number][] = [];
    for (let idx = n - 1; idx > 0; idx--) {
      const available = courses.slice(0, idx);
      const count = Math.min(
        available.length,
        rng.int(config.min_num_prerequisites, config.max_num_prerequisites),
      );
      for (const p of rng.sample(available, count)) pairs.push([courses[idx] as number, p]);
    }
    if (!solvable) {
      const length = Math.min(n, rng.int(config.min_cycle_length, config.max_cycle_length));
      const cycle = rng.sample(courses, length);
      for (let i = 0; i < length; i++)
        pairs.push([cycle[i] as number, cycle[(i + 1) % length] as number]);
    }
    const unique = [...new Map(pairs.map((p) => [p.join(","), p])).values()];
    const prerequisites = rng.shuffle(unique);
    const answer = canFinish(n, prerequisites);
    return {
      question: QUESTION(n, pyRepr(prerequisites.map((p) => new PyTuple(p)))),
      answer: answer ? "True" : "False",
      metadata: {
        courses,
        prerequisites,
        solution: answer,
        solvable,
        difficulty: {
          num_courses: [config.min_num_courses, config.max_num_courses],
          num_prerequisites: [config.min_num_prerequisites, config.max_num_prerequisites],
          cycle_length: [config.min_cycle_length, config.max_cycle_length],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
