import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/algorithmic/ab.py (Victor Taelin's A::B rewriting puzzle).
// A random program of `length` tokens is rewritten, always at the leftmost pair whose '#'s face
// each other, until no rule applies; programs that need 100 or more rewrites are redrawn, as
// RG does (it calls them non-halting). Scoring as RG: 1.0 for exactly the final program, else 0
// (an empty final program is answered by an empty answer).
// Deviation: RG redraws forever; here after 10,000 draws without a short enough program the
// generator throws (lengths past about 150 need more than 100 rewrites almost always).
const TOKENS = ["A#", "B#", "#A", "#B"] as const;
type Token = (typeof TOKENS)[number];
const MAX_REWRITES = 100;
const MAX_DRAWS = 10_000;

const QUESTION = (
  program: string,
) => `A::B is a system with 4 tokens: \`A#\`, \`#A\`, \`B#\` and \`#B\`.

An A::B program is a sequence of tokens. Example:

    B# A# #B #A B#

To *compute* a program, we must rewrite neighbor tokens, using the rules:

    A# #A ... becomes ... nothing
    A# #B ... becomes ... #B A#
    B# #A ... becomes ... #A B#
    B# #B ... becomes ... nothing

In other words, whenever two neighbor tokens have their '#' facing each-other,
they must be rewritten according to the corresponding rule.

Now, consider the following program:

${program}

Return the final state of the program.
`;

/** The pair (a, b) rewritten, or null when the '#'s do not face each other. */
function rewritePair(a: Token, b: Token): Token[] | null {
  if (a === "A#" && b === "#A") return [];
  if (a === "A#" && b === "#B") return ["#B", "A#"];
  if (a === "B#" && b === "#A") return ["#A", "B#"];
  if (a === "B#" && b === "#B") return [];
  return null;
}

/** The final program, or null when it takes MAX_REWRITES rewrites or more (RG: non-halting). */
export function computeAB(program: readonly Token[]): Token[] | null {
  const tokens = program.slice();
  // No facing pair starts before `at`: a rewrite at k only changes the pairs from k - 1 on.
  let at = 0;
  for (let rewrites = 0; ; rewrites++) {
    let replaced: Token[] | null = null;
    for (; at + 1 < tokens.length; at++) {
      replaced = rewritePair(tokens[at] as Token, tokens[at + 1] as Token);
      if (replaced) break;
    }
    if (!replaced) return tokens;
    if (rewrites === MAX_REWRITES - 1) return null;
    if (replaced.length === 2) [tokens[at], tokens[at + 1]] = replaced as [Token, Token];
    else tokens.splice(at, 2);
    at = Math.max(0, at - 1);
  }
}

function drawHaltingProgram(rng: Rng, length: number): { program: Token[]; final: Token[] } {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const program = Array.from({ length }, () => rng.pick(TOKENS));
    const final = computeAB(program);
    if (final) return { program, final };
  }
  throw new Error(
    `ab: no program of length ${length} finished within ${MAX_REWRITES} rewrites in ${MAX_DRAWS} draws; use a shorter length`,
  );
}

export const ab = defineLogicTask({
  name: "ab",
  category: "algorithmic",
  curriculum: { length: scalar("length", [10, 25, 50, 100]) },
  description: "Compute an A::B program: rewrite facing token pairs until none is left.",
  config: z.object({ length: z.number().int().positive().default(10) }),
  generate(rng, config) {
    const { program, final } = drawHaltingProgram(rng, config.length);
    return {
      question: QUESTION(program.join(" ")),
      answer: final.join(" "),
      metadata: { difficulty: { length: config.length } },
    };
  },
  score: (answer, entry) => (answer !== null && answer === entry.answer ? 1 : 0),
});
