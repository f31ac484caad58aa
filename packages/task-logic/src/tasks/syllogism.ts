import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/logic/syllogisms.py (registered as "syllogism")
// Scoring: RG's default (exact, or the contained fraction) on "Yes" / "No".
// Fix: RG decides validity with a list of traditional rules that misses the undistributed
// middle ("All A are B; Some B are C" => "Some A are C" is marked valid there). Here the answer
// is decided by checking every Venn-diagram model of the three terms (2^8 of them) under
// Aristotelian existential import (every term non-empty): "Yes" exactly when the conclusion
// holds in every model where both statements hold. This agrees with RG's inversion rules and
// with the 24 traditionally valid moods.

interface Term {
  name: string;
  plural: string;
}
const TERMS: readonly Term[] = (
  [
    ["mortal", "mortals"],
    ["human", "humans"],
    ["child", "children"],
    ["adult", "adults"],
    ["parent", "parents"],
    ["grandparent", "grandparents"],
    ["philosopher", "philosophers"],
    ["student", "students"],
    ["teacher", "teachers"],
    ["doctor", "doctors"],
    ["scientist", "scientists"],
    ["artist", "artists"],
    ["musician", "musicians"],
    ["writer", "writers"],
    ["programmer", "programmers"],
    ["engineer", "engineers"],
    ["lawyer", "lawyers"],
    ["chef", "chefs"],
    ["animal", "animals"],
    ["mammal", "mammals"],
    ["dog", "dogs"],
    ["cat", "cats"],
    ["bird", "birds"],
    ["fish", "fish"],
    ["reptile", "reptiles"],
    ["insect", "insects"],
    ["butterfly", "butterflies"],
    ["bee", "bees"],
    ["ant", "ants"],
    ["spider", "spiders"],
    ["horse", "horses"],
    ["elephant", "elephants"],
    ["lion", "lions"],
    ["tiger", "tigers"],
    ["whale", "whales"],
    ["dolphin", "dolphins"],
  ] as const
).map(([name, plural]) => ({ name, plural }));

type Quantifier = "All" | "No" | "Some" | "Some ... are not";
/** A statement over term slots 0, 1, 2 (the three sampled terms). */
type Statement = [Quantifier, number, number];

function holds([q, x, y]: Statement, model: number): boolean {
  // model: bit r set when Venn region r (bit k of r: inside term k) is non-empty.
  let someXY = false;
  let someXnotY = false;
  for (let region = 0; region < 8; region++) {
    if (!(model & (1 << region)) || !(region & (1 << x))) continue;
    if (region & (1 << y)) someXY = true;
    else someXnotY = true;
  }
  if (q === "All") return !someXnotY;
  if (q === "No") return !someXY;
  if (q === "Some") return someXY;
  return someXnotY;
}

/** Whether the conclusion holds in every model of the premises with all three terms non-empty. */
export function follows(premises: readonly Statement[], conclusion: Statement): boolean {
  for (let model = 0; model < 256; model++) {
    let occupied = true;
    for (let term = 0; term < 3 && occupied; term++) {
      let any = false;
      for (let region = 0; region < 8; region++)
        if (model & (1 << region) && region & (1 << term)) any = true;
      occupied = any;
    }
    if (!occupied) continue;
    if (premises.every((p) => holds(p, model)) && !holds(conclusion, model)) return false;
  }
  return true;
}

function format([q, x, y]: Statement, terms: readonly Term[]): string {
  const a = (terms[x] as Term).plural;
  const b = (terms[y] as Term).plural;
  return q === "Some ... are not" ? `Some ${a} are not ${b}` : `${q} ${a} are ${b}`;
}

const question = (p1: string, p2: string, c: string) =>
  `Consider these statements:\n1. ${p1}\n2. ${p2}\n\nDoes it logically follow that:\n${c}?\n(Answer Yes or No)`;

const ConfigSchema = z.object({
  allow_all: z.boolean().default(true),
  allow_no: z.boolean().default(true),
  allow_some: z.boolean().default(true),
  allow_some_not: z.boolean().default(true),
  invalid_ratio: z.number().min(0).max(1).default(0.3),
  inversion_probability: z.number().min(0).max(1).default(0.3),
});
type Config = z.infer<typeof ConfigSchema>;

function inversion(rng: Rng, quantifiers: Quantifier[], config: Config) {
  let premise1: Statement = [rng.pick(quantifiers), 0, 1];
  let premise2: Statement = [rng.pick(quantifiers), 1, 2];
  const selected = rng.float() < 0.5 ? 1 : 2;
  let premise = selected === 1 ? premise1 : premise2;
  const [q, a, b] = premise;
  const targetValid = rng.float() > config.invalid_ratio;
  const others = quantifiers.filter((x) => x !== "Some ... are not");
  let conclusion: Statement;
  if (targetValid) {
    let quantifier = q;
    if (q === "Some ... are not" && others.length > 0) {
      quantifier = rng.pick(others);
      premise = [quantifier, a, b];
      if (selected === 1) premise1 = premise;
      else premise2 = premise;
    }
    conclusion = [quantifier === "All" ? "Some" : quantifier, b, a];
  } else if (q === "No") conclusion = [rng.pick(["All", "Some"] as const), b, a];
  else if (q === "All" || q === "Some") conclusion = [rng.pick(["All", "No"] as const), b, a];
  else conclusion = [others.length > 0 ? rng.pick(others) : "All", b, a];
  return { premise1, premise2, conclusion, selected };
}

export const syllogism = defineLogicTask({
  name: "syllogism",
  category: "logic",
  curriculum: {
    allow_all: scalar("allow_all", [true, true, true, true]),
    allow_no: scalar("allow_no", [false, true, true, true]),
    allow_some: scalar("allow_some", [false, false, true, true]),
    allow_some_not: scalar("allow_some_not", [false, false, false, true]),
  },
  description: "Decide whether a categorical conclusion follows from two statements.",
  config: ConfigSchema,
  generate(rng, config) {
    const quantifiers: Quantifier[] = [];
    if (config.allow_all) quantifiers.push("All");
    if (config.allow_no) quantifiers.push("No");
    if (config.allow_some) quantifiers.push("Some");
    if (config.allow_some_not) quantifiers.push("Some ... are not");
    if (quantifiers.length === 0) throw new RangeError("syllogism needs at least one quantifier");
    const terms = rng.sample(TERMS, 3);
    if (rng.float() < config.inversion_probability) {
      const { premise1, premise2, conclusion, selected } = inversion(rng, quantifiers, config);
      const valid = follows([premise1, premise2], conclusion);
      const [p1, p2, c] = [premise1, premise2, conclusion].map((s) => format(s, terms)) as [
        string,
        string,
        string,
      ];
      return {
        question: question(p1, p2, c),
        answer: valid ? "Yes" : "No",
        metadata: {
          premise1: p1,
          premise2: p2,
          selected_premise: selected,
          conclusion: c,
          is_valid: valid,
          type: "inversion",
        },
      };
    }
    const targetValid = rng.float() > config.invalid_ratio;
    let premise1: Statement = ["All", 0, 1];
    let premise2: Statement = ["All", 1, 2];
    let conclusion: Statement = ["All", 0, 2];
    let valid = true;
    let found = false;
    for (let attempt = 0; attempt < 100 && !found; attempt++) {
      const p1: Statement = [rng.pick(quantifiers), 0, 1];
      const p2: Statement = [rng.pick(quantifiers), 1, 2];
      const c: Statement = [rng.pick(quantifiers), 0, 2];
      if (follows([p1, p2], c) === targetValid) {
        [premise1, premise2, conclusion, valid, found] = [p1, p2, c, targetValid, true];
      }
    }
    if (!found) valid = follows([premise1, premise2], conclusion);
    const [p1, p2, c] = [premise1, premise2, conclusion].map((s) => format(s, terms)) as [
      string,
      string,
      string,
    ];
    return {
      question: question(p1, p2, c),
      answer: valid ? "Yes" : "No",
      metadata: { premise1: p1, premise2: p2, conclusion: c, is_valid: valid, type: "syllogism" },
    };
  },
  score: scoreExactOrContained,
});
