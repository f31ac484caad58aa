import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/tower_of_hanoi.py
// n disks on 3+ pegs, solved by the Frame-Stewart algorithm (the classic recursion on three
// pegs). Scoring as RG: every non-empty line must read "Move disk X from Peg Y to Peg Z" (exactly
// nine words) and be a legal move, else 0; a legal sequence that does not finish on the target
// peg scores 0.05; a finishing one scores 1.0 when no longer than the reference, else
// reference length / answer length. Any optimal sequence is accepted.
// Not ported: the `visualize` option (ASCII drawings of every state as extra entry keys).

const QUESTION = (
  disks: number,
  pegs: number,
  start: number,
  target: number,
) => `Solve the Tower of Hanoi problem with ${disks} disks and ${pegs} pegs.
Move all disks from Peg ${start} to Peg ${target} following the rules:
- Only one disk can be moved at a time.
- A larger disk cannot be placed on top of a smaller disk.
- All disks must be on a peg at all times.

Provide the sequence of moves.

Formatting guidelines:
- Each instruction should be placed on a single line.
- Each line should be formatted as 'Move disk X from Peg Y to Peg Z'
- Do not include any other text or formatting.
`;

/** Frame-Stewart moves, as RG's MoveGenerator. */
export function hanoiMoves(disks: number, pegs: number[], start: number, target: number): string[] {
  const state = new Map<number, number[]>(pegs.map((p) => [p, []]));
  for (let d = disks; d >= 1; d--) state.get(start)?.push(d);
  const moves: string[] = [];
  const memo = new Map<string, number>();
  const cost = (n: number, k: number): number => {
    if (n <= 1) return n;
    if (k === 3) return 2 ** n - 1;
    const key = `${n},${k}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let best = Number.POSITIVE_INFINITY;
    for (let m = 1; m < n; m++) best = Math.min(best, 2 * cost(m, k) + cost(n - m, k - 1));
    memo.set(key, best);
    return best;
  };
  const moveDisk = (from: number, to: number) => {
    const disk = state.get(from)?.pop() as number;
    state.get(to)?.push(disk);
    moves.push(`Move disk ${disk} from Peg ${from} to Peg ${to}`);
  };
  const move = (n: number, source: number, dest: number, aux: number[]): void => {
    if (n === 0) return;
    if (n === 1) {
      moveDisk(source, dest);
      return;
    }
    const k = aux.length + 2;
    if (k === 3) {
      const via = aux[0] as number;
      move(n - 1, source, via, [dest]);
      moveDisk(source, dest);
      move(n - 1, via, dest, [source]);
      return;
    }
    let bestM = 1;
    let best = Number.POSITIVE_INFINITY;
    for (let m = 1; m < n; m++) {
      const total = 2 * cost(m, k) + cost(n - m, k - 1);
      if (total < best) {
        best = total;
        bestM = m;
      }
    }
    const temp = aux[0] as number;
    const rest = aux.slice(1);
    move(bestM, source, temp, [...rest, dest]);
    move(n - bestM, source, dest, rest);
    move(bestM, temp, dest, [...rest, source]);
  };
  move(
    disks,
    start,
    target,
    pegs.filter((p) => p !== start && p !== target),
  );
  return moves;
}

const MOVE = /Move disk (\d+) from Peg (\d+) to Peg (\d+)/;
const INTEGER = /^[+-]?\d+$/;

export const towerOfHanoi = defineLogicTask({
  name: "tower_of_hanoi",
  category: "games",
  curriculum: {
    num_disks: range("min_disks", "max_disks", [3, 5, 10, 15]),
    num_pegs: range("min_pegs", "max_pegs", [3, 4, 5]),
  },
  description: "List the moves that solve a Tower of Hanoi puzzle with three or more pegs.",
  config: z.object({
    min_disks: z.number().int().min(1).default(3),
    max_disks: z.number().int().min(1).max(30).default(7),
    min_pegs: z.number().int().min(3).default(3),
    max_pegs: z.number().int().min(3).max(10).default(4),
  }),
  generate(rng, config) {
    const disks = rng.int(config.min_disks, config.max_disks);
    const numPegs = rng.int(config.min_pegs, config.max_pegs);
    const pegs = Array.from({ length: numPegs }, (_, i) => i + 1);
    const [start, target] = rng.sample(pegs, 2) as [number, number];
    const solution = hanoiMoves(disks, pegs, start, target);
    return {
      question: QUESTION(disks, numPegs, start, target),
      answer: solution.join("\n"),
      metadata: {
        num_disks: disks,
        num_pegs: numPegs,
        start_peg: start,
        target_peg: target,
        auxiliary_pegs: pegs.filter((p) => p !== start && p !== target),
        solution_length: solution.length,
        difficulty: {
          num_disks: [config.min_disks, config.max_disks],
          num_pegs: [config.min_pegs, config.max_pegs],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0) return 0;
    const m = entry.metadata;
    const disks = Number(m.num_disks);
    const pegs = new Map<number, number[]>();
    for (let p = 1; p <= Number(m.num_pegs); p++) pegs.set(p, []);
    for (let d = disks; d >= 1; d--) pegs.get(Number(m.start_peg))?.push(d);
    const lines = answer
      .trim()
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    for (const line of lines) {
      const match = MOVE.exec(line);
      const parts = line.split(/\s+/);
      if (!match || parts.length !== 9) return 0;
      if (![parts[2], parts[5], parts[8]].every((p) => INTEGER.test(p as string))) return 0;
      const disk = Number(parts[2]);
      const from = pegs.get(Number(parts[5]));
      const to = pegs.get(Number(parts[8]));
      if (!from || !to || from.at(-1) !== disk) return 0;
      if (to.length > 0 && (to.at(-1) as number) < disk) return 0;
      from.pop();
      to.push(disk);
    }
    const final = pegs.get(Number(m.target_peg)) ?? [];
    const solved = final.length === disks && final.every((d, i) => d === disks - i);
    if (!solved) return 0.05;
    const optimal = Number(m.solution_length ?? lines.length);
    return lines.length <= optimal ? 1 : optimal / lines.length;
  },
});
