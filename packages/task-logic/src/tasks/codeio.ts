import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { gunzipSync } from "node:zlib";
import { pyStrip } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, MissingDataError } from "../define.js";
import {
  type PyJson,
  PyJsonError,
  pyJsonDumps,
  pyJsonEquals,
  pyJsonLoads,
  pyJsonStr,
} from "../lib/py-json.js";
import { type LabelledTree, treeEditDistance } from "../lib/tree-edit-distance.js";

// Reasoning Gym: reasoning_gym/code/codeio.py, with its data file reasoning_gym/data/codeio.jsonl.gz
// (3,002 CodeI/O PyEdu problems: description, I/O spec, reference code and an input generator).
// An item runs one problem's input generator and reference code in Python (as RG does, with
// exec) and asks for the output given the input, or for an input given the output.
// Data: not shipped (CodeI/O is ODC-BY, its code comes from many sources): `data_path` names
// RG's codeio.jsonl.gz (or the same lines unzipped), and `python` a Python 3 to run the code
// with (numpy and sympy make more problems run). Running the code runs whatever the data file
// holds: use a data file you trust, as with RG.
// Scoring: RG's — exact 1.0; else the JSON between the first "{" and the last "}" compared with
// the oracle: equal gives max(len(oracle) / (len(oracle) + extra / 2), 0.2) with extra the
// characters around it, unequal that times the tree edit similarity (at least 0.01); not JSON:
// len(oracle)/len(answer) if the oracle is inside, else 0.
// Deviations: a problem whose code fails, times out or gives values JSON cannot hold is drawn
// again (RG emits an item with "{}" for a failure, or raises); the Python side seeds the
// module-level random and numpy generators from the item's seed and fixes PYTHONHASHSEED, so
// items repeat (code that reseeds from the clock still varies, as in RG); comparisons
// that would fill over 10^8 tree-distance cells or label-distance cells score the 0.01 floor;
// answers nested deeper than 990 levels or with ints over 4300 digits score 0 (RG raises).

/**
 * RG's OUTPUT_PREDICTION_PROMPT_TEMPLATE and INPUT_PREDICTION_PROMPT_TEMPLATE ({0} query, {1} I/O
 * spec, {2} the given input or output, {3} code): the same text around what is given and asked.
 */
function predictionTemplate(given: "input" | "output", ask: string): string {
  return `
You are given a question that requires some input and output variables as follows:

{0}

The input and output requirements are as follows:

{1}

Given the following ${given}:

{2}

${ask}

Tip: Here is a reference code snippet for this question. You can refer to this code to guide your reasoning but not copy spans of code directly.

{3}
`;
}

const OUTPUT_PREDICTION_PROMPT_TEMPLATE = predictionTemplate(
  "input",
  "Can you predict the output without writing any code? Please think and then provide the exact output in the form of a JSON value (object, array, number or string, or one of the following three literal names: false null true) as your final answer. The keys and values of the object should strictly match the output requirement as specified.",
);
const INPUT_PREDICTION_PROMPT_TEMPLATE = predictionTemplate(
  "output",
  "Can you predict a feasible input without writing any code? Please reason and put your final answer in the form of a JSON value (object, array, number or string, or one of the following three literal names: false null true), even if the there is only one input variable, with keys strictly matching the input variables' names as specified.",
);

/** Python's str.format with positional fields {0}..{3}. */
function fillTemplate(template: string, values: readonly string[]): string {
  return template.replace(/\{([0-3])\}/g, (_, k: string) => values[Number(k)] ?? "");
}

/** One problem of the data file (RG's jsonl keys). */
export interface CodeIOProblem {
  task_description: string;
  input_output_spec: string;
  code_sample: string;
  input_generator: string;
  difficulty?: number;
}

/** What running a problem gave: Python's str() and json.dumps() of the input and output. */
export interface CodeIORun {
  input_str: string;
  output_str: string;
  input_json: string;
  output_json: string;
}

/**
 * Runs the problem's input generator with random.Random(seed) and its main_solution on the
 * result, as RG's _generate_io_pair does; stdout of the problem's code is discarded.
 */
const RUNNER = String.raw`
import io, json, random, sys
request = json.loads(sys.stdin.read())
real_stdout, sys.stdout = sys.stdout, io.StringIO()
seed = request["seed"]
random.seed(seed)
if "numpy" in request["code"] + request["generator"]:
    try:
        import numpy
        numpy.random.seed(seed % 2**32)
    except Exception:
        pass
scope = {"Random": random.Random}
exec(request["code"] + "\n\n" + request["generator"], scope, scope)
inputs = scope["generate_inputs"](random.Random(seed))
outputs = scope["main_solution"](**inputs)
result = {"input_str": str(inputs), "output_str": str(outputs),
          "input_json": json.dumps(inputs), "output_json": json.dumps(outputs)}
real_stdout.write(json.dumps(result))
`;

const RUN_TIMEOUT_MS = 20_000;

/** RG's _generate_io_pair in a Python subprocess; null when the code fails or times out. */
export function runCodeIOProblem(
  python: string,
  problem: CodeIOProblem,
  seed: number,
): CodeIORun | null {
  const request = JSON.stringify({
    code: problem.code_sample,
    generator: problem.input_generator,
    seed,
  });
  const child = spawnSync(python, ["-c", RUNNER], {
    input: request,
    encoding: "utf8",
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    cwd: tmpdir(),
    // str hashes (set and dict-of-set orders) stay the same from run to run
    env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  if (child.error && (child.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(`codeio: cannot run "${python}" (set python to a Python 3 interpreter)`);
  }
  if (child.status !== 0 || !child.stdout) return null;
  try {
    return JSON.parse(child.stdout) as CodeIORun;
  } catch {
    return null;
  }
}

/** A JSON value from Python's json.dumps as plain data (ints past 2^53 as decimal strings). */
function plain(value: PyJson): unknown {
  switch (value.kind) {
    case "null":
      return null;
    case "int":
      return value.value >= BigInt(Number.MIN_SAFE_INTEGER) &&
        value.value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value.value)
        : value.value.toString();
    case "list":
      return value.items.map(plain);
    case "dict":
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, plain(v)]));
    default:
      return value.value;
  }
}

/** The item for a problem and its run (RG's __getitem__ after the draws). */
export function buildCodeIOEntry(
  problem: CodeIOProblem,
  run: CodeIORun,
  predictOutput: boolean,
  difficulty: number | null,
) {
  const parts = (shown: string) => [
    problem.task_description,
    problem.input_output_spec,
    shown,
    problem.code_sample,
  ];
  return {
    question: predictOutput
      ? fillTemplate(OUTPUT_PREDICTION_PROMPT_TEMPLATE, parts(run.input_str))
      : fillTemplate(INPUT_PREDICTION_PROMPT_TEMPLATE, parts(run.output_str)),
    answer: predictOutput ? run.output_json : run.input_json,
    metadata: {
      input_data: plain(pyJsonLoads(run.input_json)),
      output_data: plain(pyJsonLoads(run.output_json)),
      difficulty: { difficulty },
    },
  };
}

const ProblemSchema = z.object({
  task_description: z.string(),
  input_output_spec: z.string(),
  code_sample: z.string(),
  input_generator: z.string(),
  difficulty: z.number().int().optional(),
});

const loaded = new Map<string, CodeIOProblem[]>();

/** The data file's problems (gzipped or plain JSON lines), read once per path. */
function readProblems(path: string): CodeIOProblem[] {
  const cached = loaded.get(path);
  if (cached) return cached;
  if (!existsSync(path)) throw new Error(`codeio: data_path ${path} does not exist`);
  const bytes = readFileSync(path);
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString(
    "utf8",
  );
  const problems = text
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`codeio: ${path} line ${i + 1} is not JSON`);
      }
      const parsed = ProblemSchema.safeParse(value);
      if (!parsed.success) {
        throw new Error(
          `codeio: ${path} line ${i + 1} lacks RG's keys (task_description, input_output_spec, code_sample, input_generator)`,
        );
      }
      return parsed.data;
    });
  loaded.set(path, problems);
  return problems;
}

const MAX_ATTEMPTS = 20;

export const codeio = defineLogicTask({
  name: "codeio",
  category: "code",
  curriculum: { difficulty: scalar("difficulty", [6, 7, 8, 9]) },
  description:
    "Predict a Python function's output from its input, or an input from its output (CodeI/O; needs its data and Python).",
  config: z.object({
    /** RG's codeio.jsonl.gz (see the header); required to generate items. */
    data_path: z.string().optional(),
    /** The Python 3 that runs the problems' code. */
    python: z.string().default("python3"),
    /** Chance of an output-prediction item (RG's name; the other items ask for an input). */
    input_prediction_probability: z.number().min(0).max(1).default(0.5),
    /** Only problems of this difficulty (1-10); all when unset. */
    difficulty: z.number().int().min(1).max(10).nullable().default(null),
  }),
  generate(rng, config) {
    if (config.data_path === undefined) {
      throw new MissingDataError(
        "codeio needs Reasoning Gym's codeio.jsonl.gz (CodeI/O problems, not shipped with prorl): set data_path to it (reasoning_gym/data/codeio.jsonl.gz in a Reasoning Gym checkout)",
      );
    }
    const all = readProblems(config.data_path);
    const problems =
      config.difficulty === null ? all : all.filter((p) => p.difficulty === config.difficulty);
    if (problems.length === 0)
      throw new Error(
        `codeio: no problems of difficulty ${config.difficulty} in ${config.data_path}`,
      );
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const problem = rng.pick(problems);
      const run = runCodeIOProblem(config.python, problem, rng.int(0, 2 ** 31 - 1));
      if (run === null) continue;
      const predictOutput = rng.float() < config.input_prediction_probability;
      try {
        return buildCodeIOEntry(problem, run, predictOutput, config.difficulty);
      } catch {
        // JSON past what Python's json reads back (huge ints, deep nesting): another problem.
      }
    }
    throw new Error(
      `codeio: ${MAX_ATTEMPTS} problems in a row failed to run with ${config.python}`,
    );
  },
  score(answer, entry) {
    if (entry.answer === null || answer === null || answer.length === 0) return 0;
    const oracle = pyStrip(entry.answer);
    const given = pyStrip(answer);
    if (given === oracle) return 1;
    const open = given.indexOf("{");
    const close = given.lastIndexOf("}");
    if (open < 0 || close < 0) return 0;
    const extra = codePointLength(given.slice(0, open)) + codePointLength(given.slice(close + 1));
    const oracleLength = codePointLength(oracle);
    const maxScore = Math.max(oracleLength / (oracleLength + 0.5 * extra), 0.2);
    let answerJson: PyJson;
    let oracleJson: PyJson;
    try {
      answerJson = pyJsonLoads(given.slice(open, close + 1));
      oracleJson = pyJsonLoads(oracle);
    } catch (error) {
      if (!(error instanceof PyJsonError)) throw error;
      return given.includes(oracle) ? oracleLength / codePointLength(given) : 0;
    }
    if (pyJsonEquals(answerJson, oracleJson)) return maxScore;
    return Math.max(jsonSimilarity(answerJson, oracleJson) * maxScore, 0.01);
  },
});

/**
 * Past this many tree-distance table cells, or label-distance cells, a comparison is not worth
 * its time (about a second): it scores the 0.01 floor. Answers the size of a real output (a list
 * of a few thousand numbers) stay well below.
 */
const MAX_CELLS = 1e8;

class OverBudget extends Error {}

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Python's string order (code points), for sorted(dict.items()). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** RG's _json_to_tree: dicts by sorted key, lists as item_<i>, leaves labelled "key:str(value)". */
function jsonTree(value: PyJson, label = "root"): LabelledTree {
  if (value.kind === "dict") {
    const keys = [...value.entries.keys()].sort(byCodePoint);
    return { label, children: keys.map((k) => jsonTree(value.entries.get(k) as PyJson, k)) };
  }
  if (value.kind === "list") {
    return { label, children: value.items.map((item, i) => jsonTree(item, `item_${i}`)) };
  }
  return { label: `${label}:${pyJsonStr(value)}`, children: [] };
}

/** RG's _compute_json_similarity: 1 − tree edit distance / (0.2 · the longer json.dumps), at least 0. */
function jsonSimilarity(answer: PyJson, oracle: PyJson): number {
  const budget = { cells: MAX_CELLS };
  const edit = (x: string, y: string) => levenshtein(x, y, budget);
  const labels = new Map<string, NodeLabel>();
  const label = (text: string) => {
    let info = labels.get(text);
    if (!info) {
      info = nodeLabel(text);
      labels.set(text, info);
    }
    return info;
  };
  const cost = (text1: string, text2: string) => nodeDistance(label(text1), label(text2), edit);
  let distance: number | null;
  try {
    distance = treeEditDistance(jsonTree(answer), jsonTree(oracle), cost, MAX_CELLS);
  } catch (error) {
    if (error instanceof OverBudget) return 0;
    throw error;
  }
  if (distance === null) return 0;
  const maxSize = Math.max(pyJsonDumps(answer).length, pyJsonDumps(oracle).length);
  const similarity = 1 - distance / (0.2 * maxSize);
  // biome-ignore lint/complexity/useMathMinMax: Python's max(0, x) gives 0 for a NaN, Math.max gives NaN
  return similarity > 0 ? similarity : 0;
}

const SURROGATE = /[\uD800-\uDFFF]/;
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * RG's _str_edit_distance: Levenshtein over code points (UTF-16 units when there are no
 * surrogate pairs, which is the same). The common prefix and suffix cost nothing, so they are
 * cut off before the table; the table's cells are taken from `budget`.
 */
function levenshtein(s1: string, s2: string, budget: { cells: number }): number {
  if (s1 === s2) return 0;
  const astral = SURROGATE.test(s1) || SURROGATE.test(s2);
  const a = astral ? codePoints(s1) : s1;
  const b = astral ? codePoints(s2) : s2;
  const at = (text: string | number[], i: number) =>
    typeof text === "string" ? text.charCodeAt(i) : (text[i] as number);
  let start = 0;
  while (start < a.length && start < b.length && at(a, start) === at(b, start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && at(a, endA - 1) === at(b, endB - 1)) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  if (m === 0 || n === 0) return m + n;
  budget.cells -= m * n;
  if (budget.cells < 0) throw new OverBudget();
  if (previousRow.length <= n) {
    previousRow = new Int32Array(2 * n + 2);
    currentRow = new Int32Array(2 * n + 2);
  }
  let prev = previousRow;
  let curr = currentRow;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    curr[0] = i;
    const ai = at(a, start + i - 1);
    for (let j = 1; j <= n; j++) {
      curr[j] =
        ai === at(b, start + j - 1)
          ? (prev[j - 1] as number)
          : 1 + Math.min(prev[j] as number, curr[j - 1] as number, prev[j - 1] as number);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[n] as number;
}

function codePoints(text: string): number[] {
  return Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
}

// Python's str.isnumeric: Unicode numbers plus the CJK ideographs with numeric values.
const NUMERIC =
  /^[\p{N}\u{3405}\u{3483}\u{382a}\u{3b4d}\u{4e00}\u{4e03}\u{4e07}\u{4e09}\u{4e5d}\u{4e8c}\u{4e94}\u{4e96}\u{4ebf}\u{4ec0}\u{4edf}\u{4ee8}\u{4f0d}\u{4f70}\u{5104}\u{5146}\u{5169}\u{516b}\u{516d}\u{5341}\u{5343}\u{5344}\u{5345}\u{534c}\u{53c1}\u{53c2}\u{53c3}\u{53c4}\u{56db}\u{58f1}\u{58f9}\u{5e7a}\u{5efe}\u{5eff}\u{5f0c}\u{5f0d}\u{5f0e}\u{5f10}\u{62fe}\u{634c}\u{67d2}\u{6f06}\u{7396}\u{767e}\u{8086}\u{842c}\u{8cae}\u{8cb3}\u{8d30}\u{9621}\u{9646}\u{964c}\u{9678}\u{96f6}\u{f96b}\u{f973}\u{f978}\u{f9b2}\u{f9d1}\u{f9d3}\u{f9fd}\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]+$/u;
const NON_ASCII = /[^\x20-\x7e]/; // printable ASCII is the fast path; anything else takes the Unicode one
const ASCII_DIGITS = /^[0-9]+$/;
const ASCII_DECIMAL = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/;
const DIGITS_AND_DOT = /^[\p{Nd}.]+$/u;
const DECIMAL_DIGIT = /\p{Nd}/u;

function isNumeric(text: string): boolean {
  return NON_ASCII.test(text) ? NUMERIC.test(text) : ASCII_DIGITS.test(text);
}

/** A Unicode decimal digit's value: its place in its run of ten. */
function digitValue(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/** Python's float() of digits with at most one dot (any script's decimal digits); null where it raises. */
function floatOfDigits(text: string): number | null {
  if (!NON_ASCII.test(text)) return ASCII_DECIMAL.test(text) ? Number(text) : null;
  if (!DIGITS_AND_DOT.test(text) || text.split(".").length > 2 || text.replace(".", "") === "")
    return null;
  let ascii = "";
  for (const ch of text) ascii += ch === "." ? "." : String(digitValue(ch));
  return Number(ascii);
}

/** What RG's label distance looks at in a node label "key:value", worked out once per label. */
interface NodeLabel {
  text: string;
  length: number;
  /** null when the label has no ":" (a dict or list node, or a key with none). */
  key: string | null;
  value: string;
  valueLength: number;
  /** value.replace(".", "").isnumeric() */
  numericWithoutDots: boolean;
  /** value.isnumeric() */
  numeric: boolean;
  /** float(value), null where Python raises. */
  float: number | null;
}

function nodeLabel(text: string): NodeLabel {
  const at = text.indexOf(":");
  const key = at < 0 ? null : text.slice(0, at);
  const value = at < 0 ? "" : text.slice(at + 1);
  const numericWithoutDots = isNumeric(value.replaceAll(".", ""));
  return {
    text,
    length: codePointLength(text),
    key,
    value,
    valueLength: codePointLength(value),
    numericWithoutDots,
    numeric: isNumeric(value),
    float: numericWithoutDots ? floatOfDigits(value) : null,
  };
}

type StringDistance = (a: string, b: string) => number;

/** RG's _tree_node_edit_distance between two node labels (`edit` is its string distance). */
function nodeDistance(l1: NodeLabel, l2: NodeLabel, edit: StringDistance): number {
  if (l1.key === null || l2.key === null) return edit(l1.text, l2.text);
  const keyDistance = l1.key !== l2.key ? edit(l1.key, l2.key) : 0;
  if (l1.value === l2.value) return keyDistance;
  if (l1.numericWithoutDots && l2.numericWithoutDots && l1.float !== null && l2.float !== null) {
    // Two numbers: their relative difference times the longer one's length.
    const abs1 = Math.abs(l1.float);
    const abs2 = Math.abs(l2.float);
    const divisor = Math.max(Math.min(abs1, abs2), 10e-5);
    return (
      keyDistance + Math.max(l1.valueLength, l2.valueLength) * Math.abs((abs1 - abs2) / divisor)
    );
  }
  let valueDistance = edit(l1.value, l2.value);
  if (!(l1.numericWithoutDots && l2.numericWithoutDots) && (l1.numeric || l2.numeric)) {
    valueDistance += Math.max(l1.length, l2.length);
  }
  return keyDistance + valueDistance;
}
