import { appendFile, readFile } from "node:fs/promises";
import { writeFileAtomic } from "@prorl/core";
import { type MetricsRecord, RECORD_TYPES } from "./records.js";

function isRecord(value: unknown): value is MetricsRecord {
  if (value === null || typeof value !== "object") return false;
  const { type, step } = value as { type?: unknown; step?: unknown };
  return typeof step === "number" && (RECORD_TYPES as readonly unknown[]).includes(type as unknown);
}

/** Records of a metrics file; a torn last line (a killed run) and unknown types are ignored. */
export async function readMetrics(path: string): Promise<MetricsRecord[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  const out: MetricsRecord[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const record: unknown = JSON.parse(line);
      if (isRecord(record)) out.push(record);
    } catch {
      // a line cut short by SIGKILL
    }
  }
  return out;
}

/** Append-only JSONL of training records. */
export class MetricsLog {
  private constructor(readonly path: string) {}

  /**
   * Opens the log of a run. When resuming from the checkpoint of `resumeStep`, records after it
   * (written by the run that was killed) are dropped, so the log reads as if never interrupted.
   */
  static async open(path: string, resumeStep: number | null): Promise<MetricsLog> {
    const kept =
      resumeStep === null ? [] : (await readMetrics(path)).filter((r) => r.step <= resumeStep);
    await writeFileAtomic(path, kept.map((r) => `${JSON.stringify(r)}\n`).join(""));
    return new MetricsLog(path);
  }

  async write(record: MetricsRecord): Promise<void> {
    await appendFile(this.path, `${JSON.stringify(record)}\n`);
  }
}
