import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/logic/propositional_logic.py
// Random premises over variables P, Q, R, ...; the task asks for a conclusion that follows from
// them. `answer` is null. Scoring as RG: 0 when the answer names an upper-case letter that is not
// one of the variables or does not parse; else, checked by truth table, 1.0 for a conclusion the
// premises entail, 0.25 for an entailed but trivial one (a lone variable or a tautology), 0.05
// for one they do not entail. The answer is read with RG's own grammar (split at the rightmost
// top-level ↔, then →, ∨, ∧; then a leading ¬; anything else is a variable name).
// Differences: premise sets with no model are redrawn (with them every answer is "entailed"), as
// are those without a non-trivial depth-2 conclusion (RG then falls back to the first variable,
// which need not follow). Bounded work on hostile answers: answers over 1000 characters or with
// more than 12 distinct variable names score 0 (RG's truth table is exponential in them).

const AND = "∧";
const OR = "∨";
const NOT = "¬";
const IMPLIES = "→";
const IFF = "↔";
const OPERATORS = [AND, OR, NOT, IMPLIES, IFF];
const MAX_ANSWER = 1000;
const MAX_VARIABLES = 12;

type Expr = { op: null; name: string } | { op: string; left: Expr; right?: Expr };

const show = (e: Expr): string =>
  e.op === null
    ? e.name
    : e.op === NOT
      ? `${NOT}${show(e.left)}`
      : `(${show(e.left)} ${e.op} ${show(e.right as Expr)})`;

/** RG's parse_expr. Throws on an empty (sub)expression. */
function parse(text: string): Expr {
  const expr = text.trim();
  if (expr.length === 0) throw new Error("empty expression");
  if (expr.startsWith("(") && expr.endsWith(")")) {
    let level = 0;
    let enclosed = true;
    for (let i = 1; i < expr.length - 1; i++) {
      if (expr[i] === "(") level++;
      else if (expr[i] === ")" && --level < 0) {
        enclosed = false;
        break;
      }
    }
    if (level === 0 && enclosed) return parse(expr.slice(1, -1));
  }
  for (const op of [IFF, IMPLIES, OR, AND]) {
    let level = 0;
    for (let i = expr.length - 1; i >= 0; i--) {
      const ch = expr[i];
      if (ch === ")") level++;
      else if (ch === "(") level--;
      else if (level === 0 && ch === op)
        return { op, left: parse(expr.slice(0, i)), right: parse(expr.slice(i + 1)) };
    }
  }
  if (expr.startsWith(NOT)) return { op: NOT, left: parse(expr.slice(1)) };
  return { op: null, name: expr };
}

function evaluate(e: Expr, values: Map<string, boolean>): boolean {
  if (e.op === null) return values.get(e.name) === true;
  const l = evaluate(e.left, values);
  if (e.op === NOT) return !l;
  const r = evaluate(e.right as Expr, values);
  if (e.op === AND) return l && r;
  if (e.op === OR) return l || r;
  if (e.op === IMPLIES) return !l || r;
  return l === r;
}

function collect(e: Expr, into: Set<string>): Set<string> {
  if (e.op === null) into.add(e.name);
  else {
    collect(e.left, into);
    if (e.right) collect(e.right, into);
  }
  return into;
}

/** Calls `visit` with every assignment of the variables; stops when it returns false. */
function everyAssignment(
  names: Set<string>,
  visit: (values: Map<string, boolean>) => boolean,
): boolean {
  const list = [...names].sort();
  for (let mask = 0; mask < 1 << list.length; mask++) {
    const values = new Map(list.map((name, j) => [name, ((mask >> j) & 1) === 1]));
    if (!visit(values)) return false;
  }
  return true;
}

function entails(premises: Expr[], conclusion: Expr): boolean {
  const names = new Set<string>();
  for (const p of [...premises, conclusion]) collect(p, names);
  return everyAssignment(
    names,
    (v) => !premises.every((p) => evaluate(p, v)) || evaluate(conclusion, v),
  );
}

const isTrivial = (e: Expr) =>
  e.op === null || everyAssignment(collect(e, new Set()), (v) => evaluate(e, v));

function randomExpr(rng: Rng, variables: string[], depth: number): Expr {
  if (depth <= 1) return { op: null, name: rng.pick(variables) };
  const op = rng.pick(OPERATORS);
  if (op === NOT) return { op, left: randomExpr(rng, variables, depth - 1) };
  return {
    op,
    left: randomExpr(rng, variables, depth - 1),
    right: randomExpr(rng, variables, depth - 1),
  };
}

/** RG's simplify: drops double negations and rewrites a → b as ¬a ∨ b. */
function simplify(e: Expr): Expr {
  if (e.op === null) return e;
  const left = simplify(e.left);
  const right = e.right ? simplify(e.right) : undefined;
  if (e.op === NOT) return left.op === NOT ? left.left : { op: NOT, left };
  if (e.op === IMPLIES) return simplify({ op: OR, left: { op: NOT, left }, right: right as Expr });
  return { op: e.op, left, right: right as Expr };
}

const complexity = (e: Expr): number =>
  e.op === null ? 1 : 1 + complexity(e.left) + (e.right ? complexity(e.right) : 0);

const QUESTION = `The following question is a propositional logic reasoning question.

In the question we provide a list of premises. The task is to infer a correct conclusion from the premise.

FORMAT INSTRUCTIONS:
- Return the conclusion logic statement, as your final answer.
- Use the following notation to denote symbols
    - OR = ∨
    - AND = ∧
    - IMPLIES = →
    - IFF = ↔
    - NOT = ¬

Here is the question:
`;

export const propositionalLogic = defineLogicTask({
  name: "propositional_logic",
  category: "logic",
  curriculum: {
    vars: range("min_vars", "max_vars", [2, 4, 6, 8, 10]),
    statements: range("min_statements", "max_statements", [2, 4, 6, 8, 10]),
    complexity: range("min_complexity", "max_complexity", [1, 2, 3, 4, 5]),
  },
  description: "Infer a conclusion that follows from propositional premises.",
  config: z.object({
    min_vars: z.number().int().min(1).max(10).default(2),
    max_vars: z.number().int().min(1).max(10).default(4),
    min_statements: z.number().int().min(1).default(2),
    max_statements: z.number().int().min(1).default(4),
    min_complexity: z.number().int().min(1).default(1),
    max_complexity: z.number().int().min(1).max(8).default(3),
  }),
  generate(rng, config) {
    const numVars = rng.int(config.min_vars, config.max_vars);
    const variables = Array.from({ length: numVars }, (_, i) => String.fromCharCode(80 + i));
    for (let attempt = 0; ; attempt++) {
      if (attempt === 10_000)
        throw new Error(
          "propositional_logic: no premises with a non-trivial conclusion for this config",
        );
      const count = rng.int(config.min_statements, config.max_statements);
      const premises = Array.from({ length: count }, () =>
        randomExpr(rng, variables, rng.int(config.min_complexity, config.max_complexity)),
      );
      const names = new Set<string>();
      for (const p of premises) collect(p, names);
      const satisfiable = !everyAssignment(names, (v) => !premises.every((p) => evaluate(p, v)));
      if (!satisfiable) continue;
      let conclusion: Expr | null = null;
      for (let k = 0; k < 100 && !conclusion; k++) {
        const candidate = simplify(randomExpr(rng, variables, 2));
        if (entails(premises, candidate) && !isTrivial(candidate)) conclusion = candidate;
      }
      if (!conclusion) continue;
      let question = `${QUESTION}Given:\n`;
      premises.forEach((p, i) => {
        question += `${i + 1}. ${show(p)}\n.`;
      });
      question += "What can we conclude from the above statements?";
      return {
        question,
        answer: null,
        metadata: {
          premises: premises.map(show),
          variables,
          complexity: complexity(conclusion),
          example_answer: show(conclusion),
          difficulty: {
            vars: [config.min_vars, config.max_vars],
            statements: [config.min_statements, config.max_statements],
            complexity: [config.min_complexity, config.max_complexity],
          },
        },
      };
    }
  },
  score(answer, entry) {
    if (answer === null || answer.length > MAX_ANSWER) return 0;
    const variables = new Set(entry.metadata.variables as string[]);
    for (const ch of answer) if (ch >= "A" && ch <= "Z" && !variables.has(ch)) return 0;
    let conclusion: Expr;
    let premises: Expr[];
    try {
      conclusion = parse(answer);
      premises = (entry.metadata.premises as string[]).map(parse);
    } catch {
      return 0;
    }
    const names = new Set<string>();
    for (const p of [...premises, conclusion]) collect(p, names);
    if (names.size > MAX_VARIABLES) return 0;
    if (!entails(premises, conclusion)) return 0.05;
    return isTrivial(conclusion) ? 0.25 : 1;
  },
  referenceAnswer: (entry) => String(entry.metadata.example_answer),
});
