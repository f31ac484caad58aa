/**
 * The curriculum hook: difficulty per task as config values. Each task's attributes and level
 * values are Reasoning Gym's own (its `*Curriculum` classes); a level is turned into config
 * overrides the way RG's `generate_configuration` does in its default (inclusive) mode:
 * - a range attribute at level L sets its lower field to levels[0] and its upper field to
 *   levels[L] (levels[L + 1] when the attribute asks for a proper interval);
 * - a scalar attribute at level L sets its field to levels[L];
 * - a level past an attribute's last one uses its last one (RG's set_global_level).
 */

export type CurriculumAttribute =
  | {
      kind: "range";
      lower: string;
      upper: string;
      levels: readonly number[];
      /** RG's ensure_interval: the range always spans at least two levels. */
      ensureInterval?: boolean;
    }
  | { kind: "scalar"; field: string; levels: readonly unknown[] };

const range = (
  lower: string,
  upper: string,
  levels: readonly number[],
  ensureInterval = false,
): CurriculumAttribute => ({ kind: "range", lower, upper, levels, ensureInterval });
const scalar = (field: string, levels: readonly unknown[]): CurriculumAttribute => ({
  kind: "scalar",
  field,
  levels,
});
const steps = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);

const CALENDAR_TASKS = [
  ["weekday_of_date"],
  ["weekday_of_date", "is_leap_year", "weekday_offset"],
  ["weekday_of_date", "is_leap_year", "weekday_offset", "count_days", "count_business_days"],
  [
    "weekday_of_date",
    "is_leap_year",
    "weekday_offset",
    "count_days",
    "count_business_days",
    "weekday_of_date_from_first_date",
    "recurring_event_day",
  ],
];

/**
 * Reasoning Gym's curriculum attributes, by task name (RG's `*Curriculum` classes). It also
 * holds the tables of the tasks the second half of issue #5 adds (acre has none in RG), keyed
 * by RG's field names; tasks without an entry have no curriculum (their config knobs still set
 * the difficulty directly).
 */
export const curricula: Readonly<Record<string, Readonly<Record<string, CurriculumAttribute>>>> = {
  arc_1d: { size: range("min_size", "max_size", [10, 25, 50, 100]) },
  boxnet: {
    row_num: range("min_row_num", "max_row_num", steps(1, 9), true),
    column_num: range("min_column_num", "max_column_num", steps(1, 9), true),
    box_num: range("min_box_num", "max_box_num", steps(1, 9), true),
  },
  countdown: {
    numbers: range("min_numbers", "max_numbers", [3, 6, 9, 12, 15], true),
    target: range("min_target", "max_target", [100, 500, 1000, 5000, 10000], true),
    value: range("min_value", "max_value", [1, 100, 200, 300], true),
  },
  course_schedule: {
    num_courses: range("min_num_courses", "max_num_courses", [5, 10, 25, 50, 100], true),
    num_prerequisites: range("min_num_prerequisites", "max_num_prerequisites", [2, 3, 4, 5], true),
    cycle_length: range("min_cycle_length", "max_cycle_length", [3, 4, 5, 6], true),
  },
  family_relationships: { family_size: range("min_family_size", "max_family_size", steps(3, 11)) },
  game_of_life_halting: {
    grid_size_x: scalar("grid_size_x", [10, 25, 50, 100]),
    grid_size_y: scalar("grid_size_y", [10, 25, 50, 100]),
    difficulty: scalar("difficulty", [1, 2, 3]),
    num_oscillators: scalar("num_oscillators", [3, 7, 10, 20]),
    max_simulation_steps: scalar("max_simulation_steps", [20, 50, 100, 200]),
  },
  graph_color: {
    num_vertices: range("min_num_vertices", "max_num_vertices", [6, 10, 20, 25], true),
    num_colors: scalar("num_colors", [5, 4, 3]),
  },
  knights_knaves: {
    n_people: scalar("n_people", [2, 3, 4, 5]),
    depth_constraint: scalar("depth_constraint", [2, 3]),
    width_constraint: scalar("width_constraint", [2, 3]),
  },
  largest_island: {
    rows: range("min_rows", "max_rows", [5, 25, 50, 100]),
    cols: range("min_cols", "max_cols", [5, 25, 50, 100]),
    num_islands: range("min_num_islands", "max_num_islands", [2, 5, 10, 20]),
    island_size: range("min_island_size", "max_island_size", [5, 10, 20, 30]),
  },
  maze: {
    dist: range("min_dist", "max_dist", [5, 10, 15, 20], true),
    grid_size: range("min_grid_size", "max_grid_size", [10, 25, 50, 100], true),
  },
  mini_sudoku: { empty: range("min_empty", "max_empty", [4, 6, 8, 10, 12], true) },
  n_queens: {
    n: scalar("n", [4, 6, 8, 10, 12]),
    num_removed: range("min_remove", "max_remove", [2, 4, 6, 8, 10], true),
  },
  propositional_logic: {
    vars: range("min_vars", "max_vars", [2, 4, 6, 8, 10]),
    statements: range("min_statements", "max_statements", [2, 4, 6, 8, 10]),
    complexity: range("min_complexity", "max_complexity", [1, 2, 3, 4, 5]),
  },
  puzzle24: { value: range("min_value", "max_value", [1, 5, 6, 7, 8, 9, 10], true) },
  quantum_lock: { difficulty: scalar("difficulty", steps(1, 10)) },
  rotten_oranges: { n: range("min_n", "max_n", [10, 25, 50, 100]) },
  shortest_path: {
    rows: range("min_rows", "max_rows", [10, 25, 50, 100]),
    cols: range("min_cols", "max_cols", [10, 25, 50, 100]),
  },
  sudoku: { empty: range("min_empty", "max_empty", [20, 30, 40, 50, 60], true) },
  tower_of_hanoi: {
    num_disks: range("min_disks", "max_disks", [3, 5, 10, 15]),
    num_pegs: range("min_pegs", "max_pegs", [3, 4, 5]),
  },
  zebra_puzzles: {
    num_people: scalar("num_people", steps(2, 7)),
    num_characteristics: scalar("num_characteristics", steps(2, 7)),
  },
  base_conversion: {
    base: range("min_base", "max_base", [2, 9, 18, 27, 36], true),
    value: range("min_value", "max_value", [1_000, 10_000, 100_000, 1_000_000], true),
  },
  basic_arithmetic: {
    num_terms: range("min_terms", "max_terms", [2, 3, 4, 5, 6]),
    num_digits: range("min_digits", "max_digits", [1, 2, 3, 4]),
  },
  bf: { difficulty: scalar("difficulty", [1, 2, 3]) },
  binary_matrix: {
    p_zero: scalar("p_zero", [0.5, 0.25, 0.1, 0.05]),
    n: range("min_n", "max_n", [10, 25, 50, 100]),
  },
  caesar_cipher: {
    rotation: range("min_rotation", "max_rotation", [5, 15, 25, 50], true),
    words: range("min_words", "max_words", [5, 15, 25, 50], true),
  },
  calendar_arithmetic: {
    tasks: scalar("tasks", CALENDAR_TASKS),
    offset_upper_bound: scalar("offset_upper_bound", [30, 100, 250, 365]),
  },
  chain_sum: {
    num_terms: range("min_terms", "max_terms", steps(2, 12)),
    num_digits: range("min_digits", "max_digits", steps(1, 10)),
  },
  count_bits: {
    n: range("min_n", "max_n", [10, 1_000, 1_000_000, 100_000_000, 2 ** 31 - 1], true),
  },
  fraction_simplification: {
    value: range("min_value", "max_value", [1, 100, 1000, 10000], true),
    factor: range("min_factor", "max_factor", [1, 10, 100, 1000], true),
  },
  gcd: {
    num_terms: range("min_numbers", "max_numbers", [2, 3, 4, 5]),
    value: range("min_value", "max_value", [100, 1000, 10000, 100000], true),
  },
  jugs: {
    num_jugs: scalar("num_jugs", [3, 4, 5, 7]),
    difficulty: scalar("difficulty", [5, 10, 15, 20]),
  },
  lcm: {
    numbers: range("min_numbers", "max_numbers", [2, 3, 4, 5]),
    value: range("min_value", "max_value", [100, 1000, 10000, 100000], true),
  },
  leg_counting: {
    num_animals: range("min_animals", "max_animals", steps(1, 36)),
    num_instances: range(
      "min_instances",
      "max_instances",
      [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
      true,
    ),
  },
  letter_counting: { words: range("min_words", "max_words", steps(5, 19, 2), true) },
  number_sequence: {
    terms: range("min_terms", "max_terms", [4, 8, 12, 16], true),
    min_value: scalar("min_value", [-100, -500, -1000, -10000]),
    max_value: scalar("max_value", [100, 500, 1000, 10000]),
    max_complexity: scalar("max_complexity", [2, 3, 4, 5]),
  },
  number_sorting: {
    numbers: range("min_numbers", "max_numbers", [10, 100, 500, 1000], true),
    decimals: range("min_decimals", "max_decimals", steps(0, 7), true),
    min_value: scalar("min_value", [-100, -500, -1000, -10000]),
    max_value: scalar("max_value", [100, 500, 1000, 10000]),
  },
  polynomial_equations: {
    degree: range("min_degree", "max_degree", [1, 2, 3, 4], true),
    terms: range("min_terms", "max_terms", [2, 3, 4, 5]),
  },
  prime_factorization: { value: range("min_value", "max_value", [10, 1_000, 5_000, 10_000], true) },
  products: {
    num_terms: range("min_terms", "max_terms", steps(2, 12)),
    num_digits: range("min_digits", "max_digits", steps(1, 10)),
  },
  rectangle_count: { max_rectangles: scalar("max_rectangles", [5, 10, 15, 20, 25]) },
  rotate_matrix: {
    n: range("min_n", "max_n", [10, 25, 50, 100]),
    num_rotations: range("min_rotations", "max_rotations", [1, 5, 10, 15, 20], true),
  },
  simple_equations: {
    min_terms: scalar("min_terms", [2, 3, 4, 5]),
    max_terms: scalar("max_terms", [5, 10, 15, 20]),
    min_value: scalar("min_value", [1, 10, 100, 1000]),
    max_value: scalar("max_value", [100, 10000, 1000000, 100000000]),
    operators_weights: scalar("operators_weights", [
      [0.4, 0.4, 0.2],
      [0.35, 0.35, 0.3],
      [0.3, 0.3, 0.4],
      [0.2, 0.2, 0.6],
    ]),
  },
  simple_geometry: { sides: range("min_sides", "max_sides", [5, 10, 15, 30], true) },
  spell_backward: { word_len: range("min_word_len", "max_word_len", steps(3, 11, 2)) },
  spiral_matrix: { n: range("min_n", "max_n", [10, 25, 50, 100]) },
  syllogism: {
    allow_all: scalar("allow_all", [true, true, true, true]),
    allow_no: scalar("allow_no", [false, true, true, true]),
    allow_some: scalar("allow_some", [false, false, true, true]),
    allow_some_not: scalar("allow_some_not", [false, false, false, true]),
  },
  time_intervals: {
    max_time_difference_seconds: scalar("max_time_difference_seconds", [
      60,
      3600,
      3 * 3600,
      6 * 3600,
      9 * 3600,
      12 * 3600,
      24 * 3600,
    ]),
    max_date_difference_days: scalar("max_date_difference_days", [1, 7, 30, 365, 5 * 365]),
  },
  word_ladder: { word_length: range("min_word_length", "max_word_length", [3, 4, 5], true) },
  word_sorting: {
    num_words: range("min_words", "max_words", [5, 10, 25, 50, 100], true),
    word_length: range("min_word_length", "max_word_length", [3, 5, 10, 15], true),
  },
};

/** The config overrides of one attribute at `level` (clamped to the attribute's levels). */
function attributeOverrides(
  attribute: CurriculumAttribute,
  level: number,
): Record<string, unknown> {
  const last = attribute.levels.length - 1;
  const at = Math.min(Math.max(0, level), last);
  if (attribute.kind === "scalar") return { [attribute.field]: attribute.levels[at] };
  const hi = attribute.ensureInterval ? Math.min(at + 1, last) : at;
  const values = [attribute.levels[0] as number, attribute.levels[hi] as number];
  return { [attribute.lower]: Math.min(...values), [attribute.upper]: Math.max(...values) };
}

/** How many levels a task's curriculum has (its longest attribute); 0 without a curriculum. */
export function levelCount(taskName: string): number {
  const attributes = curricula[taskName];
  if (!attributes) return 0;
  return Math.max(...Object.values(attributes).map((a) => a.levels.length));
}

/**
 * Config overrides for a task at a global difficulty level (0 = easiest): every attribute at
 * that level, clamped to its own last level. Throws for a task without a curriculum or a
 * negative level. Merge the result into a config: `{ ...configForLevel("gcd", 2), seed: 1 }`.
 */
export function configForLevel(taskName: string, level: number): Record<string, unknown> {
  const attributes = curricula[taskName];
  if (!attributes) throw new RangeError(`no curriculum for task "${taskName}"`);
  if (!Number.isInteger(level) || level < 0)
    throw new RangeError(`level must be a non-negative integer, got ${level}`);
  const overrides: Record<string, unknown> = {};
  for (const attribute of Object.values(attributes))
    Object.assign(overrides, attributeOverrides(attribute, level));
  return overrides;
}

/**
 * The per-task levels table: entry L is configForLevel(taskName, L), for every level up to the
 * task's last.
 */
export function levelsTable(taskName: string): Record<string, unknown>[] {
  return Array.from({ length: levelCount(taskName) }, (_, level) =>
    configForLevel(taskName, level),
  );
}

/**
 * Overrides with each attribute at its own level (RG's per-attribute set_attr_level); attributes
 * not named stay at level 0.
 */
export function configForAttributeLevels(
  taskName: string,
  levels: Readonly<Record<string, number>>,
): Record<string, unknown> {
  const attributes = curricula[taskName];
  if (!attributes) throw new RangeError(`no curriculum for task "${taskName}"`);
  const overrides: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes))
    Object.assign(overrides, attributeOverrides(attribute, levels[name] ?? 0));
  for (const name of Object.keys(levels))
    if (!(name in attributes))
      throw new RangeError(`task "${taskName}" has no curriculum attribute "${name}"`);
  return overrides;
}
