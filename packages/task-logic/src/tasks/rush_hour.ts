import { readFileSync } from "node:fs";
import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/rush_hour.py (boards from Michael Fogleman's Rush Hour
// database, https://www.michaelfogleman.com/rush/, shipped by RG as data/rush_18k.txt)
// A 6 x 6 board, 36 characters: "o" empty, "x" a wall, letters the cars (A, the red car, leaves
// on the right of the third row). `answer` is null; scoring as RG: the moves "F+1 K-2 ..." are
// played with RG's Board (a car slides one cell per step until blocked; unknown letters and walls
// do nothing, but the letter just past the last piece crashes RG's Board and scores 0): 1.0 when A
// reaches the exit, else 0.01; an answer that cannot be read, or a board that cannot be, 0.
// Data: the database has no licence statement, so it is not shipped. By default boards are made
// here: random cars (2 or 3 long) and 0 to 2 walls around the red car, the whole space of boards
// reachable from it searched breadth-first, and a board drawn whose fewest moves (a move slides
// one car any distance, as in the database) lie in [min_moves, max_moves]; random boards are
// rarely as hard as the database's hardest (up to 60 moves), so hard ranges take more draws.
// `data_path` names a file in the database's format ("<moves> <board> [<cluster size>]" per line,
// as rush_18k.txt or Fogleman's rush.txt) to draw RG's boards instead.
// Deviations: a car's step count is capped where it no longer matters (a car moves at most 4
// cells; RG loops over every step of "A+99999999999"), and counts past Python's 4300-digit int()
// limit (where RG raises and scores 0) are read the same way; digits are ASCII.

const SIZE = 6;
const EXIT_ROW = 2;
/** Where the red car's left cell is when it leaves: row 2, columns 4 and 5. */
const TARGET = EXIT_ROW * SIZE + SIZE - 2;
const MAX_STATES = 20_000;
const BOARD_DRAWS = 2_000;

// ---- RG's Board, for scoring: bit masks over the 36 cells, as in rush_hour.py --------------

const H = 1;
const V = SIZE;
const maskOfCells = (cells: number[]) => cells.reduce((m, c) => m | (1n << BigInt(c)), 0n);
const LEFT_COLUMN = maskOfCells(Array.from({ length: SIZE }, (_, y) => y * SIZE));
const RIGHT_COLUMN = LEFT_COLUMN << BigInt(SIZE - 1);
const TOP_ROW = maskOfCells(Array.from({ length: SIZE }, (_, x) => x));
const BOTTOM_ROW = TOP_ROW << BigInt(SIZE * (SIZE - 1));

interface Piece {
  position: number;
  size: number;
  stride: number;
  mask: bigint;
}

class BoardError extends Error {}

function piece(position: number, size: number, stride: number): Piece {
  let mask = 0n;
  for (let i = 0, p = position; i < size; i++, p += stride) mask |= 1n << BigInt(p);
  return { position, size, stride, mask };
}

/** RG's Board(desc): cars in sorted label order, then the walls as fixed one-cell pieces. */
function parseBoard(desc: string): Piece[] {
  const chars = [...desc];
  if (chars.length !== SIZE * SIZE) throw new BoardError("board string is wrong length");
  const positions = new Map<string, number[]>();
  const walls: number[] = [];
  chars.forEach((label, i) => {
    if (label === "o") return;
    if (label === "x") walls.push(i);
    else positions.set(label, [...(positions.get(label) ?? []), i]);
  });
  const pieces: Piece[] = [];
  for (const label of [...positions.keys()].sort()) {
    const ps = positions.get(label) as number[];
    if (ps.length < 2 || ps.length > 3) throw new BoardError("bad piece size");
    const stride = (ps[1] as number) - (ps[0] as number);
    if (stride !== H && stride !== V) throw new BoardError("invalid piece shape");
    for (let i = 2; i < ps.length; i++)
      if ((ps[i] as number) - (ps[i - 1] as number) !== stride)
        throw new BoardError("invalid piece shape");
    pieces.push(piece(ps[0] as number, ps.length, stride));
  }
  for (const w of walls) pieces.push(piece(w, 1, 1));
  return pieces;
}

/** RG's Board.move: up to `steps` one-cell slides, against the board as it was before the move. */
function moveCar(pieces: Piece[], index: number, steps: number): void {
  if (index < 0 || index > pieces.length) return;
  if (index === pieces.length) throw new BoardError("piece index out of range"); // RG's IndexError
  const car = pieces[index] as Piece;
  if (car.size === 1) return;
  const board = pieces.reduce((m, p) => m | p.mask, 0n);
  const forward = steps > 0;
  const [low, high] = car.stride === H ? [LEFT_COLUMN, RIGHT_COLUMN] : [TOP_ROW, BOTTOM_ROW];
  const shift = BigInt(car.stride);
  // A blocked step leaves everything as it was, so later steps are blocked too.
  for (let step = 0; step < Math.abs(steps); step++) {
    const edge = forward ? high : low;
    if ((car.mask & edge) !== 0n) return;
    const next = forward ? car.mask << shift : car.mask >> shift;
    if ((board & (next & ~car.mask)) !== 0n) return;
    car.mask = next;
    car.position += forward ? car.stride : -car.stride;
  }
}

const MOVE = /([A-Z])([+-])(\d+)/g;

/** RG's perform_moves: every "<letter><sign><digits>" in the text, in order. */
function performMoves(pieces: Piece[], ops: string): void {
  for (const [, letter, sign, digits] of ops.matchAll(MOVE)) {
    // A car moves at most SIZE - 2 cells, so any longer count acts like this one.
    const significant = (digits as string).replace(/^0+/, "");
    const count = significant.length > 2 ? 99 : Number(significant || "0");
    moveCar(pieces, (letter as string).charCodeAt(0) - 65, sign === "+" ? count : -count);
  }
}

/** RG's board_str: the pieces by index letter ("x" for walls), "." empty, one row a line. */
function boardText(desc: string): string {
  const pieces = parseBoard(desc);
  const cells = new Array<string>(SIZE * (SIZE + 1)).fill(".");
  for (let y = 0; y < SIZE; y++) cells[y * (SIZE + 1) + SIZE] = "\n";
  pieces.forEach((p, i) => {
    const label = p.size === 1 ? "x" : String.fromCharCode(65 + i);
    const stride = p.stride === V ? V + 1 : p.stride;
    let at = Math.floor(p.position / SIZE) * (SIZE + 1) + (p.position % SIZE);
    for (let k = 0; k < p.size; k++, at += stride) cells[at] = label;
  });
  return cells.join("");
}

// ---- Board generation: random cars, then a breadth-first search over reachable boards ------

/** A car of the generator: fixed orientation and length, its left/top cell varies. */
interface Car {
  horizontal: boolean;
  length: number;
}

interface Layout {
  cars: Car[];
  walls: number[];
  positions: number[];
}

const cellsOf = (car: Car, at: number) =>
  Array.from({ length: car.length }, (_, k) => at + k * (car.horizontal ? 1 : SIZE));

function fits(car: Car, at: number): boolean {
  const row = Math.floor(at / SIZE);
  const col = at % SIZE;
  return car.horizontal ? col + car.length <= SIZE : row + car.length <= SIZE;
}

/** The red car in row 2, 0–2 walls and up to 13 more cars placed at random without overlap. */
function randomLayout(rng: Rng): Layout {
  const taken = new Set<number>();
  const cars: Car[] = [{ horizontal: true, length: 2 }];
  const positions = [EXIT_ROW * SIZE + rng.int(0, SIZE - 3)];
  for (const c of cellsOf(cars[0] as Car, positions[0] as number)) taken.add(c);
  const walls: number[] = [];
  for (let w = rng.int(0, 2); w > 0; ) {
    const cell = rng.int(0, SIZE * SIZE - 1);
    if (taken.has(cell) || Math.floor(cell / SIZE) === EXIT_ROW) continue;
    taken.add(cell);
    walls.push(cell);
    w--;
  }
  const wanted = rng.int(9, 13);
  for (let tries = 0; tries < 400 && cars.length <= wanted; tries++) {
    const car = { horizontal: rng.bool(), length: rng.bool(0.7) ? 2 : 3 };
    const at = rng.int(0, SIZE * SIZE - 1);
    // No other horizontal car may share the red car's row (it could never leave).
    if (!fits(car, at) || (car.horizontal && Math.floor(at / SIZE) === EXIT_ROW)) continue;
    const cells = cellsOf(car, at);
    if (cells.some((c) => taken.has(c))) continue;
    for (const c of cells) taken.add(c);
    cars.push(car);
    positions.push(at);
  }
  return { cars, walls, positions };
}

/** A board as a string: character i holds car i's left/top cell (cheap to hash and copy). */
type State = string;

/** Boards one move away: each car slid any number of free cells either way. */
function neighbours(layout: Layout, state: State): State[] {
  const occupied = new Uint8Array(SIZE * SIZE);
  for (const w of layout.walls) occupied[w] = 1;
  layout.cars.forEach((car, i) => {
    const step = car.horizontal ? 1 : SIZE;
    for (let k = 0, c = state.charCodeAt(i); k < car.length; k++, c += step) occupied[c] = 1;
  });
  const out: State[] = [];
  layout.cars.forEach((car, i) => {
    const at = state.charCodeAt(i);
    const step = car.horizontal ? 1 : SIZE;
    const span = (car.length - 1) * step;
    const row = Math.floor(at / SIZE);
    const inside = (p: number) =>
      car.horizontal
        ? p >= row * SIZE && p + span < (row + 1) * SIZE
        : p >= 0 && p + span < SIZE * SIZE;
    for (const dir of [-step, step]) {
      for (let p = at + dir; inside(p) && !occupied[dir < 0 ? p : p + span]; p += dir)
        out.push(state.slice(0, i) + String.fromCharCode(p) + state.slice(i + 1));
    }
  });
  return out;
}

const stateOf = (positions: number[]): State => String.fromCharCode(...positions);

/**
 * Every board reachable from the layout with its fewest moves to a solved board (the graph is
 * undirected: every slide can be undone); null when the space is too large or has no exit.
 */
function distances(layout: Layout): Map<State, number> | null {
  const seen = new Set<State>([stateOf(layout.positions)]);
  const queue = [stateOf(layout.positions)];
  for (let i = 0; i < queue.length; i++) {
    for (const next of neighbours(layout, queue[i] as State)) {
      if (seen.has(next)) continue;
      if (seen.size >= MAX_STATES) return null;
      seen.add(next);
      queue.push(next);
    }
  }
  const frontier = queue.filter((state) => state.charCodeAt(0) === TARGET);
  const out = new Map<State, number>(frontier.map((state) => [state, 0]));
  for (let i = 0; i < frontier.length; i++) {
    const here = frontier[i] as State;
    const moves = (out.get(here) as number) + 1;
    for (const next of neighbours(layout, here)) {
      if (out.has(next)) continue;
      out.set(next, moves);
      frontier.push(next);
    }
  }
  return out.size > 0 ? out : null;
}

/** The board in the database's notation: A the red car, other cars lettered as first met. */
function describe(layout: Layout, state: State): string {
  const positions = [...state].map((ch) => ch.charCodeAt(0));
  const cells = new Array<string>(SIZE * SIZE).fill("o");
  for (const w of layout.walls) cells[w] = "x";
  const owner = new Array<number>(SIZE * SIZE).fill(-1);
  layout.cars.forEach((car, i) => {
    for (const c of cellsOf(car, positions[i] as number)) owner[c] = i;
  });
  const letters = new Map<number, string>([[0, "A"]]);
  owner.forEach((i, cell) => {
    if (i < 0) return;
    if (!letters.has(i)) letters.set(i, String.fromCharCode(65 + letters.size));
    cells[cell] = letters.get(i) as string;
  });
  return cells.join("");
}

function generateBoard(rng: Rng, minMoves: number, maxMoves: number): [string, number] {
  for (let draw = 0; draw < BOARD_DRAWS; draw++) {
    const layout = randomLayout(rng);
    const dist = distances(layout);
    if (!dist) continue;
    let hardest = 0;
    for (const moves of dist.values()) hardest = Math.max(hardest, moves);
    if (hardest < minMoves) continue;
    const moves = rng.int(minMoves, Math.min(maxMoves, hardest));
    const boards = [...dist].filter(([, m]) => m === moves).map(([state]) => state);
    return [describe(layout, rng.pick(boards)), moves];
  }
  throw new Error(
    `rush_hour: no board needing ${minMoves} to ${maxMoves} moves in ${BOARD_DRAWS} random layouts; give data_path for harder boards`,
  );
}

// ---- Boards from a file in the database's format ------------------------------------------

const fileCache = new Map<string, [string, number][]>();

function boardsFromFile(path: string): [string, number][] {
  let boards = fileCache.get(path);
  if (!boards) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw new Error(`rush_hour: cannot read data_path ${path}: ${(error as Error).message}`);
    }
    boards = [];
    for (const line of text.split("\n")) {
      const parts = line.trim().split(/\s+/);
      if (parts.length < 2) continue;
      const moves = Number.parseInt(parts[0] as string, 10);
      if (Number.isFinite(moves)) boards.push([parts[1] as string, moves]);
    }
    fileCache.set(path, boards);
  }
  return boards;
}

const INSTRUCTIONS =
  "Move the red car (AA) to the exit on the right.\n" +
  "Specify moves in the format: 'F+1 K+1 M-1 C+3 H+2 ...'\n" +
  "where the letter is the vehicle and +/- number is spaces to move right/left or down/up.\n" +
  "Walls are marked with an 'x'. Cars cannot move through walls, and walls cannot be moved.\n" +
  "A car oriented vertically can only move up and down, a car oriented horizontally can only move left and right.";

export const rushHour = defineLogicTask({
  name: "rush_hour",
  category: "games",
  curriculum: {
    moves: range("min_moves", "max_moves", [5, 25, 50, 100], true),
  },
  description: "Slide the cars of a Rush Hour board until the red car can leave.",
  config: z.object({
    min_moves: z.number().int().positive().default(1),
    max_moves: z.number().int().positive().default(50),
    data_path: z.string().min(1).optional(),
  }),
  generate(rng, config) {
    let board: string;
    let moves: number;
    if (config.data_path) {
      const inRange = boardsFromFile(config.data_path).filter(
        ([, m]) => m >= config.min_moves && m <= config.max_moves,
      );
      if (inRange.length === 0)
        throw new Error(
          `rush_hour: no puzzles in ${config.data_path} with moves between ${config.min_moves} and ${config.max_moves}`,
        );
      [board, moves] = rng.pick(inRange);
    } else {
      [board, moves] = generateBoard(rng, config.min_moves, config.max_moves);
    }
    return {
      question: `${INSTRUCTIONS}\n\nBoard:\n${boardText(board)}`,
      answer: null,
      metadata: {
        board_config: board,
        min_moves: moves,
        difficulty: { moves: [config.min_moves, config.max_moves] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0) return 0;
    try {
      const pieces = parseBoard(String(entry.metadata.board_config));
      performMoves(pieces, answer);
      return pieces[0]?.position === TARGET ? 1 : 0.01;
    } catch (error) {
      if (error instanceof BoardError) return 0;
      throw error;
    }
  },
  referenceAnswer(entry) {
    return solve(String(entry.metadata.board_config));
  },
});

/** A shortest solution in RG's move notation (breadth-first search over slides). */
function solve(desc: string): string {
  const pieces = parseBoard(desc);
  const cars: Car[] = [];
  const positions: number[] = [];
  const walls: number[] = [];
  for (const p of pieces) {
    if (p.size === 1) walls.push(p.position);
    else {
      cars.push({ horizontal: p.stride === H, length: p.size });
      positions.push(p.position);
    }
  }
  const layout: Layout = { cars, walls, positions };
  const start = stateOf(positions);
  const previous = new Map<State, State | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i] as State;
    if (here.charCodeAt(0) === TARGET) {
      const moves: string[] = [];
      for (let at = here, before = previous.get(here); before; ) {
        let car = 0;
        while (at.charCodeAt(car) === before.charCodeAt(car)) car++;
        const step = cars[car]?.horizontal ? 1 : SIZE;
        const delta = (at.charCodeAt(car) - before.charCodeAt(car)) / step;
        moves.push(`${String.fromCharCode(65 + car)}${delta > 0 ? "+" : ""}${delta}`);
        at = before;
        before = previous.get(before);
      }
      return moves.reverse().join(" ");
    }
    for (const next of neighbours(layout, here)) {
      if (previous.has(next)) continue;
      previous.set(next, here);
      queue.push(next);
    }
  }
  throw new Error("rush_hour: board has no solution");
}
