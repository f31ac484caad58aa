import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/graphs/family_relationships.py
// A family tree (paternal grandparents, father, and with more members mother, maternal
// grandparents, an uncle and an aunt with spouses, then children of random couples) told as a
// story of marriages and children; the question asks how one member is related to another.
// Scoring as RG: 1.0 when the answer equals the relationship, trimmed and case-insensitive.
// Fixes of RG's labels: (1) when person2 is a parent of person1's spouse RG answers
// "mother-in-law"/"father-in-law" by person2's gender, which is what person2 is to person1,
// not what person1 is to person2: here the question names them the other way round, so the
// answer is right; (2) RG picks "niece"/"nephew" by person2's gender: here by person1's, the
// person the answer describes.

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
  "Peter",
  "Daniel",
  "Matthew",
  "Christopher",
  "Andrew",
  "George",
  "Edward",
  "Benjamin",
  "Henry",
  "Samuel",
  "Alexander",
  "Oliver",
  "Jack",
  "Harry",
  "Jacob",
  "Noah",
  "Ethan",
  "Lucas",
  "Mason",
  "Logan",
  "Sebastian",
  "Theodore",
  "Owen",
  "Liam",
  "Aiden",
  "Kai",
  "Jayden",
  "Zion",
  "Phoenix",
  "Atlas",
  "Axel",
  "Ryder",
  "Finn",
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
  "Karen",
  "Emma",
  "Lisa",
  "Anna",
  "Margaret",
  "Victoria",
  "Charlotte",
  "Sophia",
  "Isabella",
  "Olivia",
  "Ava",
  "Mia",
  "Emily",
  "Abigail",
  "Amelia",
  "Eleanor",
  "Grace",
  "Alice",
  "Lucy",
  "Chloe",
  "Sophie",
  "Lily",
  "Hannah",
  "Zoe",
  "Luna",
  "Nova",
  "Aria",
  "Willow",
  "Aurora",
  "Sage",
  "River",
  "Winter",
  "Sky",
  "Rain",
];

const TEMPLATES = [
  (a: string, b: string) =>
    `What is ${a} to ${b}? Respond only with the word that describes their relationship.`,
  (a: string, b: string) => `How is ${a} related to ${b}? Provide the relationship in one word.`,
  (a: string, b: string) => `What relation is ${a} to ${b}? Answer with a single word.`,
];

interface Person {
  name: string;
  female: boolean;
  id: number;
  spouse?: Person;
  parents: Person[];
  children: Person[];
}

function addChild(parent: Person, child: Person): void {
  if (!parent.children.includes(child)) parent.children.push(child);
  if (!child.parents.includes(parent)) child.parents.push(parent);
}

function marry(a: Person, b: Person): void {
  a.spouse = b;
  b.spouse = a;
}

function generateFamily(
  rng: Rng,
  size: number,
  maleNames: readonly string[],
  femaleNames: readonly string[],
): Person[] {
  const family: Person[] = [];
  const used = new Set<string>();
  let nextId = 0;
  const person = (female: boolean): Person | null => {
    const available = (female ? femaleNames : maleNames).filter((n) => !used.has(n));
    if (available.length === 0) return null;
    const name = rng.pick(available);
    used.add(name);
    return { name, female, id: nextId++, parents: [], children: [] };
  };
  const must = (female: boolean): Person => {
    const p = person(female);
    if (!p) throw new Error("family_relationships: not enough names");
    family.push(p);
    return p;
  };
  const gf = must(false);
  const gm = must(true);
  marry(gf, gm);
  let mgf: Person | undefined;
  let mgm: Person | undefined;
  if (size > 6) {
    mgf = must(false);
    mgm = must(true);
    marry(mgf, mgm);
  }
  const couples: [Person, Person][] = [];
  const father = must(false);
  addChild(gf, father);
  addChild(gm, father);
  if (size > 3) {
    const mother = must(true);
    marry(father, mother);
    couples.push([father, mother]);
    if (mgf && mgm) {
      addChild(mgf, mother);
      addChild(mgm, mother);
    }
  }
  if (size > 8) {
    const uncle = must(false);
    const auntByMarriage = must(true);
    marry(uncle, auntByMarriage);
    addChild(gf, uncle);
    addChild(gm, uncle);
    couples.push([uncle, auntByMarriage]);
  }
  if (size > 10) {
    const aunt = must(true);
    const uncleByMarriage = must(false);
    marry(aunt, uncleByMarriage);
    addChild(gf, aunt);
    addChild(gm, aunt);
    couples.push([aunt, uncleByMarriage]);
  }
  while (family.length < size && couples.length > 0) {
    const child = person(rng.bool());
    if (!child) break;
    const [a, b] = rng.pick(couples);
    addChild(a, child);
    addChild(b, child);
    family.push(child);
  }
  return family;
}

const grandparents = (p: Person) => p.parents.flatMap((parent) => parent.parents);

/** RG's relationship of a to b, with the fixes above; null when they are not related closely. */
function relationship(a: Person, b: Person): { a: Person; b: Person; label: string } | null {
  const g = (female: boolean, f: string, m: string) => (female ? f : m);
  if (b.parents.includes(a)) return { a, b, label: g(a.female, "mother", "father") };
  if (a.parents.includes(b)) return { a, b, label: g(a.female, "daughter", "son") };
  if (a.spouse === b) return { a, b, label: g(a.female, "wife", "husband") };
  if (
    a.parents.length > 0 &&
    b.parents.length > 0 &&
    a.parents.length === b.parents.length &&
    a.parents.every((p) => b.parents.includes(p))
  )
    return { a, b, label: g(a.female, "sister", "brother") };
  if (grandparents(b).includes(a))
    return { a, b, label: g(a.female, "grandmother", "grandfather") };
  if (a.parents.some((p) => grandparents(b).includes(p)))
    return { a, b, label: g(a.female, "aunt", "uncle") };
  if (b.parents.some((p) => grandparents(a).includes(p)))
    return { a, b, label: g(a.female, "niece", "nephew") };
  if (a.spouse?.parents.includes(b))
    return { a: b, b: a, label: g(b.female, "mother-in-law", "father-in-law") };
  return null;
}

function story(family: Person[]): string {
  const parts: string[] = [];
  const described = new Set<Person>();
  const seen = new Set<Person>();
  for (const p of [...family].sort((x, y) => x.id - y.id)) {
    if (!p.spouse || seen.has(p)) continue;
    seen.add(p);
    seen.add(p.spouse);
    parts.push(`${p.name} is married to ${p.spouse.name}.`);
    const children = p.children.filter((c) => !described.has(c));
    for (const c of children) described.add(c);
    const names = children.map((c) => c.name);
    if (names.length === 1) parts.push(`They have a child called ${names[0]}.`);
    else if (names.length > 1)
      parts.push(`They have children called ${names.slice(0, -1).join(", ")} and ${names.at(-1)}.`);
  }
  return parts.join(" ");
}

export const familyRelationships = defineLogicTask({
  name: "family_relationships",
  category: "graphs",
  curriculum: { family_size: range("min_family_size", "max_family_size", steps(3, 11)) },
  description: "Name how two members of a family described in a short story are related.",
  config: z.object({
    min_family_size: z.number().int().min(3).default(4),
    max_family_size: z.number().int().min(3).default(8),
    male_names: z.array(z.string()).min(1).default(MALE_NAMES),
    female_names: z.array(z.string()).min(1).default(FEMALE_NAMES),
  }),
  generate(rng, config) {
    const size = rng.int(config.min_family_size, config.max_family_size);
    const family = generateFamily(rng, size, config.male_names, config.female_names);
    let found: ReturnType<typeof relationship> = null;
    while (!found) {
      const [a, b] = rng.sample(family, 2) as [Person, Person];
      found = relationship(a, b);
    }
    const question = rng.pick(TEMPLATES)(found.a.name, found.b.name);
    return {
      question: `${story(family)}\n\n${question}`,
      answer: found.label,
      metadata: {
        person1: found.a.name,
        person2: found.b.name,
        relationship: found.label,
        family_size: family.length,
        difficulty: { family_size: [config.min_family_size, config.max_family_size] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    return answer.trim().toLowerCase() === entry.answer.trim().toLowerCase() ? 1 : 0;
  },
});
