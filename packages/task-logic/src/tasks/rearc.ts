import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, type LogicEntry } from "../define.js";
import {
  arcPrompt,
  type Board,
  type BoardFormattingOptions,
  BoardFormattingOptionsSchema,
  DEFAULT_BOARD_FORMATTING_OPTIONS,
  formatBoard,
  formatBoardPair,
  parseBoard,
  sameBoard,
} from "../lib/arc-board.js";
import {
  type Example,
  type Generator,
  PyRandom,
  psoDifficulty,
  REARC_GENERATORS,
  REARC_TASK_IDS,
} from "../lib/rearc/index.js";

// Reasoning Gym: reasoning_gym/arc/rearc.py with RE-ARC (Michael Hodel, MIT licence) as RG
// vendors it in reasoning_gym/arc/rearc_utils/ (dsl.py, utils.py, generators/*.py), all 400
// generators ported to ../lib/rearc/ (see its files). An item draws a PSO-difficulty range
// (weights pso_difficulty_weights), then draws a task id and an RNG-difficulty range (weights
// rng_difficulty_weights) and generates a test pair until its PSO difficulty falls in the range;
// then num_examples in [min_examples, max_examples] example pairs from the same generator at
// difficulty [diff_lb, diff_ub]. The answer is the test output in RG's board format.
// Scoring (RG's score_answer): 1.0 when the parsed board equals the output, 0.05 when the answer
// parses as a board but differs, 0.0 when it does not parse.
// Deviations:
// - RG compares the parsed tuple board with metadata["output"] by Python ==, so an entry that
//   went through JSON (lists) scores even the right board 0.05; here boards compare by value.
// - RG scores with its dataset's board_format_opts; here the entry carries them in
//   metadata.board_format_opts when they differ from the default (RG's entries have none).
// - A generator that raises (RG would propagate the error and fail the item) or uses its draw
//   budget is redrawn; after MAX_DRAWS draws an item fails with an error naming the config.
// - Random streams are prorl's (see ../lib/rearc/random.ts), so the same seed gives other items;
//   Python iterates sets of tuples in hash order, here in insertion order, so ties RE-ARC breaks
//   by that order can break differently (sets of integers follow CPython's order).

const RNG_DIFFICULTY_LEVELS = [0.0, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2];
const PSO_DIFFICULTY_LEVELS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 1];
const consecutiveRanges = (levels: readonly number[]): [number, number][] =>
  levels.slice(0, -1).map((lo, i) => [lo, levels[i + 1] as number]);
/** RG's RNG_DIFFICULTY_RANGES and PSO_DIFFICULTY_RANGES: 7 consecutive intervals each. */
export const RNG_DIFFICULTY_RANGES = consecutiveRanges(RNG_DIFFICULTY_LEVELS);
export const PSO_DIFFICULTY_RANGES = consecutiveRanges(PSO_DIFFICULTY_LEVELS);
const uniformWeights = (n: number) => Array.from({ length: n }, () => 1 / n);
/** One-hot weight vectors: RG's curriculum levels pick one difficulty range each. */
const oneHotLevels = (n: number) =>
  Array.from({ length: n }, (_, level) =>
    Array.from({ length: n }, (_, k) => (k === level ? 1 : 0)),
  );

/** How many (task, difficulty) draws an item may take before it fails. */
const MAX_DRAWS = 2000;
/** How many times one example pair is redrawn when its generator raises. */
const MAX_EXAMPLE_TRIES = 50;

const rangeSchema = z.tuple([z.number(), z.number()]);

const configSchema = z.object({
  min_examples: z.number().int().default(3),
  max_examples: z.number().int().default(5),
  diff_lb: z.number().default(0),
  diff_ub: z.number().default(0.2),
  board_format_opts: BoardFormattingOptionsSchema.default(DEFAULT_BOARD_FORMATTING_OPTIONS),
  rng_difficulty_ranges: z.array(rangeSchema).default(RNG_DIFFICULTY_RANGES),
  rng_difficulty_weights: z.array(z.number()).default(uniformWeights(7)),
  pso_difficulty_ranges: z.array(rangeSchema).default(PSO_DIFFICULTY_RANGES),
  pso_difficulty_weights: z.array(z.number()).default(uniformWeights(7)),
});
type ReArcConfig = z.infer<typeof configSchema>;

/** RG's ReArcConfig.validate. */
function validate(config: ReArcConfig): void {
  const fail = (message: string) => {
    throw new RangeError(`rearc: ${message}`);
  };
  if (!(config.min_examples > 0)) fail("min_examples must be positive");
  if (config.min_examples > config.max_examples) fail("min_examples must be <= max_examples");
  if (config.diff_lb > config.diff_ub) fail("diff_lb must be <= diff_ub");
  if (config.rng_difficulty_ranges.length !== config.rng_difficulty_weights.length)
    fail("rng_difficulty_ranges and rng_difficulty_weights must have the same length");
  if (config.pso_difficulty_ranges.length !== config.pso_difficulty_weights.length)
    fail("pso_difficulty_ranges and pso_difficulty_weights must have the same length");
}

/** A generator call; null when it raised (RE-ARC's Python would have failed the item). */
function tryGenerate(gen: Generator, rng: PyRandom, lb: number, ub: number): Example | null {
  rng.resetBudget();
  try {
    return gen(rng, lb, ub);
  } catch {
    return null;
  }
}

interface TestPair {
  taskId: string;
  generator: Generator;
  example: Example;
  pso: number;
}

/** RG's draw loop: task and RNG difficulty until the PSO difficulty lands in `psoRange`. */
function drawTestPair(rng: PyRandom, config: ReArcConfig, psoRange: [number, number]): TestPair {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const taskId = rng.choice(REARC_TASK_IDS);
    const generator = REARC_GENERATORS.get(taskId) as Generator;
    const [lb, ub] = rng.weightedChoice(
      config.rng_difficulty_ranges,
      config.rng_difficulty_weights,
    );
    const example = tryGenerate(generator, rng, lb, ub);
    if (example === null) continue;
    const pso = psoDifficulty(example);
    if (psoRange[0] <= pso && pso <= psoRange[1]) return { taskId, generator, example, pso };
  }
  throw new RangeError(
    `rearc: no RE-ARC example in PSO difficulty range [${psoRange}] after ${MAX_DRAWS} draws`,
  );
}

function drawExample(rng: PyRandom, generator: Generator, config: ReArcConfig): Example {
  for (let tries = 0; tries < MAX_EXAMPLE_TRIES; tries++) {
    const example = tryGenerate(generator, rng, config.diff_lb, config.diff_ub);
    if (example !== null) return example;
  }
  throw new RangeError("rearc: the generator failed to produce an example pair");
}

const isDefaultFormat = (options: BoardFormattingOptions) =>
  JSON.stringify(options) === JSON.stringify(DEFAULT_BOARD_FORMATTING_OPTIONS);

function boardFormatOf(entry: LogicEntry): BoardFormattingOptions {
  const parsed = BoardFormattingOptionsSchema.safeParse(entry.metadata.board_format_opts);
  return parsed.success ? parsed.data : DEFAULT_BOARD_FORMATTING_OPTIONS;
}

/** Whether a metadata value is a board (lists of numbers after a JSON round trip). */
const isBoard = (value: unknown): value is Board =>
  Array.isArray(value) &&
  value.every((row) => Array.isArray(row) && row.every((v) => typeof v === "number"));

export const rearc = defineLogicTask({
  name: "rearc",
  category: "arc",
  description:
    "RE-ARC: infer the ARC transformation (one of 400 procedurally generated ARC task families) from example pairs and apply it to a test grid.",
  config: configSchema,
  curriculum: {
    pso_difficulty_weights: scalar("pso_difficulty_weights", oneHotLevels(7)),
    rng_difficulty_weights: scalar("rng_difficulty_weights", oneHotLevels(7)),
  },
  generate(baseRng: Rng, config) {
    validate(config);
    const rng = new PyRandom(baseRng);
    const psoRange = rng.weightedChoice(
      config.pso_difficulty_ranges,
      config.pso_difficulty_weights,
    );
    const { taskId, generator, example, pso } = drawTestPair(rng, config, psoRange);
    const rngDifficulty = rng.takeDifficultySamples();
    const format = config.board_format_opts;
    const numExamples = rng.randint(config.min_examples, config.max_examples);
    const examples = Array.from({ length: numExamples }, (_, i) =>
      formatBoardPair(i + 1, drawExample(rng, generator, config), format),
    ).join("");
    return {
      question: arcPrompt(examples, formatBoard(example.input, format)),
      answer: formatBoard(example.output, format),
      metadata: {
        input: example.input,
        output: example.output,
        task_id: taskId,
        rng: rngDifficulty,
        pso,
        difficulty: {
          rng_difficulty_weights: config.rng_difficulty_weights,
          pso_difficulty_weights: config.pso_difficulty_weights,
        },
        ...(isDefaultFormat(format) ? {} : { board_format_opts: format }),
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    let board: number[][];
    try {
      board = parseBoard(answer, boardFormatOf(entry));
    } catch {
      return 0;
    }
    const expected = entry.metadata.output;
    return isBoard(expected) && sameBoard(board, expected) ? 1 : 0.05;
  },
});
