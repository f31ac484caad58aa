/**
 * Hand-written SVG charts: a few hundred bytes of markup each, no DOM needed (d3 and friends
 * need one in Node), and every data point carries its numbers in `data-*` attributes and a
 * `<title>` tooltip so the files can be checked and read back.
 */

const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { left: 64, right: 160, top: 40, bottom: 56 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Colour-blind-safe palette (Okabe-Ito). */
const COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const fmt = (x: number) => (Math.round(x * 100) / 100).toString();
const color = (i: number) => COLORS[i % COLORS.length] as string;

function frame(title: string, body: string[], xLabel: string, yLabel: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(title)}</text>`,
    `<text x="${MARGIN.left + PLOT_W / 2}" y="${HEIGHT - 14}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

function yAxis(min: number, max: number, ticks: number[], unit = ""): string[] {
  const y = (v: number) => MARGIN.top + PLOT_H - ((v - min) / (max - min)) * PLOT_H;
  return [
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + PLOT_H}" stroke="black"/>`,
    ...ticks.map(
      (t) =>
        `<line x1="${MARGIN.left}" y1="${fmt(y(t))}" x2="${MARGIN.left + PLOT_W}" y2="${fmt(y(t))}" stroke="#ddd"/>` +
        `<text x="${MARGIN.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${fmt(t)}${unit}</text>`,
    ),
  ];
}

function legend(names: string[]): string[] {
  return names.map((name, i) => {
    const y = MARGIN.top + 10 + i * 18;
    const x = MARGIN.left + PLOT_W + 16;
    return `<rect x="${x}" y="${y - 9}" width="12" height="12" fill="${color(i)}"/><text x="${x + 18}" y="${y + 1}">${escapeXml(name)}</text>`;
  });
}

export interface PassAtKSeries {
  name: string;
  /** [k, pass@k in 0..1]. */
  points: [number, number][];
}

/** pass@k against k on a log2 axis, one line per run (the paper's pass@k curves). */
export function passAtKChart(title: string, series: readonly PassAtKSeries[]): string {
  const ks = [...new Set(series.flatMap((s) => s.points.map(([k]) => k)))].sort((a, b) => a - b);
  const lo = Math.log2(ks[0] ?? 1);
  const hi = Math.max(lo + 1, Math.log2(ks[ks.length - 1] ?? 2));
  const x = (k: number) => MARGIN.left + ((Math.log2(k) - lo) / (hi - lo)) * PLOT_W;
  const y = (v: number) => MARGIN.top + PLOT_H - v * PLOT_H;
  const body = [
    ...yAxis(0, 100, [0, 20, 40, 60, 80, 100], "%"),
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + PLOT_H}" x2="${MARGIN.left + PLOT_W}" y2="${MARGIN.top + PLOT_H}" stroke="black"/>`,
    ...ks.map(
      (k) =>
        `<text x="${fmt(x(k))}" y="${MARGIN.top + PLOT_H + 18}" text-anchor="middle">${k}</text>`,
    ),
    ...series.map((s, i) => {
      const sorted = [...s.points].sort((a, b) => a[0] - b[0]);
      const line = sorted.map(([k, v]) => `${fmt(x(k))},${fmt(y(v))}`).join(" ");
      const dots = sorted.map(
        ([k, v]) =>
          `<circle class="point" cx="${fmt(x(k))}" cy="${fmt(y(v))}" r="3.5" fill="${color(i)}" data-series="${escapeXml(s.name)}" data-k="${k}" data-value="${v}"><title>${escapeXml(s.name)} pass@${k} = ${(100 * v).toFixed(2)}%</title></circle>`,
      );
      return [
        `<g class="series" data-series="${escapeXml(s.name)}">`,
        `<polyline points="${line}" fill="none" stroke="${color(i)}" stroke-width="2"/>`,
        ...dots,
        "</g>",
      ].join("\n");
    }),
    ...legend(series.map((s) => s.name)),
  ];
  return frame(title, body, "k (log scale)", "pass@k");
}

export interface HistogramSeries {
  name: string;
  /** Values in [0, 1] (per-problem pass@1). */
  values: readonly number[];
}

/** Problems per pass@1 bin, bars side by side per run (the paper's Figure 7). */
export function pass1Histogram(
  title: string,
  series: readonly HistogramSeries[],
  bins = 10,
): string {
  const counts = series.map((s) => {
    const c = new Array<number>(bins).fill(0);
    for (const v of s.values) {
      const bin = Math.min(bins - 1, Math.floor(v * bins));
      c[bin] = (c[bin] ?? 0) + 1;
    }
    return c;
  });
  const maxCount = Math.max(1, ...counts.flat());
  const binW = PLOT_W / bins;
  const barW = (binW * 0.8) / Math.max(1, series.length);
  const y = (c: number) => MARGIN.top + PLOT_H - (c / maxCount) * PLOT_H;
  const step = Math.max(1, Math.ceil(maxCount / 5));
  const ticks: number[] = [];
  for (let t = 0; t <= maxCount; t += step) ticks.push(t);
  const body = [
    ...yAxis(0, maxCount, ticks),
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + PLOT_H}" x2="${MARGIN.left + PLOT_W}" y2="${MARGIN.top + PLOT_H}" stroke="black"/>`,
    ...Array.from({ length: bins + 1 }, (_, b) => {
      const xb = MARGIN.left + b * binW;
      return `<text x="${fmt(xb)}" y="${MARGIN.top + PLOT_H + 18}" text-anchor="middle">${fmt(b / bins)}</text>`;
    }),
    ...series.map((s, i) =>
      [
        `<g class="series" data-series="${escapeXml(s.name)}">`,
        ...(counts[i] as number[]).map((c, b) => {
          const x0 = MARGIN.left + b * binW + binW * 0.1 + i * barW;
          const range = `[${fmt(b / bins)}, ${fmt((b + 1) / bins)}${b === bins - 1 ? "]" : ")"}`;
          return `<rect class="bar" x="${fmt(x0)}" y="${fmt(y(c))}" width="${fmt(barW)}" height="${fmt(MARGIN.top + PLOT_H - y(c))}" fill="${color(i)}" data-series="${escapeXml(s.name)}" data-bin="${b}" data-value="${c}"><title>${escapeXml(s.name)}: ${c} problems with pass@1 in ${range}</title></rect>`;
        }),
        "</g>",
      ].join("\n"),
    ),
    ...legend(series.map((s) => s.name)),
  ];
  return frame(title, body, "pass@1 per problem", "problems");
}

export interface GainBar {
  label: string;
  /** Difference in 0..1 units (shown in percentage points). */
  value: number;
}

/** Bars of the per-domain gain (positive up, negative down) between two runs. */
export function gainBars(title: string, bars: readonly GainBar[]): string {
  const extent = Math.max(0.05, ...bars.map((b) => Math.abs(b.value)));
  const top = Math.ceil(extent * 20) / 20;
  const y = (v: number) => MARGIN.top + PLOT_H / 2 - (v / top) * (PLOT_H / 2);
  const slot = PLOT_W / Math.max(1, bars.length);
  const ticks = [-top, -top / 2, 0, top / 2, top].map((t) => t * 100);
  const body = [
    ...yAxis(-top * 100, top * 100, ticks, " pp"),
    `<line x1="${MARGIN.left}" y1="${fmt(y(0))}" x2="${MARGIN.left + PLOT_W}" y2="${fmt(y(0))}" stroke="black"/>`,
    ...bars.map((bar, i) => {
      const x0 = MARGIN.left + i * slot + slot * 0.2;
      const y0 = Math.min(y(0), y(bar.value));
      const fill = bar.value >= 0 ? color(2) : color(1);
      return (
        `<rect class="bar" x="${fmt(x0)}" y="${fmt(y0)}" width="${fmt(slot * 0.6)}" height="${fmt(Math.abs(y(bar.value) - y(0)))}" fill="${fill}" data-label="${escapeXml(bar.label)}" data-value="${bar.value}"><title>${escapeXml(bar.label)}: ${(100 * bar.value).toFixed(2)} pp</title></rect>` +
        `<text x="${fmt(x0 + slot * 0.3)}" y="${MARGIN.top + PLOT_H + 18}" text-anchor="middle">${escapeXml(bar.label)}</text>`
      );
    }),
  ];
  return frame(title, body, "domain", "gain in pass@1");
}
