import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/logic/circuit_logic.py
// A sum-of-terms Boolean circuit drawn in box-drawing characters: each term is an AND, NAND or
// XOR gate over 2-4 (possibly negated, possibly reused) inputs, and the terms feed one OR, NOR,
// XOR or AND gate; the answer is the output ("0"/"1") for random input values.
// Scoring as RG: the exact answer 1.0; the answer with surrounding whitespace len(oracle) /
// len(answer); else 0.
// Deviation: metadata.source_index is the item index (RG's is overwritten by a loop variable,
// so it holds the last input's position). As in RG the legend always lists the final gate, so
// an XOR output gate is listed twice.

const VERT = "│";
const HORIZ = "─";
const RBRANCH = "├";
const LUP = "┘";
const LDOWN = "┐";
const RUP = "└";
const RDOWN = "┌";

interface Gate {
  name: string;
  symbol: string;
}
const INTERNAL_GATES: readonly Gate[] = [
  { name: "AND", symbol: "&" },
  { name: "NAND", symbol: "↑" },
  { name: "XOR", symbol: "⊕" },
];
const FINAL_GATES: readonly Gate[] = [
  { name: "OR", symbol: "+" },
  { name: "NOR", symbol: "↓" },
  { name: "XOR", symbol: "⊕" },
  { name: "AND", symbol: "&" },
];

/** 0 → A, 25 → Z, 26 → AA: spreadsheet column names. */
export function excelName(index: number): string {
  let result = "";
  let i = index + 1;
  while (i > 0) {
    const rem = (i - 1) % 26;
    result = String.fromCharCode(65 + rem) + result;
    i = Math.floor((i - 1) / 26);
  }
  return result;
}

interface Literal {
  name: string;
  ypos: number;
  neg: boolean;
}
interface Term {
  gate: Gate;
  inputs: Literal[];
}

/** A character grid that text is written into, rightwards or downwards, clipped at its edges. */
class Canvas {
  readonly cells: string[][];
  constructor(
    readonly height: number,
    readonly width: number,
  ) {
    this.cells = Array.from({ length: height }, () => new Array<string>(width).fill(" "));
  }

  put(x: number, y: number, text: string, direction: "RIGHT" | "DOWN"): void {
    if (x >= this.width || y >= this.height)
      throw new RangeError(`canvas: point (${x}, ${y}) out of bounds`);
    let [cx, cy] = [x, y];
    for (const ch of text) {
      if (cx < 0 || cx >= this.width || cy < 0 || cy >= this.height) break;
      (this.cells[cy] as string[])[cx] = ch;
      if (direction === "RIGHT") cx++;
      else cy++;
    }
  }

  toString(): string {
    return this.cells.map((row) => row.join("").trimEnd()).join("\n");
  }
}

/** The random expression: terms of literals, RG's draw order (gate, length, then each literal). */
function drawTerms(rng: Rng, config: CircuitConfig, numTerms: number) {
  const distinct: string[] = [];
  const randomInput = () => {
    if (config.allow_reuse && distinct.length > 0 && rng.float() < 0.5) return rng.pick(distinct);
    const name = excelName(distinct.length);
    distinct.push(name);
    return name;
  };
  const terms: Term[] = [];
  let ypos = 0;
  for (let t = 0; t < numTerms; t++) {
    const gate = rng.pick(INTERNAL_GATES);
    const length = rng.int(config.min_inputs, config.max_inputs);
    const inputs: Literal[] = [];
    for (let k = 0; k < length; k++) {
      const name = randomInput();
      inputs.push({ name, neg: rng.float() < config.neg_prob, ypos: ypos++ });
    }
    terms.push({ gate, inputs });
    ypos++; // a blank row between terms
  }
  return terms;
}

const termString = (term: Term) =>
  term.inputs.map((l) => l.name + (l.neg ? "'" : "")).join(term.gate.symbol);

/** RG's drawing, step for step: output wire, final gate, term gates, input rails, term wires. */
function drawCircuit(terms: readonly Term[], finalGate: Gate, display: string): string {
  const inputs = [...new Set(terms.flatMap((t) => t.inputs.map((l) => l.name)))].sort();
  const totalInputs = terms.reduce((n, t) => n + t.inputs.length, 0);
  const height = inputs.length + totalInputs + terms.length - 1;
  const inputWidth = Math.max(0, ...inputs.map((s) => s.length)) + 2;
  const notAndStart = inputWidth + inputs.length * 2;
  const gateStart = notAndStart + 7 + terms.length + 1;
  const finalWidth = 2 + finalGate.symbol.length;
  const width = gateStart + finalWidth + 8 + display.length;
  const canvas = new Canvas(height, width);
  const baseY = inputs.length;

  canvas.put(
    width - 8 - display.length,
    baseY + Math.floor((height - baseY) / 2),
    `${HORIZ.repeat(4)} OUT`,
    "RIGHT",
  );
  const outGateCenter = baseY + Math.floor((height - baseY) / 2) - Math.floor(terms.length / 2);
  if (terms.length === 1) {
    canvas.put(gateStart, outGateCenter, HORIZ.repeat(finalWidth), "RIGHT");
  } else {
    canvas.put(gateStart, outGateCenter, HORIZ.repeat(terms.length), "DOWN");
    canvas.put(gateStart + 1, outGateCenter, VERT.repeat(terms.length), "DOWN");
    for (const [i, ch] of [...finalGate.symbol].entries()) {
      canvas.put(gateStart + 2 + i, outGateCenter, ch.repeat(terms.length), "DOWN");
      canvas.put(gateStart + 3 + i, outGateCenter, ch.repeat(terms.length), "DOWN");
    }
  }

  let y = baseY;
  for (const term of terms) {
    const many = term.inputs.length > 1;
    const layers = ["", "", "", "", "", "", ""];
    for (const literal of term.inputs) {
      layers[0] += HORIZ;
      layers[1] += literal.neg ? ">" : HORIZ;
      layers[2] += literal.neg ? "o" : HORIZ;
      layers[3] += HORIZ;
      layers[4] += many ? VERT : HORIZ;
      layers[5] += many ? term.gate.symbol : HORIZ;
      layers[6] += many ? term.gate.symbol : HORIZ;
    }
    for (const [i, layer] of layers.entries()) canvas.put(notAndStart + i, y, layer, "DOWN");
    y += term.inputs.length + 1;
  }

  for (const [i, input] of inputs.entries())
    canvas.put(0, i, `${input}: ${HORIZ.repeat(inputWidth - (input.length + 2))}`, "RIGHT");
  for (const [i] of inputs.entries())
    canvas.put(inputWidth, i, `${HORIZ.repeat(inputs.length * 2 - 1 - i * 2)}${LDOWN}`, "RIGHT");

  let offset = inputs.length * 2 - 1;
  for (const [num, input] of inputs.entries()) {
    const breaks = terms
      .flatMap((t) => t.inputs)
      .filter((l) => l.name === input)
      .map((l) => baseY + l.ypos)
      .sort((a, b) => a - b);
    for (const yb of breaks)
      canvas.put(inputWidth + offset, yb, HORIZ.repeat(inputs.length * 2 - offset), "RIGHT");
    const yStart = num + 1;
    const maxBreak = breaks.length > 0 ? Math.max(...breaks) : yStart;
    // Every input feeds some term below the rails, so the branch is at least one cell long.
    const branch = [...VERT.repeat(maxBreak - yStart + 1)];
    for (const yb of breaks) if (yb - yStart < branch.length) branch[yb - yStart] = RBRANCH;
    branch[branch.length - 1] = RUP;
    canvas.put(inputWidth + offset, yStart, branch.join(""), "DOWN");
    offset -= 2;
  }

  const x = notAndStart + 7;
  let outY = outGateCenter;
  let breakX = Math.floor(terms.length / 2);
  for (const term of terms) {
    const first = term.inputs[0] as Literal;
    const last = term.inputs[term.inputs.length - 1] as Literal;
    const inY = baseY + Math.floor((first.ypos + last.ypos) / 2);
    const bend = x + Math.abs(breakX) + 1;
    canvas.put(x, inY, HORIZ.repeat(Math.abs(breakX) + 1), "RIGHT");
    canvas.put(bend, outY, HORIZ.repeat(Math.max(0, terms.length - Math.abs(breakX))), "RIGHT");
    if (inY < outY) canvas.put(bend, inY, LDOWN + VERT.repeat(outY - inY - 1) + RUP, "DOWN");
    else if (inY > outY) canvas.put(bend, outY, RDOWN + VERT.repeat(inY - outY - 1) + LUP, "DOWN");
    outY++;
    breakX--;
  }
  return canvas.toString();
}

function termValue(term: Term, assignments: Readonly<Record<string, number>>): number {
  const values = term.inputs.map((l) => {
    const v = assignments[l.name] as number;
    return l.neg ? 1 - v : v;
  });
  if (term.gate.name === "AND") return values.every((v) => v === 1) ? 1 : 0;
  if (term.gate.name === "NAND") return values.every((v) => v === 1) ? 0 : 1;
  return values.reduce((a, b) => a ^ b, 0);
}

function finalValue(gate: Gate, values: readonly number[]): number {
  if (gate.name === "OR") return values.some((v) => v === 1) ? 1 : 0;
  if (gate.name === "NOR") return values.some((v) => v === 1) ? 0 : 1;
  if (gate.name === "XOR") return values.reduce((a, b) => a + b, 0) % 2;
  return values.every((v) => v === 1) ? 1 : 0;
}

const configSchema = z.object({
  min_terms: z.number().int().min(1).default(3),
  max_terms: z.number().int().min(1).default(5),
  min_inputs: z.number().int().min(1).default(2),
  max_inputs: z.number().int().min(1).default(4),
  neg_prob: z.number().min(0).max(1).default(0.3),
  allow_reuse: z.boolean().default(true),
});
type CircuitConfig = z.infer<typeof configSchema>;

export const circuitLogic = defineLogicTask({
  name: "circuit_logic",
  category: "logic",
  curriculum: {
    terms: range("min_terms", "max_terms", [3, 5, 10, 20, 30], true),
    inputs: range("min_inputs", "max_inputs", [2, 4, 6, 8, 10], true),
  },
  description: "Evaluate a logic circuit drawn in ASCII for given input values.",
  config: configSchema,
  generate(rng, config) {
    const numTerms = rng.int(config.min_terms, config.max_terms);
    const finalGate = rng.pick(FINAL_GATES);
    const terms = drawTerms(rng, config, numTerms);
    const termStrings = terms.map(termString);
    const display = termStrings.map((t) => `(${t})`).join(finalGate.symbol);
    const diagram = drawCircuit(terms, finalGate, display);
    const inputs = [...new Set(terms.flatMap((t) => t.inputs.map((l) => l.name)))].sort();
    const assignments: Record<string, number> = {};
    for (const input of inputs) assignments[input] = rng.pick([0, 1]);
    const output = finalValue(
      finalGate,
      terms.map((t) => termValue(t, assignments)),
    );
    const legend = [
      "Legend for gates:",
      ...INTERNAL_GATES.map((g) => `${g.symbol.repeat(2)}: ${g.name}`),
      ...(config.neg_prob > 0 ? [">o: Negate"] : []),
      `${finalGate.symbol.repeat(2)}: ${finalGate.name}`,
    ];
    const lines = [
      "Below is a randomly generated logic circuit.\n",
      diagram,
      "\n",
      legend.join("\n"),
      "",
      "Given the following input assignments:",
      ...inputs.map((input) => `  ${input} = ${assignments[input]}`),
      "",
      "What is the final output?",
    ];
    return {
      question: lines.join("\n"),
      answer: String(output),
      metadata: {
        expression: display,
        assignments,
        term_strings: termStrings,
        final_gate: finalGate.name,
        inputs,
        difficulty: {
          terms: [config.min_terms, config.max_terms],
          inputs: [config.min_inputs, config.max_inputs],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    if (answer === entry.answer) return 1;
    if (answer.trim() === entry.answer) return entry.answer.length / answer.length;
    return 0;
  },
});
