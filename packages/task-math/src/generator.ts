/**
 * Offline procedural math problems with exact gold answers (BigInt arithmetic), so a blend can
 * include math without downloads. Item `index` is a pure function of (config, index).
 */
import { Rng } from "@prorl/core";
import { z } from "zod";
import type { Rational } from "./rational.js";
import * as Q from "./rational.js";

export const MATH_GENERATOR_KINDS = [
  "arithmetic",
  "fractions",
  "linear",
  "quadratic",
  "system",
  "modular",
  "counting",
  "sequence",
] as const;
export type MathGeneratorKind = (typeof MATH_GENERATOR_KINDS)[number];

export const MathGeneratorConfigSchema = z.object({
  seed: z.number().int(),
  /** Which kinds of problem to draw from (uniformly); all by default. */
  kinds: z
    .array(z.enum(MATH_GENERATOR_KINDS))
    .min(1)
    .default([...MATH_GENERATOR_KINDS]),
  /** 1 (small numbers, few steps) to 5 (large numbers, more terms). */
  difficulty: z.number().int().min(1).max(5).default(2),
});
export type MathGeneratorConfig = z.output<typeof MathGeneratorConfigSchema>;

export interface GeneratedMath {
  problem: string;
  answer: string;
  solution: string;
}

/** LaTeX for an exact rational: an integer or \frac{p}{q} with the sign in front. */
export function latexOfRational(r: Rational): string {
  if (r.d === 1n) return r.n.toString();
  const sign = r.n < 0n ? "-" : "";
  const n = r.n < 0n ? -r.n : r.n;
  return `${sign}\\frac{${n}}{${r.d}}`;
}

function nonZero(rng: Rng, lo: number, hi: number): number {
  for (;;) {
    const v = rng.int(lo, hi);
    if (v !== 0) return v;
  }
}

/** `3x`, `-x`, `x`: a coefficient times a variable, for the leading term. */
function term(coef: number, v: string): string {
  if (coef === 1) return v;
  if (coef === -1) return `-${v}`;
  return `${coef}${v}`;
}

/** ` + 3x`, ` - x`: a following term with its sign. */
function signed(coef: number, v = ""): string {
  if (coef === 0) return "";
  const abs = Math.abs(coef);
  const body = v === "" ? `${abs}` : abs === 1 ? v : `${abs}${v}`;
  return coef < 0 ? ` - ${body}` : ` + ${body}`;
}

function paren(n: number | bigint): string {
  return n < 0 ? `(${n})` : `${n}`;
}

function r(n: number | bigint, d: number | bigint = 1): Rational {
  return Q.rat(BigInt(n), BigInt(d)) as Rational;
}

function arithmetic(rng: Rng, level: number): GeneratedMath {
  const terms = 2 + Math.min(level, 4);
  const max = 10 ** Math.min(1 + Math.ceil(level / 2), 4);
  let text = "";
  let total = 0n;
  for (let i = 0; i < terms; i++) {
    const a = rng.int(1, max);
    const product = rng.bool(0.4) && level > 1;
    const b = product ? rng.int(2, 12 + level * 3) : 1;
    const value = BigInt(a) * BigInt(b);
    const minus = i > 0 && rng.bool(0.4);
    const piece = product ? `${a} \\times ${b}` : `${a}`;
    text += i === 0 ? piece : minus ? ` - ${piece}` : ` + ${piece}`;
    total += minus ? -value : value;
  }
  return {
    problem: `Compute $${text}$.`,
    answer: total.toString(),
    solution: `Multiplying first and then adding from left to right gives $\\boxed{${total}}$.`,
  };
}

function fractions(rng: Rng, level: number): GeneratedMath {
  const max = 4 + level * 3;
  const a = r(nonZero(rng, -max, max), rng.int(2, max));
  const b = r(nonZero(rng, -max, max), rng.int(2, max));
  const op = rng.pick(["+", "-", "\\times", "\\div"] as const);
  const value =
    op === "+"
      ? Q.add(a, b)
      : op === "-"
        ? Q.add(a, Q.neg(b))
        : op === "\\times"
          ? Q.mul(a, b)
          : Q.div(a, b);
  const res = value ?? Q.ZERO;
  const show = (x: Rational) =>
    x.n < 0n ? `\\left(${latexOfRational(x)}\\right)` : latexOfRational(x);
  const answer = latexOfRational(res);
  return {
    problem: `Compute $${latexOfRational(a)} ${op} ${show(b)}$ and write the result as a fraction in lowest terms.`,
    answer,
    solution: `Bringing both fractions to a common form gives $\\boxed{${answer}}$.`,
  };
}

function linear(rng: Rng, level: number): GeneratedMath {
  const max = 5 + level * 4;
  const a = nonZero(rng, -max, max);
  // From level 3 on the solution may be a fraction.
  const x =
    level >= 3 && rng.bool(0.5) ? r(nonZero(rng, -max, max), rng.int(2, 6)) : r(rng.int(-max, max));
  const b = rng.int(-max * 3, max * 3);
  // a·x + b = c with c exact.
  const c = Q.add(Q.mul(r(a), x) as Rational, r(b)) as Rational;
  const answer = latexOfRational(x);
  return {
    problem: `Solve for $x$: $${term(a, "x")}${signed(b)} = ${latexOfRational(c)}$.`,
    answer,
    solution: `Subtract $${b}$ from both sides and divide by $${a}$: $x = \\boxed{${answer}}$.`,
  };
}

function quadratic(rng: Rng, level: number): GeneratedMath {
  const max = 3 + level * 3;
  const r1 = rng.int(-max, max);
  const r2 = rng.bool(0.15) ? r1 : rng.int(-max, max);
  const k = level >= 4 ? nonZero(rng, -3, 3) : 1;
  // k(x - r1)(x - r2) = k x^2 - k(r1 + r2) x + k r1 r2.
  const b = -k * (r1 + r2);
  const c = k * r1 * r2;
  const roots = r1 === r2 ? `${r1}` : `${Math.min(r1, r2)}, ${Math.max(r1, r2)}`;
  return {
    problem: `Find all real solutions of $${term(k, "x^2")}${signed(b, "x")}${signed(c)} = 0$. List them separated by commas.`,
    answer: roots,
    solution: `The left side factors as $${k === 1 ? "" : k === -1 ? "-" : k}(x ${r1 < 0 ? "+" : "-"} ${Math.abs(r1)})(x ${r2 < 0 ? "+" : "-"} ${Math.abs(r2)})$, so $x = \\boxed{${roots}}$.`,
  };
}

function system(rng: Rng, level: number): GeneratedMath {
  const max = 3 + level * 2;
  const x = rng.int(-max * 2, max * 2);
  const y = rng.int(-max * 2, max * 2);
  let a1: number;
  let b1: number;
  let a2: number;
  let b2: number;
  do {
    a1 = nonZero(rng, -max, max);
    b1 = nonZero(rng, -max, max);
    a2 = nonZero(rng, -max, max);
    b2 = nonZero(rng, -max, max);
  } while (a1 * b2 - a2 * b1 === 0);
  const c1 = a1 * x + b1 * y;
  const c2 = a2 * x + b2 * y;
  return {
    problem: `Solve the system $${term(a1, "x")}${signed(b1, "y")} = ${c1}$ and $${term(a2, "x")}${signed(b2, "y")} = ${c2}$. Give the answer as an ordered pair $(x, y)$.`,
    answer: `(${x}, ${y})`,
    solution: `Elimination gives $x = ${x}$ and $y = ${y}$, so the answer is $\\boxed{(${x}, ${y})}$.`,
  };
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = ((base % mod) + mod) % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

function modular(rng: Rng, level: number): GeneratedMath {
  const m = rng.int(3, 10 + level * 20);
  if (rng.bool(0.5)) {
    const base = rng.int(2, 50 + level * 50);
    const exp = rng.int(2, 10 ** Math.min(level + 1, 6));
    const v = modPow(BigInt(base), BigInt(exp), BigInt(m));
    return {
      problem: `What is the remainder when $${base}^{${exp}}$ is divided by $${m}$?`,
      answer: v.toString(),
      solution: `Repeated squaring modulo ${m} gives $\\boxed{${v}}$.`,
    };
  }
  const a = rng.int(10 ** level, 10 ** (level + 1));
  const b = rng.int(10 ** level, 10 ** (level + 1));
  const v = (BigInt(a) * BigInt(b)) % BigInt(m);
  return {
    problem: `What is the remainder when $${a} \\times ${b}$ is divided by $${m}$?`,
    answer: v.toString(),
    solution: `Reducing each factor modulo ${m} first gives $\\boxed{${v}}$.`,
  };
}

function binomial(n: number, k: number): bigint {
  let v = 1n;
  for (let i = 1; i <= k; i++) v = (v * BigInt(n - k + i)) / BigInt(i);
  return v;
}

function counting(rng: Rng, level: number): GeneratedMath {
  const n = rng.int(4, 6 + level * 4);
  const k = rng.int(2, Math.max(2, Math.min(n - 1, 2 + level)));
  if (rng.bool(0.5)) {
    const v = binomial(n, k);
    return {
      problem: `In how many ways can a committee of ${k} people be chosen from ${n} people?`,
      answer: v.toString(),
      solution: `$\\binom{${n}}{${k}} = \\boxed{${v}}$.`,
    };
  }
  let v = 1n;
  for (let i = 0; i < k; i++) v *= BigInt(n - i);
  return {
    problem: `In how many ways can ${k} different medals (gold, silver, ...) be awarded to ${k} of ${n} runners, at most one medal each?`,
    answer: v.toString(),
    solution: `$${n}!/${n - k}! = \\boxed{${v}}$.`,
  };
}

function sequence(rng: Rng, level: number): GeneratedMath {
  const choice = rng.int(0, 2);
  if (choice === 0) {
    const a = rng.int(-20, 20);
    const d = nonZero(rng, -5 - level, 5 + level);
    const n = rng.int(10, 20 + level * 20);
    const v = BigInt(a) + BigInt(n - 1) * BigInt(d);
    return {
      problem: `The arithmetic sequence $${a}, ${a + d}, ${a + 2 * d}, \\ldots$ continues forever. What is its ${n}th term?`,
      answer: v.toString(),
      solution: `$a_{${n}} = ${a} + ${n - 1}\\cdot ${paren(d)} = \\boxed{${v}}$.`,
    };
  }
  if (choice === 1) {
    const a = rng.int(-20, 20);
    const d = nonZero(rng, -5 - level, 5 + level);
    const n = rng.int(5, 10 + level * 10);
    const v = (BigInt(n) * (2n * BigInt(a) + BigInt(n - 1) * BigInt(d))) / 2n;
    return {
      problem: `What is the sum of the first ${n} terms of the arithmetic sequence $${a}, ${a + d}, ${a + 2 * d}, \\ldots$?`,
      answer: v.toString(),
      solution: `$S = \\frac{${n}}{2}(2\\cdot ${paren(a)} + ${n - 1}\\cdot ${paren(d)}) = \\boxed{${v}}$.`,
    };
  }
  const a = nonZero(rng, -5, 5);
  const ratio = rng.pick([-3, -2, 2, 3, 5]);
  const n = rng.int(4, 6 + level * 3);
  const v = BigInt(a) * BigInt(ratio) ** BigInt(n - 1);
  return {
    problem: `The geometric sequence $${a}, ${a * ratio}, ${a * ratio * ratio}, \\ldots$ continues forever. What is its ${n}th term?`,
    answer: v.toString(),
    solution: `$a_{${n}} = ${paren(a)}\\cdot ${paren(ratio)}^{${n - 1}} = \\boxed{${v}}$.`,
  };
}

const MAKERS: Record<MathGeneratorKind, (rng: Rng, level: number) => GeneratedMath> = {
  arithmetic,
  fractions,
  linear,
  quadratic,
  system,
  modular,
  counting,
  sequence,
};

/** Item `index` under `config`: same inputs, same problem. */
export function generateMath(config: MathGeneratorConfig, index: number): GeneratedMath {
  const rng = new Rng(config.seed, "math", index);
  const kind = rng.pick(config.kinds);
  return MAKERS[kind](rng, config.difficulty);
}

export const mathGenerator = {
  configSchema: MathGeneratorConfigSchema,
  generate: generateMath,
};
