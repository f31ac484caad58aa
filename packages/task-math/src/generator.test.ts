import { describe, expect, it } from "vitest";
import { checkEquivalence } from "./equivalence.js";
import {
  generateMath,
  latexOfRational,
  MATH_GENERATOR_KINDS,
  MathGeneratorConfigSchema,
} from "./generator.js";
import { verifyMath } from "./verify.js";

const config = (over: Record<string, unknown> = {}) =>
  MathGeneratorConfigSchema.parse({ seed: 11, ...over });

/** Numbers in a problem statement, in order (signs kept). */
function numbers(text: string): number[] {
  return [...text.matchAll(/-?\d+/g)].map((m) => Number(m[0]));
}

describe("math generator", () => {
  it("is deterministic per (seed, index) and varies with both", () => {
    const a = generateMath(config(), 5);
    expect(generateMath(config(), 5)).toEqual(a);
    expect(generateMath(config({ seed: 12 }), 5)).not.toEqual(a);
    expect(generateMath(config(), 6)).not.toEqual(a);
  });

  it("draws every kind, and only the kinds asked for", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++)
      seen.add(generateMath(config(), i).problem.split(" ")[0] as string);
    expect(seen.size).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < 30; i++) {
      expect(generateMath(config({ kinds: ["system"] }), i).problem).toMatch(/^Solve the system/);
    }
    expect(MathGeneratorConfigSchema.safeParse({ seed: 1, kinds: ["nope"] }).success).toBe(false);
    expect(MathGeneratorConfigSchema.safeParse({ seed: 1, difficulty: 9 }).success).toBe(false);
  });

  it.each(
    MATH_GENERATOR_KINDS.flatMap((kind) => [1, 3, 5].map((difficulty) => ({ kind, difficulty }))),
  )(
    "$kind at difficulty $difficulty: the solution's boxed answer verifies against the gold",
    ({ kind, difficulty }) => {
      for (let i = 0; i < 25; i++) {
        const e = generateMath(config({ kinds: [kind], difficulty }), i);
        const v = verifyMath(e.solution, e.answer);
        expect(v.correct, `${e.problem} -> ${e.answer}: ${v.reason}`).toBe(true);
      }
    },
  );

  it("linear: the gold satisfies the equation", () => {
    let checked = 0;
    for (let i = 0; i < 50; i++) {
      const e = generateMath(config({ kinds: ["linear"], difficulty: 2 }), i);
      const m =
        /\$(-?\d*)x ([+-]) (\d+) = (-?\d+)\$/.exec(e.problem) ??
        /\$(-?\d*)x = (-?\d+)\$/.exec(e.problem);
      if (!m) continue;
      const a = m[1] === "" ? 1 : m[1] === "-" ? -1 : Number(m[1]);
      const b = m.length === 5 ? (m[2] === "-" ? -1 : 1) * Number(m[3]) : 0;
      const c = Number(m.length === 5 ? m[4] : m[2]);
      expect(a * Number(e.answer) + b).toBe(c);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it("system: the gold pair satisfies both equations", () => {
    for (let i = 0; i < 50; i++) {
      const e = generateMath(config({ kinds: ["system"] }), i);
      const [x, y] = e.answer.slice(1, -1).split(",").map(Number) as [number, number];
      const eqs = [...e.problem.matchAll(/\$(-?\d*)x ([+-]) (\d*)y = (-?\d+)\$/g)];
      expect(eqs.length).toBe(2);
      for (const m of eqs) {
        const a = m[1] === "" ? 1 : m[1] === "-" ? -1 : Number(m[1]);
        const b = (m[2] === "-" ? -1 : 1) * (m[3] === "" ? 1 : Number(m[3]));
        expect(a * x + b * y).toBe(Number(m[4]));
      }
    }
  });

  it("modular: small cases match a direct computation", () => {
    for (let i = 0; i < 50; i++) {
      const e = generateMath(config({ kinds: ["modular"], difficulty: 1 }), i);
      const [p, q, m] = numbers(e.problem);
      const direct = e.problem.includes("^")
        ? Number(BigInt(p as number) ** BigInt(q as number) % BigInt(m as number))
        : Number((BigInt(p as number) * BigInt(q as number)) % BigInt(m as number));
      expect(Number(e.answer)).toBe(direct);
    }
  });

  it("quadratic: every listed root makes the polynomial vanish", () => {
    for (let i = 0; i < 50; i++) {
      const e = generateMath(config({ kinds: ["quadratic"], difficulty: 4 }), i);
      const poly = /\$(.*) = 0\$/.exec(e.problem)?.[1] as string;
      for (const root of e.answer.split(",").map((s) => s.trim())) {
        expect(
          checkEquivalence("0", poly.replace(/x/g, `(${root})`)).equivalent,
          `${poly} at ${root}`,
        ).toBe(true);
      }
    }
  });

  it("writes rationals in lowest terms with the sign in front", () => {
    expect(latexOfRational({ n: -3n, d: 4n })).toBe("-\\frac{3}{4}");
    expect(latexOfRational({ n: 5n, d: 1n })).toBe("5");
  });
});
