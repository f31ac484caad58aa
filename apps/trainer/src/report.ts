import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@prorl/core";
import { readMetrics } from "./metrics-log.js";
import { type MetricsRecord, recordsOf, type StepRecord } from "./records.js";
import { formatSummary, summarizeRun } from "./summary.js";

const W = 640;
const H = 320;
const M = { left: 60, right: 150, top: 36, bottom: 44 };
/** Okabe-Ito: distinguishable with colour-blindness. */
const COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

export interface Series {
  name: string;
  points: readonly (readonly [number, number])[];
}

const html = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
const num = (x: number) =>
  Math.abs(x) >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();

/** Ticks at 1, 2 or 5 times a power of ten, about five over [lo, hi]. */
function ticks(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 5 || 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}

/**
 * An SVG line chart; `markers` are x positions drawn as dashed vertical lines (reference resets).
 * Each point carries its values in a <title> so the numbers can be read off the file.
 */
export function lineChart(opts: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  markers?: readonly number[];
  yRange?: readonly [number, number];
}): string {
  const pts = opts.series.flatMap((s) => s.points);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]).filter(Number.isFinite);
  let [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  if (x0 === x1) x1 = x0 + 1;
  let [y0, y1] = opts.yRange ?? (ys.length ? [Math.min(0, ...ys), Math.max(...ys)] : [0, 1]);
  if (y0 === y1) y1 = y0 + 1;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const sx = (x: number) => M.left + ((x - x0) / (x1 - x0)) * pw;
  const sy = (y: number) => M.top + ph - ((y - y0) / (y1 - y0)) * ph;
  const f = (v: number) => v.toFixed(1);
  const body: string[] = [
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${html(opts.title)}</text>`,
    `<text x="${M.left + pw / 2}" y="${H - 8}" text-anchor="middle">${html(opts.xLabel)}</text>`,
    `<text transform="translate(14 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">${html(opts.yLabel)}</text>`,
    `<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`,
  ];
  for (const t of ticks(y0, y1)) {
    body.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${f(sy(t))}" y2="${f(sy(t))}" stroke="#eee"/>`,
      `<text x="${M.left - 6}" y="${f(sy(t) + 4)}" text-anchor="end">${num(t)}</text>`,
    );
  }
  for (const t of ticks(x0, x1)) {
    body.push(`<text x="${f(sx(t))}" y="${M.top + ph + 16}" text-anchor="middle">${num(t)}</text>`);
  }
  for (const m of opts.markers ?? []) {
    body.push(
      `<line class="reset" x1="${f(sx(m))}" x2="${f(sx(m))}" y1="${M.top}" y2="${M.top + ph}" stroke="#444" stroke-dasharray="4 3"><title>reset at step ${m}</title></line>`,
    );
  }
  opts.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length] as string;
    const finite = s.points.filter((p) => Number.isFinite(p[1]));
    if (finite.length > 1) {
      const d = finite.map((p, j) => `${j ? "L" : "M"}${f(sx(p[0]))} ${f(sy(p[1]))}`).join(" ");
      body.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.5"/>`);
    }
    for (const p of finite) {
      body.push(
        `<circle cx="${f(sx(p[0]))}" cy="${f(sy(p[1]))}" r="2" fill="${color}"><title>${html(s.name)}: step ${p[0]}, ${num(p[1])}</title></circle>`,
      );
    }
    const ly = M.top + 8 + i * 18;
    body.push(
      `<rect x="${M.left + pw + 12}" y="${ly - 8}" width="10" height="10" fill="${color}"/>`,
      `<text x="${M.left + pw + 28}" y="${ly + 1}">${html(s.name)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">${body.join("")}</svg>`;
}

function seriesByKey(
  records: readonly { step: number; values: Record<string, number> }[],
): Series[] {
  const names = [...new Set(records.flatMap((r) => Object.keys(r.values)))].sort();
  return names.map((name) => ({
    name,
    points: records
      .filter((r) => name in r.values)
      .map((r) => [r.step, r.values[name] as number] as const),
  }));
}

/** The charts of a run's metrics: reward, validation pass@1, KL, entropy, length, truncation, clipping. */
export function reportCharts(records: readonly MetricsRecord[]): string[] {
  const steps = recordsOf(records, "step");
  const validations = recordsOf(records, "validation");
  const resets = recordsOf(records, "reset").map((r) => r.step);
  const line = (name: string, f: (r: StepRecord) => number): Series => ({
    name,
    points: steps.map((r) => [r.step, f(r)] as const),
  });
  return [
    lineChart({
      title: "Training reward per domain",
      xLabel: "step",
      yLabel: "mean reward",
      series: seriesByKey(steps.map((r) => ({ step: r.step, values: r.rewardByDomain }))),
      markers: resets,
    }),
    lineChart({
      title: "Validation pass@1 per domain (held out)",
      xLabel: "step",
      yLabel: "pass@1",
      series: seriesByKey(
        validations.map((v) => ({
          step: v.step,
          values: Object.fromEntries(
            Object.entries(v.domains).map(([d, s]) => [d, s.passAtK["1"] ?? 0]),
          ),
        })),
      ),
      markers: resets,
      yRange: [0, 1],
    }),
    lineChart({
      title: "KL to the reference policy (dashed: resets)",
      xLabel: "step",
      yLabel: "KL (k3, token mean)",
      series: [line("KL(pi || pi_ref)", (r) => r.klRef)],
      markers: resets,
    }),
    lineChart({
      title: "Policy entropy",
      xLabel: "step",
      yLabel: "nats per token",
      series: [line("entropy", (r) => r.entropy)],
      markers: resets,
    }),
    lineChart({
      title: "Response length",
      xLabel: "step",
      yLabel: "tokens",
      series: [line("mean length", (r) => r.responseLength)],
      markers: resets,
    }),
    lineChart({
      title: "Truncation rate: responses that hit the length cap without end-of-sequence",
      xLabel: "step",
      yLabel: "fraction of responses",
      series: [
        line("training", (r) => r.truncated),
        {
          name: "validation",
          points: validations.flatMap((v) =>
            v.truncated === undefined ? [] : [[v.step, v.truncated] as const],
          ),
        },
      ],
      markers: resets,
      yRange: [0, 1],
    }),
    lineChart({
      title: "Clip fractions",
      xLabel: "step",
      yLabel: "fraction of tokens",
      series: [line("low (A<0)", (r) => r.clipFracLow), line("high (A>0)", (r) => r.clipFracHigh)],
      markers: resets,
    }),
  ];
}

/** Markdown table to HTML (only the table lines of formatSummary). */
function summaryHtml(markdown: string): string {
  const lines = markdown.trim().split("\n");
  const rows = lines.filter((l) => l.startsWith("|") && !l.includes("---"));
  const text = lines.filter((l) => !l.startsWith("|") && l.trim() !== "");
  const cells = (l: string) =>
    l
      .slice(1, -1)
      .split("|")
      .map((c) => html(c.trim()));
  const [head, ...body] = rows;
  return [
    ...text.map((t) => `<p>${html(t)}</p>`),
    head
      ? `<table><tr>${cells(head)
          .map((c) => `<th>${c}</th>`)
          .join("")}</tr>`
      : "",
    ...body.map(
      (r) =>
        `<tr>${cells(r)
          .map((c) => `<td>${c}</td>`)
          .join("")}</tr>`,
    ),
    head ? "</table>" : "",
  ].join("\n");
}

/** Writes report.html, a self-contained page (inline SVG, no scripts) of the run's metrics. */
export async function writeReport(runDir: string): Promise<string> {
  const records = await readMetrics(join(runDir, "metrics.jsonl"));
  const config = await readFile(join(runDir, "config.json"), "utf8").catch(() => "{}");
  const name = (JSON.parse(config) as { name?: string }).name ?? "prorl";
  const last = recordsOf(records, "step").at(-1);
  const page = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${html(name)}: prorl-train report</title>`,
    "<style>body{font-family:sans-serif;max-width:1320px;margin:1em auto}svg{margin:4px;border:1px solid #ddd}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td:first-child{text-align:left}pre{background:#f6f6f6;padding:8px;overflow:auto}</style>",
    "</head><body>",
    `<h1>${html(name)}</h1>`,
    `<p>${last ? `${last.step} steps` : "no steps yet"}; report written ${new Date().toISOString()}.</p>`,
    "<h2>Held-out pass@k, first and last validation</h2>",
    summaryHtml(formatSummary(summarizeRun(records))),
    "<h2>Curves</h2>",
    `<div>${reportCharts(records).join("\n")}</div>`,
    "<h2>Config</h2>",
    `<pre>${html(config)}</pre>`,
    "</body></html>",
    "",
  ].join("\n");
  const path = join(runDir, "report.html");
  await writeFileAtomic(path, page);
  return path;
}
