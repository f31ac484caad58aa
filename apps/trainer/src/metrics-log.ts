import { appendFile, readFile } from "node:fs/promises";
import { writeFileAtomic } from "@prorl/core";

/** A line of metrics.jsonl; every record has a type and the step it belongs to. */
export interface MetricsRecord {
  type: string;
  step: number;
  [key: string]: unknown;
}

/** Records of a metrics file; a torn last line (a killed run) is ignored. */
export async function readMetrics(path: string): Promise<MetricsRecord[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  const out: MetricsRecord[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const record = JSON.parse(line) as MetricsRecord;
      if (record && typeof record.type === "string" && typeof record.step === "number")
        out.push(record);
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
