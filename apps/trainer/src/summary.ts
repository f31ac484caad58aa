import {
  type MetricsRecord,
  recordsOf,
  type ScoreSummary,
  type ValidationRecord,
} from "./records.js";

export interface SummaryRow {
  name: string;
  /** k -> pass@k at the first and the last validation. */
  before: Record<string, number>;
  after: Record<string, number>;
  /** Share of samples cut at the length cap, first and last validation (NaN: not recorded). */
  truncatedBefore: number;
  truncatedAfter: number;
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

const average = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Before/after held-out pass@k and truncation per task, from the first and last validation. */
export function summarizeRun(records: readonly MetricsRecord[]): RunSummary | null {
  const validations = recordsOf(records, "validation");
  const first = validations[0];
  const last = validations[validations.length - 1];
  if (!first || !last) return null;
  const anyTask = Object.values(first.tasks)[0];
  const all = anyTask ? Object.keys(anyTask.passAtK).sort((a, b) => Number(a) - Number(b)) : [];
  const ks = all.length > 1 ? ["1", all[all.length - 1] as string] : all;
  const pick = (s: ScoreSummary | undefined) =>
    Object.fromEntries(ks.map((k) => [k, s?.passAtK[k] ?? Number.NaN]));
  const macro = (v: ValidationRecord) =>
    Object.fromEntries(
      ks.map((k) => [k, average(Object.values(v.tasks).map((t) => t.passAtK[k] ?? 0))]),
    );
  const rows: SummaryRow[] = Object.keys(first.tasks)
    .sort()
    .map((name) => ({
      name,
      before: pick(first.tasks[name]),
      after: pick(last.tasks[name]),
      truncatedBefore: first.tasks[name]?.truncated ?? Number.NaN,
      truncatedAfter: last.tasks[name]?.truncated ?? Number.NaN,
    }));
  rows.push({
    name: "mean over tasks",
    before: macro(first),
    after: macro(last),
    truncatedBefore: first.truncated ?? Number.NaN,
    truncatedAfter: last.truncated ?? Number.NaN,
  });
  return {
    from: first.step,
    to: last.step,
    ks,
    rows,
    resets: recordsOf(records, "reset").length,
  };
}

const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(1)}`);
const signed = (x: number) =>
  Number.isNaN(x) ? "n/a" : `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}`;

/** A Markdown table of the summary (percentages). */
export function formatSummary(summary: RunSummary | null): string {
  if (!summary) return "No validation ran: no before/after table.\n";
  const { from, to } = summary;
  const head = [
    "task",
    ...summary.ks.flatMap((k) => [`pass@${k} step ${from}`, `pass@${k} step ${to}`, "change"]),
    `truncated step ${from}`,
    `truncated step ${to}`,
  ];
  const cells = (r: SummaryRow) => [
    r.name,
    ...summary.ks.flatMap((k) => {
      const before = r.before[k] as number;
      const after = r.after[k] as number;
      return [pct(before), pct(after), signed(after - before)];
    }),
    pct(r.truncatedBefore),
    pct(r.truncatedAfter),
  ];
  const lines = [
    `Held-out pass@k (%) at step ${from} and step ${to}, and the share of samples (%) that hit the length cap without end-of-sequence; ${summary.resets} reference reset(s).`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...summary.rows.map((r) => `| ${cells(r).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n`;
}
