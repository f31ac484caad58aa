import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { slug, writePlots } from "./plots.js";
import { domainAverages, type RunResults, type TaskResult } from "./run.js";
import { gainBars, pass1Histogram, passAtKChart } from "./svg.js";

type Node = Record<string, unknown>;

/** Every element named `tag` in a parsed document, depth first. */
function elements(node: unknown, tag: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => elements(n, tag));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node as Node).flatMap(([key, value]) => [
    ...(key === tag
      ? (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "object")
      : []),
    ...elements(value, tag),
  ]) as Node[];
}

function parseSvg(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
    svg,
  ) as Node;
  expect(doc.svg).toBeDefined();
  return doc;
}

function task(
  benchmark: string,
  domain: TaskResult["domain"],
  passAtK: Record<string, number>,
  pass1: number[],
): TaskResult {
  return {
    benchmark,
    task: benchmark.toLowerCase(),
    domain,
    rewardType: "binary",
    problems: pass1.length,
    samplesPerProblem: 4,
    passAtK,
    meanReward: passAtK["1"] ?? 0,
    truncated: null,
    pass1PerProblem: pass1,
  };
}

function results(name: string, tasks: TaskResult[]): RunResults {
  const k = [1, 2, 4];
  return {
    format: "prorl-eval-results/1",
    truncated: null,
    name,
    engine: "replay test",
    sampling: { n: 4, temperature: 0.6, topP: 0.95, maxTokens: 100 },
    k,
    tasks,
    domains: domainAverages(tasks, k),
  };
}

describe("SVG charts", () => {
  it("a pass@k chart is well-formed, puts k on a log axis and carries every point", () => {
    const svg = passAtKChart("AIME <24> & co", [
      {
        name: "base",
        points: [
          [1, 0.1],
          [2, 0.2],
          [4, 0.4],
          [16, 0.5],
        ],
      },
      {
        name: "prorl",
        points: [
          [1, 0.3],
          [2, 0.45],
          [4, 0.6],
          [16, 0.7],
        ],
      },
    ]);
    const doc = parseSvg(svg);
    const points = elements(doc, "circle");
    expect(points).toHaveLength(8);
    const base = points.filter((p) => p["data-series"] === "base");
    expect(base.map((p) => [Number(p["data-k"]), Number(p["data-value"])])).toEqual([
      [1, 0.1],
      [2, 0.2],
      [4, 0.4],
      [16, 0.5],
    ]);
    // Log scale: 1 -> 2 -> 4 are evenly spaced, 4 -> 16 takes twice that.
    const xs = base.map((p) => Number(p.cx));
    const step = (xs[1] as number) - (xs[0] as number);
    expect((xs[2] as number) - (xs[1] as number)).toBeCloseTo(step, 1);
    expect((xs[3] as number) - (xs[2] as number)).toBeCloseTo(2 * step, 1);
    // Higher pass@k is drawn higher (smaller y).
    expect(Number(base[3]?.cy)).toBeLessThan(Number(base[0]?.cy));
    expect(svg).toContain("AIME &lt;24&gt; &amp; co");
  });

  it("a pass@1 histogram counts problems per bin", () => {
    const doc = parseSvg(
      pass1Histogram("h", [{ name: "run", values: [0, 0, 0.05, 0.5, 0.55, 1, 1, 1] }], 10),
    );
    const bars = elements(doc, "rect").filter((r) => r.class === "bar");
    const counts = bars.map((b) => Number(b["data-value"]));
    expect(counts).toEqual([3, 0, 0, 0, 0, 2, 0, 0, 0, 3]);
  });

  it("gain bars go up for a gain and down for a loss", () => {
    const doc = parseSvg(
      gainBars("g", [
        { label: "math", value: 0.12 },
        { label: "logic", value: -0.05 },
      ]),
    );
    const [up, down] = elements(doc, "rect").filter((r) => r.class === "bar");
    expect(up?.["data-value"]).toBe("0.12");
    expect(down?.["data-value"]).toBe("-0.05");
    const zero = Number(up?.y) + Number(up?.height);
    expect(Number(down?.y)).toBeCloseTo(zero, 1);
  });
});

describe("writePlots", () => {
  it("writes a pass@k chart and a histogram per benchmark, and gain bars per later run", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-plots-"));
    const base = results("base", [
      task("AIME24", "math", { "1": 0.2, "2": 0.3, "4": 0.4 }, [0, 0.25, 0.5]),
      task("graph color", "logic", { "1": 0.5, "2": 0.6, "4": 0.7 }, [0.5]),
    ]);
    const trained = results("prorl 2k", [
      task("AIME24", "math", { "1": 0.5, "2": 0.6, "4": 0.7 }, [0.5, 0.5, 0.5]),
      task("graph color", "logic", { "1": 0.4, "2": 0.6, "4": 0.8 }, [0.4]),
    ]);
    const written = await writePlots([base, trained], dir);
    expect((await readdir(dir)).sort()).toEqual(
      [
        "gain-base-vs-prorl_2k.svg",
        "pass1-AIME24.svg",
        "pass1-graph_color.svg",
        "passk-AIME24.svg",
        "passk-graph_color.svg",
      ].sort(),
    );
    expect(written).toHaveLength(5);
    const passk = parseSvg(await readFile(join(dir, "passk-AIME24.svg"), "utf8"));
    const trainedPoints = elements(passk, "circle").filter((p) => p["data-series"] === "prorl 2k");
    expect(trainedPoints.map((p) => Number(p["data-value"]))).toEqual([0.5, 0.6, 0.7]);
    const gain = parseSvg(await readFile(join(dir, "gain-base-vs-prorl_2k.svg"), "utf8"));
    const bars = elements(gain, "rect").filter((r) => r.class === "bar");
    expect(bars.map((b) => [b["data-label"], Number(b["data-value"])])).toEqual([
      ["math", expect.closeTo(0.3, 12)],
      ["logic", expect.closeTo(-0.1, 12)],
    ]);
    expect(slug("../a b")).toBe("a_b");
  });
});
