import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, type LogicEntry } from "../define.js";
import { gcdBig, pyFloat, roundHalfEven } from "../lib/numbers.js";
import { pyFixed, ratioToNumber } from "../lib/pyformat.js";

// Reasoning Gym: reasoning_gym/geometry/advanced_geometry.py
// A non-degenerate triangle with integer vertices; the task asks for its orthocenter (exact
// rational, by Cramer's rule on bigint, printed "(x.xxx, y.yyy)"), its incircle radius
// (2·area / perimeter, "r.rrr") or the angle ABC in degrees ("dd.dd°").
// Scoring as RG, per task type:
// - angle_measure: the answer without "°" read by float(); equal to the oracle after numpy's
//   round(·, 2): 1.0, else 0.05; unreadable 0.01.
// - orthocenter: "(x, y)" split at commas (parentheses dropped), each read by float(), equal to
//   the exact orthocenter as a double or after rounding to 3 places: 1.0; else (or unreadable)
//   0.01.
// - incircle_radius: the oracle string exactly 1.0; else, when the exact radius in the metadata
//   is a plain number (only an integer radius prints so, as in RG), both rounded to 2 places
//   equal 0.5, different 0.05; otherwise (or an unreadable answer) 0.01.
// Deviation: metadata.incircle_radius_exact is written in sympy syntax by our own printer, in
// the form r = |2·area| / (a + b + c) with each side a square root or an integer; sympy prints
// Heron's formula with its own term order. As in RG it is a plain number exactly when the
// radius is an integer.

const FORMAT_INSTRUCTIONS = `For all geometry problems:
1. Give coordinates in the form (x, y)
2. Round decimal answers to 3 decimal places
3. Use the degree symbol ° for angles
4. Return only the angle, coordinates, or radius as your answer.
`;

const TASK_TYPES = ["orthocenter", "incircle_radius", "angle_measure"] as const;
type TaskType = (typeof TASK_TYPES)[number];
type Point = readonly [number, number];
type Templates = readonly ((a: string, b: string, c: string) => string)[];

const TEMPLATES: Record<TaskType, Templates> = {
  orthocenter: [
    (a, b, c) =>
      `Given triangle ABC with coordinates A=${a}, B=${b}, and C=${c}, find the coordinates of its orthocenter. ${FORMAT_INSTRUCTIONS}`,
    (a, b, c) =>
      `For triangle with vertices A=${a}, B=${b}, and C=${c}, determine the orthocenter (intersection of altitudes). ${FORMAT_INSTRUCTIONS}`,
  ],
  incircle_radius: [
    (a, b, c) =>
      `Consider triangle ABC with coordinates A=${a}, B=${b}, and C=${c}. Compute the radius of its incircle. ${FORMAT_INSTRUCTIONS}`,
    (a, b, c) =>
      `Find the incircle radius of triangle ABC whose vertices are A=${a}, B=${b}, and C=${c}. ${FORMAT_INSTRUCTIONS}`,
  ],
  angle_measure: [
    (a, b, c) =>
      `In triangle ABC with coordinates A=${a}, B=${b}, and C=${c}, find the measure (in degrees) of angle ABC. ${FORMAT_INSTRUCTIONS}`,
    (a, b, c) =>
      `Given a triangle with vertices A=${a}, B=${b}, and C=${c}, determine the angle at B in degrees. ${FORMAT_INSTRUCTIONS}`,
  ],
};

/** Twice the signed area: x1(y2 - y3) + x2(y3 - y1) + x3(y1 - y2). */
const cross = (a: Point, b: Point, c: Point) =>
  a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]);

const squaredDistance = (p: Point, q: Point) => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;

/** sympy's str of a Rational: "158/39", "-51", "0". */
function rationalString(numerator: bigint, denominator: bigint): string {
  const sign = denominator < 0n ? -1n : 1n;
  const g = gcdBig(numerator, denominator) || 1n;
  const [n, d] = [(sign * numerator) / g, (sign * denominator) / g];
  return d === 1n ? String(n) : `${n}/${d}`;
}

/**
 * The orthocenter H: (H - A)·(C - B) = 0 and (H - B)·(A - C) = 0, solved exactly by Cramer's
 * rule; returns [x, y] as [numerator, denominator] pairs.
 */
function orthocenter(a: Point, b: Point, c: Point): [[bigint, bigint], [bigint, bigint]] {
  const [ax, ay, bx, by, cx, cy] = [...a, ...b, ...c].map(BigInt) as bigint[] as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const [a11, a12, r1] = [cx - bx, cy - by, ax * (cx - bx) + ay * (cy - by)];
  const [a21, a22, r2] = [ax - cx, ay - cy, bx * (ax - cx) + by * (ay - cy)];
  const det = a11 * a22 - a12 * a21;
  return [
    [r1 * a22 - a12 * r2, det],
    [a11 * r2 - r1 * a21, det],
  ];
}

/** A side length in sympy syntax: an integer when the squared length is a perfect square. */
function sideString(squared: number): string {
  const root = Math.round(Math.sqrt(squared));
  return root * root === squared ? String(root) : `sqrt(${squared})`;
}

/** r = 2·area / perimeter, exactly (sympy syntax) and as the nearest double we can compute. */
function incircleRadius(a: Point, b: Point, c: Point): { exact: string; approx: number } {
  const twiceArea = Math.abs(cross(a, b, c));
  const squares = [squaredDistance(b, c), squaredDistance(c, a), squaredDistance(a, b)];
  const sides = squares.map(sideString);
  const approx = twiceArea / squares.map(Math.sqrt).reduce((s, x) => s + x, 0);
  if (sides.every((s) => !s.startsWith("sqrt"))) {
    const perimeter = sides.reduce((s, x) => s + BigInt(x), 0n);
    return { exact: rationalString(BigInt(twiceArea), perimeter), approx };
  }
  return { exact: `${twiceArea}/(${sides.join(" + ")})`, approx };
}

/** ∠ABC in degrees: acos(BA·BC / (|BA||BC|)). */
function angleAt(a: Point, b: Point, c: Point): number {
  const ba = [a[0] - b[0], a[1] - b[1]] as const;
  const bc = [c[0] - b[0], c[1] - b[1]] as const;
  const dot = ba[0] * bc[0] + ba[1] * bc[1];
  const cos = dot / Math.sqrt(squaredDistance(a, b) * squaredDistance(c, b));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

function triangle(rng: Rng, min: number, max: number): [Point, Point, Point] {
  for (let attempt = 0; attempt < 100; attempt++) {
    const points = Array.from({ length: 3 }, () => [rng.int(min, max), rng.int(min, max)] as const);
    const [a, b, c] = points as [Point, Point, Point];
    if (cross(a, b, c) !== 0) return [a, b, c];
  }
  throw new Error("advanced_geometry: no non-degenerate triangle after 100 attempts");
}

const pointText = (p: Point) => `(${p[0]}, ${p[1]})`;
const pointStrings = (p: Point) => [String(p[0]), String(p[1])];

function build(task: TaskType, a: Point, b: Point, c: Point) {
  const vertices = { A: pointStrings(a), B: pointStrings(b), C: pointStrings(c) };
  if (task === "orthocenter") {
    const [[xn, xd], [yn, yd]] = orthocenter(a, b, c);
    const approx = [ratioToNumber(xn, xd), ratioToNumber(yn, yd)] as const;
    return {
      answer: `(${pyFixed(approx[0], 3)}, ${pyFixed(approx[1], 3)})`,
      metadata: {
        ...vertices,
        ortho: [rationalString(xn, xd), rationalString(yn, yd)],
        orthocenter_approx: approx,
      },
    };
  }
  if (task === "incircle_radius") {
    const { exact, approx } = incircleRadius(a, b, c);
    return {
      answer: pyFixed(approx, 3),
      metadata: { ...vertices, incircle_radius_exact: exact, incircle_radius_approx: approx },
    };
  }
  const degrees = angleAt(a, b, c);
  return {
    answer: `${pyFixed(degrees, 2)}°`,
    metadata: { ...vertices, angle_ABC_degrees: degrees },
  };
}

/** RG's reading of a sympy Rational string: "p/q" as int(p) / int(q), else float(). */
function rationalValue(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const slash = text.indexOf("/");
  if (slash < 0) return pyFloat(text);
  const [p, q] = [text.slice(0, slash), text.slice(slash + 1)];
  if (!/^\s*[+-]?\d+\s*$/.test(p) || !/^\s*[+-]?\d+\s*$/.test(q) || BigInt(q) === 0n) return null;
  return ratioToNumber(BigInt(p), BigInt(q));
}

const round = roundHalfEven;

function scoreAngle(answer: string, expected: string): number {
  const given = pyFloat(answer.replaceAll("°", ""));
  const oracle = pyFloat(expected.replaceAll("°", ""));
  if (given === null || oracle === null) return 0.01;
  // A readable answer is never blank, so RG's 0.01 for a blank one cannot follow.
  return round(given, 2) === round(oracle, 2) ? 1 : 0.05;
}

function scoreOrthocenter(answer: string, entry: LogicEntry): number {
  const parts = answer.split(",");
  if (parts.length < 2) return 0.01;
  const x = pyFloat((parts[0] as string).replaceAll("(", ""));
  const y = pyFloat((parts[1] as string).replaceAll(")", ""));
  const ortho = entry.metadata.ortho;
  if (x === null || y === null || !Array.isArray(ortho)) return 0.01;
  const [ex, ey] = [rationalValue(ortho[0]), rationalValue(ortho[1])];
  if (ex === null || ey === null) return 0.01;
  if (x === ex && y === ey) return 1;
  return round(x, 3) === round(ex, 3) && round(y, 3) === round(ey, 3) ? 1 : 0.01;
}

function scoreIncircle(answer: string, entry: LogicEntry): number {
  if (answer === entry.answer) return 1;
  const given = pyFloat(answer);
  const exact = pyFloat(entry.metadata.incircle_radius_exact);
  if (given === null || exact === null) return 0.01;
  return round(given, 2) === round(exact, 2) ? 0.5 : 0.05;
}

export const advancedGeometry = defineLogicTask({
  name: "advanced_geometry",
  category: "geometry",
  curriculum: {
    min_coord: scalar("min_coord", [-10, -100, -1000, -10000]),
    max_coord: scalar("max_coord", [10, 100, 1000, 10000]),
  },
  description: "Orthocenter, incircle radius or an angle of a triangle given by coordinates.",
  config: z.object({
    min_coord: z.number().int().min(-1e6).default(-10),
    max_coord: z.number().int().max(1e6).default(10),
    task_types: z
      .array(z.enum(TASK_TYPES))
      .min(1)
      .default([...TASK_TYPES]),
  }),
  generate(rng, config) {
    if (config.min_coord >= config.max_coord)
      throw new Error("advanced_geometry: min_coord must be < max_coord");
    const task = rng.pick(config.task_types);
    const [a, b, c] = triangle(rng, config.min_coord, config.max_coord);
    const { answer, metadata } = build(task, a, b, c);
    const template = rng.pick(TEMPLATES[task]);
    return {
      question: template(pointText(a), pointText(b), pointText(c)),
      answer,
      metadata: {
        ...metadata,
        task_type: task,
        difficulty: { min_coord: config.min_coord, max_coord: config.max_coord },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const task = entry.metadata.task_type;
    if (task === "angle_measure") return scoreAngle(answer, entry.answer);
    if (task === "orthocenter") return scoreOrthocenter(answer, entry);
    if (task === "incircle_radius") return scoreIncircle(answer, entry);
    return 0.01;
  },
});
