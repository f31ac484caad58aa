import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { wordsOfLength } from "../words.js";

// Reasoning Gym: reasoning_gym/algorithmic/word_ladder.py
// Scoring as RG: the comma-separated ladder (case-insensitive) must start and end with the
// given words, keep the word length and change exactly one letter per step, else 0; any such
// ladder is accepted (not only the shortest), and each word missing from the vocabulary halves
// the reward.
// Deviation: RG's vocabulary is its bundled words.csv; here it is the word-list package's words
// of 3 to 5 letters (1,300 / 5,469 / 12,578 of them), upper-cased, plus the words of the
// entry's own ladder (word-list leaves out offensive words RG's list has, like "CRAP"), so RG's
// answers score 1.0; an alternative ladder through other words word-list lacks loses half per
// such word.

export interface Vocabulary {
  words: string[]; // sorted
  index: Map<string, number>;
  /** neighbors[i]: indices of the words one letter away from words[i]. */
  neighbors: Int32Array[];
}

const vocabularies = new Map<number, Vocabulary>();

/** The upper-cased vocabulary of one word length with its one-letter-change graph, built once. */
export function vocabulary(length: number): Vocabulary {
  let vocab = vocabularies.get(length);
  if (!vocab) {
    const words = [...new Set(wordsOfLength(length, length).map((w) => w.toUpperCase()))].sort();
    const index = new Map(words.map((w, i) => [w, i]));
    // Words sharing all letters but position i meet in the bucket keyed by the word with "_" there.
    const buckets = new Map<string, number[]>();
    for (const [i, word] of words.entries()) {
      for (let p = 0; p < length; p++) {
        const key = `${word.slice(0, p)}_${word.slice(p + 1)}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(i);
        else buckets.set(key, [i]);
      }
    }
    const lists: number[][] = words.map(() => []);
    for (const bucket of buckets.values()) {
      for (const a of bucket) for (const b of bucket) if (a !== b) (lists[a] as number[]).push(b);
    }
    vocab = { words, index, neighbors: lists.map((l) => Int32Array.from(l)) };
    vocabularies.set(length, vocab);
  }
  return vocab;
}

/**
 * A shortest ladder from start to end, or null when none exists: breadth-first search from both
 * ends, always growing the smaller frontier by a whole level, so the first meeting is shortest.
 */
export function shortestLadder(start: string, end: string, vocab: Vocabulary): string[] | null {
  const from = vocab.index.get(start);
  const to = vocab.index.get(end);
  if (from === undefined || to === undefined) return null;
  if (from === to) return [start];
  const n = vocab.words.length;
  // side[i]: 1 reached from start, 2 reached from end; parent[i]: the neighbour it came from.
  const side = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  side[from] = 1;
  side[to] = 2;
  let frontiers: [number[], number[]] = [[from], [to]];
  for (;;) {
    const [a, b] = frontiers;
    if (a.length === 0 || b.length === 0) return null;
    const grow = a.length <= b.length ? 1 : 2;
    const next: number[] = [];
    for (const word of grow === 1 ? a : b) {
      for (const nb of vocab.neighbors[word] as Int32Array) {
        if (side[nb] === grow) continue;
        if (side[nb] !== 0) {
          // Met the other search: walk both parent chains out from the edge word-nb.
          const left: number[] = [];
          const right: number[] = [];
          const [fromStart, fromEnd] = grow === 1 ? [word, nb] : [nb, word];
          for (let w = fromStart; w !== -1; w = parent[w] as number) left.push(w);
          for (let w = fromEnd; w !== -1; w = parent[w] as number) right.push(w);
          return [...left.reverse(), ...right].map((i) => vocab.words[i] as string);
        }
        side[nb] = grow;
        parent[nb] = word;
        next.push(nb);
      }
    }
    frontiers = grow === 1 ? [next, b] : [a, next];
  }
}

const ConfigSchema = z.object({
  min_word_length: z.number().int().min(3).max(5).default(4),
  max_word_length: z.number().int().min(3).max(5).default(4),
  min_chain_length: z.number().int().min(-1).default(-1),
  max_chain_length: z.number().int().min(-1).default(-1),
});

function validLength(config: z.infer<typeof ConfigSchema>, length: number): boolean {
  if (config.min_chain_length === -1) {
    return config.max_chain_length === -1
      ? length >= 3
      : length >= 3 && length <= config.max_chain_length;
  }
  return (
    length >= config.min_chain_length &&
    (config.max_chain_length === -1 || length <= config.max_chain_length)
  );
}

export const wordLadder = defineLogicTask({
  name: "word_ladder",
  category: "algorithmic",
  curriculum: { word_length: range("min_word_length", "max_word_length", [3, 4, 5], true) },
  description: "Turn one word into another changing one letter at a time through English words.",
  config: ConfigSchema,
  generate(rng, config) {
    const length = rng.int(config.min_word_length, config.max_word_length);
    const vocab = vocabulary(length);
    for (let attempt = 0; attempt < 100; attempt++) {
      const start = rng.pick(vocab.words);
      const end = rng.pick(vocab.words);
      if (start === end) continue;
      // As in RG, direct neighbours make a two-word ladder regardless of the chain limits.
      const path = shortestLadder(start, end, vocab);
      if (path === null || (path.length > 2 && !validLength(config, path.length))) continue;
      return {
        question: `Transform the word ladder '${start}' to '${end}' by changing one letter at a time.\nProvide your answer as a comma-separated sequence of uppercase letters without spaces.\nEach step must be a valid English word.`,
        answer: path.join(","),
        metadata: {
          start_word: start,
          end_word: end,
          word_length: length,
          chain_length: path.length,
          difficulty: { word_length: [config.min_word_length, config.max_word_length] },
        },
      };
    }
    throw new RangeError(`no word ladder found for length ${length} in 100 attempts`);
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const words = answer
      .toUpperCase()
      .split(",")
      .map((w) => w.trim());
    const start = entry.metadata.start_word;
    const end = entry.metadata.end_word;
    if (typeof start !== "string" || typeof end !== "string") return 0;
    if (words.length < 2 || words[0] !== start || words.at(-1) !== end) return 0;
    const length = end.length;
    if (!words.every((w) => w.length === length)) return 0;
    for (let k = 1; k < words.length; k++) {
      const a = words[k - 1] as string;
      const b = words[k] as string;
      let changed = 0;
      for (let i = 0; i < length; i++) if (a[i] !== b[i]) changed++;
      if (changed !== 1) return 0;
    }
    const known = length >= 3 && length <= 5 ? vocabulary(length).index : new Map<string, number>();
    // The entry's own ladder is valid by construction (RG's vocabulary has words word-list
    // leaves out, such as "CRAP" or "MUFF"), so its words count as known too.
    const ladder = new Set((entry.answer ?? "").toUpperCase().split(","));
    let reward = 1;
    for (const w of words) if (!known.has(w) && !ladder.has(w)) reward *= 0.5;
    return reward;
  },
});
