import { type Generator, Rng } from "@prorl/core";
import { z } from "zod";
import type { IoExample } from "./example.js";

/**
 * Offline generator of small programming problems for downloads-free blends. Each template
 * draws its parameters and test inputs from a seeded stream, computes the expected outputs
 * with a TypeScript reference solution, and checks every (input, output) pair with a second,
 * independent method (brute force or an inverse) before emitting it. Each example also
 * carries a Python reference solution (`solution`), which the test suite runs in the sandbox
 * to confirm it scores 1.
 */

interface Case {
  /** stdin text, or newline-separated JSON arguments (call-based). */
  input: string;
  /** Expected stdout, or the JSON text of the return value. */
  output: string;
}

interface Template {
  name: string;
  /** Call-based templates name the function; stdin templates leave it undefined. */
  fnName?: (p: Params) => string;
  params(rng: Rng): Params;
  statement(p: Params): string;
  /** One test: an input drawn from rng and the reference output. */
  makeCase(rng: Rng, p: Params): Case;
  /** Independent check of a case (brute force or inverse); false means a generator bug. */
  check(c: Case, p: Params): boolean;
  /** Python reference solution. */
  solution(p: Params): string;
}

type Params = Record<string, number>;

const ints = (rng: Rng, n: number, lo: number, hi: number) =>
  Array.from({ length: n }, () => rng.int(lo, hi));
const parseInts = (line: string | undefined) =>
  (line ?? "").trim() === "" ? [] : (line as string).trim().split(/\s+/).map(Number);
const listInput = (xs: number[]) => `${xs.length}\n${xs.join(" ")}\n`;
const callArgs = (input: string) => input.split("\n").map((line) => JSON.parse(line) as unknown);

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

const TEMPLATES: Template[] = [
  {
    name: "sum_mod",
    params: (rng) => ({ m: rng.pick([7, 97, 1000, 1_000_000_007]) }),
    statement: (p) =>
      `You are given n integers a_1, ..., a_n (|a_i| <= 10^9). Print their sum modulo ${p.m}, ` +
      `as a number between 0 and ${(p.m as number) - 1}.\n\nInput: the first line holds n (1 <= n <= 50), ` +
      "the second line the n integers separated by spaces.\nOutput: one integer.",
    makeCase(rng, p) {
      const a = ints(rng, rng.int(1, 50), -1e9, 1e9);
      const m = BigInt(p.m as number);
      const s = a.reduce((acc, x) => acc + BigInt(x), 0n);
      return { input: listInput(a), output: `${((s % m) + m) % m}\n` };
    },
    check(c, p) {
      const a = parseInts(c.input.split("\n")[1]);
      const m = p.m as number;
      let r = 0;
      for (const x of a) r = (((r + (x % m)) % m) + m) % m;
      return Number(c.output) === r;
    },
    solution: (p) =>
      `n = int(input())\na = list(map(int, input().split()))\nprint(sum(a) % ${p.m})\n`,
  },
  {
    name: "count_divisible",
    params: (rng) => ({ k: rng.int(2, 9) }),
    statement: (p) =>
      `Count how many of the given n integers are divisible by ${p.k}.\n\nInput: the first line ` +
      "holds n (1 <= n <= 60), the second line n integers between -1000 and 1000.\n" +
      "Output: the count.",
    makeCase(rng, p) {
      const a = ints(rng, rng.int(1, 60), -1000, 1000);
      return {
        input: listInput(a),
        output: `${a.filter((x) => x % (p.k as number) === 0).length}\n`,
      };
    },
    check(c, p) {
      const a = parseInts(c.input.split("\n")[1]);
      let count = 0;
      for (const x of a) if (Math.abs(x) % (p.k as number) === 0) count++;
      return Number(c.output) === count;
    },
    solution: (p) =>
      `n = int(input())\na = list(map(int, input().split()))\nprint(sum(1 for x in a if x % ${p.k} == 0))\n`,
  },
  {
    name: "max_subarray",
    params: (rng) => ({ lo: rng.pick([-50, -100, -20]) }),
    statement: (p) =>
      "Find the largest sum of a non-empty contiguous subarray of the given array.\n\nInput: " +
      `the first line holds n (1 <= n <= 40), the second line n integers between ${p.lo} and 60.\n` +
      "Output: the largest sum.",
    makeCase(rng, p) {
      const a = ints(rng, rng.int(1, 40), p.lo as number, 60);
      let best = a[0] as number;
      let here = 0;
      for (const x of a) {
        here = Math.max(x, here + x);
        best = Math.max(best, here);
      }
      return { input: listInput(a), output: `${best}\n` };
    },
    check(c) {
      const a = parseInts(c.input.split("\n")[1]);
      let best = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < a.length; i++) {
        let s = 0;
        for (let j = i; j < a.length; j++) {
          s += a[j] as number;
          best = Math.max(best, s);
        }
      }
      return Number(c.output) === best;
    },
    solution: () =>
      "n = int(input())\na = list(map(int, input().split()))\nbest = a[0]\nhere = 0\n" +
      "for x in a:\n    here = max(x, here + x)\n    best = max(best, here)\nprint(best)\n",
  },
  {
    name: "caesar",
    params: (rng) => ({ s: rng.int(1, 25) }),
    statement: (p) =>
      `Shift every lowercase letter of a line ${p.s} places forward in the alphabet, wrapping ` +
      "from z to a; keep spaces.\n\nInput: one line of lowercase words separated by single " +
      "spaces (at most 80 characters).\nOutput: the shifted line.",
    makeCase(rng, p) {
      const words = Array.from({ length: rng.int(1, 8) }, () =>
        Array.from({ length: rng.int(1, 8) }, () => String.fromCharCode(97 + rng.int(0, 25))).join(
          "",
        ),
      );
      const line = words.join(" ");
      const shifted = [...line]
        .map((ch) =>
          ch === " "
            ? ch
            : String.fromCharCode(((ch.charCodeAt(0) - 97 + (p.s as number)) % 26) + 97),
        )
        .join("");
      return { input: `${line}\n`, output: `${shifted}\n` };
    },
    check(c, p) {
      // Inverse: shifting back by s restores the input.
      const back = [...c.output.trimEnd()]
        .map((ch) =>
          ch === " "
            ? ch
            : String.fromCharCode(((ch.charCodeAt(0) - 97 + 26 - (p.s as number)) % 26) + 97),
        )
        .join("");
      return back === c.input.trimEnd();
    },
    solution: (p) =>
      `line = input()\nprint(''.join(c if c == ' ' else chr((ord(c) - 97 + ${p.s}) % 26 + 97) for c in line))\n`,
  },
  {
    name: "prefix_max",
    params: (rng) => ({ hi: rng.pick([9, 99, 999]) }),
    statement: (p) =>
      "For each position i of the array, print the largest of the first i elements.\n\n" +
      `Input: the first line holds n (1 <= n <= 30), the second line n integers between 0 and ${p.hi}.\n` +
      "Output: n integers separated by spaces.",
    makeCase(rng, p) {
      const a = ints(rng, rng.int(1, 30), 0, p.hi as number);
      const out: number[] = [];
      let m = -1;
      for (const x of a) {
        m = Math.max(m, x);
        out.push(m);
      }
      return { input: listInput(a), output: `${out.join(" ")}\n` };
    },
    check(c) {
      const a = parseInts(c.input.split("\n")[1]);
      const out = parseInts(c.output);
      return out.length === a.length && out.every((v, i) => v === Math.max(...a.slice(0, i + 1)));
    },
    solution: () =>
      "n = int(input())\na = list(map(int, input().split()))\nout = []\nm = -1\n" +
      "for x in a:\n    m = max(m, x)\n    out.append(m)\nprint(' '.join(map(str, out)))\n",
  },
  {
    name: "count_pairs",
    fnName: () => "count_pairs",
    params: (rng) => ({ hi: rng.pick([5, 10, 20]) }),
    statement: (p) =>
      "Write a function `count_pairs(nums, target)` that returns the number of index pairs " +
      `i < j with nums[i] + nums[j] == target. nums has at most 40 integers between 0 and ${p.hi}.`,
    makeCase(rng, p) {
      const nums = ints(rng, rng.int(0, 40), 0, p.hi as number);
      const target = rng.int(0, 2 * (p.hi as number));
      const seen = new Map<number, number>();
      let count = 0;
      for (const x of nums) {
        count += seen.get(target - x) ?? 0;
        seen.set(x, (seen.get(x) ?? 0) + 1);
      }
      return { input: `${JSON.stringify(nums)}\n${target}`, output: JSON.stringify(count) };
    },
    check(c) {
      const [nums, target] = callArgs(c.input) as [number[], number];
      let count = 0;
      for (let i = 0; i < nums.length; i++)
        for (let j = i + 1; j < nums.length; j++)
          if ((nums[i] as number) + (nums[j] as number) === target) count++;
      return JSON.parse(c.output) === count;
    },
    solution: () =>
      "def count_pairs(nums, target):\n    seen = {}\n    count = 0\n    for x in nums:\n" +
      "        count += seen.get(target - x, 0)\n        seen[x] = seen.get(x, 0) + 1\n    return count\n",
  },
  {
    name: "digit_power_sum",
    fnName: () => "digitPowerSum",
    params: (rng) => ({ p: rng.int(1, 4) }),
    statement: (p) =>
      "Complete `class Solution` with a method `digitPowerSum(self, n)` that returns the sum " +
      `of the ${p.p}-th powers of the decimal digits of n (0 <= n <= 10^12).`,
    makeCase(rng, p) {
      const n = rng.int(0, 1_000_000_000_000);
      let sum = 0;
      for (let x = n; x > 0; x = Math.floor(x / 10)) sum += (x % 10) ** (p.p as number);
      return { input: JSON.stringify(n), output: JSON.stringify(sum) };
    },
    check(c, p) {
      const n = JSON.parse(c.input) as number;
      const sum = [...String(n)].reduce((acc, d) => acc + Number(d) ** (p.p as number), 0);
      return JSON.parse(c.output) === sum;
    },
    solution: (p) =>
      "class Solution:\n    def digitPowerSum(self, n):\n" +
      `        return sum(int(d) ** ${p.p} for d in str(n))\n`,
  },
  {
    name: "list_gcd",
    fnName: () => "list_gcd",
    params: (rng) => ({ f: rng.pick([1, 2, 3, 6, 12]) }),
    statement: () =>
      "Write a function `list_gcd(nums)` that returns the greatest common divisor of a " +
      "non-empty list of positive integers (each at most 10^6).",
    makeCase(rng, p) {
      const nums = ints(rng, rng.int(1, 10), 1, 5000).map((x) => x * (p.f as number));
      return { input: JSON.stringify(nums), output: JSON.stringify(nums.reduce(gcd)) };
    },
    check(c) {
      const nums = JSON.parse(c.input) as number[];
      const g = JSON.parse(c.output) as number;
      const lo = Math.min(...nums);
      for (let d = lo; d >= 1; d--) if (nums.every((x) => x % d === 0)) return d === g;
      return false;
    },
    solution: () =>
      "from math import gcd\nfrom functools import reduce\n\ndef list_gcd(nums):\n    return reduce(gcd, nums)\n",
  },
];

export const TEMPLATE_NAMES = TEMPLATES.map((t) => t.name);

export const GeneratorConfigSchema = z.object({
  seed: z.number().int().default(0),
  /** Tests per problem. */
  tests: z.number().int().min(1).max(100).default(8),
  /** Restrict to these templates (default: all). */
  templates: z
    .array(z.enum(TEMPLATE_NAMES as [string, ...string[]]))
    .min(1)
    .optional(),
});
export type GeneratorConfig = z.output<typeof GeneratorConfigSchema>;

function examplePrompt(t: Template, p: Params, first: Case): string {
  const call = t.fnName?.(p);
  const example = call
    ? `Example: called with arguments ${first.input.split("\n").join(", ")} it returns ${first.output}.`
    : `Example input:\n${first.input}\nExample output:\n${first.output}`;
  return `${t.statement(p)}\n\n${example}\n\nWrite a Python 3 solution${
    call ? "" : " that reads standard input and writes standard output"
  }. Put the complete code in one \`\`\`python code block at the end of your answer.`;
}

/** Item `index` of the generator under `config` (a pure function of both). */
export function generateProblem(config: GeneratorConfig, index: number): IoExample {
  const rng = new Rng(config.seed, "code", index);
  const pool = config.templates
    ? TEMPLATES.filter((t) => config.templates?.includes(t.name))
    : TEMPLATES;
  const template = rng.pick(pool);
  const params = template.params(rng);
  const cases: Case[] = [];
  for (let i = 0; i < config.tests; i++) {
    const c = template.makeCase(rng, params);
    if (!template.check(c, params)) {
      throw new Error(`generator bug: template ${template.name} failed its own check`);
    }
    cases.push(c);
  }
  const fnName = template.fnName?.(params);
  return {
    prompt: examplePrompt(template, params, cases[0] as Case),
    tests: {
      inputs: cases.map((c) => c.input),
      outputs: cases.map((c) => c.output),
      ...(fnName ? { fn_name: fnName } : {}),
    },
    solution: template.solution(params),
    data_source: `generator/${template.name}`,
  };
}

export const generator: Generator<IoExample, GeneratorConfig> = {
  configSchema: GeneratorConfigSchema,
  generate: generateProblem,
};
