import type { Domain } from "@prorl/core";
import type { RunResults, TaskResult } from "./run.js";

const DOMAIN_TITLES: Record<Domain, string> = {
  math: "Math",
  code: "Code",
  stem: "STEM",
  logic: "Logic puzzles",
  if: "Instruction following",
};
const DOMAIN_ORDER: Domain[] = ["math", "code", "stem", "logic", "if"];

/** Beyond this many benchmarks in a domain, a table lists benchmarks as rows instead of columns. */
export const MAX_BENCHMARK_COLUMNS = 8;

/** The k every run has. */
export function commonKs(runs: readonly RunResults[]): number[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  return first.k.filter((k) => rest.every((r) => r.k.includes(k)));
}

const percent = (value: number | undefined) =>
  value === undefined ? "–" : (100 * value).toFixed(2);

interface Metric {
  label: string;
  value: (task: TaskResult) => number | undefined;
  average: (run: RunResults, domain: Domain) => number | undefined;
}

function metricsFor(runs: readonly RunResults[], domain: Domain): Metric[] {
  const metrics: Metric[] = commonKs(runs).map((k) => ({
    label: `pass@${k}`,
    value: (t) => t.passAtK[String(k)],
    average: (run, d) => run.domains.find((x) => x.domain === d)?.passAtK[String(k)],
  }));
  const continuous = runs.some((r) =>
    r.tasks.some((t) => t.domain === domain && t.rewardType === "continuous"),
  );
  if (continuous) {
    metrics.push({
      label: "mean reward",
      value: (t) => t.meanReward,
      average: (run, d) => run.domains.find((x) => x.domain === d)?.meanReward,
    });
  }
  return metrics;
}

/**
 * The components of a domain that hold several benchmarks (a `logic/*` component) when the domain
 * has other benchmarks too: each gets its own average row, as the paper's "logic puzzles" column
 * averages the in-distribution tasks apart from the held-out ones.
 */
function componentsToAverage(runs: readonly RunResults[], domain: Domain): string[] {
  const benchmarksOf = new Map<string, Set<string>>();
  for (const task of runs.flatMap((r) => r.tasks.filter((t) => t.domain === domain))) {
    const component = task.component ?? task.benchmark;
    benchmarksOf.set(component, (benchmarksOf.get(component) ?? new Set()).add(task.benchmark));
  }
  if (benchmarksOf.size < 2) return [];
  return [...benchmarksOf].filter(([, benchmarks]) => benchmarks.size > 1).map(([c]) => c);
}

/** The unweighted mean of a metric over a run's benchmarks from one component. */
function componentAverage(run: RunResults, component: string, metric: Metric): number | undefined {
  const values = run.tasks
    .filter((t) => t.component === component)
    .map((t) => metric.value(t))
    .filter((v) => v !== undefined);
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

function table(header: string[], rows: string[][]): string {
  const align = header.map((_, i) => (i === 0 ? ":--" : "--:"));
  return [header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/**
 * Markdown tables in the layout of the ProRL paper's Tables 1-5: one table per domain, the
 * domain's benchmarks as columns with an "Avg" column last, and one row per run and metric
 * (pass@k for each k every run has; mean reward too where the domain has continuous tasks).
 * Values are percentages. A domain with more than MAX_BENCHMARK_COLUMNS benchmarks (the logic
 * tasks) is transposed: benchmarks as rows, runs and metrics as columns, with an "Avg" row.
 */
export function formatMarkdown(runs: readonly RunResults[], title?: string): string {
  const out: string[] = [];
  out.push(`# ${title ?? runs.map((r) => r.name).join(" vs ")}`, "");
  for (const run of runs) {
    out.push(
      `- **${run.name}**: ${run.engine}; n=${run.sampling.n}, temperature ${run.sampling.temperature}, top-p ${run.sampling.topP}, max tokens ${run.sampling.maxTokens}` +
        (typeof run.truncated === "number"
          ? `; ${percent(run.truncated)}% of samples cut at max tokens`
          : ""),
    );
  }
  out.push(
    "",
    "Values are percentages: unbiased pass@k averaged over problems, and mean reward.",
    "",
  );
  for (const domain of DOMAIN_ORDER) {
    const benchmarks = [
      ...new Set(
        runs.flatMap((r) => r.tasks.filter((t) => t.domain === domain).map((t) => t.benchmark)),
      ),
    ];
    if (benchmarks.length === 0) continue;
    const metrics = metricsFor(runs, domain);
    const find = (run: RunResults, benchmark: string) =>
      run.tasks.find((t) => t.benchmark === benchmark);
    out.push(`## ${DOMAIN_TITLES[domain]}`, "");
    if (benchmarks.length <= MAX_BENCHMARK_COLUMNS) {
      const rows = runs.flatMap((run) =>
        metrics.map((m) => [
          `${run.name} ${m.label}`,
          ...benchmarks.map((b) => {
            const task = find(run, b);
            return percent(task ? m.value(task) : undefined);
          }),
          percent(m.average(run, domain)),
        ]),
      );
      out.push(table(["Run", ...benchmarks, "Avg"], rows));
    } else {
      const columns = runs.flatMap((run) => metrics.map((m) => ({ run, m })));
      const header = ["Benchmark", ...columns.map(({ run, m }) => `${run.name} ${m.label}`)];
      const rows = benchmarks.map((b) => [
        b,
        ...columns.map(({ run, m }) => {
          const task = find(run, b);
          return percent(task ? m.value(task) : undefined);
        }),
      ]);
      rows.push(["**Avg**", ...columns.map(({ run, m }) => percent(m.average(run, domain)))]);
      for (const component of componentsToAverage(runs, domain)) {
        rows.push([
          `**Avg ${component}**`,
          ...columns.map(({ run, m }) => percent(componentAverage(run, component, m))),
        ]);
      }
      out.push(table(header, rows));
    }
    out.push("");
  }
  return out.join("\n");
}
