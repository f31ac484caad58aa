import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/algorithmic/ransom_note.py (LeetCode 383).
// The magazine holds the note's letters plus random ones; an unsolvable item drops one note
// letter from the magazine and pads with letters other than it. The answer "True"/"False" is
// computed by counting letters. Scoring: RG's default (exact, or the contained fraction).
const QUESTION = (note: string, magazine: string) =>
  `Given two strings representing a ransom note and a magazine, return True if you can construct the ransom note using the letters in the magazine, and False otherwise.

Each letter in the magazine string can only be used once in your ransom note.

Ransom note: ${note}
Magazine: ${magazine}
`;

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/** Whether every letter of the note is available in the magazine, each used once. */
export function canConstruct(note: string, magazine: string): boolean {
  const counts = new Map<string, number>();
  for (const c of magazine) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of note) {
    const left = counts.get(c) ?? 0;
    if (left <= 0) return false;
    counts.set(c, left - 1);
  }
  return true;
}

function notePair(
  rng: Rng,
  noteLength: number,
  magazineLength: number,
  solvable: boolean,
): [string, string] {
  const note = Array.from({ length: noteLength }, () => rng.pick(LETTERS));
  const magazine = note.slice();
  if (solvable) {
    for (let k = noteLength; k < magazineLength; k++) magazine.push(rng.pick(LETTERS));
  } else {
    const removed = rng.pick(magazine);
    magazine.splice(magazine.indexOf(removed), 1);
    const others = LETTERS.filter((c) => c !== removed);
    for (let k = noteLength; k <= magazineLength; k++) magazine.push(rng.pick(others));
  }
  return [rng.shuffle(note).join(""), rng.shuffle(magazine).join("")];
}

export const ransomNote = defineLogicTask({
  name: "ransom_note",
  category: "algorithmic",
  curriculum: {
    note_length: range("min_note_length", "max_note_length", [10, 50, 100, 500], true),
    magazine_length: range(
      "min_magazine_length",
      "max_magazine_length",
      [50, 100, 500, 1000],
      true,
    ),
  },
  description: "Decide whether a ransom note can be cut from a magazine's letters (True/False).",
  config: z.object({
    min_note_length: z.number().int().min(1).default(1),
    max_note_length: z.number().int().min(1).default(10),
    min_magazine_length: z.number().int().min(2).default(2),
    max_magazine_length: z.number().int().min(2).default(30),
    p_solvable: z.number().min(0).max(1).default(0.5),
  }),
  generate(rng, config) {
    if (config.max_note_length >= config.max_magazine_length)
      throw new Error("ransom_note: max_note_length must be less than max_magazine_length");
    const noteLength = rng.int(config.min_note_length, config.max_note_length);
    const magazineLength = rng.int(
      Math.max(noteLength, config.min_magazine_length),
      config.max_magazine_length,
    );
    const solvable = rng.float() < config.p_solvable;
    const [note, magazine] = notePair(rng, noteLength, magazineLength, solvable);
    const answer = canConstruct(note, magazine);
    return {
      question: QUESTION(note, magazine),
      answer: answer ? "True" : "False",
      metadata: {
        ransom_note: note,
        magazine,
        solution: answer,
        solvable,
        note_length: noteLength,
        magazine_length: magazineLength,
        difficulty: {
          note_length: [config.min_note_length, config.max_note_length],
          magazine_length: [config.min_magazine_length, config.max_magazine_length],
        },
      },
    };
  },
  score: scoreExactOrContained,
});
