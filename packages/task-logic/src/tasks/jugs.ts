import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { gcd } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/algorithmic/jugs.py
// Scoring as RG: the answer parsed as a JSON list of moves ("fill A", "empty B", "pour A->B"),
// simulated from empty jugs: 1.0 when a jug holds the target at the end, 0.01 for a list of
// valid moves that does not, 0 for anything unparseable. Any working plan is accepted.
// Fix: RG's reference solver only handles three jugs (its answer is wrong for num_jugs > 3);
// here one breadth-first search over all jugs gives both the minimum move count and a plan.

const letter = (i: number) => String.fromCharCode(65 + i);

interface Search {
  /** best[t]: fewest moves to a state where some jug holds t (or -1). */
  best: Int32Array;
  /** A shortest plan reaching amount t. */
  plan(t: number): string[];
}

/**
 * Breadth-first search over jug states from all-empty. A state is a mixed-radix integer (jug i
 * is digit i, base capacity_i + 1), so moves are integer arithmetic on the code; visited states
 * and back-pointers live in typed arrays indexed by that code (a Map when the state space passes
 * 2^22). Move codes: fill i = i, empty i = n + i, pour i->j = 2n + i*n + j.
 */
export function searchJugs(capacities: readonly number[]): Search {
  const n = capacities.length;
  const weights: number[] = [];
  let total = 1;
  for (const c of capacities) {
    weights.push(total);
    total *= c + 1;
  }
  const small = total <= 2 ** 22;
  const parentArray = small ? new Int32Array(total).fill(-2) : null;
  const moveArray = small ? new Int32Array(total) : null;
  const parentMap = new Map<number, number>();
  const moveMap = new Map<number, number>();
  const seen = (c: number) => (parentArray ? parentArray[c] !== -2 : parentMap.has(c));
  const record = (c: number, from: number, move: number) => {
    if (parentArray && moveArray) {
      parentArray[c] = from;
      moveArray[c] = move;
    } else {
      parentMap.set(c, from);
      moveMap.set(c, move);
    }
  };
  const parentOf = (c: number) =>
    parentArray ? (parentArray[c] as number) : (parentMap.get(c) as number);
  const moveAt = (c: number) => (moveArray ? (moveArray[c] as number) : (moveMap.get(c) as number));
  record(0, -1, 0);
  const maxCap = Math.max(...capacities);
  const best = new Int32Array(maxCap + 1).fill(-1);
  const reachedAt = new Map<number, number>();
  const digits = new Int32Array(n);
  const succ = new Float64Array(2 * n + n * n);
  const succMove = new Int32Array(2 * n + n * n);
  let frontier = [0];
  for (let depth = 0; frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const code of frontier) {
      let rest = code;
      for (let i = 0; i < n; i++) {
        const base = (capacities[i] as number) + 1;
        const d = rest % base;
        digits[i] = d;
        rest = (rest - d) / base;
        if (best[d] === -1) {
          best[d] = depth;
          reachedAt.set(d, code);
        }
      }
      // Successor codes and their move codes, collected without allocating closures.
      let count = 0;
      for (let i = 0; i < n; i++) {
        const d = digits[i] as number;
        const w = weights[i] as number;
        if (d !== capacities[i]) {
          succ[count] = code + ((capacities[i] as number) - d) * w;
          succMove[count++] = i;
        }
        if (d !== 0) {
          succ[count] = code - d * w;
          succMove[count++] = n + i;
        }
      }
      for (let i = 0; i < n; i++) {
        const di = digits[i] as number;
        if (di === 0) continue;
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          const amount = Math.min(di, (capacities[j] as number) - (digits[j] as number));
          if (amount > 0) {
            succ[count] = code - amount * (weights[i] as number) + amount * (weights[j] as number);
            succMove[count++] = 2 * n + i * n + j;
          }
        }
      }
      for (let k = 0; k < count; k++) {
        const c = succ[k] as number;
        if (!seen(c)) {
          record(c, code, succMove[k] as number);
          next.push(c);
        }
      }
    }
    frontier = next;
  }
  const describe = (move: number): string => {
    if (move < n) return `fill ${letter(move)}`;
    if (move < 2 * n) return `empty ${letter(move - n)}`;
    const k = move - 2 * n;
    return `pour ${letter(Math.floor(k / n))}->${letter(k % n)}`;
  };
  return {
    best,
    plan(t) {
      let code = reachedAt.get(t);
      if (code === undefined) return ["No solution"];
      const moves: string[] = [];
      while (code !== 0) {
        moves.push(describe(moveAt(code)));
        code = parentOf(code);
      }
      return moves.reverse();
    },
  };
}

/** Fewest-move tables per capacity list, shared across items (capacities repeat often). */
const bestCache = new Map<string, Int32Array>();
function bestMoves(capacities: readonly number[]): Int32Array {
  const key = capacities.join(",");
  let best = bestCache.get(key);
  if (!best) {
    best = searchJugs(capacities).best;
    if (bestCache.size > 10_000) bestCache.clear();
    bestCache.set(key, best);
  }
  return best;
}

function generatePuzzle(rng: Rng, numJugs: number, difficulty: number) {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const capacities = Array.from({ length: numJugs }, () => rng.int(3, 3 + difficulty));
    const maxCap = Math.max(...capacities);
    const g = capacities.reduce(gcd);
    const targets = Array.from({ length: maxCap }, (_, k) => k + 1).filter((t) => t % g === 0);
    const target = rng.pick(targets);
    const moves = bestMoves(capacities)[target] as number;
    if (moves >= difficulty) {
      const plan = searchJugs(capacities).plan(target);
      return { puzzle: { jug_capacities: capacities, target, min_moves: moves }, plan };
    }
  }
  throw new RangeError(`no ${numJugs}-jug puzzle needing ${difficulty} moves in 10,000 attempts`);
}

/** RG's verify_solution: simulate the moves; throws where RG raises. */
export function simulateJugs(capacities: readonly number[], moves: readonly unknown[]): number[] {
  const state = capacities.map(() => 0);
  const jug = (label: string | undefined): number => {
    const i = label !== undefined && label.length === 1 ? label.charCodeAt(0) - 65 : -1;
    if (i < 0 || i >= capacities.length) throw new RangeError(`unknown jug ${label}`);
    return i;
  };
  for (const move of moves) {
    if (typeof move !== "string") throw new TypeError("move is not a string");
    const tokens = move.trim().split(/\s+/);
    if (tokens[0] === "fill") {
      const i = jug(tokens[1]);
      state[i] = capacities[i] as number;
    } else if (tokens[0] === "empty") state[jug(tokens[1])] = 0;
    else if (tokens[0] === "pour") {
      const parts = (tokens[1] ?? "").split("->");
      if (parts.length !== 2) throw new SyntaxError(`invalid pour: ${move}`);
      const i = jug(parts[0]);
      const j = jug(parts[1]);
      const amount = Math.min(state[i] as number, (capacities[j] as number) - (state[j] as number));
      state[i] = (state[i] as number) - amount;
      state[j] = (state[j] as number) + amount;
    } else throw new SyntaxError(`unknown move: ${move}`);
  }
  return state;
}

export const jugs = defineLogicTask({
  name: "jugs",
  category: "algorithmic",
  curriculum: {
    num_jugs: scalar("num_jugs", [3, 4, 5, 7]),
    difficulty: scalar("difficulty", [5, 10, 15, 20]),
  },
  description: "Measure a target amount of water with fill, empty and pour moves.",
  config: z.object({
    num_jugs: z.number().int().min(3).max(7).default(3),
    difficulty: z.number().int().min(1).max(199).default(10),
  }),
  generate(rng, config) {
    const { puzzle, plan } = generatePuzzle(rng, config.num_jugs, config.difficulty);
    const capStr = puzzle.jug_capacities.map((c, i) => `${letter(i)}:${c}`).join(", ");
    const question = `You are a police officer. A maniac has planted a bomb next to a public fountain.\n\nTo defuse the bomb, you must solve a puzzle. The puzzle is solved when you fill any of the available jugs with the target amount of water.\n\nYou have three move types: 'fill', 'empty' and 'pour'.\n\nTo fill Jug A, you 'fill A'.\nTo empty Jug B, you 'empty B'.\nTo pour the contents of Jug A into Jug B, you 'pour A->B'.\nAll jugs are empty to begin with.\n\nThe empty jugs hold this many litres of water: ${capStr}\nAnd your target is: ${puzzle.target} litres.\n\nHow do you defuse the bomb?\n\nReply as a JSON-parsable list of moves which result in any of the jugs being filled with the target amount.\n`;
    return {
      question,
      answer: JSON.stringify(plan).replaceAll('","', '", "'),
      metadata: {
        puzzle,
        difficulty: { num_jugs: config.num_jugs, difficulty: config.difficulty },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const puzzle = entry.metadata.puzzle as { jug_capacities: number[]; target: number };
    let moves: unknown;
    try {
      moves = JSON.parse(answer);
    } catch {
      return 0;
    }
    if (!Array.isArray(moves)) return 0;
    const state = simulateJugs(puzzle.jug_capacities, moves);
    return state.includes(puzzle.target) ? 1 : 0.01;
  },
});
