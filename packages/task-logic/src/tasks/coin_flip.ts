import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyGeneral, ratioToNumber } from "../lib/pyformat.js";
import { pyStrip } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/probability/coin_flip.py
// "Exactly k" or "at least k" heads in n fair flips; the answer is the probability printed with
// Python's "{:.10g}" (the exact count times 0.5^n, as RG computes it in floats).
// Scoring as RG: answer and oracle read as Python Fractions ("3/8", "0.375", "1e-3", " 3/8 ";
// commas removed) and compared as floats: within 1e-4 scores 1.0; otherwise the length of the
// common prefix of both printed with "{:.10g}", over the shorter one's length. Unreadable or
// empty answers score 0.
// Deviation: when one printed value is a prefix of the other (answer 0.59, oracle 0.5), RG's
// ratio is 1.0 for a wrong answer; here the prefix is divided by the longer length (0.75).

/** Python 3.11's fractions._RATIONAL_FORMAT (3.12 also allows spaces around the slash). */
const FRACTION =
  /^\s*([+-]?)(?=\d|\.\d)(\d+(?:_\d+)*)?(?:\/(\d+(?:_\d+)*))?(?:\.(\d+(?:_\d+)*)?)?(?:[eE]([+-]?\d+(?:_\d+)*))?\s*$/;

function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/** Python's float(count * 0.5**n): the count rounded to a double, then scaled exactly. */
const scaledByHalfPower = (count: bigint, n: number) => Number(count) * 0.5 ** n;

/** Python's float(Fraction(text)); null where Fraction raises (bad syntax, zero denominator). */
export function pyFractionValue(text: string): number | null {
  if (text.length > 10_000) return null;
  const m = FRACTION.exec(text);
  if (!m) return null;
  const [, sign, whole = "", denominator, fraction, exponent] = m;
  if (denominator !== undefined && (fraction !== undefined || exponent !== undefined)) return null;
  const digits = (s: string) => s.replaceAll("_", "");
  let value: number;
  if (denominator !== undefined) {
    const d = BigInt(digits(denominator));
    if (d === 0n) return null;
    value = ratioToNumber(BigInt(digits(whole) || "0"), d);
  } else {
    value = Number(
      `${digits(whole) || "0"}.${digits(fraction ?? "") || "0"}e${digits(exponent ?? "0")}`,
    );
  }
  return sign === "-" ? 0 - value : value; // Fraction has no negative zero
}

export const coinFlip = defineLogicTask({
  name: "coin_flip",
  category: "probability",
  curriculum: { num_trials: range("min_trials", "max_trials", steps(3, 15)) },
  description: "Probability of exactly or at least k heads in n fair coin flips.",
  config: z.object({
    min_trials: z.number().int().positive().max(1000).default(3),
    max_trials: z.number().int().positive().max(1000).default(15),
    allow_exact: z.boolean().default(true),
    allow_at_least: z.boolean().default(true),
  }),
  generate(rng, config) {
    const types = [
      ...(config.allow_exact ? ["exact" as const] : []),
      ...(config.allow_at_least ? ["at_least" as const] : []),
    ];
    if (types.length === 0)
      throw new Error("coin_flip: at least one of allow_exact or allow_at_least must be true");
    const n = rng.int(config.min_trials, config.max_trials);
    const problemType = rng.pick(types);
    const k = rng.int(0, n);
    let count = 0n;
    if (problemType === "exact") count = binomial(n, k);
    else for (let i = k; i <= n; i++) count += binomial(n, i);
    const phrase = problemType === "exact" ? "exactly" : "at least";
    return {
      question: `What is the probability of getting ${phrase} ${k} heads in ${n} fair coin flips?`,
      answer: pyGeneral(scaledByHalfPower(count, n), 10),
      metadata: {
        num_trials: n,
        k_heads: k,
        problem_type: problemType,
        rational: { numerator: Number(count), denominator: 2 ** n },
        difficulty: { num_trials: [config.min_trials, config.max_trials] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null || pyStrip(answer).length === 0) return 0;
    const given = pyFractionValue(answer.replaceAll(",", ""));
    const oracle = pyFractionValue(entry.answer.replaceAll(",", ""));
    if (given === null || oracle === null) return 0;
    if (Math.abs(given - oracle) <= 1e-4) return 1;
    const a = pyGeneral(given, 10);
    const o = pyGeneral(oracle, 10);
    let match = 0;
    while (match < a.length && match < o.length && a[match] === o[match]) match++;
    // RG divides by the shorter length, so "0.59" against "0.5" (one a prefix of the other)
    // would score 1.0 for a wrong answer; then the longer length is used.
    const shorter = Math.min(a.length, o.length);
    return match / (match === shorter ? Math.max(a.length, o.length) : shorter);
  },
});
