import { execFileSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { parquetWriteFile } from "hyparquet-writer";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  applyFieldMap,
  DatasetRowError,
  emptyReadStats,
  fileSource,
  formatOfPath,
  type ReadOptions,
  readDataset,
  readJsonl,
  readParquet,
} from "./dataset.js";

// Spy on hyparquet's row reader to see how much of a Parquet file is read at a time.
vi.mock("hyparquet", async (importOriginal) => {
  const original = await importOriginal<typeof import("hyparquet")>();
  return { ...original, parquetReadObjects: vi.fn(original.parquetReadObjects) };
});

const temp = mkdtempSync(join(tmpdir(), "prorl-dataset-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let fileCount = 0;
function writeTemp(name: string, content: string): string {
  const path = join(temp, `${fileCount++}-${name}`);
  writeFileSync(path, content);
  return path;
}

async function collect<E>(rows: AsyncIterable<E>): Promise<E[]> {
  const out: E[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const MathRow = z.object({
  problem: z.string(),
  answer: z.string(),
  solution: z.string().optional(),
});

describe("readJsonl", () => {
  it("streams rows validated by the schema", async () => {
    const path = writeTemp(
      "ok.jsonl",
      '{"problem":"1+1","answer":"2"}\n{"problem":"2+2","answer":"4","extra":1}\n',
    );
    expect(await collect(readJsonl(path, { schema: MathRow }))).toEqual([
      { problem: "1+1", answer: "2" },
      { problem: "2+2", answer: "4" },
    ]);
  });
  it("fills schema defaults and returns raw rows without a schema", async () => {
    const path = writeTemp("defaults.jsonl", '{"q":"x"}\n');
    const schema = z.object({ q: z.string(), level: z.number().default(1) });
    expect(await collect(readJsonl(path, { schema }))).toEqual([{ q: "x", level: 1 }]);
    expect(await collect(readJsonl(path))).toEqual([{ q: "x" }]);
  });
  it("maps fields, including dotted paths into nested objects", async () => {
    const path = writeTemp(
      "mapped.jsonl",
      `${JSON.stringify({ question: "Q", reward_model: { ground_truth: "A", style: "rule" } })}\n`,
    );
    const rows = await collect(
      readJsonl(path, {
        schema: MathRow,
        fields: { problem: "question", answer: "reward_model.ground_truth" },
      }),
    );
    expect(rows).toEqual([{ problem: "Q", answer: "A" }]);
  });
  it("fails on malformed JSON with file and line (blank lines counted, not read)", async () => {
    const path = writeTemp("bad.jsonl", '{"problem":"a","answer":"1"}\n\n   \n{"problem": oops}\n');
    const error = await collect(readJsonl(path, { schema: MathRow })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetRowError);
    const rowError = error as DatasetRowError;
    expect(rowError.problem).toMatchObject({ file: path, line: 4 });
    expect(rowError.message).toMatch(new RegExp(`^${escapeRegExp(path)}:4: invalid JSON`));
    expect(rowError.name).toBe("DatasetRowError");
  });
  it("fails on a schema violation with file, line and the field's path", async () => {
    const path = writeTemp(
      "schema.jsonl",
      '{"problem":"a","answer":"1"}\n{"problem":"b","answer":2}\n',
    );
    await expect(collect(readJsonl(path, { schema: MathRow }))).rejects.toThrow(
      new RegExp(
        `^${escapeRegExp(path)}:2: answer: Invalid input: expected string, received number$`,
      ),
    );
  });
  it("fails when fields are mapped on a row that is not an object", async () => {
    const path = writeTemp("array.jsonl", "[1,2]\n");
    await expect(collect(readJsonl(path, { fields: { a: "b" } }))).rejects.toThrow(
      /:1: row is not a JSON object/,
    );
  });
  it("skips and counts bad rows under 'skip', keeping the problems", async () => {
    const path = writeTemp(
      "mixed.jsonl",
      [
        '{"problem":"a","answer":"1"}',
        "not json",
        '{"problem":"b"}',
        "",
        '{"problem":"c","answer":"3"}',
      ].join("\n"),
    );
    const stats = emptyReadStats();
    const rows = await collect(readJsonl(path, { schema: MathRow, onInvalid: "skip", stats }));
    expect(rows.map((r) => r.problem)).toEqual(["a", "c"]);
    expect(stats).toMatchObject({ rows: 4, valid: 2, skipped: 2 });
    expect(stats.rows).toBe(stats.valid + stats.skipped);
    expect(stats.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(stats.problems[0]?.message).toMatch(/^invalid JSON/);
    expect(stats.problems[1]?.message).toMatch(/^answer: /);
  });
  it("keeps only the first 100 problems but counts them all", async () => {
    const path = writeTemp("many-bad.jsonl", "x\n".repeat(150));
    const stats = emptyReadStats();
    await collect(readJsonl(path, { onInvalid: "skip", stats }));
    expect(stats.skipped).toBe(150);
    expect(stats.problems).toHaveLength(100);
    // Each parser message names a position; the reason is "invalid JSON" for all of them.
    expect([...stats.reasons]).toEqual([["invalid JSON", 150]]);
  });
  it("counts skipped rows by reason, every row, with a cap on distinct reasons", async () => {
    const rows = [
      ...Array.from({ length: 120 }, () => ({ problem: "p" })),
      ...Array.from({ length: 60 }, (_, i) => ({ problem: "p", answer: "1", [`x${i}`]: 1 })),
      { answer: "1" },
    ];
    const strict = MathRow.strict();
    const path = writeTemp("reasons.jsonl", rows.map((r) => JSON.stringify(r)).join("\n"));
    const stats = emptyReadStats();
    await collect(readJsonl(path, { schema: strict, onInvalid: "skip", stats }));
    expect(stats.skipped).toBe(181);
    expect(stats.reasons.size).toBe(51);
    expect(stats.reasons.get(stats.problems[0]?.message as string)).toBe(120);
    expect(stats.reasons.get("other reasons")).toBe(12);
    expect([...stats.reasons.values()].reduce((a, b) => a + b, 0)).toBe(181);
  });
  it("refuses 'skip' without a stats object, so skipping is never silent", async () => {
    const path = writeTemp("x.jsonl", "{}\n");
    await expect(collect(readJsonl(path, { onInvalid: "skip" }))).rejects.toThrow(
      /"skip" needs a stats object/,
    );
  });
  it("reads CRLF files and a UTF-8 byte order mark", async () => {
    const path = writeTemp(
      "crlf.jsonl",
      '\uFEFF{"problem":"a","answer":"1"}\r\n\r\n{"problem":"b","answer":"2"}\r\nbad\r\n',
    );
    const stats = emptyReadStats();
    const rows = await collect(readJsonl(path, { schema: MathRow, onInvalid: "skip", stats }));
    expect(rows).toEqual([
      { problem: "a", answer: "1" },
      { problem: "b", answer: "2" },
    ]);
    expect(stats.problems.map((p) => p.line)).toEqual([4]);
  });
  it("reads a file without a final newline, and an empty file", async () => {
    expect(await collect(readJsonl(writeTemp("nofinal.jsonl", '{"a":1}\n{"a":2}')))).toEqual([
      { a: 1 },
      { a: 2 },
    ]);
    expect(await collect(readJsonl(writeTemp("empty.jsonl", "")))).toEqual([]);
  });
  it("reports a missing file", async () => {
    const path = join(temp, "missing.jsonl");
    await expect(collect(readJsonl(path))).rejects.toThrow(`${path}: no such file or not readable`);
  });
  it("yields each row as soon as its line arrives (streaming)", async () => {
    if (process.platform === "win32") return; // no mkfifo
    const fifo = join(temp, "stream.fifo");
    execFileSync("mkfifo", [fifo]);
    const rows = readJsonl(fifo);
    const first = rows.next(); // opens the reading end
    const writer = createWriteStream(fifo);
    writer.write('{"n":1}\n');
    expect((await first).value).toEqual({ n: 1 });
    writer.write('{"n":2}\n');
    expect((await rows.next()).value).toEqual({ n: 2 });
    writer.end();
    expect((await rows.next()).done).toBe(true);
  });
  it("closes the file when the reader stops early", async () => {
    if (!existsSync("/proc/self/fd")) return; // Linux only
    const path = writeTemp("long.jsonl", '{"a":1}\n'.repeat(10_000));
    const openFiles = () => readdirSync("/proc/self/fd").length;
    const before = openFiles();
    for (let i = 0; i < 20; i++) {
      for await (const _ of readJsonl(path)) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles() - before).toBeLessThan(5);
  });
});

describe("applyFieldMap", () => {
  const row = { question: "Q", "a.b": "flat", a: { b: "nested", c: { d: 4 } }, list: [1] };

  it("copies the row and adds each mapped field", () => {
    expect(applyFieldMap(row, { problem: "question" })).toEqual({ ...row, problem: "Q" });
  });
  it("prefers a column literally named with a dot over a nested path", () => {
    expect(applyFieldMap(row, { x: "a.b", y: "a.c.d" })).toMatchObject({ x: "flat", y: 4 });
  });
  it("gives undefined for missing paths and never reaches into inherited properties", () => {
    const mapped = applyFieldMap(row, {
      x: "nope",
      y: "a.nope.z",
      z: "list.0",
      w: "constructor",
      v: "a.toString",
    });
    expect(mapped).toMatchObject({
      x: undefined,
      y: undefined,
      z: undefined,
      w: undefined,
      v: undefined,
    });
  });
});

describe("formatOfPath / readDataset / fileSource", () => {
  it("maps extensions to formats, case-insensitively", () => {
    expect(formatOfPath("a.jsonl")).toBe("jsonl");
    expect(formatOfPath("a.ndjson")).toBe("jsonl");
    expect(formatOfPath("a.json")).toBe("jsonl");
    expect(formatOfPath("dir.v2/A.PARQUET")).toBe("parquet");
  });
  it("refuses an unknown extension", async () => {
    expect(() => formatOfPath("data.csv")).toThrow(/unknown dataset format ".csv"/);
    await expect(collect(readDataset(join(temp, "data")))).rejects.toThrow(
      /unknown dataset format ""/,
    );
  });
  it("reads a .json file holding one JSON array, numbering rows by position", async () => {
    const rows = [{ problem: "a", answer: "1" }, { problem: "b" }, { problem: "c", answer: "3" }];
    const path = writeTemp("array.json", `\uFEFF\n  ${JSON.stringify(rows, null, 2)}`);
    const stats = emptyReadStats();
    const read = await collect(readDataset(path, { schema: MathRow, onInvalid: "skip", stats }));
    expect(read.map((r) => r.problem)).toEqual(["a", "c"]);
    expect(stats).toMatchObject({ rows: 3, valid: 2, skipped: 1 });
    expect(stats.problems[0]?.line).toBe(2);
    await expect(collect(readDataset(path, { schema: MathRow }))).rejects.toThrow(
      new RegExp(`^${escapeRegExp(path)}:2: answer: `),
    );
  });
  it("reads a .json file of JSON lines as JSONL, and reports a broken array", async () => {
    const lines = writeTemp("lines.json", '{"a":1}\n{"a":2}\n');
    expect(await collect(readDataset(lines))).toEqual([{ a: 1 }, { a: 2 }]);
    const broken = writeTemp("broken.json", '[{"a":1},');
    await expect(collect(readDataset(broken))).rejects.toThrow(`${broken}: invalid JSON`);
  });
  it("reads gzipped JSONL and JSON arrays (.jsonl.gz, .json.gz) as it streams", async () => {
    expect(formatOfPath("HumanEval.jsonl.gz")).toBe("jsonl");
    expect(formatOfPath("rows.JSON.GZ")).toBe("jsonl");
    expect(() => formatOfPath("table.parquet.gz")).toThrow(/unknown dataset format/);
    const lines = join(temp, "rows.jsonl.gz");
    const rows = Array.from({ length: 500 }, (_, i) => ({ problem: `p${i}`, answer: `${i}` }));
    writeFileSync(lines, gzipSync(`${rows.map((r) => JSON.stringify(r)).join("\n")}\n`));
    expect(await collect(readDataset(lines, { schema: MathRow }))).toEqual(rows);
    const array = join(temp, "rows.json.gz");
    writeFileSync(array, gzipSync(JSON.stringify(rows.slice(0, 3))));
    expect(await collect(readDataset(array, { schema: MathRow }))).toEqual(rows.slice(0, 3));
    const bad = join(temp, "bad.jsonl.gz");
    writeFileSync(bad, '{"problem":"a","answer":"1"}\n');
    await expect(collect(readDataset(bad))).rejects.toThrow(
      `${bad}: not a readable gzip file (incorrect header check)`,
    );
    const gzLine = join(temp, "bad-row.jsonl.gz");
    writeFileSync(gzLine, gzipSync('{"problem":"a","answer":"1"}\n{"problem":"b"}\n'));
    await expect(collect(readDataset(gzLine, { schema: MathRow }))).rejects.toThrow(
      new RegExp(`^${escapeRegExp(gzLine)}:2: answer: `),
    );
  });
  it("fileSource reads the file again on every iteration", async () => {
    const path = writeTemp("src.jsonl", '{"problem":"a","answer":"1"}\n');
    const source = fileSource(path, { schema: MathRow });
    expect(source.description).toBe(`file ${path}`);
    expect(await collect(source.examples())).toHaveLength(1);
    expect(await collect(source.examples())).toHaveLength(1);
  });
});

describe("readParquet", () => {
  const readObjects = vi.mocked(parquetReadObjects);
  beforeEach(() => {
    readObjects.mockClear(); // (a hook that returns a function has it run as a teardown)
  });

  /** 7 rows in row groups of 3, 3 and 1. */
  function writeParquet(name: string, rows = 7): string {
    const path = join(temp, `${fileCount++}-${name}.parquet`);
    const ids = Array.from({ length: rows }, (_, i) => BigInt(i + 1));
    ids[rows - 1] = 2n ** 60n;
    parquetWriteFile({
      filename: path,
      columnData: [
        { name: "question", data: ids.map((_, i) => `q${i + 1}`), type: "STRING" },
        { name: "answer", data: ids.map((_, i) => (i === 4 ? null : `a${i + 1}`)), type: "STRING" },
        { name: "id", data: ids, type: "INT64" },
        {
          name: "reward_model",
          data: ids.map((_, i) => ({ ground_truth: `g${i + 1}`, tags: [i] })),
          type: "JSON",
        },
      ],
      rowGroupSize: 3,
    });
    return path;
  }

  it("reads every row group, with INT64 as numbers (strings beyond 2^53) and JSON as objects", async () => {
    const rows = await collect(readParquet(writeParquet("all")));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({
      question: "q1",
      answer: "a1",
      id: 1,
      reward_model: { ground_truth: "g1", tags: [0] },
    });
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, "1152921504606846976"]);
    expect(rows[4]?.answer).toBeNull();
  });
  it("reads one row group at a time", async () => {
    const rows = readParquet(writeParquet("streamed"));
    await rows.next();
    expect(readObjects).toHaveBeenCalledTimes(1);
    expect(readObjects.mock.calls[0]?.[0]).toMatchObject({ rowStart: 0, rowEnd: 3 });
    for (let i = 0; i < 3; i++) await rows.next();
    expect(readObjects).toHaveBeenCalledTimes(2);
    expect(readObjects.mock.calls[1]?.[0]).toMatchObject({ rowStart: 3, rowEnd: 6 });
    await rows.return(undefined);
  });
  it("validates and maps fields, naming the row of a bad one", async () => {
    const path = writeParquet("mapped");
    const options: ReadOptions<z.infer<typeof MathRow>> = {
      schema: MathRow,
      fields: { problem: "question", solution: "reward_model.ground_truth" },
    };
    await expect(collect(readParquet(path, options))).rejects.toThrow(
      new RegExp(
        `^${escapeRegExp(path)}:5: answer: Invalid input: expected string, received null$`,
      ),
    );
    const stats = emptyReadStats();
    const rows = await collect(readParquet(path, { ...options, onInvalid: "skip", stats }));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ problem: "q1", answer: "a1", solution: "g1" });
    expect(stats).toMatchObject({ rows: 7, valid: 6, skipped: 1 });
    expect(stats.problems[0]?.line).toBe(5);
  });
  it("is what readDataset picks for .parquet", async () => {
    expect(await collect(readDataset(writeParquet("dispatch")))).toHaveLength(7);
  });
  it("reports a file that is not Parquet, and a missing one", async () => {
    const path = writeTemp("fake.parquet", "this is not parquet at all");
    await expect(collect(readParquet(path))).rejects.toThrow(/not a readable Parquet file/);
    await expect(collect(readParquet(join(temp, "none.parquet")))).rejects.toThrow(/no such file/);
  });
  it("names the file and the row group that cannot be decoded", async () => {
    const path = writeParquet("garbled");
    const bytes = readFileSync(path);
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const page = Number(metadata.row_groups[1]?.columns[0]?.meta_data?.data_page_offset);
    bytes.fill(0xff, page, page + 16);
    writeFileSync(path, bytes);
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const row of readParquet(path)) seen.push(row);
      })(),
    ).rejects.toThrow(
      new RegExp(
        `^${escapeRegExp(path)}: row group 2 of 3 \\(rows 4-6\\) cannot be read \\(.+\\)$`,
      ),
    );
    expect(seen).toHaveLength(3);
  });
  it("refuses 'skip' without a stats object", async () => {
    await expect(collect(readParquet(writeParquet("skip"), { onInvalid: "skip" }))).rejects.toThrow(
      /needs a stats object/,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
