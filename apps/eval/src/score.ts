import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { errorMessage, type TaskRegistry } from "@prorl/core";
import { scoreItem, type TaskOptionsByTask } from "./score-item.js";

export interface ScoreOptions {
  input: string;
  output: string;
  registry: TaskRegistry;
  /** Per-task default options (`--task-options`); a line's own `options` override them. */
  taskOptions?: TaskOptionsByTask;
  /** Verifications in flight at once (default: the number of cores). */
  concurrency?: number;
  /** Called as lines are read: bytes read so far and the input size. */
  onProgress?: (bytesRead: number, totalBytes: number, lines: number) => void;
  /** Aborting stops the scoring: the temporary output is removed and the call rejects. */
  signal?: AbortSignal;
}

/** One output record: the input object plus the verdict, or an error record for a bad line. */
export interface ScoredRecord {
  [key: string]: unknown;
  reward: number;
  correct: boolean;
  reason: string;
  error?: string;
}

export interface TaskSummary {
  count: number;
  rewardSum: number;
  correct: number;
  errors: number;
}

export interface ScoreSummary {
  lines: number;
  errors: number;
  /** Per task id ("(invalid)" for lines with no usable task). */
  tasks: Map<string, TaskSummary>;
}

/**
 * Scores a JSONL file of `{task, example, response}` lines into a JSONL file with `reward`,
 * `correct` and `reason` added, in input order. Bad lines become error records and the run goes
 * on. Reads and writes as streams, so memory does not grow with the file; the output appears
 * under its name only once complete (written to a temporary file, then renamed).
 */
export async function scoreFile(options: ScoreOptions): Promise<ScoreSummary> {
  const totalBytes = await inputSize(options.input);
  await refuseDirectory(options.output);
  const concurrency = options.concurrency ?? availableParallelism();
  const temporary = join(
    dirname(options.output),
    `.${basename(options.output)}.${process.pid}.tmp`,
  );
  const out = createWriteStream(temporary, { flags: "wx" });
  await new Promise<void>((resolve, reject) => {
    out.once("open", () => resolve());
    out.once("error", (error: NodeJS.ErrnoException) => {
      const why = error.code === "ENOENT" ? "its directory does not exist" : error.message;
      reject(new Error(`cannot write ${options.output}: ${why}`));
    });
  });

  const summary: ScoreSummary = { lines: 0, errors: 0, tasks: new Map() };
  const input = createReadStream(options.input);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  const numbered = Readable.from(
    (async function* () {
      for await (const text of lines) {
        lineNumber++;
        options.onProgress?.(input.bytesRead, totalBytes, lineNumber);
        if (text.trim() !== "") yield { text, lineNumber };
      }
    })(),
  );
  let writeFailed = false;
  out.on("error", () => {
    writeFailed = true;
  });
  try {
    const scored = numbered.map(
      ({ text, lineNumber }) => scoreLine(text, lineNumber, options.registry, options.taskOptions),
      {
        concurrency,
      },
    );
    // pipeline: backpressure, and a write error (a full disk) or an abort rejects at once.
    await pipeline(
      scored as AsyncIterable<ScoredRecord>,
      async function* (records: AsyncIterable<ScoredRecord>) {
        for await (const record of records) {
          tally(summary, record);
          yield `${JSON.stringify(record)}\n`;
        }
      },
      out,
      options.signal ? { signal: options.signal } : {},
    );
    await rename(temporary, options.output).catch((error: unknown) => {
      writeFailed = true;
      throw error;
    });
  } catch (error) {
    out.destroy();
    input.destroy();
    await rm(temporary, { force: true });
    if (!writeFailed || options.signal?.aborted) throw error;
    throw new Error(`cannot write ${options.output}: ${errorMessage(error)}`);
  }
  return summary;
}

/** Scores one input line (see `scoreItem`); never throws. */
export async function scoreLine(
  text: string,
  lineNumber: number,
  registry: TaskRegistry,
  taskOptions?: TaskOptionsByTask,
): Promise<ScoredRecord> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return errorRecord(
      { line: lineNumber },
      `line ${lineNumber}: invalid JSON (${errorMessage(error)})`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return errorRecord({ line: lineNumber }, `line ${lineNumber}: expected a JSON object`);
  }
  const record = parsed as Record<string, unknown>;
  const result = await scoreItem(record, { registry, taskOptions }, `line ${lineNumber}`);
  return { ...record, ...result };
}

function errorRecord(record: Record<string, unknown>, error: string): ScoredRecord {
  return { ...record, reward: 0, correct: false, reason: "error", error };
}

function tally(summary: ScoreSummary, record: ScoredRecord): void {
  summary.lines++;
  const key = record.error || typeof record.task !== "string" ? "(invalid)" : record.task;
  let entry = summary.tasks.get(key);
  if (!entry) {
    entry = { count: 0, rewardSum: 0, correct: 0, errors: 0 };
    summary.tasks.set(key, entry);
  }
  entry.count++;
  entry.rewardSum += record.reward;
  if (record.correct) entry.correct++;
  if (record.error) {
    entry.errors++;
    summary.errors++;
  }
}

/** An output path that names a directory fails before any scoring, not at the final rename. */
async function refuseDirectory(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new Error(`cannot write ${path}: it is a directory`);
}

async function inputSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    return info.size;
  } catch {
    throw new Error(`${path}: no such input file`);
  }
}

/** The per-task summary as an aligned text table. */
export function formatScoreSummary(summary: ScoreSummary): string {
  const rows = [...summary.tasks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([task, s]) => [
      task,
      String(s.count),
      (s.rewardSum / s.count).toFixed(3),
      String(s.correct),
      String(s.errors),
    ]);
  const header = ["task", "count", "mean reward", "correct", "errors"];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join("  ");
  return [line(header), ...rows.map(line), `${summary.lines} lines, ${summary.errors} errors`].join(
    "\n",
  );
}
