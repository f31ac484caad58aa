import { Rng } from "@prorl/core";
import { z } from "zod";

/**
 * Offline, seeded numeric science problems with units: kinematics, ideal gas, stoichiometry
 * and DC circuits. Inputs are drawn as small integers (or one decimal), the answer is computed
 * from the textbook formula and written with 6 significant figures and its unit, so it is
 * exact to far better than the verifier's 1% tolerance.
 */

export const STEM_TOPICS = ["kinematics", "ideal_gas", "stoichiometry", "circuits"] as const;
export type StemTopic = (typeof STEM_TOPICS)[number];

export const StemGeneratorConfigSchema = z.object({
  seed: z.number().int(),
  /** Topics to draw from (default: all four, uniformly). */
  topics: z.array(z.enum(STEM_TOPICS)).min(1).optional(),
});
export type StemGeneratorConfig = z.infer<typeof StemGeneratorConfigSchema>;

export interface GeneratedStemProblem {
  question: string;
  answer: string;
}

/** 6 significant figures, no trailing zeros, plain or exponent notation as JS prints it. */
export function formatAnswerNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

const R_GAS = 8.314; // J/(mol K)
const G = 9.8; // m/s^2

interface Reaction {
  equation: string;
  reactant: string;
  product: string;
  /** Molar masses in g/mol and stoichiometric coefficients. */
  reactantMass: number;
  productMass: number;
  reactantCoef: number;
  productCoef: number;
}

const REACTIONS: readonly Reaction[] = [
  {
    equation: "2 H2 + O2 -> 2 H2O",
    reactant: "hydrogen (H2)",
    product: "water",
    reactantMass: 2.016,
    productMass: 18.015,
    reactantCoef: 2,
    productCoef: 2,
  },
  {
    equation: "CH4 + 2 O2 -> CO2 + 2 H2O",
    reactant: "methane",
    product: "carbon dioxide",
    reactantMass: 16.043,
    productMass: 44.009,
    reactantCoef: 1,
    productCoef: 1,
  },
  {
    equation: "N2 + 3 H2 -> 2 NH3",
    reactant: "nitrogen (N2)",
    product: "ammonia",
    reactantMass: 28.014,
    productMass: 17.031,
    reactantCoef: 1,
    productCoef: 2,
  },
  {
    equation: "CaCO3 -> CaO + CO2",
    reactant: "calcium carbonate",
    product: "calcium oxide",
    reactantMass: 100.086,
    productMass: 56.077,
    reactantCoef: 1,
    productCoef: 1,
  },
  {
    equation: "2 Na + Cl2 -> 2 NaCl",
    reactant: "sodium",
    product: "sodium chloride",
    reactantMass: 22.99,
    productMass: 58.44,
    reactantCoef: 2,
    productCoef: 2,
  },
];

type Maker = (rng: Rng) => GeneratedStemProblem;

const KINEMATICS: Maker[] = [
  (rng) => {
    const u = rng.int(0, 20);
    const a = rng.int(1, 10);
    const t = rng.int(1, 12);
    return {
      question: `A cart moving at ${u} m/s accelerates uniformly at ${a} m/s^2 for ${t} s. What is its final speed?`,
      answer: `${formatAnswerNumber(u + a * t)} m/s`,
    };
  },
  (rng) => {
    const u = rng.int(0, 15);
    const a = rng.int(1, 6);
    const t = rng.int(2, 10);
    return {
      question: `A cyclist starts at ${u} m/s and accelerates uniformly at ${a} m/s^2. How far does the cyclist travel in ${t} s?`,
      answer: `${formatAnswerNumber(u * t + 0.5 * a * t * t)} m`,
    };
  },
  (rng) => {
    const u = rng.int(10, 40);
    const a = rng.int(2, 9);
    return {
      question: `A car travelling at ${u} m/s brakes with a constant deceleration of ${a} m/s^2. What distance does it need to stop?`,
      answer: `${formatAnswerNumber((u * u) / (2 * a))} m`,
    };
  },
  (rng) => {
    const h = rng.int(2, 120);
    return {
      question: `A stone is dropped from rest from a height of ${h} m. Ignoring air resistance and taking g = 9.8 m/s^2, how long does it take to reach the ground?`,
      answer: `${formatAnswerNumber(Math.sqrt((2 * h) / G))} s`,
    };
  },
];

const IDEAL_GAS: Maker[] = [
  (rng) => {
    const p = rng.int(80, 400); // kPa
    const v = rng.int(1, 50); // L
    const t = rng.int(250, 600); // K
    const n = (p * 1000 * (v / 1000)) / (R_GAS * t);
    return {
      question: `A rigid container of ${v} L holds an ideal gas at ${p} kPa and ${t} K. How many moles of gas does it contain? Use R = 8.314 J/(mol K).`,
      answer: `${formatAnswerNumber(n)} mol`,
    };
  },
  (rng) => {
    const n = rng.int(1, 20) / 2;
    const v = rng.int(5, 60);
    const t = rng.int(250, 600);
    const p = (n * R_GAS * t) / (v / 1000) / 1000;
    return {
      question: `${n} mol of an ideal gas occupies ${v} L at ${t} K. What is its pressure? Use R = 8.314 J/(mol K).`,
      answer: `${formatAnswerNumber(p)} kPa`,
    };
  },
  (rng) => {
    const p1 = rng.int(90, 300);
    const t1 = rng.int(250, 400);
    const t2 = t1 + rng.int(20, 200);
    return {
      question: `A sealed steel tank holds gas at ${p1} kPa and ${t1} K. The tank is heated to ${t2} K at constant volume. What is the new pressure?`,
      answer: `${formatAnswerNumber((p1 * t2) / t1)} kPa`,
    };
  },
];

const STOICHIOMETRY: Maker[] = [
  (rng) => {
    const r = rng.pick(REACTIONS);
    const mass = rng.int(2, 200);
    const product = ((mass / r.reactantMass) * r.productCoef * r.productMass) / r.reactantCoef;
    return {
      question: `For the reaction ${r.equation}, what mass of ${r.product} forms from ${mass} g of ${r.reactant} reacting completely? Use molar masses ${r.reactantMass} g/mol for the ${r.reactant.split(" ")[0]} and ${r.productMass} g/mol for the ${r.product}.`,
      answer: `${formatAnswerNumber(product)} g`,
    };
  },
  (rng) => {
    const r = rng.pick(REACTIONS);
    const mass = rng.int(5, 500);
    return {
      question: `How many moles are there in ${mass} g of ${r.product} (molar mass ${r.productMass} g/mol)?`,
      answer: `${formatAnswerNumber(mass / r.productMass)} mol`,
    };
  },
];

const CIRCUITS: Maker[] = [
  (rng) => {
    const v = rng.int(3, 48);
    const rs = [rng.int(1, 100), rng.int(1, 100), rng.int(1, 100)];
    const total = rs.reduce((a, b) => a + b, 0);
    return {
      question: `Three resistors of ${rs[0]} Ω, ${rs[1]} Ω and ${rs[2]} Ω are connected in series to an ideal ${v} V battery. What current flows through the circuit?`,
      answer: `${formatAnswerNumber(v / total)} A`,
    };
  },
  (rng) => {
    const r1 = rng.int(2, 200);
    const r2 = rng.int(2, 200);
    return {
      question: `Two resistors of ${r1} Ω and ${r2} Ω are connected in parallel. What is their equivalent resistance?`,
      answer: `${formatAnswerNumber((r1 * r2) / (r1 + r2))} Ω`,
    };
  },
  (rng) => {
    const v = rng.int(5, 240);
    const r = rng.int(2, 500);
    return {
      question: `A ${r} Ω resistor is connected across a ${v} V supply. How much power does it dissipate?`,
      answer: `${formatAnswerNumber((v * v) / r)} W`,
    };
  },
];

const MAKERS: Record<StemTopic, Maker[]> = {
  kinematics: KINEMATICS,
  ideal_gas: IDEAL_GAS,
  stoichiometry: STOICHIOMETRY,
  circuits: CIRCUITS,
};

/** Item `index` of the stream: a pure function of (config, index). */
export function generateStemProblem(
  config: StemGeneratorConfig,
  index: number,
): GeneratedStemProblem {
  const rng = new Rng(config.seed, "task-stem", index);
  const topic = rng.pick(config.topics ?? STEM_TOPICS);
  return rng.pick(MAKERS[topic])(rng);
}
