import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/sokoban.py and its contrib generator and solver
// reasoning_gym/games/contrib/sokoban/src/{generator,game,player,box,astar,utils}.py (after
// Bruno Andrade's xbandrade/sokoban-solver-generator, MIT).
// Generation as RG: a board of walls with boxes on goals and a player, who then walks at random
// pulling boxes and breaking walls (so the puzzle is solvable) until a position repeats 20
// times or the walk ends; kept when at least half the boxes are off their goals and RG's A*
// (its move costs and Manhattan heuristic, deadlock pruning, stopping past max_depth) finds a
// solution, which is the stored answer. Scoring as RG: the answer's characters R, L, U, D (others
// ignored) move the player, pushing single boxes; 1.0 when every box ends on a goal, else 0.
// Deviation: the A* search stops after 200,000 expansions (RG's is bounded only by max_depth),
// and a board that needs more is redrawn; a config with more boxes than inner cells is rejected
// instead of looping.

const MAX_EXPANSIONS = 200_000;

type Pos = readonly [number, number];

// ---- RG's forward game, for scoring ---------------------------------------------------------

const STEP: Record<string, Pos> = { R: [0, 1], L: [0, -1], U: [-1, 0], D: [1, 0] };

/** Plays the answer on the board (RG's Player.update per character); true when solved. */
function solves(gamestr: string, answer: string): boolean {
  const rows = gamestr.replaceAll(" ", "").trim().split("\n");
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) return false;
  const at = (r: number, c: number) => r * width + c;
  const wall = new Uint8Array(rows.length * width);
  const box = new Uint8Array(rows.length * width);
  const goal = new Uint8Array(rows.length * width);
  let player: [number, number] | null = null;
  rows.forEach((row, r) => {
    [...row].forEach((ch, c) => {
      const k = at(r, c);
      wall[k] = ch === "+" ? 1 : 0;
      box[k] = ch === "@" || ch === "$" ? 1 : 0;
      goal[k] = ch === "X" || ch === "$" || ch === "%" ? 1 : 0;
      if (ch === "*" || ch === "%") player = [r, c];
    });
  });
  if (player === null) return false;
  let [pr, pc] = player as [number, number];
  const inside = (r: number, c: number) => r >= 0 && r < rows.length && c >= 0 && c < width;
  for (const key of answer) {
    const step = STEP[key];
    if (!step) continue;
    const [dr, dc] = step;
    const tr = pr + dr;
    const tc = pc + dc;
    if (!inside(tr, tc) || wall[at(tr, tc)]) continue;
    if (box[at(tr, tc)]) {
      const br = tr + dr;
      const bc = tc + dc;
      if (!inside(br, bc) || wall[at(br, bc)] || box[at(br, bc)]) continue;
      box[at(tr, tc)] = 0;
      box[at(br, bc)] = 1;
    }
    pr = tr;
    pc = tc;
  }
  return box.every((b, k) => !b || goal[k] === 1);
}

// ---- RG's generator: a reverse game where the player pulls boxes --------------------------

/** RG's num_boxes: linear in the board's area between the configured extremes. */
function numBoxes(area: number, c: SokobanConfig): number {
  if (c.min_w === c.max_w || c.min_h === c.max_h || c.min_boxes === c.max_boxes) return c.max_boxes;
  const m = (c.max_boxes - c.min_boxes) / (c.max_w * c.max_h - c.min_w * c.min_h);
  const b = c.min_boxes - m * c.min_w * c.min_h;
  return Math.trunc(m * area + b);
}

const REVERSE: Record<string, string> = {
  "*": "-",
  "%": "X",
  "+": "*",
  "-": "*",
  X: "%",
  "@": "-",
  $: "X",
};
const MOVES: readonly Pos[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
];

/** RG's rng.choices with weights 0.1 for repeating the last move, 1 otherwise. */
function weightedMove(rng: Rng, previous: Pos): Pos {
  const weights = MOVES.map((m) => (m[0] === previous[0] && m[1] === previous[1] ? 0.1 : 1));
  let r = rng.float() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    if (r < w) return MOVES[i] as Pos;
    r -= w;
  }
  return MOVES[MOVES.length - 1] as Pos;
}

/** The reverse walk on a height x width board (RG's ReversePlayer.update loop). */
function reverseWalk(rng: Rng, grid: string[][], start: [number, number]): void {
  const height = grid.length;
  const width = (grid[0] as string[]).length;
  const goal = grid.map((row) => row.map((ch) => ch === "$" || ch === "X" || ch === "%"));
  const visits = new Map<string, number>();
  let [y, x] = start;
  let previous: Pos = [0, 0];
  let counter = Math.round(height * width * (1.8 + rng.float() * 1.8));
  const set = (r: number, c: number, ch: string) => {
    (grid[r] as string[])[c] = ch;
  };
  while (counter > 0) {
    const move = weightedMove(rng, previous);
    const state = grid.map((row) => row.join("")).join("");
    const seen = (visits.get(state) ?? 0) + 1;
    visits.set(state, seen);
    const [ty, tx] = [y + move[0], x + move[1]];
    const blocked =
      tx === 0 ||
      ty === 0 ||
      tx >= width - 1 ||
      ty >= height - 1 ||
      "@$".includes(grid[ty]?.[tx] as string);
    if (blocked) previous = move;
    else {
      previous = [-move[0], -move[1]];
      set(y, x, REVERSE[grid[y]?.[x] as string] as string);
      set(ty, tx, REVERSE[grid[ty]?.[tx] as string] as string);
      const [ry, rx] = [y - move[0], x - move[1]];
      if ("@$".includes(grid[ry]?.[rx] as string)) {
        set(ry, rx, goal[ry]?.[rx] ? "X" : "-");
        set(y, x, goal[y]?.[x] ? "$" : "@");
      }
      [y, x] = [ty, tx];
    }
    if (seen >= 20) break;
    counter--;
  }
}

/** RG's puzzle_to_string: every cell followed by a space, each row by " \n", then "\n". */
const puzzleString = (grid: string[][]) =>
  `${grid.map((row) => `${row.map((ch) => `${ch} `).join("")} \n`).join("")}\n`;

// ---- RG's A* solver (utils.py, astar.py) ---------------------------------------------------

/** RG's manhattan_sum: per box off goal h·w plus its distance to the nearest free goal, plus the player's distance to the nearest such box. */
function manhattan(state: string, player: Pos, h: number, w: number): number {
  const boxes: Pos[] = [];
  const goals: Pos[] = [];
  for (let i = 0; i < state.length; i++) {
    if (state[i] === "@") boxes.push([Math.floor(i / w), i % w]);
    else if (state[i] === "X" || state[i] === "%") goals.push([Math.floor(i / w), i % w]);
  }
  const dist = (a: Pos, b: Pos) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]);
  let cost = boxes.length * h * w;
  for (const b of boxes) cost += Math.min(...goals.map((g) => dist(b, g)));
  if (boxes.length > 0) cost += Math.min(...boxes.map((b) => dist(b, player)));
  return cost;
}

const sameSet = (cells: Set<string>, ...chars: string[]) =>
  cells.size === chars.length && chars.every((ch) => cells.has(ch));

/** RG's is_deadlock: a box in a corner, two boxes side by side against walls or boxes, or more boxes than goals along an edge. */
function isDeadlock(state: string, h: number, w: number): boolean {
  const boxes: number[] = [];
  for (let i = 0; i < state.length; i++) if (state[i] === "@") boxes.push(i);
  const wall = (i: number) => state[i] === "+";
  for (const b of boxes)
    if (
      (wall(b - 1) && wall(b - w)) ||
      (wall(b + 1) && wall(b + w)) ||
      (wall(b + 1) && wall(b - w)) ||
      (wall(b - 1) && wall(b + w))
    )
      return true;
  const squares = [
    [0, -1, -w, -w - 1],
    [0, 1, -w, -w + 1],
    [0, -1, w - 1, w],
    [0, 1, w + 1, w],
  ];
  for (const b of boxes)
    for (const offsets of squares) {
      const cells = new Set(offsets.map((o) => state.at(b + o) as string));
      if (
        sameSet(cells, "@", "+") ||
        sameSet(cells, "@") ||
        sameSet(cells, "@", "$") ||
        sameSet(cells, "@", "$", "+")
      )
        return true;
    }
  const edgeDeadlock = (indices: number[]) => {
    let nBoxes = 0;
    let nGoals = 0;
    for (const i of indices) {
      if (state[i] === "@") nBoxes++;
      else if (state[i] === "X" || state[i] === "%") nGoals++;
    }
    return nBoxes > nGoals;
  };
  const span = (from: number, to: number, step = 1) =>
    Array.from({ length: Math.max(0, Math.ceil((to - from) / step)) }, (_, k) => from + k * step);
  return (
    edgeDeadlock(span(w + 1, 2 * w - 1)) ||
    edgeDeadlock(span(w * (h - 2) + 1, w * (h - 2) + w - 1)) ||
    edgeDeadlock(span(w + 1, w * (h - 1) + 1, w)) ||
    edgeDeadlock(span(2 * w - 2, w * h - 2, w))
  );
}

/** RG's can_move: the state after one step and its cost (3 a walk, 2 a push, 0 a push onto a goal). */
function canMove(state: string, w: number, p: Pos, m: Pos): [string, number] | null {
  const cur = p[0] * w + p[1];
  const target = (p[0] + m[0]) * w + p[1] + m[1];
  const beyond = (p[0] + 2 * m[0]) * w + p[1] + 2 * m[1];
  const s = state.split("");
  const here = () => (s[cur] === "*" ? "-" : "X");
  if (state[target] === "+") return null;
  if (state[target] === "-" || state[target] === "X") {
    s[cur] = here();
    s[target] = s[target] === "-" ? "*" : "%";
    return [s.join(""), 3];
  }
  if (state[beyond] === "+" || state[beyond] === "@" || state[beyond] === "$") return null;
  s[beyond] = s[beyond] === "-" ? "@" : "$";
  s[target] = s[target] === "@" ? "*" : "%";
  s[cur] = here();
  return [s.join(""), s[beyond] === "$" ? 0 : 2];
}

type Node = [number, number, string, number, number, number, string];

/** Python's tuple order for RG's heap entries (cost, heuristic, state, row, col, depth, path). */
function before(a: Node, b: Node): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return (a[i] as number | string) < (b[i] as number | string);
  }
  return false;
}

class Heap {
  items: Node[] = [];
  push(node: Node): void {
    const h = this.items;
    h.push(node);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(h[i] as Node, h[parent] as Node)) break;
      [h[i], h[parent]] = [h[parent] as Node, h[i] as Node];
      i = parent;
    }
  }
  pop(): Node | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l] as Node, h[m] as Node)) m = l;
        if (r < h.length && before(h[r] as Node, h[m] as Node)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as Node, h[i] as Node];
        i = m;
      }
    }
    return top;
  }
}

const DIRECTION_NAMES = ["D", "U", "L", "R"];

/** RG's astar with the Manhattan heuristic; null when it gives up. */
function solveAstar(grid: string[][], maxDepth: number): string | null {
  const h = grid.length;
  const w = (grid[0] as string[]).length;
  const initial = grid.map((row) => row.join("")).join("");
  const start = [...initial].findIndex((ch) => ch === "*" || ch === "%");
  const player: Pos = [Math.floor(start / w), start % w];
  const heap = new Heap();
  heap.push([0, manhattan(initial, player, h, w), initial, player[0], player[1], 0, ""]);
  const seen = new Set<string>();
  for (let expanded = 0; expanded < MAX_EXPANSIONS; expanded++) {
    const node = heap.pop();
    if (!node) return null;
    const [, cost, state, row, col, depth, path] = node;
    seen.add(state);
    for (const [k, m] of MOVES.entries()) {
      const next = canMove(state, w, [row, col], m);
      if (next === null) continue;
      const [nextState, moveCost] = next;
      if (seen.has(nextState) || isDeadlock(nextState, h, w)) continue;
      const pos: Pos = [row + m[0], col + m[1]];
      const nextPath = path + DIRECTION_NAMES[k];
      heap.push([
        moveCost + cost,
        manhattan(nextState, pos, h, w),
        nextState,
        pos[0],
        pos[1],
        depth + 1,
        nextPath,
      ]);
      if (!nextState.includes("@")) return nextPath;
    }
    if (depth > maxDepth) return null;
  }
  return null;
}

// ---- The task -------------------------------------------------------------------------------

interface SokobanConfig {
  min_w: number;
  min_h: number;
  max_w: number;
  max_h: number;
  min_boxes: number;
  max_boxes: number;
  max_depth: number;
}

function generatePuzzle(
  rng: Rng,
  c: SokobanConfig,
): { gamestr: string; solution: string; width: number; height: number } {
  for (;;) {
    const width = rng.int(c.min_w, c.max_w);
    const height = rng.int(c.min_h, c.max_h);
    const boxes = numBoxes(width * height, c);
    if (boxes + 1 > (width - 2) * (height - 2))
      throw new Error(`sokoban: ${boxes} boxes and a player do not fit a ${width}x${height} board`);
    const grid = Array.from({ length: height }, () => new Array<string>(width).fill("+"));
    // RG draws the player's column first, then its row.
    const column = rng.int(1, width - 2);
    const start: [number, number] = [rng.int(1, height - 2), column];
    (grid[start[0]] as string[])[start[1]] = "*";
    for (let placed = 0; placed < boxes; ) {
      const r = rng.int(1, height - 2);
      const col = rng.int(1, width - 2);
      if (grid[r]?.[col] !== "+") continue;
      (grid[r] as string[])[col] = "$";
      placed++;
    }
    reverseWalk(rng, grid, start);
    const offGoal = grid.flat().filter((ch) => ch === "@").length;
    if (offGoal < Math.floor(boxes / 2)) continue;
    const solution = solveAstar(grid, c.max_depth);
    if (solution === null) continue;
    return { gamestr: puzzleString(grid), solution, width, height };
  }
}

export const sokoban = defineLogicTask({
  name: "sokoban",
  category: "games",
  curriculum: {
    width: range(
      "min_w",
      "max_w",
      Array.from({ length: 14 }, (_, k) => 6 + k),
    ),
    height: range(
      "min_h",
      "max_h",
      Array.from({ length: 14 }, (_, k) => 6 + k),
    ),
  },
  description: "Push every box onto a goal in a Sokoban puzzle.",
  config: z.object({
    min_w: z.number().int().min(3).max(20).default(6),
    min_h: z.number().int().min(3).max(20).default(6),
    max_w: z.number().int().min(3).max(20).default(10),
    max_h: z.number().int().min(3).max(20).default(10),
    min_boxes: z.number().int().positive().default(4),
    max_boxes: z.number().int().positive().default(10),
    max_depth: z.number().int().min(2).default(80),
  }),
  generate(rng, config) {
    const { gamestr, solution, width, height } = generatePuzzle(rng, config);
    return {
      question: `You are going to solve a 'sokoban' puzzle.

* - The player
% - The player on a goal
@ - A box
X - A goal
$ - A box on a goal
+ - A wall
- - An empty position

Your solution must be a string of characters, ex: LDURRUDL.

Here is your puzzle:
${gamestr}`,
      answer: solution,
      metadata: {
        gamestr,
        width,
        height,
        difficulty: { width: [config.min_w, config.max_w], height: [config.min_h, config.max_h] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    return solves(String(entry.metadata.gamestr), answer) ? 1 : 0;
  },
});
