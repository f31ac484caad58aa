import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { gcd, pyInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/fraction_simplification.py
// Scoring as RG: the fraction read from "a/b" or \frac{a}{b} / \dfrac{a}{b} (surrounding $
// stripped): the simplified one scores 1.0; one with the question's numerator or denominator
// 0.1; any other fraction 0.05; an answer that is no fraction 0.01.
// Fix: RG gives 0.01 to a missing or empty answer; here that scores 0.
const STYLES = ["plain", "latex_inline", "latex_frac", "latex_dfrac"] as const;
type Style = (typeof STYLES)[number];

function formatFraction(num: number, den: number, style: Style): string {
  switch (style) {
    case "plain":
      return `${num}/${den}`;
    case "latex_inline":
      return `$${num}/${den}$`;
    case "latex_frac":
      return `$\\frac{${num}}{${den}}$`;
    case "latex_dfrac":
      return `$\\dfrac{${num}}{${den}}$`;
  }
}

const LATEX = /^\\(?:frac|dfrac)\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}/i;

function stripDollars(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "$") start++;
  while (end > start && text[end - 1] === "$") end--;
  return text.slice(start, end);
}

export function extractFraction(answer: string): [bigint, bigint] | null {
  const cleaned = stripDollars(answer.trim()).trim();
  const latex = LATEX.exec(cleaned);
  if (latex) return [BigInt(latex[1] as string), BigInt(latex[2] as string)];
  const slash = cleaned.indexOf("/");
  if (slash < 0) return null;
  const num = pyInt(cleaned.slice(0, slash));
  const den = pyInt(cleaned.slice(slash + 1));
  return num === null || den === null ? null : [num, den];
}

export const fractionSimplification = defineLogicTask({
  name: "fraction_simplification",
  category: "arithmetic",
  curriculum: {
    value: range("min_value", "max_value", [1, 100, 1000, 10000], true),
    factor: range("min_factor", "max_factor", [1, 10, 100, 1000], true),
  },
  description: "Reduce a fraction to lowest terms.",
  config: z.object({
    min_value: z.number().int().positive().default(1),
    max_value: z.number().int().positive().default(1000),
    min_factor: z.number().int().positive().default(1),
    max_factor: z.number().int().positive().default(100),
    styles: z
      .array(z.enum(STYLES))
      .min(1)
      .default([...STYLES]),
  }),
  generate(rng, config) {
    let simpleNum = 0;
    let simpleDen = 0;
    let found = false;
    for (let attempt = 0; attempt < 10 && !found; attempt++) {
      simpleNum = rng.int(config.min_value, config.max_value);
      simpleDen = rng.int(config.min_value, config.max_value);
      const common = gcd(simpleNum, simpleDen);
      simpleNum /= common;
      simpleDen /= common;
      found = [simpleNum, simpleDen].every((v) => v >= config.min_value && v <= config.max_value);
    }
    if (!found) {
      simpleNum = rng.int(config.min_value, config.max_value);
      simpleDen = rng.int(config.min_value, config.max_value);
    }
    if (simpleNum > simpleDen) [simpleNum, simpleDen] = [simpleDen, simpleNum];
    const factor = rng.int(config.min_factor, config.max_factor);
    const num = simpleNum * factor;
    const den = simpleDen * factor;
    const style = rng.pick(config.styles);
    return {
      question: `Simplify the fraction ${formatFraction(num, den, style)} to its lowest terms. Give only the simplified fraction as your final answer.`,
      answer: formatFraction(simpleNum, simpleDen, style),
      metadata: {
        numerator: num,
        denominator: den,
        simplified_numerator: simpleNum,
        simplified_denominator: simpleDen,
        reduction_factor: Math.floor(num / simpleNum),
        style,
        factor,
        difficulty: {
          value: [config.min_value, config.max_value],
          factor: [config.min_factor, config.max_factor],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.trim() === "") return 0;
    const m = entry.metadata;
    const fraction = extractFraction(answer);
    if (fraction === null) return 0.01;
    const [num, den] = fraction;
    const is = (value: bigint, expected: unknown) =>
      typeof expected === "number" && value === BigInt(expected);
    if (is(num, m.simplified_numerator) && is(den, m.simplified_denominator)) return 1;
    if (is(num, m.numerator) || is(den, m.denominator)) return 0.1;
    return 0.05;
  },
});
