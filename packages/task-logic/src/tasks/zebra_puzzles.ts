import { z } from "zod";
import { scalar, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/logic/zebra_puzzles.py and logic/contrib/logic_puzzle/
// (generate.py, clues.py, literals.py, puzzle.py). K houses, each with a name and M - 1 other
// attributes drawn from ten categories; clues of the kinds "X is in the n-th house", "X is Y",
// "X is directly left of Y" and "X and Y are next to each other" are generated from a random
// solution, then reduced to a set that still has exactly one solution. The question asks who
// lives in house 1. Scoring as RG: 1.0 when the answer equals the name, case-insensitive and
// ignoring newlines.
// Differences: RG checks uniqueness with a SAT solver (pycosat) and reduces clues in weighted
// batches before a one-by-one pass; here a small constraint solver (bitmask domains with
// propagation) checks uniqueness and the reduction is the one-by-one pass alone, which also
// leaves a minimal clue set.

/** RG's literal categories: description (up to ":") and members as [name, description]. */
const CATEGORIES: Record<string, { intro: string; members: [string, string][] }> = {
  Name: {
    intro: "Each person has a unique name",
    members: [
      ["arnold", "Arnold"],
      ["eric", "Eric"],
      ["peter", "Peter"],
      ["alice", "Alice"],
      ["bob", "Bob"],
      ["carol", "Carol"],
      ["david", "David"],
      ["emily", "Emily"],
    ],
  },
  Color: {
    intro: "Each person has a favorite color",
    members: [
      ["yellow", "the person who loves yellow"],
      ["red", "the person whose favorite color is red"],
      ["white", "the person who loves white"],
      ["green", "the person whose favorite color is green"],
      ["blue", "the person who loves blue"],
      ["purple", "the person who loves purple"],
      ["brown", "the person who loves brown"],
    ],
  },
  Nationality: {
    intro: "The people are of nationalities",
    members: [
      ["dane", "the Dane"],
      ["brit", "the British person"],
      ["swede", "the Swedish person"],
      ["norwegian", "the Norwegian"],
      ["german", "the German"],
      ["chinese", "the Chinese"],
      ["mexican", "the Mexican"],
    ],
  },
  Animal: {
    intro: "The people keep different animals",
    members: [
      ["horse", "the person who keeps horses"],
      ["cat", "the cat lover"],
      ["bird", "the bird keeper"],
      ["fish", "the fish enthusiast"],
      ["dog", "the dog owner"],
      ["rabbit", "the rabbit owner"],
      ["pig", "the pig owner"],
    ],
  },
  Drink: {
    intro: "Each person has a favorite drink",
    members: [
      ["water", "the one who only drinks water"],
      ["tea", "the tea drinker"],
      ["milk", "the person who likes milk"],
      ["coffee", "the coffee drinker"],
      ["root_beer", "the root beer lover"],
      ["boba_tea", "the boba tea drinker"],
      ["wine", "the wine drinker"],
    ],
  },
  Cigar: {
    intro: "Everyone has a different favorite cigar",
    members: [
      ["pall_mall", "the person partial to Pall Mall"],
      ["prince", "the Prince smoker"],
      ["blue_master", "the person who smokes Blue Master"],
      ["dunhill", "the Dunhill smoker"],
      ["blends", "the person who smokes many different blends"],
      ["yellow_monster", "the person who smokes Yellow Monster"],
      ["red_eye", "the person who smokes Red Eye"],
    ],
  },
  Food: {
    intro: "Everyone has something different for lunch",
    members: [
      ["grilled_cheese", "the person who loves eating grilled cheese"],
      ["pizza", "the person who is a pizza lover"],
      ["spaghetti", "the person who loves the spaghetti eater"],
      ["stew", "the person who loves the stew"],
      ["stir_fry", "the person who loves stir fry"],
      ["soup", "the person who loves the soup"],
      ["sushi", "the person who loves the sushi"],
    ],
  },
  Flower: {
    intro: "They all have a different favorite flower",
    members: [
      ["carnations", "the person who loves a carnations arrangement"],
      ["daffodils", "the person who loves a bouquet of daffodils"],
      ["lilies", "the person who loves the boquet of lilies"],
      ["roses", "the person who loves the rose bouquet"],
      ["tulips", "the person who loves the vase of tulips"],
      ["iris", "the person who loves the boquet of iris"],
      ["orchid", "the person who loves the boquet of orchid"],
    ],
  },
  PhoneModel: {
    intro: "People use different phone models",
    members: [
      ["iphone_13", "the person who uses an iPhone 13"],
      ["samsung_galaxy_s21", "the person who uses a Samsung Galaxy S21"],
      ["google_pixel_6", "the person who uses a Google Pixel 6"],
      ["oneplus_9", "the person who uses a OnePlus 9"],
      ["huawei_p50", "the person who uses a Huawei P50"],
      ["xiaomi_mi_11", "the person who uses a Xiaomi Mi 11"],
      ["sony_xperia_5", "the person who uses a Sony Xperia 5"],
    ],
  },
  Children: {
    intro: "Each mother is accompanied by their child",
    members: [
      ["bella", "the person's child is named Bella"],
      ["fred", "the person's child is named Fred"],
      ["meredith", "the person's child is named Meredith"],
      ["samantha", "the person's child is named Samantha"],
      ["timothy", "the person who is the mother of Timothy"],
      ["alice", "the person's child is named Alice"],
      ["billy", "the person who is the mother of Billy"],
    ],
  },
  Smoothie: {
    intro: "Everyone has a favorite smoothie",
    members: [
      ["cherry", "the person who likes Cherry smoothies"],
      ["desert", "the Desert smoothie lover"],
      ["watermelon", "the Watermelon smoothie lover"],
      ["dragonfruit", "the Dragonfruit smoothie lover"],
      ["lime", "the person who drinks Lime smoothies"],
      ["blueberry", "the person who drinks Blueberry smoothies"],
      ["lemon", "the Lemon smoothie lover"],
      ["dusk", "the person whose favorite smoothie is Dusk"],
      ["dawn", "the person who likes Dawn smoothies"],
      ["spring", "the person who likes Spring smoothies"],
      ["seafoam", "the person who likes Seafoam smoothies"],
      ["phantom_spring", "the person who likes Phantom Spring smoothies"],
      ["abyss", "the person whose favorite smoothie is Abyss"],
      ["butterscotch", "the Butterscotch smoothie drinker"],
      ["lilac", "the Lilac smoothie drinker"],
      ["sakura", "the person whose favorite smoothie is Sakura"],
      ["life", "the Life smoothie drinker"],
      ["darkness", "the Darkness smoothie drinker"],
      ["earth", "the person who likes Earth smoothies"],
    ],
  },
};
const OTHER = [
  "Color",
  "Nationality",
  "Animal",
  "Drink",
  "Cigar",
  "Food",
  "Flower",
  "PhoneModel",
  "Children",
  "Smoothie",
];
const ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"];

/** Literal l = category c * K + value v; houses are bits 0..K-1 (house h is bit h - 1). */
type Clue =
  | { kind: "found"; a: number; house: number }
  | { kind: "same" | "consecutive" | "beside"; a: number; b: number };

const popcount = (x: number) => {
  let k = 0;
  for (let y = x; y; y &= y - 1) k++;
  return k;
};

/** Narrows domains to a fixpoint; false on a contradiction. */
function propagate(domains: Int32Array, K: number, M: number, clues: readonly Clue[]): boolean {
  const all = (1 << K) - 1;
  const near = (d: number) => ((d << 1) | (d >> 1)) & all;
  for (let changed = true; changed; ) {
    changed = false;
    const narrow = (l: number, mask: number) => {
      const before = domains[l] as number;
      const after = before & mask;
      if (after !== before) {
        domains[l] = after;
        changed = true;
      }
      return after !== 0;
    };
    for (const clue of clues) {
      if (clue.kind === "found") {
        if (!narrow(clue.a, 1 << (clue.house - 1))) return false;
        continue;
      }
      const da = domains[clue.a] as number;
      const db = domains[clue.b] as number;
      let ok = true;
      if (clue.kind === "same") ok = narrow(clue.a, db) && narrow(clue.b, da);
      else if (clue.kind === "consecutive")
        ok = narrow(clue.a, db >> 1) && narrow(clue.b, (da << 1) & all);
      else ok = narrow(clue.a, near(db)) && narrow(clue.b, near(da));
      if (!ok) return false;
    }
    for (let c = 0; c < M; c++) {
      for (let v = 0; v < K; v++) {
        const d = domains[c * K + v] as number;
        if (popcount(d) !== 1) continue;
        for (let w = 0; w < K; w++) if (w !== v && !narrow(c * K + w, ~d)) return false;
      }
      for (let h = 0; h < K; h++) {
        let holder = -1;
        let count = 0;
        for (let v = 0; v < K; v++)
          if ((domains[c * K + v] as number) & (1 << h)) {
            holder = v;
            count++;
          }
        if (count === 0) return false;
        if (count === 1 && !narrow(c * K + holder, 1 << h)) return false;
      }
    }
  }
  return true;
}

/** Number of solutions of the clues, up to `limit`. */
export function countZebraSolutions(
  K: number,
  M: number,
  clues: readonly Clue[],
  limit = 2,
): number {
  const search = (domains: Int32Array): number => {
    if (!propagate(domains, K, M, clues)) return 0;
    let pick = -1;
    let best = K + 1;
    for (let l = 0; l < K * M; l++) {
      const n = popcount(domains[l] as number);
      if (n > 1 && n < best) {
        best = n;
        pick = l;
      }
    }
    if (pick < 0) return 1;
    let count = 0;
    for (let h = 0; h < K && count < limit; h++) {
      if (!((domains[pick] as number) & (1 << h))) continue;
      const next = domains.slice();
      next[pick] = 1 << h;
      count += search(next);
    }
    return count;
  };
  return search(new Int32Array(K * M).fill((1 << K) - 1));
}

export const zebraPuzzles = defineLogicTask({
  name: "zebra_puzzles",
  category: "logic",
  curriculum: {
    num_people: scalar("num_people", steps(2, 7)),
    num_characteristics: scalar("num_characteristics", steps(2, 7)),
  },
  description: "Solve a zebra (Einstein) puzzle: who lives in the first house?",
  config: z.object({
    num_people: z.number().int().min(2).max(7).default(4),
    num_characteristics: z.number().int().min(2).max(7).default(4),
  }),
  generate(rng, config) {
    const K = config.num_people;
    const M = config.num_characteristics;
    const categories = ["Name", ...rng.shuffle(OTHER).slice(0, M - 1)];
    // RG uses the first K members of each category in order of their descriptions.
    const members = categories.map((name) =>
      [...(CATEGORIES[name]?.members ?? [])]
        .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
        .slice(0, K),
    );
    const houseOf: number[] = [];
    for (let c = 0; c < M; c++) {
      const houses = rng.shuffle(Array.from({ length: K }, (_, i) => i + 1));
      for (let v = 0; v < K; v++) houseOf[c * K + v] = houses[v] as number;
    }
    const text = (l: number) =>
      (members[Math.floor(l / K)] as [string, string][])[l % K]?.[1] ?? "";
    const at = (h: number) => houseOf.flatMap((x, l) => (x === h ? [l] : []));
    let clues: Clue[] = [];
    for (let l = 0; l < K * M; l++)
      clues.push({ kind: "found", a: l, house: houseOf[l] as number });
    for (let h = 1; h <= K; h++)
      for (const a of at(h)) for (const b of at(h)) if (a !== b) clues.push({ kind: "same", a, b });
    for (let h = 1; h < K; h++)
      for (const a of at(h))
        for (const b of at(h + 1))
          clues.push({ kind: rng.bool() ? "consecutive" : "beside", a, b });
    // One-by-one reduction in random order, repeated until nothing more can go.
    for (let removed = true; removed; ) {
      removed = false;
      for (const clue of rng.shuffle(clues)) {
        const rest = clues.filter((c) => c !== clue);
        if (countZebraSolutions(K, M, rest) === 1) {
          clues = rest;
          removed = true;
        }
      }
    }
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const clueText = (c: Clue) =>
      c.kind === "found"
        ? cap(`${text(c.a)} is in the ${ORDINALS[c.house]} house.`)
        : c.kind === "same"
          ? cap(`${text(c.a)} is ${text(c.b)}.`)
          : c.kind === "consecutive"
            ? cap(`${text(c.a)} is directly left of ${text(c.b)}.`)
            : cap(`${text(c.a)} and ${text(c.b)} are next to each other.`);
    let puzzle =
      `This is a logic puzzle. There are ${K} houses (numbered 1 on the left, ${K} on the right), ` +
      "from the perspective of someone standing across the street from them. Each has a different person in them. " +
      "They have different characteristics:\n";
    categories.forEach((name, c) => {
      const shown = rng
        .shuffle(members[c] as [string, string][])
        .map(([n]) => n.replaceAll("_", " "));
      puzzle += ` - ${CATEGORIES[name]?.intro}: ${shown.join(", ")}\n`;
    });
    puzzle += "\n";
    puzzle += rng
      .shuffle(clues)
      .map((c, i) => `${i + 1}. ${clueText(c)}\n`)
      .join("");
    const first = houseOf.findIndex((h, l) => l < K && h === 1);
    const answer = (members[0] as [string, string][])[first]?.[0] ?? "";
    return {
      question: `${puzzle}\nWhat is Name of the person who lives in House 1?? Provide only the name of the person as your final answer.`,
      answer,
      metadata: { difficulty: { num_people: K, num_characteristics: M } },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const norm = (s: string) => s.toLowerCase().replaceAll("\n", "");
    return norm(answer) === norm(entry.answer) ? 1 : 0;
  },
});
