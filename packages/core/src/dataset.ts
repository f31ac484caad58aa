import { createReadStream } from "node:fs";
import { access, open, readFile } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import type { z } from "zod";
import { errorMessage, type Source } from "./task.js";
import { formatZodError } from "./zod-format.js";

/** What to do with a row that is not valid JSON or fails the schema. */
export type InvalidRowPolicy = "skip" | "fail";

export interface RowProblem {
  file: string;
  /** 1-based line (JSONL), row number (Parquet) or element number (a .json array). */
  line: number;
  message: string;
}

/** Counts kept while reading; `problems` keeps the first 100 in full. */
export interface ReadStats {
  rows: number;
  valid: number;
  skipped: number;
  problems: RowProblem[];
  /**
   * Skipped rows counted by reason (the message; "invalid JSON" for any unparseable line), every
   * skipped row included. After 50 distinct reasons, further ones count under "other reasons".
   */
  reasons: Map<string, number>;
}

export interface ReadOptions<E> {
  /** Each row is checked (and defaults filled) by this schema. */
  schema?: z.ZodType<E>;
  /**
   * Renames columns: `{ problem: "question" }` makes the example's `problem` field from the
   * row's `question` column. Dotted sources (`"reward_model.ground_truth"`) reach into objects.
   */
  fields?: Record<string, string>;
  /** Default "fail": the first bad row stops the read with its file and line. */
  onInvalid?: InvalidRowPolicy;
  /** Filled in as rows are read, so a caller can report skips. */
  stats?: ReadStats;
}

export class DatasetRowError extends Error {
  constructor(readonly problem: RowProblem) {
    super(`${problem.file}:${problem.line}: ${problem.message}`);
    this.name = "DatasetRowError";
  }
}

export function emptyReadStats(): ReadStats {
  return { rows: 0, valid: 0, skipped: 0, problems: [], reasons: new Map() };
}

const MAX_KEPT_PROBLEMS = 100;
const MAX_DISTINCT_REASONS = 50;

export type DatasetFormat = "jsonl" | "parquet";

/**
 * The format a path's extension names: .jsonl / .ndjson / .json → jsonl, .parquet → parquet;
 * a further .gz (HumanEval ships `HumanEval.jsonl.gz`) means gzip-compressed JSON text.
 * (readDataset also reads a .json file that holds one JSON array of rows.)
 */
export function formatOfPath(path: string): DatasetFormat {
  const ext = extname(textPath(path)).toLowerCase();
  if (ext === ".parquet" && !isGzipped(path)) return "parquet";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  throw new Error(
    `${path}: unknown dataset format "${ext}" (use .jsonl, .json or .parquet; .jsonl.gz and .json.gz are read gunzipped)`,
  );
}

function isGzipped(path: string): boolean {
  return path.toLowerCase().endsWith(".gz");
}

/** The path without a trailing .gz: its extension names the format of the text inside. */
function textPath(path: string): string {
  return isGzipped(path) ? path.slice(0, -3) : path;
}

/** The file's bytes as a stream, gunzipped when its name ends in .gz. */
function openBytes(path: string): Readable {
  const file = createReadStream(path);
  if (!isGzipped(path)) return file;
  const gunzip = createGunzip();
  file.on("error", (error) => gunzip.destroy(error));
  gunzip.on("close", () => file.destroy());
  return file.pipe(gunzip);
}

async function readWholeText(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return (isGzipped(path) ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch (error) {
    throw new Error(`${path}: not a readable gzip file (${(error as Error).message})`);
  }
}

/** A dataset file as a Source; each iteration reads the file again. */
export function fileSource<E>(path: string, options: ReadOptions<E> = {}): Source<E> {
  return { description: `file ${path}`, examples: () => readDataset(path, options) };
}

/**
 * Streams a JSONL or Parquet file, one validated example at a time. A .json file that holds
 * one JSON array (as some data sets ship) is read as that array's rows, without streaming.
 */
export async function* readDataset<E = Record<string, unknown>>(
  path: string,
  options: ReadOptions<E> = {},
): AsyncGenerator<E> {
  const format = formatOfPath(path);
  if (format === "parquet") yield* readParquet(path, options);
  else if (await holdsJsonArray(path)) yield* readJsonArray(path, options);
  else yield* readJsonl(path, options);
}

/** Whether a .json file starts (after blanks and a byte order mark) with "[". */
async function holdsJsonArray(path: string): Promise<boolean> {
  if (extname(textPath(path)).toLowerCase() !== ".json") return false;
  await assertReadable(path);
  if (isGzipped(path))
    return stripBom(await readWholeText(path))
      .trimStart()
      .startsWith("[");
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    return stripBom(buffer.toString("utf8", 0, bytesRead))
      .trimStart()
      .startsWith("[");
  } finally {
    await file.close();
  }
}

/** The rows of a file holding one JSON array; a row's number is its 1-based position. */
async function* readJsonArray<E>(path: string, options: ReadOptions<E>): AsyncGenerator<E> {
  checkPolicy(options);
  let rows: unknown;
  try {
    rows = JSON.parse(stripBom(await readWholeText(path)));
  } catch (error) {
    throw new Error(`${path}: invalid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(rows)) throw new Error(`${path}: expected one JSON array of rows`);
  for (const [index, raw] of rows.entries()) {
    const example = validateRow(raw, path, index + 1, options);
    if (example !== undefined) yield example;
  }
}

/**
 * Streams a JSONL file line by line: memory stays flat whatever the file size. Blank lines
 * are ignored, CRLF line ends and a UTF-8 byte order mark are accepted; a name ending in .gz
 * is gunzipped as it streams.
 */
export async function* readJsonl<E = Record<string, unknown>>(
  path: string,
  options: ReadOptions<E> = {},
): AsyncGenerator<E> {
  checkPolicy(options);
  await assertReadable(path);
  const input = openBytes(path).setEncoding("utf8");
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const json = line === 1 ? stripBom(text) : text;
      if (json.trim() === "") continue;
      const raw = parseJsonLine(json, path, line, options);
      if (raw === INVALID) continue;
      const example = validateRow(raw, path, line, options);
      if (example !== undefined) yield example;
    }
  } catch (error) {
    if (isZlibError(error)) {
      throw new Error(`${path}: not a readable gzip file (${error.message})`);
    }
    throw error;
  } finally {
    lines.close();
    input.destroy(); // a consumer that stops early must not leak the file handle
  }
}

function isZlibError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("Z_");
}

const INVALID: unique symbol = Symbol("invalid row");

/** One line's JSON, or INVALID after counting and reporting it. */
function parseJsonLine<E>(
  text: string,
  file: string,
  line: number,
  options: ReadOptions<E>,
): unknown | typeof INVALID {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (options.stats) options.stats.rows++;
    reject(options, { file, line, message: `invalid JSON (${(error as Error).message})` });
    return INVALID;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Streams a Parquet file one row group at a time (gzip, zstd, brotli, snappy, lz4). */
export async function* readParquet<E = Record<string, unknown>>(
  path: string,
  options: ReadOptions<E> = {},
): AsyncGenerator<E> {
  checkPolicy(options);
  await assertReadable(path);
  let file: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new Error(`${path}: not a readable Parquet file (${(error as Error).message})`);
  }
  let rowStart = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd, compressors });
    } catch (error) {
      throw new Error(
        `${path}: row group ${index + 1} of ${metadata.row_groups.length} (rows ${rowStart + 1}-${rowEnd}) cannot be read (${errorMessage(error).split("\n")[0]})`,
      );
    }
    for (const [offset, raw] of rows.entries()) {
      const example = validateRow(normalizeParquetValue(raw), path, rowStart + offset + 1, options);
      if (example !== undefined) yield example;
    }
    rowStart = rowEnd;
  }
}

/** Parquet INT64 columns arrive as bigint; JSON-shaped examples want numbers. */
function normalizeParquetValue(value: unknown): unknown {
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (Array.isArray(value)) return value.map(normalizeParquetValue);
  if (
    value &&
    typeof value === "object" &&
    !(value instanceof Uint8Array) &&
    !(value instanceof Date)
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeParquetValue(v)]));
  }
  return value;
}

function validateRow<E>(
  raw: unknown,
  file: string,
  line: number,
  options: ReadOptions<E>,
): E | undefined {
  const stats = options.stats;
  if (stats) stats.rows++;
  let row = raw;
  if (options.fields) {
    if (!isRecord(raw)) {
      reject(options, { file, line, message: "row is not a JSON object" });
      return undefined;
    }
    row = applyFieldMap(raw, options.fields);
  }
  if (!options.schema) {
    if (stats) stats.valid++;
    return row as E;
  }
  const parsed = options.schema.safeParse(row);
  if (!parsed.success) {
    reject(options, { file, line, message: formatZodError(parsed.error) });
    return undefined;
  }
  if (stats) stats.valid++;
  return parsed.data;
}

/**
 * Copies the row, then sets each mapped field from its source column. A source naming a
 * column of the row is taken as is; otherwise a dotted source (`"reward_model.ground_truth"`)
 * reaches into nested objects. A missing source gives `undefined` (the schema decides).
 */
export function applyFieldMap(
  row: Record<string, unknown>,
  fields: Record<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const [target, source] of Object.entries(fields)) out[target] = lookUp(row, source);
  return out;
}

function lookUp(row: Record<string, unknown>, source: string): unknown {
  if (Object.hasOwn(row, source)) return row[source];
  let value: unknown = row;
  for (const key of source.split(".")) {
    value = isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  }
  return value;
}

function reject<E>(options: ReadOptions<E>, problem: RowProblem): void {
  if ((options.onInvalid ?? "fail") === "fail") throw new DatasetRowError(problem);
  if (options.stats) recordSkippedRow(options.stats, problem);
}

/**
 * Counts a skipped row: the total, its reason, and the problem itself among the first 100.
 * For loaders that validate rows themselves and keep the same stats as readDataset.
 */
export function recordSkippedRow(stats: ReadStats, problem: RowProblem): void {
  stats.skipped++;
  if (stats.problems.length < MAX_KEPT_PROBLEMS) stats.problems.push(problem);
  // A JSON parser's detail names a position in the line, so it is left out of the reason.
  let reason = problem.message.startsWith("invalid JSON") ? "invalid JSON" : problem.message;
  if (!stats.reasons.has(reason) && stats.reasons.size >= MAX_DISTINCT_REASONS) {
    reason = "other reasons";
  }
  stats.reasons.set(reason, (stats.reasons.get(reason) ?? 0) + 1);
}

/** Skipping is never silent: a caller that skips rows must take the count. */
function checkPolicy<E>(options: ReadOptions<E>): void {
  if (options.onInvalid === "skip" && !options.stats) {
    throw new Error('onInvalid: "skip" needs a stats object to count the skipped rows');
  }
}

async function assertReadable(path: string): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new Error(`${path}: no such file or not readable`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
