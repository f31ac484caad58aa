import { pyStrip, type Rng } from "@prorl/core";
import { z } from "zod";
import { range, scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/games/tsumego.py
// A Go board with random legal stones, then a white group (plus, L or T shape) whose liberties
// are all filled by black except one key point, and a decoy stone; Black to play and capture.
// Scoring as RG on the upper-cased, stripped answer: 1.0 for the key point ("D4"); the
// contained fraction when it contains it; 0.05 for another letter-number move; 0.01 otherwise.
// Fix of RG: RG only checks that the key move is legal. In 26% of its puzzles the move captures
// nothing (a random white stone next to the group gives it more liberties) and in 8% another
// move captures too, while only the stored move scores; here a placement is kept only when the
// key move captures and no other move does (else the next placement or board is tried).

type Cell = "." | "X" | "O";
type Board = Cell[][];
type Point = readonly [number, number];

const DIRECTIONS: readonly Point[] = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
];

const TEMPLATES = [
  "Tsumego time. Black to play and capture some stones.\nFind the key move.",
  "I have a Go problem for you. Black moves next - can you capture some of the white stones?",
  "Here's a Go challenge. Playing as Black, how can you capture as many white stones as possible?",
] as const;

interface Formation {
  white: readonly Point[];
  key: Point;
  clear: readonly Point[];
}

/** RG's formation_options, in its order. */
// biome-ignore format: offsets read best one point per pair
const FORMATIONS: readonly Formation[] = [
  {
    white: [[0, 0], [-1, 0], [1, 0], [0, -1]],
    key: [0, 1],
    clear: [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]],
  },
  { white: [[0, 0], [0, 1], [1, 0]], key: [1, 1], clear: [[0, 0], [0, 1], [1, 0], [1, 1]] },
  {
    white: [[0, -1], [0, 0], [0, 1], [1, 0]],
    key: [-1, 0],
    clear: [[0, -1], [0, 0], [0, 1], [1, 0], [-1, 0]],
  },
];

const key = (r: number, c: number) => r * 64 + c;

/** Go rules on a square board, with RG's simple ko point. */
class Go {
  ko: number | null = null;
  constructor(readonly board: Board) {}

  get size(): number {
    return this.board.length;
  }

  inside(r: number, c: number): boolean {
    return r >= 0 && r < this.size && c >= 0 && c < this.size;
  }

  group(r: number, c: number): Point[] {
    const colour = this.board[r]?.[c];
    if (colour === undefined || colour === ".") return [];
    const seen = new Set([key(r, c)]);
    const out: Point[] = [[r, c]];
    for (let i = 0; i < out.length; i++) {
      const [pr, pc] = out[i] as Point;
      for (const [dr, dc] of DIRECTIONS) {
        const nr = pr + dr;
        const nc = pc + dc;
        if (this.inside(nr, nc) && this.board[nr]?.[nc] === colour && !seen.has(key(nr, nc))) {
          seen.add(key(nr, nc));
          out.push([nr, nc]);
        }
      }
    }
    return out;
  }

  liberties(group: readonly Point[]): number {
    const libs = new Set<number>();
    for (const [r, c] of group)
      for (const [dr, dc] of DIRECTIONS)
        if (this.inside(r + dr, c + dc) && this.board[r + dr]?.[c + dc] === ".")
          libs.add(key(r + dr, c + dc));
    return libs.size;
  }

  /** Stones of the opponent that a stone at (r, c) would capture. */
  captures(r: number, c: number, colour: Cell): Point[] {
    const opponent = colour === "X" ? "O" : "X";
    const row = this.board[r] as Cell[];
    const before = row[c] as Cell;
    row[c] = colour;
    const taken: Point[] = [];
    const seen = new Set<number>();
    for (const [dr, dc] of DIRECTIONS) {
      const nr = r + dr;
      const nc = c + dc;
      if (!this.inside(nr, nc) || this.board[nr]?.[nc] !== opponent || seen.has(key(nr, nc)))
        continue;
      const group = this.group(nr, nc);
      for (const [gr, gc] of group) seen.add(key(gr, gc));
      if (this.liberties(group) === 0) taken.push(...group);
    }
    row[c] = before;
    return taken;
  }

  isLegal(r: number, c: number, colour: Cell): boolean {
    if (!this.inside(r, c) || this.board[r]?.[c] !== "." || this.ko === key(r, c)) return false;
    if (this.captures(r, c, colour).length > 0) return true;
    const row = this.board[r] as Cell[];
    row[c] = colour;
    const free = this.liberties(this.group(r, c)) > 0;
    row[c] = ".";
    return free;
  }

  play(r: number, c: number, colour: Cell): void {
    const taken = this.captures(r, c, colour);
    this.ko = null;
    (this.board[r] as Cell[])[c] = colour;
    if (taken.length === 1 && this.group(r, c).length === 1) {
      const [kr, kc] = taken[0] as Point;
      this.ko = key(kr, kc);
    }
    for (const [tr, tc] of taken) (this.board[tr] as Cell[])[tc] = ".";
  }
}

/** RG's random position: `stones` legal moves of random colour (ko respected). */
function randomPosition(rng: Rng, size: number, stones: number): Go {
  const go = new Go(Array.from({ length: size }, () => new Array<Cell>(size).fill(".")));
  let placed = 0;
  while (placed < stones) {
    const r = rng.int(0, size - 1);
    const c = rng.int(0, size - 1);
    const colour: Cell = rng.float() < 0.5 ? "X" : "O";
    if (go.board[r]?.[c] === "." && go.isLegal(r, c, colour)) {
      go.play(r, c, colour);
      placed++;
    }
  }
  return go;
}

/** Whether (r, c) is the one black move that captures anything. */
function isOnlyCapture(go: Go, r: number, c: number): boolean {
  if (!go.isLegal(r, c, "X") || go.captures(r, c, "X").length === 0) return false;
  for (let i = 0; i < go.size; i++)
    for (let j = 0; j < go.size; j++)
      if ((i !== r || j !== c) && go.board[i]?.[j] === "." && go.isLegal(i, j, "X"))
        if (go.captures(i, j, "X").length > 0) return false;
  return true;
}

/** One placement of a formation, its liberties filled and a decoy; null when it does not fit. */
function placeFormation(rng: Rng, go: Go, maxStones: number): Point | null {
  const size = go.size;
  const r = rng.int(1, size - 2);
  const c = rng.int(1, size - 2);
  const f = rng.pick(FORMATIONS);
  if (!f.clear.every(([dr, dc]) => go.board[r + dr]?.[c + dc] === ".")) return null;
  for (const [dr, dc] of f.white) (go.board[r + dr] as Cell[])[c + dc] = "O";
  const forced: Point = [r + (f.key[0] as number), c + (f.key[1] as number)];
  const libs = new Map<number, Point>();
  for (const [dr, dc] of f.white)
    for (const [er, ec] of DIRECTIONS) {
      const lr = r + dr + er;
      const lc = c + dc + ec;
      if (go.inside(lr, lc) && go.board[lr]?.[lc] === ".") libs.set(key(lr, lc), [lr, lc]);
    }
  libs.delete(key(forced[0], forced[1]));
  for (const [lr, lc] of libs.values()) (go.board[lr] as Cell[])[lc] = "X";
  const stones = go.board.flat().filter((cell) => cell !== ".").length;
  if (stones < maxStones + 7) {
    const decoys: Point[] = [];
    for (let i = r - 2; i <= r + 2; i++)
      for (let j = c - 2; j <= c + 2; j++)
        if (Math.abs(i - r) + Math.abs(j - c) === 2 && go.inside(i, j) && go.board[i]?.[j] === ".")
          if (i !== forced[0] || j !== forced[1]) decoys.push([i, j]);
    if (decoys.length > 0) {
      const [dr, dc] = rng.pick(decoys);
      (go.board[dr] as Cell[])[dc] = rng.float() < 0.5 ? "X" : "O";
    }
  }
  return forced;
}

function boardText(board: Board): string {
  const size = board.length;
  const cols = `   ${Array.from({ length: size }, (_, i) => String.fromCharCode(65 + i)).join(" ")}\n`;
  const rows = board.map((row, i) => `${String(size - i).padStart(2, " ")} ${row.join(" ")}`);
  return cols + rows.join("\n");
}

const PLACEMENT_TRIES = 50;
const BOARD_TRIES = 1000;

export const tsumego = defineLogicTask({
  name: "tsumego",
  category: "games",
  curriculum: {
    board_size: range("min_board_size", "max_board_size", [5, 10, 15, 19]),
    max_stones: scalar("max_stones", [5, 10, 13, 15]),
  },
  description: "Find Black's capturing move on a Go board.",
  config: z.object({
    min_board_size: z.number().int().min(5).max(19).default(9),
    max_board_size: z.number().int().min(5).max(19).default(13),
    max_stones: z.number().int().min(5).default(15),
  }),
  generate(rng, config) {
    const size = rng.int(config.min_board_size, config.max_board_size);
    // RG keeps 4 stones' room for the capture setup; a board holds at most half its points.
    const stones = Math.min(config.max_stones - 4, Math.floor((size * size) / 2));
    for (let board = 0; board < BOARD_TRIES; board++) {
      const base = randomPosition(rng, size, stones);
      for (let tries = 0; tries < PLACEMENT_TRIES; tries++) {
        const go = new Go(base.board.map((row) => row.slice()));
        go.ko = base.ko;
        const forced = placeFormation(rng, go, config.max_stones);
        if (forced === null) continue;
        go.ko = null;
        if (!isOnlyCapture(go, forced[0], forced[1])) continue;
        const answer = `${String.fromCharCode(65 + forced[1])}${size - forced[0]}`;
        return {
          question: `${rng.pick(TEMPLATES)}\n\n\`\`\`\n${boardText(go.board)}\n\`\`\`\n\nX - Black\nO - White\n\nSpecify your move in coordinates (e.g. 'C4' for column C, row 4)`,
          answer,
          metadata: {
            board: go.board,
            board_size: size,
            difficulty: { board_size: [config.min_board_size, config.max_board_size] },
          },
        };
      }
    }
    throw new Error(`tsumego: no capture problem on a ${size}x${size} board`);
  },
  score(answer, entry) {
    const oracle = pyStrip(entry.answer ?? "");
    if (answer === null || answer.length === 0) return 0;
    const given = pyStrip(answer).toUpperCase();
    if (given === oracle) return 1;
    if (given.includes(oracle)) return oracle.length / [...given].length;
    return /^[A-Z]\d+$/.test(given) ? 0.05 : 0.01;
  },
});
