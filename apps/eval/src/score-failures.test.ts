import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TaskRegistry } from "@prorl/core";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { scoreFile } from "./score.js";
import { echoRegistry } from "./testing/echo-registry.js";

// The output stream's writes fail with ENOSPC after `failAfterBytes`, as on a full disk: the
// logic under test is what scoreFile does with a write error, whatever the file system.
const disk = vi.hoisted(() => ({ failAfterBytes: Number.POSITIVE_INFINITY }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const createWriteStream = ((...args: Parameters<typeof fs.createWriteStream>) => {
    const stream = fs.createWriteStream(...args);
    const write = stream._write.bind(stream);
    let written = 0;
    stream._write = (chunk, encoding, callback) => {
      written += chunk.length;
      if (written <= disk.failAfterBytes) return write(chunk, encoding, callback);
      const error = Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
      });
      callback(error);
    };
    return stream;
  }) as typeof fs.createWriteStream;
  return { ...fs, default: { ...fs, createWriteStream }, createWriteStream };
});

let registry: TaskRegistry;
let dir: string;

beforeAll(async () => {
  registry = await echoRegistry();
});
beforeEach(async () => {
  disk.failAfterBytes = Number.POSITIVE_INFINITY;
  dir = await mkdtemp(join(tmpdir(), "prorl-score-fail-"));
});

async function bigInput(lines: number): Promise<string> {
  const path = join(dir, "in.jsonl");
  const line = (i: number) =>
    JSON.stringify({
      task: "demo/exact",
      example: { question: "q", answer: "a" },
      response: `${i} ${"x".repeat(500)}`,
    });
  await writeFile(path, Array.from({ length: lines }, (_, i) => line(i)).join("\n"));
  return path;
}

describe("scoreFile when writing fails or is stopped", () => {
  it("a full disk rejects with ENOSPC in one line and removes the temporary file", async () => {
    disk.failAfterBytes = 64 * 1024;
    const input = await bigInput(2000);
    const output = join(dir, "out.jsonl");
    await expect(scoreFile({ input, output, registry, concurrency: 4 })).rejects.toThrow(
      new RegExp(`^cannot write ${output.replaceAll(".", "\\.")}: ENOSPC: no space left on device`),
    );
    expect(await readdir(dir)).toEqual(["in.jsonl"]);
  });

  it("an abort rejects and removes the temporary file", async () => {
    const input = await bigInput(2000);
    const output = join(dir, "out.jsonl");
    const stop = new AbortController();
    const scoring = scoreFile({
      input,
      output,
      registry,
      concurrency: 2,
      signal: stop.signal,
      onProgress: (_bytes, _total, line) => {
        if (line === 100) stop.abort();
      },
    });
    await expect(scoring).rejects.toThrow(/abort/i);
    expect(await readdir(dir)).toEqual(["in.jsonl"]);
  });

  it("an output path that is a directory fails before any scoring", async () => {
    const input = await bigInput(3);
    await mkdir(join(dir, "results"));
    let lines = 0;
    await expect(
      scoreFile({
        input,
        output: join(dir, "results"),
        registry,
        onProgress: () => {
          lines++;
        },
      }),
    ).rejects.toThrow(/^cannot write .*results: it is a directory$/);
    expect(lines).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["in.jsonl", "results"]);
  });
});
