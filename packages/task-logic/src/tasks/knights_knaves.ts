import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/logic/knights_knaves.py (after AlphaPav/mem-kk-logic).
// Each inhabitant makes one statement (a random formula over "X is a knight/knave" with not,
// and, or, ->, <=>, of bounded depth and width); only puzzles with exactly one consistent
// assignment are kept. Scoring as RG: both answers are normalised to a set of (name, role)
// pairs; 1.0 when equal, else 0.3 + 0.7 x (matching pairs / people) when the answer has as many
// pairs as the oracle and at least one matches, else 0.
// Differences: width_constraint 1 gives two-operand and/or (numpy raises in RG); sub-statements
// that cannot be made distinct (one person, depth 2) are allowed to repeat instead of looping.

const NAMES = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "Ethan",
  "Sophia",
  "Mason",
  "Isabella",
  "William",
  "Mia",
  "James",
  "Charlotte",
  "Benjamin",
  "Amelia",
  "Lucas",
  "Harper",
  "Henry",
  "Evelyn",
  "Alexander",
  "Abigail",
  "Michael",
  "Emily",
  "Daniel",
  "Elizabeth",
  "Jacob",
  "Sofia",
  "Logan",
  "Avery",
  "Jackson",
  "Ella",
  "Sebastian",
  "Scarlett",
  "Jack",
  "Grace",
  "Aiden",
  "Chloe",
  "Owen",
  "Victoria",
  "Samuel",
  "Riley",
  "Matthew",
  "Aria",
  "Joseph",
  "Lily",
  "Luke",
  "Aurora",
  "David",
  "Zoey",
  "Oliver",
  "Penelope",
];

const PAIRS: [string, string][] = [
  ["a knight", "a knave"],
  ["a pioneer", "a laggard"],
  ["a saint", "a sinner"],
  ["a hero", "a villain"],
  ["an angel", "a devil"],
  ["an altruist", "an egoist"],
  ["a sage", "a fool"],
];
const ROLES = new Set(PAIRS.flatMap((pair) => pair.map((p) => p.split(" ")[1] as string)));

const TEMPLATES: ((name: string, content: string) => string)[] = [
  (n, c) => `${n} said that ${c}.`,
  (n, c) => `${n} told you that ${c}.`,
  (n, c) => `${n} said, "${c}."`,
  (n, c) => `${n} stated, "${c}".`,
  (n, c) => `According to ${n}, "${c}".`,
  (n, c) => `In ${n}'s words: "${c}".`,
  (n, c) => `${n} remarked, "${c}".`,
  (n, c) => `"${c}," ${n} declared.`,
  (n, c) => `${n} was heard saying, "${c}".`,
  (n, c) => `${n} expressed that ${c}.`,
  (n, c) => `"${c}" - ${n}.`,
  (n, c) => `As ${n} put it, "${c}".`,
  (n, c) => `${n} asserted: "${c}".`,
  (n, c) => `"${c}," ${n} mentioned.`,
  (n, c) => `${n} commented, "${c}".`,
  (n, c) => `In a statement by ${n}: "${c}".`,
  (n, c) => `${n} noted, "${c}".`,
  (n, c) => `"${c}," ${n} claimed.`,
];

/** RG's statement trees: ["telling-truth", i], ["lying", i], ["not", s], ["and", s...], ... */
export type Statement = [string, ...(Statement | number)[]];

const isPrimitive = (s: Statement) => s[0] === "telling-truth" || s[0] === "lying";

function sampleStatement(
  rng: Rng,
  self: number,
  n: number,
  depth: number,
  width: number,
): Statement {
  const dice = rng.int(0, 5);
  if (depth === 1 || dice === 0) {
    for (;;) {
      const kind = rng.pick(["telling-truth", "lying"]);
      const person = rng.int(0, n - 1);
      if (!(kind === "lying" && person === self)) return [kind, person];
    }
  }
  if (dice === 1) return ["not", sampleStatement(rng, self, n, depth - 1, width)];
  const operator = (["and", "or", "->", "<=>"] as const)[dice - 2] as string;
  const count = dice <= 3 ? rng.int(2, Math.max(2, width)) : 2;
  const subs: Statement[] = [];
  for (let tries = 0; subs.length < count; tries++) {
    const sub = sampleStatement(rng, self, n, depth - 1, width);
    const key = JSON.stringify(sub);
    if (tries < 100 && subs.some((s) => JSON.stringify(s) === key)) continue;
    subs.push(sub);
  }
  return [operator, ...subs];
}

function holds(s: Statement, knights: readonly boolean[]): boolean {
  const sub = (i: number) => holds(s[i] as Statement, knights);
  switch (s[0]) {
    case "telling-truth":
      return knights[s[1] as number] === true;
    case "lying":
      return knights[s[1] as number] === false;
    case "not":
      return !sub(1);
    case "and":
      return s.slice(1).every((x) => holds(x as Statement, knights));
    case "or":
      return s.slice(1).some((x) => holds(x as Statement, knights));
    case "->":
      return !sub(1) || sub(2);
    case "<=>":
      return sub(1) === sub(2);
    default:
      throw new Error(`unknown statement ${String(s[0])}`);
  }
}

/** Every knight/knave assignment under which each person's statement is true iff they are a knight. */
export function solutions(statements: readonly Statement[]): boolean[][] {
  const n = statements.length;
  const out: boolean[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    // RG enumerates itertools.product([True, False]): all-knights first.
    const knights = Array.from({ length: n }, (_, i) => ((mask >> (n - 1 - i)) & 1) === 0);
    if (statements.every((s, i) => holds(s, knights) === knights[i])) out.push(knights);
  }
  return out;
}

interface Terms {
  knight: string;
  knave: string;
  a_knight: string;
  a_knave: string;
  Knight: string;
  Knave: string;
}

function formatStatement(names: string[], t: Terms, s: Statement): string {
  const primitive = (kind: string, person: number) =>
    `${names[person]} is ${kind === "telling-truth" ? t.a_knight : t.a_knave}`;
  const wrap = (sub: Statement) => {
    const text = formatStatement(names, t, sub);
    return isPrimitive(sub) ? text : `(${text})`;
  };
  if (isPrimitive(s)) return primitive(s[0], s[1] as number);
  const a = s[1] as Statement;
  if (s[0] === "not") {
    if (isPrimitive(a))
      return primitive(a[0] === "telling-truth" ? "lying" : "telling-truth", a[1] as number);
    return `it is not the case that ${wrap(a)}`;
  }
  if (s[0] === "and" || s[0] === "or")
    return s
      .slice(1)
      .map((x) => wrap(x as Statement))
      .join(` ${s[0]} `);
  const b = s[2] as Statement;
  if (s[0] === "->") return `if ${wrap(a)} then ${wrap(b)}`;
  return `${wrap(a)} if and only if ${wrap(b)}`;
}

/** RG's _normalize_answer: the (name, role) pairs named in an answer. */
function normalize(answer: string): Set<string> {
  const text = answer
    .toLowerCase()
    .trim()
    .replace(/[.,()]/g, " ");
  const parts = text
    .replaceAll(" and ", " ")
    .split(/\s+/)
    .filter((p) => p.length > 0);
  const pairs = new Set<string>();
  let current: string | null = null;
  for (const part of parts) {
    if (part === "is" || part === "a" || part === "an") continue;
    if (ROLES.has(part)) {
      if (current) pairs.add(`${current}\u0000${part}`);
      current = null;
    } else current = part;
  }
  return pairs;
}

export const knightsKnaves = defineLogicTask({
  name: "knights_knaves",
  category: "logic",
  curriculum: {
    n_people: scalar("n_people", [2, 3, 4, 5]),
    depth_constraint: scalar("depth_constraint", [2, 3]),
    width_constraint: scalar("width_constraint", [2, 3]),
  },
  description: "Decide who tells the truth on the island of knights and knaves.",
  config: z.object({
    n_people: z.number().int().min(1).max(12).default(2),
    depth_constraint: z.number().int().min(1).default(2),
    width_constraint: z.number().int().min(1).default(2),
  }),
  generate(rng, config) {
    const n = config.n_people;
    let statements: Statement[] = [];
    let solution: boolean[] | undefined;
    for (let attempt = 0; ; attempt++) {
      // One person at depth <= 2 can only say "I am a knight" (two solutions): RG gives up after 1000.
      if (attempt === 10_000)
        throw new Error("knights_knaves: no puzzle with a unique solution for this config");
      statements = Array.from({ length: n }, (_, i) =>
        sampleStatement(rng, i, n, config.depth_constraint, config.width_constraint),
      );
      const found = solutions(statements);
      if (found.length === 1) {
        solution = found[0];
        break;
      }
    }
    const names = rng.sample(NAMES, n);
    const [aKnight, aKnave] = rng.pick(PAIRS);
    const knight = aKnight.split(" ")[1] as string;
    const knave = aKnave.split(" ")[1] as string;
    const terms: Terms = {
      knight,
      knave,
      a_knight: aKnight,
      a_knave: aKnave,
      Knight: knight.charAt(0).toUpperCase() + knight.slice(1),
      Knave: knave.charAt(0).toUpperCase() + knave.slice(1),
    };
    let text = `A very special island is inhabited only by ${knight}s and ${knave}s. ${terms.Knight}s always tell the truth, and ${knave}s always lie. `;
    text += `You meet ${n} inhabitants: ${names.slice(0, -1).join(", ")}, and ${names.at(-1)}.`;
    statements.forEach((s, i) => {
      text += ` ${rng.pick(TEMPLATES)(names[i] as string, formatStatement(names, terms, s))}`;
    });
    text += ` So who is ${aKnight} and who is ${aKnave}?`;
    const format =
      n > 1
        ? `${names
            .slice(0, -1)
            .map((name) => `${name} is a ${knight}/${knave}`)
            .join(", ")}, and ${names.at(-1)} is a ${knight}/${knave}`
        : `${names[0]} is a ${knight}/${knave}`;
    text += ` (Format your answer like: "${format}")`;
    const claims = names.map((name, i) => `${name} is ${solution?.[i] ? aKnight : aKnave}`);
    const answer = `${claims.slice(0, -1).join(", ")}, and ${claims.at(-1)}.`;
    return {
      question: text,
      answer,
      metadata: {
        statements,
        solution,
        names,
        knight_knave_terms: terms,
        difficulty: {
          n_people: n,
          depth_constraint: config.depth_constraint,
          width_constraint: config.width_constraint,
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    const oracle = normalize(entry.answer);
    const given = normalize(answer);
    let matching = 0;
    for (const pair of given) if (oracle.has(pair)) matching++;
    if (matching === oracle.size && given.size === oracle.size) return 1;
    if (given.size === oracle.size && matching > 0) return 0.3 + (0.7 * matching) / oracle.size;
    return 0;
  },
});
