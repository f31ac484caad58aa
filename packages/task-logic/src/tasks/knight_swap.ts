import { pyStrip, type Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/knight_swap.py
// A connected board of squares from A1–D3 whose edges are knight moves, min_pieces white and
// black knights, alternate turns from a given side; swap the colours' positions. A fraction
// impossible_ratio of puzzles lose one white–black edge and have no solution (answer "No").
// The stored answer is a shortest solution found by breadth-first search over (white set,
// black set, side to move). Scoring as RG: "No" (any case) for impossible puzzles 1.0, else 0;
// for possible ones a JSON list of "colour,from,to" moves is replayed: 1.0 when it swaps the
// knights in at most the optimal number of moves, optimal/length when longer, 0.05 for legal
// moves that do not finish, 0 for anything illegal or unreadable.
// As in RG, only min_pieces is used for the number of knights (max_pieces is unused).

const SQUARES = ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3", "D1", "D2", "D3"] as const;

const QUESTION = (board: string, startTurn: string) => `Knight Swap Challenge:

\`\`\`
${board}
\`\`\`

Legend:
- 'w' = White Knight
- 'B' = Black Knight
- Empty squares are marked with '.'

Objective:
Swap the positions of all white knights with all black knights through valid moves.

Rules:
1. Knights move in L-shape (2 squares + 1 square perpendicular)
2. Knights can only move to empty squares
3. ${startTurn} moves first, then players alternate
4. All knights must reach their target positions (white ↔ black)

Question:
Is it possible to swap all knights' positions? If yes, list the moves.

Answer Format:
- For impossible puzzles: "No"
- For possible puzzles: List moves as ["color,from,to", ...]
  Example: ["w,A1,B3"] means white knight moves A1→B3
`;

type Colour = "w" | "B";
type Graph = Record<string, string[]>;
type Pieces = Record<string, Colour | null>;
type Move = [Colour, string, string];

function isKnightMove(a: string, b: string): boolean {
  const dx = Math.abs(a.charCodeAt(0) - b.charCodeAt(0));
  const dy = Math.abs(Number(a.slice(1)) - Number(b.slice(1)));
  return (dx === 1 && dy === 2) || (dx === 2 && dy === 1);
}

function isConnected(graph: Graph): boolean {
  const nodes = Object.keys(graph);
  if (nodes.length === 0) return true;
  const seen = new Set([nodes[0] as string]);
  const queue = [nodes[0] as string];
  for (let i = 0; i < queue.length; i++)
    for (const next of graph[queue[i] as string] as string[])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen.size === nodes.length;
}

/** A random connected board of `count` squares (RG's generate_board); null after maxAttempts. */
function randomBoard(rng: Rng, count: number, maxAttempts: number): Graph | null {
  for (let attempt = 0; attempt <= maxAttempts; attempt++) {
    const nodes = rng.sample(SQUARES, count);
    const graph: Graph = Object.fromEntries(nodes.map((n) => [n, [] as string[]]));
    for (const a of nodes)
      for (const b of nodes) if (a !== b && isKnightMove(a, b)) graph[a]?.push(b);
    for (const list of Object.values(graph)) list.sort();
    if (isConnected(graph)) return graph;
  }
  return null;
}

const bit = (square: string) => 1 << SQUARES.indexOf(square as (typeof SQUARES)[number]);

/** A shortest move list that swaps the colours (BFS over white mask, black mask, turn). */
function solveSwap(graph: Graph, pieces: Pieces, startTurn: Colour): Move[] | null {
  const maskOf = (colour: Colour) =>
    Object.entries(pieces).reduce((m, [sq, p]) => (p === colour ? m | bit(sq) : m), 0);
  const white = maskOf("w");
  const black = maskOf("B");
  const encode = (w: number, b: number, turn: Colour) =>
    (w << 13) | (b << 1) | (turn === "w" ? 0 : 1);
  const start = encode(white, black, startTurn);
  const previous = new Map<number, { from: number; move: Move } | null>([[start, null]]);
  const queue: [number, number, Colour][] = [[white, black, startTurn]];
  for (let i = 0; i < queue.length; i++) {
    const [w, b, turn] = queue[i] as [number, number, Colour];
    if (w === black && b === white) {
      const moves: Move[] = [];
      for (let k = encode(w, b, turn); previous.get(k); ) {
        const step = previous.get(k) as { from: number; move: Move };
        moves.push(step.move);
        k = step.from;
      }
      return moves.reverse();
    }
    const own = turn === "w" ? w : b;
    for (const square of SQUARES) {
      if (!(own & bit(square)) || !graph[square]) continue;
      for (const next of graph[square] as string[]) {
        if ((w | b) & bit(next)) continue;
        const moved = (own & ~bit(square)) | bit(next);
        const nw = turn === "w" ? moved : w;
        const nb = turn === "w" ? b : moved;
        const nextTurn: Colour = turn === "w" ? "B" : "w";
        const k = encode(nw, nb, nextTurn);
        if (previous.has(k)) continue;
        previous.set(k, { from: encode(w, b, turn), move: [turn, square, next] });
        queue.push([nw, nb, nextTurn]);
      }
    }
  }
  return null;
}

function boardText(graph: Graph, pieces: Pieces): string {
  const squares = Object.keys(graph);
  const columns = [...new Set(squares.map((s) => s[0] as string))].sort();
  const rows = [...new Set(squares.map((s) => Number(s.slice(1))))].sort((a, b) => b - a);
  const rule = `   ${"----".repeat(columns.length)}`;
  const lines = [`    ${columns.join("   ")}`, rule];
  for (const row of rows) {
    let line = `${row} |`;
    for (const col of columns) {
      const square = `${col}${row}`;
      line += square in pieces ? ` ${pieces[square] ?? "."} |` : "   |";
    }
    lines.push(line, rule);
  }
  return lines.join("\n");
}

/** json.dumps of a list of strings (Python's ", " separator). */
const pyJsonList = (items: string[]) => `[${items.map((s) => JSON.stringify(s)).join(", ")}]`;

function boardStates(pieces: Pieces, solution: Move[]): Pieces[] {
  const states = [{ ...pieces }];
  let current = { ...pieces };
  for (const [, from, to] of solution) {
    current = { ...current, [to]: current[from] ?? null, [from]: null };
    states.push(current);
  }
  return states;
}

/** The puzzle for one placement, or null when it does not meet the config. */
function tryPlacement(
  rng: Rng,
  board: Graph,
  count: number,
  makeImpossible: boolean,
  steps: [number, number],
) {
  const positions = Object.keys(board);
  const white = rng.sample(positions, count);
  const black = rng.sample(
    positions.filter((p) => !white.includes(p)),
    count,
  );
  const pieces: Pieces = Object.fromEntries(positions.map((p) => [p, null]));
  for (const p of white) pieces[p] = "w";
  for (const p of black) pieces[p] = "B";
  const graph: Graph = Object.fromEntries(Object.entries(board).map(([k, v]) => [k, v.slice()]));
  if (makeImpossible) {
    const critical = white.flatMap((w) =>
      black.filter((b) => graph[w]?.includes(b)).map((b) => [w, b]),
    );
    if (critical.length > 0) {
      const [w, b] = rng.pick(critical) as [string, string];
      graph[w] = (graph[w] as string[]).filter((x) => x !== b);
      graph[b] = (graph[b] as string[]).filter((x) => x !== w);
    }
  }
  for (const startTurn of ["w", "B"] as const) {
    const solution = solveSwap(graph, pieces, startTurn);
    const fits = makeImpossible
      ? solution === null
      : solution !== null && solution.length >= steps[0] && solution.length <= steps[1];
    if (fits) return { graph, pieces, startTurn, solution };
  }
  return null;
}

/** Replays `moves` (RG's score_answer): the score for a possible puzzle. */
function replay(moves: Move[], metadata: Record<string, unknown>): number {
  const graph = metadata.board as Graph;
  const initial = metadata.pieces as Pieces;
  const pieces = new Map(Object.entries(initial));
  let turn = metadata.start_turn as Colour;
  for (const [colour, from, to] of moves) {
    if (colour !== turn || pieces.get(from) !== colour) return 0;
    if (!Object.hasOwn(graph, from) || !(graph[from] as string[]).includes(to)) return 0;
    if (pieces.has(to) && pieces.get(to) !== null) return 0;
    pieces.set(to, colour);
    pieces.set(from, null);
    turn = turn === "w" ? "B" : "w";
  }
  const squaresOf = (map: Iterable<[string, Colour | null]>, colour: Colour) =>
    [...map]
      .filter(([, p]) => p === colour)
      .map(([sq]) => sq)
      .sort()
      .join();
  const swapped =
    squaresOf(pieces, "w") === squaresOf(Object.entries(initial), "B") &&
    squaresOf(pieces, "B") === squaresOf(Object.entries(initial), "w");
  if (!swapped) return 0.05;
  const optimal = (metadata.solution as unknown[]).length;
  return moves.length <= optimal ? 1 : optimal / moves.length;
}

/** The answer as RG reads it: a JSON list of "colour,from,to" strings; null when unreadable. */
function parseMoves(answer: string): Move[] | null {
  let list: unknown;
  try {
    list = JSON.parse(answer);
  } catch {
    return null;
  }
  if (!Array.isArray(list)) return null;
  const moves: Move[] = [];
  for (const item of list) {
    if (typeof item !== "string") return null;
    const parts = item.split(",");
    if (parts.length !== 3) return null;
    const [colour, from, to] = parts as [string, string, string];
    if (colour !== "w" && colour !== "B") return null;
    moves.push([colour, from, to]);
  }
  return moves;
}

export const knightSwap = defineLogicTask({
  name: "knight_swap",
  category: "games",
  curriculum: {
    nodes: range("min_nodes", "max_nodes", [4, 6, 8, 10, 12]),
    pieces: range("min_pieces", "max_pieces", [2, 3, 4, 5, 6]),
    steps: range("min_steps", "max_steps", [1, 10, 20, 30], true),
  },
  description: "Swap white and black knights on a small board, or say it cannot be done.",
  config: z.object({
    size: z.number().int().positive().default(5),
    // RG's validate asks for at least 6 squares, but its curriculum starts at 4.
    min_nodes: z.number().int().min(4).max(12).default(6),
    max_nodes: z.number().int().min(4).max(12).default(9),
    min_pieces: z.number().int().min(1).max(6).default(2),
    max_pieces: z.number().int().min(1).default(2),
    min_steps: z.number().int().min(1).default(4),
    max_steps: z.number().int().min(1).default(20),
    max_attempts: z.number().int().min(1).max(10_000).default(100),
    impossible_ratio: z.number().min(0).max(1).default(0.2),
  }),
  generate(rng, config) {
    const makeImpossible = rng.float() < config.impossible_ratio;
    const steps: [number, number] = [config.min_steps, config.max_steps];
    for (let attempt = 0; attempt < config.max_attempts; attempt++) {
      const count = rng.int(config.min_nodes, config.max_nodes);
      const board = randomBoard(rng, count, config.max_attempts);
      if (board === null || 2 * config.min_pieces > count) continue;
      for (let placement = 0; placement < 50; placement++) {
        const found = tryPlacement(rng, board, config.min_pieces, makeImpossible, steps);
        if (!found) continue;
        const { graph, pieces, startTurn, solution } = found;
        return {
          question: QUESTION(boardText(graph, pieces), startTurn),
          answer: solution ? pyJsonList(solution.map((m) => m.join(","))) : "No",
          metadata: {
            board: graph,
            pieces,
            start_turn: startTurn,
            solution,
            is_possible: solution !== null,
            num_steps: solution ? solution.length : 0,
            board_states: solution ? boardStates(pieces, solution) : null,
            difficulty: {
              nodes: [config.min_nodes, config.max_nodes],
              pieces: [config.min_pieces, config.max_pieces],
              steps: [config.min_steps, config.max_steps],
            },
          },
        };
      }
    }
    throw new Error(
      `knight_swap: no puzzle after ${config.max_attempts} boards (nodes ${config.min_nodes}-${config.max_nodes}, pieces ${config.min_pieces}, steps ${config.min_steps}-${config.max_steps})`,
    );
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const given = pyStrip(answer);
    if (given.length === 0) return 0;
    const saysNo = given.toLowerCase() === "no";
    if (!entry.metadata.is_possible) return saysNo ? 1 : 0;
    if (saysNo) return 0;
    const moves = parseMoves(given);
    return moves === null ? 0 : replay(moves, entry.metadata);
  },
});
