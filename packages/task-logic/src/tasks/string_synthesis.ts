import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { applyFirstCountRule, type CountRule, statesUntilRepeat } from "../lib/rewrite.js";

// Reasoning Gym: reasoning_gym/algorithmic/string_synthesis.py (after CodeSteer's
// string_synthesis). Nine block kinds [A] [B] [C] {A} {B} {C} (A) (B) (C); the first applicable
// of six rules is applied until none applies, a state repeats, or max_iterations rules were
// applied. The answer is the last new state's nine counts. Scoring: RG's default (exact, or the
// contained fraction).
const QUESTION = (a: number, b: number, c: number, maxIterations: number) =>
  `There are nine different blocks [A] [B] [C] {A} {B} {C} (A) (B) (C)
1. One [A], one [B], and one [C] can be combined to form one {A}.
2. One [A] and one [B] can be combined to form one {C}.
3. One [B] and one [C] can be combined to form one {B}.
4. Two [C] can be combined to form one {C}.
5. One {A} and one {C} can be combined to form one (A) and one (B).
6. Two {B} can be combined to form one (C).

Given a certain number of initial blocks, your job is to cycle through the rules 1-6 above, synthesizing new blocks until no more rules can be applied, or until a state (counts of each block type) is repeated.
In the case a state is repeated the answer is the state before the repetition!

The output should be the count of each block type after the rules have been applied in the order they are listed above.
For example 1 0 3 0 2 0 0 0 1 means that you have 1 [A] 0 [B] 3 [C] 0 {A} 2 {B} 0 {C} 0 (A) 0 (B) 1 (C).

Now, you have ${a} [A], ${b} [B], and ${c} [C] blocks. Provide the count of each block type after applying the above rules.
Note: Apply the rules at most ${maxIterations} times. If the rules cannot be applied anymore, or if you have reached the maximum number of iterations, stop and provide the current counts.
`;

// Block indices: [A] [B] [C] {A} {B} {C} (A) (B) (C).
const [SA, SB, SC, CA, CB, CC, RA, RB, RC] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/** RG's six rules, in order. */
const RULES: readonly CountRule[] = [
  { consume: { [SA]: 1, [SB]: 1, [SC]: 1 }, produce: { [CA]: 1 } },
  { consume: { [SA]: 1, [SB]: 1 }, produce: { [CC]: 1 } },
  { consume: { [SB]: 1, [SC]: 1 }, produce: { [CB]: 1 } },
  { consume: { [SC]: 2 }, produce: { [CC]: 1 } },
  { consume: { [CA]: 1, [CC]: 1 }, produce: { [RA]: 1, [RB]: 1 } },
  { consume: { [CB]: 2 }, produce: { [RC]: 1 } },
];

/** The first applicable rule applied to the nine block counts (unchanged when none applies). */
export const synthesize = (counts: readonly number[]) => applyFirstCountRule(RULES, counts);

export const stringSynthesis = defineLogicTask({
  name: "string_synthesis",
  category: "algorithmic",
  curriculum: {
    initial_blocks: range("min_initial_blocks", "max_initial_blocks", [10, 50, 100, 500], true),
  },
  description: "Combine blocks by six ordered rules until none applies; report the nine counts.",
  config: z.object({
    min_initial_blocks: z.number().int().min(0).default(0),
    max_initial_blocks: z.number().int().min(0).default(5),
    max_iterations: z.number().int().positive().default(1000),
  }),
  generate(rng, config) {
    const draw = () => rng.int(config.min_initial_blocks, config.max_initial_blocks);
    const initial = [draw(), draw(), draw()] as const;
    const start = [...initial, 0, 0, 0, 0, 0, 0];
    const states = statesUntilRepeat(start, synthesize, config.max_iterations, String);
    const answer = states.at(-1) as number[];
    return {
      question: QUESTION(...initial, config.max_iterations),
      answer: answer.join(" "),
      metadata: {
        states,
        solution: answer,
        initial_blocks: [...initial],
        difficulty: { initial_blocks: [config.min_initial_blocks, config.max_initial_blocks] },
      },
    };
  },
  score: scoreExactOrContained,
});
