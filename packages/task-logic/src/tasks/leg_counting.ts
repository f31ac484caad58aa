import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/arithmetic/leg_counting.py
// Scoring: RG's default (exact, or the contained fraction). Same 37 animals and leg counts.
export const ANIMAL_LEGS: Readonly<Record<string, number>> = {
  snake: 0,
  "sea slug": 0,
  jellyfish: 0,
  flatworm: 0,
  leech: 0,
  chicken: 2,
  bird: 2,
  human: 2,
  duck: 2,
  dog: 4,
  cat: 4,
  cow: 4,
  horse: 4,
  lion: 4,
  elephant: 4,
  giraffe: 4,
  tiger: 4,
  deer: 4,
  sheep: 4,
  starfish: 5,
  insect: 6,
  ant: 6,
  butterfly: 6,
  beetle: 6,
  bee: 6,
  wasp: 6,
  grasshopper: 6,
  cricket: 6,
  cockroach: 6,
  "praying mantis": 6,
  firefly: 6,
  spider: 8,
  scorpion: 8,
  crab: 10,
  lobster: 10,
  shrimp: 10,
  woodlouse: 14,
};
const ANIMALS = Object.keys(ANIMAL_LEGS);

export const legCounting = defineLogicTask({
  name: "leg_counting",
  category: "arithmetic",
  curriculum: {
    num_animals: range("min_animals", "max_animals", steps(1, 36)),
    num_instances: range(
      "min_instances",
      "max_instances",
      [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
      true,
    ),
  },
  description: "Total number of legs of a list of animals.",
  config: z.object({
    min_animals: z.number().int().positive().max(ANIMALS.length).default(3),
    max_animals: z.number().int().positive().max(ANIMALS.length).default(10),
    min_instances: z.number().int().positive().default(1),
    max_instances: z.number().int().positive().default(15),
  }),
  generate(rng, config) {
    const numTypes = rng.int(config.min_animals, config.max_animals);
    const animals: Record<string, number> = {};
    for (const animal of rng.sample(ANIMALS, numTypes)) {
      animals[animal] = rng.int(config.min_instances, config.max_instances);
    }
    let total = 0;
    const listed: string[] = [];
    for (const [animal, count] of Object.entries(animals)) {
      total += count * (ANIMAL_LEGS[animal] ?? 0);
      listed.push(`${count} ${animal}${count > 1 ? "s" : ""}`);
    }
    return {
      question: `Your task is to count how many legs there are in total when given a list of animals.\n\nNow, how many legs are there in total if you have ${listed.join(", ")}?\n`,
      answer: String(total),
      metadata: {
        animals,
        num_animals: numTypes,
        total_legs: total,
        difficulty: {
          num_animals: [config.min_animals, config.max_animals],
          num_instances: [config.min_instances, config.max_instances],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
