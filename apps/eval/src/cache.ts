import { type FileHandle, open, readFile, truncate } from "node:fs/promises";

/** One cached request: some of a prompt's samples. */
export interface CachedGeneration {
  key: string;
  task: string;
  prompt: string;
  fingerprint: string;
  responses: string[];
  /** Why each response stopped ("stop", "length"), where the engine said. */
  finishReasons?: (string | null)[];
}

/**
 * The generations of a run, appended to a JSONL file as each request completes and flushed to
 * disk (fdatasync) before the next, so an interrupted run loses at most the requests in flight.
 * On open, a torn last line (a crash mid-write) is cut off, and lines made with other settings
 * (another model or sampling) are refused rather than mixed in.
 */
export class GenerationCache {
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly fingerprint: string,
    private readonly handle: FileHandle,
    /** key -> responses so far. */
    readonly responses: Map<string, string[]>,
    /** key -> finish reasons, parallel to `responses` (null where unknown). */
    readonly finishReasons: Map<string, (string | null)[]>,
  ) {}

  static async open(path: string, fingerprint: string): Promise<GenerationCache> {
    const responses = new Map<string, string[]>();
    const finishReasons = new Map<string, (string | null)[]>();
    let text = "";
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const complete = text.lastIndexOf("\n") + 1;
    if (complete < text.length) await truncate(path, Buffer.byteLength(text.slice(0, complete)));
    let lineNumber = 0;
    for (const line of text.slice(0, complete).split("\n")) {
      lineNumber++;
      if (line.trim() === "") continue;
      let record: CachedGeneration;
      try {
        record = JSON.parse(line) as CachedGeneration;
      } catch {
        throw new Error(
          `${path}: line ${lineNumber} is not JSON; move the file away to start over`,
        );
      }
      if (record.fingerprint !== fingerprint) {
        throw new Error(
          `${path} holds generations made with other settings (${record.fingerprint}); use another output directory or remove it`,
        );
      }
      addEntry(responses, finishReasons, record);
    }
    const handle = await open(path, "a");
    return new GenerationCache(path, fingerprint, handle, responses, finishReasons);
  }

  /** Records a request's responses; resolves once they are on disk. */
  append(entry: Omit<CachedGeneration, "fingerprint">): Promise<void> {
    addEntry(this.responses, this.finishReasons, entry);
    const line = `${JSON.stringify({ ...entry, fingerprint: this.fingerprint })}\n`;
    const next = this.chain.then(async () => {
      await this.handle.appendFile(line, "utf8");
      await this.handle.datasync();
    });
    this.chain = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.handle.close();
  }
}

function addEntry(
  responses: Map<string, string[]>,
  finishReasons: Map<string, (string | null)[]>,
  entry: Pick<CachedGeneration, "key" | "responses" | "finishReasons">,
): void {
  const list = responses.get(entry.key) ?? [];
  list.push(...entry.responses);
  responses.set(entry.key, list);
  const reasons = finishReasons.get(entry.key) ?? [];
  reasons.push(...entry.responses.map((_, i) => entry.finishReasons?.[i] ?? null));
  finishReasons.set(entry.key, reasons);
}
