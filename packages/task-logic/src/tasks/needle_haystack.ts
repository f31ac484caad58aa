import { pyStrip } from "@prorl/core";
import { names } from "unique-names-generator";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/cognition/needle_haystack.py
// A haystack of distinct "<name> <verb> <subject>." statements and one question, "Who <verb>
// <subject>?", about one of them. Scoring as RG: 1.0 when the answer, with spaces removed and
// case ignored, is the name; else 0.
// Deviations: names come from the unique-names-generator package (4,940 first names), verbs
// and subjects from the lists below (RG ships its own lists in needle_data.py); RG can ask
// about a verb and subject that two statements share (its triplets are distinct, their
// verb-subject pairs need not be), so only the first name would score: here the needle is
// drawn among the statements whose verb and subject no other statement has.

const VERBS = [
  "loves",
  "adores",
  "cherishes",
  "fancies",
  "prefers",
  "appreciates",
  "enjoys",
  "relishes",
  "savors",
  "likes",
  "treasures",
  "admires",
  "reveres",
  "esteems",
  "craves",
  "yearns for",
  "is fond of",
  "is keen on",
  "is passionate about",
  "is obsessed with",
  "ignores",
  "overlooks",
  "neglects",
  "dismisses",
  "brushes off",
  "waves away",
  "hates",
  "loathes",
  "detests",
  "despises",
  "dislikes",
  "abhors",
  "scorns",
  "shuns",
  "avoids",
  "tolerates",
  "puts up with",
  "resents",
  "complains about",
  "can't stand",
] as const;

const SUBJECTS = [
  "the color red",
  "the color blue",
  "the color green",
  "the color yellow",
  "the color purple",
  "the color orange",
  "the color black",
  "the color white",
  "the color gray",
  "the color pink",
  "cats",
  "dogs",
  "horses",
  "parrots",
  "goldfish",
  "hamsters",
  "rabbits",
  "owls",
  "penguins",
  "dolphins",
  "elephants",
  "giraffes",
  "tigers",
  "turtles",
  "snakes",
  "bees",
  "pizza",
  "sushi",
  "pasta",
  "curry",
  "tacos",
  "salad",
  "cheese",
  "chocolate",
  "ice cream",
  "pancakes",
  "soup",
  "bread",
  "coffee",
  "tea",
  "lemonade",
  "apples",
  "bananas",
  "cherries",
  "mangoes",
  "grapes",
  "reading",
  "writing poetry",
  "painting",
  "drawing",
  "photography",
  "knitting",
  "gardening",
  "cooking",
  "baking bread",
  "hiking",
  "running",
  "swimming",
  "cycling",
  "skiing",
  "surfing",
  "rock climbing",
  "sailing",
  "fishing",
  "camping",
  "dancing",
  "singing",
  "playing the piano",
  "playing the guitar",
  "playing the violin",
  "playing chess",
  "playing football",
  "playing tennis",
  "playing golf",
  "board games",
  "video games",
  "crossword puzzles",
  "jigsaw puzzles",
  "bird watching",
  "stargazing",
  "astronomy",
  "history",
  "mathematics",
  "chemistry",
  "philosophy",
  "geography",
  "learning languages",
  "traveling",
  "road trips",
  "museums",
  "the opera",
  "jazz",
  "rock music",
  "classical music",
  "folk music",
  "podcasts",
  "documentaries",
  "comedy shows",
  "horror movies",
  "science fiction",
  "trains",
  "bicycles",
  "motorcycles",
  "sports cars",
  "sailboats",
  "hot air balloons",
  "rainy days",
  "snow",
  "thunderstorms",
  "sunsets",
  "the beach",
  "the mountains",
  "city life",
  "quiet evenings",
  "cleaning the house",
  "doing laundry",
  "washing dishes",
  "mowing the lawn",
  "early mornings",
  "long meetings",
] as const;

type Triplet = readonly [string, string, string];

const pairKey = ([, verb, subject]: Triplet) => `${verb}\u0000${subject}`;

/** `count` distinct (name, verb, subject) triplets: distinct indices into the product. */
function uniqueTriplets(rng: { int(a: number, b: number): number }, count: number): Triplet[] {
  const per = VERBS.length * SUBJECTS.length;
  const total = names.length * per;
  const seen = new Set<number>();
  const out: Triplet[] = [];
  while (out.length < count) {
    const index = rng.int(0, total - 1);
    if (seen.has(index)) continue;
    seen.add(index);
    const rest = index % per;
    out.push([
      names[Math.floor(index / per)] as string,
      VERBS[Math.floor(rest / SUBJECTS.length)] as string,
      SUBJECTS[rest % SUBJECTS.length] as string,
    ]);
  }
  return out;
}

/** Python's `s.replace(" ", "").strip().lower()`. */
const normalise = (text: string) => pyStrip(text.replaceAll(" ", "")).toLowerCase();

// Half the distinct statements possible: rejection sampling of distinct indices stays fast.
const MAX_STATEMENTS = Math.floor((names.length * VERBS.length * SUBJECTS.length) / 2);

export const needleHaystack = defineLogicTask({
  name: "needle_haystack",
  category: "cognition",
  curriculum: {
    num_statements: range("min_num_statements", "max_num_statements", [10, 100, 500, 1000], true),
  },
  description: "Find who did what in a long list of statements.",
  config: z.object({
    min_num_statements: z.number().int().positive().default(10),
    max_num_statements: z.number().int().positive().max(MAX_STATEMENTS).default(100),
  }),
  generate(rng, config) {
    const count = rng.int(config.min_num_statements, config.max_num_statements);
    const triplets = uniqueTriplets(rng, count);
    const pairs = new Map<string, number>();
    for (const t of triplets) pairs.set(pairKey(t), (pairs.get(pairKey(t)) ?? 0) + 1);
    const unambiguous = triplets.filter((t) => pairs.get(pairKey(t)) === 1);
    const needle = rng.pick(unambiguous.length > 0 ? unambiguous : triplets);
    const haystack = triplets.map(([n, v, s]) => `${n} ${v} ${s}. `).join("");
    const question = `Who ${needle[1]} ${needle[2]}? Reply only with a name.`;
    return {
      question: `${haystack}\n${question}`,
      answer: needle[0],
      metadata: {
        question,
        num_statements: count,
        difficulty: {
          num_statements: [config.min_num_statements, config.max_num_statements],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    return normalise(answer) === pyStrip(entry.answer).toLowerCase() ? 1 : 0;
  },
});
