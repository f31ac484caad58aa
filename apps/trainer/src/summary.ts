import type { MetricsRecord } from "./metrics-log.js";
import type { ValidationRecord } from "./validate.js";

export interface SummaryRow {
  name: string;
  before: Record<string, number>;
  after: Record<string, number>;
}

export interface RunSummary {
  /** Steps of the first and last validation. */
  from: number;
  to: number;
  /** The k reported (1 and the largest). */
  ks: string[];
  rows: SummaryRow[];
  resets: number;
}

/** Before/after held-out pass@k per task, from the first and last validation of a run. */
export function summarizeRun(records: readonly MetricsRecord[]): RunSummary | null {
  const validations = records.filter(
    (r) => r.type === "validation",
  ) as unknown as ValidationRecord[];
  const first = validations[0];
  const last = validations[validations.length - 1];
  if (!first || !last) return null;
  const anyTask = Object.values(first.tasks)[0];
  const all = anyTask ? Object.keys(anyTask.passAtK).sort((a, b) => Number(a) - Number(b)) : [];
  const ks = all.length > 1 ? ["1", all[all.length - 1] as string] : all;
  const pick = (s: { passAtK: Record<string, number> } | undefined) =>
    Object.fromEntries(ks.map((k) => [k, s?.passAtK[k] ?? Number.NaN]));
  const macro = (v: ValidationRecord) =>
    Object.fromEntries(
      ks.map((k) => {
        const xs = Object.values(v.tasks).map((t) => t.passAtK[k] ?? 0);
        return [k, xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)];
      }),
    );
  const rows: SummaryRow[] = Object.keys(first.tasks)
    .sort()
    .map((name) => ({ name, before: pick(first.tasks[name]), after: pick(last.tasks[name]) }));
  rows.push({ name: "mean over tasks", before: macro(first), after: macro(last) });
  return {
    from: first.step,
    to: last.step,
    ks,
    rows,
    resets: records.filter((r) => r.type === "reset").length,
  };
}

const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(1)}`);
const signed = (x: number) =>
  Number.isNaN(x) ? "n/a" : `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}`;

/** A Markdown table of the summary (percentages). */
export function formatSummary(summary: RunSummary | null): string {
  if (!summary) return "No validation ran: no before/after table.\n";
  const head = [
    "task",
    ...summary.ks.flatMap((k) => [
      `pass@${k} step ${summary.from}`,
      `pass@${k} step ${summary.to}`,
      "change",
    ]),
  ];
  const lines = [
    `Held-out pass@k (%) at step ${summary.from} and step ${summary.to}; ${summary.resets} reference reset(s).`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...summary.rows.map(
      (r) =>
        `| ${[
          r.name,
          ...summary.ks.flatMap((k) => [
            pct(r.before[k] as number),
            pct(r.after[k] as number),
            signed((r.after[k] as number) - (r.before[k] as number)),
          ]),
        ].join(" | ")} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
