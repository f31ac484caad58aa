import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@prorl/core";
import { commonKs } from "./report.js";
import type { RunResults } from "./run.js";
import { gainBars, pass1Histogram, passAtKChart } from "./svg.js";

/** A file name from a benchmark or run name: letters, digits, dot, dash, underscore. */
export function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "") || "x";
}

/**
 * Writes the SVG plots for one or more runs into `dir`: per benchmark a pass@k curve
 * (`passk-<benchmark>.svg`, every run on one chart) and a pass@1 histogram
 * (`pass1-<benchmark>.svg`); with two or more runs, per-domain gain bars of each later run over
 * the first (`gain-<first>-vs-<run>.svg`). Returns the paths written.
 */
export async function writePlots(runs: readonly RunResults[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const write = async (name: string, svg: string) => {
    const path = join(dir, name);
    await writeFileAtomic(path, svg);
    written.push(path);
  };
  const benchmarks = [...new Set(runs.flatMap((r) => r.tasks.map((t) => t.benchmark)))];
  for (const benchmark of benchmarks) {
    const present = runs.flatMap((run) => {
      const task = run.tasks.find((t) => t.benchmark === benchmark);
      return task ? [{ run, task }] : [];
    });
    await write(
      `passk-${slug(benchmark)}.svg`,
      passAtKChart(
        `${benchmark}: pass@k`,
        present.map(({ run, task }) => ({
          name: run.name,
          points: run.k.map((k): [number, number] => [k, task.passAtK[String(k)] ?? 0]),
        })),
      ),
    );
    await write(
      `pass1-${slug(benchmark)}.svg`,
      pass1Histogram(
        `${benchmark}: pass@1 per problem`,
        present.map(({ run, task }) => ({ name: run.name, values: task.pass1PerProblem })),
      ),
    );
  }
  const [first, ...later] = runs;
  if (first && commonKs(runs).includes(1)) {
    for (const run of later) {
      const bars = first.domains.flatMap((base) => {
        const other = run.domains.find((d) => d.domain === base.domain);
        return other
          ? [{ label: base.domain, value: (other.passAtK["1"] ?? 0) - (base.passAtK["1"] ?? 0) }]
          : [];
      });
      await write(
        `gain-${slug(first.name)}-vs-${slug(run.name)}.svg`,
        gainBars(`pass@1 gain per domain: ${run.name} over ${first.name}`, bars),
      );
    }
  }
  return written;
}
