import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { statesUntilRepeat } from "../lib/rewrite.js";

// Reasoning Gym: reasoning_gym/algorithmic/string_manipulation.py (after CodeSteer's string
// deletion and modification). A string over a, b, c and num_rules of RG's 20 rules in random
// order; the first applicable rule is applied until none applies or a state repeats, and the
// last new state is the answer. Scoring: RG's default (exact, or the contained fraction).
// Deviations: (1) a draw whose final string is empty is redrawn (about 1 in 1,000 with the
// defaults): RG's default scorer gives an empty answer 0, so RG's such items can never be solved.
// (2) RG loops until a repeat; a draw whose chain passes 100,000 states (never seen in RG's
// configurations) is redrawn here instead of looping on.
const QUESTION = (rules: string, string: string) =>
  `Your job is to repeatedly transform a string according to a set of rules until no further transformations can be performed, or a state is repeated.

Evaluate the following rules in order, and apply the first applicable rule to the string:
${rules}

Once you have applied a rule, repeat the process with the new string until no further transformations can be performed (i.e. the string doesn't change), or a state is repeated.
If a state is repeated, the process is terminated, and the repeated state is discarded (i.e. is not considered as the final answer) and the state before the repeated state is considered as the final answer.

Your output should be the final transformed string after applying all the rules.

Transform the following string according to the above list of rules:
${string}
`;

interface Rule {
  text: string;
  /** The rewritten string, or null when the rule does not apply. */
  apply(s: string): string | null;
}

const when = (applies: boolean, result: () => string): string | null => (applies ? result() : null);

/** RG's rules, in RG's order (their text is the question's wording). */
const RULES: readonly Rule[] = [
  {
    text: "If the string prefix is 'ab', replace it with 'ca'.",
    apply: (s) => when(s.startsWith("ab"), () => `ca${s.slice(2)}`),
  },
  {
    text: "If the string suffix is 'ac', replace it with 'cb'.",
    apply: (s) => when(s.endsWith("ac"), () => `${s.slice(0, -2)}cb`),
  },
  {
    text: "If the string prefix is 'bc', delete the first two characters and append 'aa' to the end.",
    apply: (s) => when(s.startsWith("bc"), () => `${s.slice(2)}aa`),
  },
  {
    text: "If the string suffix is 'bb', delete the last two characters.",
    apply: (s) => when(s.endsWith("bb"), () => s.slice(0, -2)),
  },
  {
    text: "If the string prefix is 'cb', replace it with 'aa' and delete the last character.",
    apply: (s) => when(s.startsWith("cb"), () => `aa${s.slice(2, -1)}`),
  },
  {
    text: "If the string prefix is 'ca', replace it with 'bb' and append 'c' to the end.",
    apply: (s) => when(s.startsWith("ca"), () => `bb${s.slice(2)}c`),
  },
  {
    text: "If the string suffix is 'cc', replace it with 'b' and prepend 'a' to the start.",
    apply: (s) => when(s.endsWith("cc"), () => `a${s.slice(0, -2)}b`),
  },
  {
    text: "If the string prefix is 'aa', remove the first character.",
    apply: (s) => when(s.startsWith("aa"), () => s.slice(1)),
  },
  {
    text: "If the string contains 'abc', replace the first occurrence with 'cab'.",
    apply: (s) => when(s.includes("abc"), () => s.replace("abc", "cab")),
  },
  {
    text: "If the string contains 'bca', delete the first occurrence entirely.",
    apply: (s) => when(s.includes("bca"), () => s.replace("bca", "")),
  },
  {
    text: "If the string ends with 'ba', replace it with 'ab'.",
    apply: (s) => when(s.endsWith("ba"), () => `${s.slice(0, -2)}ab`),
  },
  {
    text: "If the string starts with 'cc', remove the first two characters.",
    apply: (s) => when(s.startsWith("cc"), () => s.slice(2)),
  },
  {
    text: "If the string contains 'acb', replace the first occurrence with its reverse ('bca').",
    apply: (s) => when(s.includes("acb"), () => s.replace("acb", "bca")),
  },
  {
    text: "If the string ends with 'ca', remove the last character.",
    apply: (s) => when(s.endsWith("ca"), () => s.slice(0, -1)),
  },
  {
    text: "If the string starts with 'bb', remove the second character.",
    apply: (s) => when(s.startsWith("bb"), () => `${s[0]}${s.slice(2)}`),
  },
  {
    text: "If the string ends with 'aa', replace it with 'cc'.",
    apply: (s) => when(s.endsWith("aa"), () => `${s.slice(0, -2)}cc`),
  },
  {
    text: "If the string contains 'ca' (not at the start), remove the first occurrence found after the first character.",
    apply: (s) => {
      const at = s.indexOf("ca", 1);
      return at === -1 ? null : s.slice(0, at) + s.slice(at + 2);
    },
  },
  {
    text: "If the string contains an even number of 'b's (and at least one 'b'), append 'ab' at the end.",
    apply: (s) => {
      const bs = s.split("b").length - 1;
      return when(bs > 0 && bs % 2 === 0, () => `${s}ab`);
    },
  },
  {
    text: "If the string length is greater than 15, remove the middle character.",
    apply: (s) => {
      const middle = Math.floor(s.length / 2);
      return when(s.length > 15, () => s.slice(0, middle) + s.slice(middle + 1));
    },
  },
  {
    text: "If the string starts with 'ac', replace the first two characters with 'zz'.",
    apply: (s) => when(s.startsWith("ac"), () => `zz${s.slice(2)}`),
  },
];

const MAX_STATES = 100_000;
const MAX_DRAWS = 100;

/** The first applicable rule applied to `s` (unchanged when none applies). */
const applyFirst = (rules: readonly Rule[]) => (s: string) => {
  for (const rule of rules) {
    const next = rule.apply(s);
    if (next !== null) return next;
  }
  return s;
};

/** Every state from `string` until no rule applies or a state repeats (RG's _get_all_transforms). */
export function transformStates(string: string, ruleTexts: readonly string[]): string[] {
  const rules = ruleTexts.map((text) => RULES.find((rule) => rule.text === text) as Rule);
  return statesUntilRepeat(string, applyFirst(rules), MAX_STATES, (s) => s);
}

export const stringManipulation = defineLogicTask({
  name: "string_manipulation",
  category: "algorithmic",
  curriculum: {
    string_length: range("min_string_length", "max_string_length", [10, 50, 100, 500], true),
    num_rules: range("min_num_rules", "max_num_rules", [3, 5, 10, 15, 20], true),
  },
  description: "Rewrite an a/b/c string by ordered rules until it stops changing or repeats.",
  config: z.object({
    min_string_length: z.number().int().min(5).default(5),
    max_string_length: z.number().int().min(5).default(20),
    min_num_rules: z.number().int().min(3).max(20).default(3),
    max_num_rules: z.number().int().min(3).max(20).default(8),
  }),
  generate(rng, config) {
    for (let draw = 0; ; draw++) {
      const length = rng.int(config.min_string_length, config.max_string_length);
      const string = Array.from({ length }, () => rng.pick(["a", "b", "c"])).join("");
      const numRules = rng.int(config.min_num_rules, config.max_num_rules);
      const selected = rng.sample(RULES, numRules).map((rule) => rule.text);
      const states = transformStates(string, selected);
      const answer = states.at(-1) as string;
      if ((answer === "" || states.length > MAX_STATES) && draw < MAX_DRAWS) continue;
      return {
        question: QUESTION(selected.map((text, k) => `${k + 1}. ${text}`).join("\n"), string),
        answer,
        metadata: {
          string,
          solution: answer,
          states,
          selected_rules: selected,
          string_length: length,
          num_rules: numRules,
          difficulty: {
            string_length: [config.min_string_length, config.max_string_length],
            num_rules: [config.min_num_rules, config.max_num_rules],
          },
        },
      };
    }
  },
  score: scoreExactOrContained,
});
