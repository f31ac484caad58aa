import type { Fraction } from "./python.js";

/** What a template returns: RG's generate_from_variables dict. */
export interface GsmSolution {
  question: string;
  answer: string;
  answer_cot: string;
  answer_value: number | Fraction;
  variables: Record<string, unknown>;
}

/** A template: draws its variables from `rng` and solves them. */
export type GsmTemplate = (rng: import("./python.js").PyRandom, difficulty: number) => GsmSolution;
