import { describe, expect, it } from "vitest";
import { evaluateWithDerivative } from "../lib/sympy/numeric.js";
import { parseSympy } from "../lib/sympy/parse.js";
import { checkTaskProperties } from "../testing.js";
import { advancedGeometry } from "./advanced_geometry.js";

const INSTRUCTIONS =
  "For all geometry problems:\n1. Give coordinates in the form (x, y)\n2. Round decimal answers to 3 decimal places\n3. Use the degree symbol ° for angles\n4. Return only the angle, coordinates, or radius as your answer.\n";

describe("logic/advanced_geometry", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) =>
      answer.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 5) % 10));
    expect(await checkTaskProperties(advancedGeometry, { perturb })).toEqual([]);
  });

  const angle = {
    question: `In triangle ABC with coordinates A=(-7, -10), B=(-2, -3), and C=(-3, -6), find the measure (in degrees) of angle ABC. ${INSTRUCTIONS}`,
    answer: "17.10°",
    metadata: {
      A: ["-7", "-10"],
      B: ["-2", "-3"],
      C: ["-3", "-6"],
      angle_ABC_degrees: 17.10272896905237,
      source_dataset: "advanced_geometry",
      source_index: 0,
      task_type: "angle_measure",
      difficulty: { min_coord: -10, max_coord: 10 },
    },
  };
  const ortho = {
    question: `For triangle with vertices A=(-1, -6), B=(4, 1), and C=(-7, 4), determine the orthocenter (intersection of altitudes). ${INSTRUCTIONS}`,
    answer: "(0.304, -1.217)",
    metadata: {
      A: ["-1", "-6"],
      B: ["4", "1"],
      C: ["-7", "4"],
      ortho: ["7/23", "-28/23"],
      orthocenter_approx: [0.30434782608695654, -1.2173913043478262],
      source_dataset: "advanced_geometry",
      source_index: 1,
      task_type: "orthocenter",
      difficulty: { min_coord: -10, max_coord: 10 },
    },
  };
  const incircle = {
    question: `Find the incircle radius of triangle ABC whose vertices are A=(6, 7), B=(-7, -5), and C=(2, -3). ${INSTRUCTIONS}`,
    answer: "2.176",
    metadata: {
      A: ["6", "7"],
      B: ["-7", "-5"],
      C: ["2", "-3"],
      incircle_radius_exact:
        "sqrt(-sqrt(29) + sqrt(85)/2 + sqrt(313)/2)*sqrt(-sqrt(313)/2 + sqrt(85)/2 + sqrt(29))*sqrt(-sqrt(85)/2 + sqrt(29) + sqrt(313)/2)/sqrt(sqrt(85)/2 + sqrt(29) + sqrt(313)/2)",
      incircle_radius_approx: 2.176123777286009,
      source_dataset: "advanced_geometry",
      source_index: 2,
      task_type: "incircle_radius",
      difficulty: { min_coord: -10, max_coord: 10 },
    },
  };

  it("scores angles as RG: equal to 2 places 1.0, other numbers 0.05, unreadable 0.01", async () => {
    expect((await advancedGeometry.verify("<answer>17.10°</answer>", angle)).reward).toBe(1);
    expect(advancedGeometry.scoreAnswer("17.1", angle)).toBe(1);
    expect(advancedGeometry.scoreAnswer("17.103", angle)).toBe(1);
    expect(advancedGeometry.scoreAnswer("17.11°", angle)).toBe(0.05);
    expect(advancedGeometry.scoreAnswer("nan", angle)).toBe(0.05);
    expect(advancedGeometry.scoreAnswer("17.10 degrees", angle)).toBe(0.01);
    expect(advancedGeometry.scoreAnswer("°", angle)).toBe(0.01);
    expect(advancedGeometry.scoreAnswer(null, angle)).toBe(0);
  });

  it("scores orthocenters as RG: both coordinates to 3 places, else 0.01", () => {
    expect(advancedGeometry.scoreAnswer("(0.304, -1.217)", ortho)).toBe(1);
    expect(advancedGeometry.scoreAnswer("0.3043, -1.2174", ortho)).toBe(1);
    expect(advancedGeometry.scoreAnswer("((0.304,-1.217))", ortho)).toBe(1);
    expect(advancedGeometry.scoreAnswer("(0.30434782608695654, -1.2173913043478262)", ortho)).toBe(
      1,
    );
    expect(advancedGeometry.scoreAnswer("(0.30, -1.22)", ortho)).toBe(0.01);
    expect(advancedGeometry.scoreAnswer("(7/23, -28/23)", ortho)).toBe(0.01); // float() cannot read 7/23
    expect(advancedGeometry.scoreAnswer("(-1.217, 0.304)", ortho)).toBe(0.01);
    expect(advancedGeometry.scoreAnswer("0.304 -1.217", ortho)).toBe(0.01);
  });

  it("scores incircle radii as RG: the oracle string 1.0, else 0.01 unless the exact radius is a plain number", () => {
    expect(advancedGeometry.scoreAnswer("2.176", incircle)).toBe(1);
    expect(advancedGeometry.scoreAnswer("2.1761", incircle)).toBe(0.01);
    expect(advancedGeometry.scoreAnswer("2.18", incircle)).toBe(0.01);
    const integral = {
      ...incircle,
      answer: "1.000",
      metadata: { ...incircle.metadata, incircle_radius_exact: "1" },
    };
    expect(advancedGeometry.scoreAnswer("1.000", integral)).toBe(1);
    expect(advancedGeometry.scoreAnswer("1", integral)).toBe(0.5);
    expect(advancedGeometry.scoreAnswer("1.004", integral)).toBe(0.5);
    expect(advancedGeometry.scoreAnswer("1.2", integral)).toBe(0.05);
    expect(advancedGeometry.scoreAnswer("one", integral)).toBe(0.01);
  });

  it("computes the orthocenter exactly and rounds as Python's format does", () => {
    type P = [number, number];
    const vertex = (e: { metadata: Record<string, unknown> }, k: string) =>
      (e.metadata[k] as string[]).map(Number) as P;
    /** (H - P)·(Q - R): zero when H lies on the altitude from P (perpendicular to QR). */
    const onAltitude = (h: P, p: P, q: P, r: P) =>
      (h[0] - p[0]) * (q[0] - r[0]) + (h[1] - p[1]) * (q[1] - r[1]);
    const config = {
      seed: 4,
      task_types: ["orthocenter" as const],
      min_coord: -1000,
      max_coord: 1000,
    };
    for (const e of advancedGeometry.dataset(config, 100)) {
      const [a, b, c] = [vertex(e, "A"), vertex(e, "B"), vertex(e, "C")];
      const h = e.metadata.orthocenter_approx as P;
      const scale = Math.max(1, Math.abs(h[0]), Math.abs(h[1])) * 1e6;
      expect(Math.abs(onAltitude(h, a, c, b)) / scale).toBeLessThan(1e-6);
      expect(Math.abs(onAltitude(h, b, a, c)) / scale).toBeLessThan(1e-6);
      expect(advancedGeometry.scoreAnswer(e.answer, e)).toBe(1);
    }
  });

  it("writes an exact radius that is a plain number only for whole radii, and it evaluates to the radius", () => {
    const at = { re: 0, im: 0 };
    for (const e of advancedGeometry.dataset({ seed: 5, task_types: ["incircle_radius"] }, 300)) {
      const exact = e.metadata.incircle_radius_exact as string;
      const approx = e.metadata.incircle_radius_approx as number;
      const value = evaluateWithDerivative(parseSympy(exact), "x", at, () => at).v;
      expect(value.re).toBeCloseTo(approx, 12);
      expect(/^\d+$/.test(exact)).toBe(Math.abs(approx - Math.round(approx)) < 1e-9);
    }
  });
});
