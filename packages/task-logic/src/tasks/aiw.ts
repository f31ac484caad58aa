import { z } from "zod";
import { scalar, steps } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { weightedChoice } from "../lib/choice.js";

// Reasoning Gym: reasoning_gym/logic/aiw.py ("Alice in Wonderland", Nezhurina et al. 2024)
// Sibling, friend and colleague counting questions whose answer is the female count plus the
// protagonist herself. Scoring: RG's default (exact 1.0, contained len(oracle)/len(answer)).
// No deviations.

const TASK_TYPES = ["siblings", "friends", "colleagues"] as const;
type TaskType = (typeof TASK_TYPES)[number];

const MALE_NAMES = [
  "James",
  "John",
  "Robert",
  "Michael",
  "William",
  "David",
  "Richard",
  "Joseph",
  "Thomas",
  "Charles",
  "Bob",
];
const FEMALE_NAMES = [
  "Mary",
  "Patricia",
  "Jennifer",
  "Linda",
  "Elizabeth",
  "Barbara",
  "Susan",
  "Jessica",
  "Sarah",
  "Margaret",
  "Alice",
];

const siblingsHerBrother = (f: string, brothers: number, sisters: number) =>
  `${f} has ${brothers} brothers and she also has ${sisters} sisters. How many sisters does ${f}'s brother have?`;
const siblingsHisBrother = (f: string, m: string, brothers: number, sisters: number) =>
  `${f} has ${sisters} sisters and she also has ${brothers} brothers. How many sisters does ${m}'s brother have?`;
const friends = (f: string, m: string, male: number, female: number) =>
  `${f} has ${male} male friends and she also has ${female} female friends. They all are friends with each other and have no other friends aside. How many female friends does ${m}, a male friend of ${f}, have?`;
const colleagues = (f: string, m: string, counts: readonly number[]) => {
  const [aliceMale, aliceFemale, bobMale, bobFemale] = counts;
  return (
    `${f} has ${aliceMale} male colleagues and she also has ${aliceFemale} female colleagues. These are all colleagues that ${f} has. ` +
    `All these mentioned persons around ${f} are colleagues of each other. ` +
    `${m} has ${bobMale} male colleagues and ${bobFemale} female colleagues in total. ` +
    `All these mentioned persons around ${m} are colleagues of each other. ` +
    `The people in the circle around ${m} do not have other colleagues aside - with the only exception of Matilda. ` +
    `She is colleague of ${m} and she is also colleague of ${f}, being part of ${f}'s circle. How many female colleagues does Matilda have?`
  );
};

export const aiw = defineLogicTask({
  name: "aiw",
  category: "logic",
  curriculum: {
    task_type_weights: scalar("task_type_weights", [
      [1.0, 0.0, 0.0],
      [0.9, 0.05, 0.05],
      [0.7, 0.15, 0.15],
      [0.6, 0.2, 0.2],
      [0.5, 0.25, 0.25],
      [0.4, 0.3, 0.3],
      [0.3, 0.35, 0.35],
      [0.2, 0.4, 0.4],
      [0.1, 0.45, 0.45],
    ]),
    num_entities: scalar("max_entities", steps(4, 16, 2)),
  },
  description: "Alice-in-Wonderland counting: how many sisters does her brother have?",
  config: z.object({
    male_names: z.array(z.string().min(1)).min(1).default(MALE_NAMES),
    female_names: z
      .array(z.string().min(1))
      .min(1)
      .refine((names) => names.includes("Alice"), "'Alice' must be in female names")
      .default(FEMALE_NAMES),
    task_types: z
      .array(z.enum(TASK_TYPES))
      .min(1)
      .default([...TASK_TYPES]),
    task_type_weights: z
      .array(z.number().min(0))
      .min(1)
      .default([1 / 3, 1 / 3, 1 / 3]),
    max_entities: z.number().int().positive().default(6),
  }),
  generate(rng, config) {
    if (config.task_types.length !== config.task_type_weights.length)
      throw new Error("aiw: task_types and task_type_weights must have the same length");
    const taskType: TaskType = weightedChoice(rng, config.task_types, config.task_type_weights);
    const female = rng.pick(config.female_names);
    const male = rng.pick(config.male_names);
    const count = () => rng.int(1, config.max_entities);
    let question: string;
    let answer: number;
    if (taskType === "siblings") {
      const brothers = count();
      const sisters = count();
      answer = sisters + 1;
      question = rng.bool()
        ? siblingsHerBrother(female, brothers, sisters)
        : siblingsHisBrother(female, male, brothers, sisters);
    } else if (taskType === "friends") {
      const male_ = count();
      const female_ = count();
      answer = female_ + 1;
      question = friends(female, male, male_, female_);
    } else {
      const counts = [count(), count(), count(), count()];
      answer = (counts[1] as number) + 1;
      question = colleagues(female, male, counts);
    }
    return {
      question,
      answer: String(answer),
      metadata: {
        task_type: taskType,
        difficulty: {
          task_type_weights: config.task_type_weights,
          num_entities: config.max_entities,
        },
      },
    };
  },
  score: scoreExactOrContained,
});
