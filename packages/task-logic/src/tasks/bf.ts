import type { Rng } from "@prorl/core";
import { z } from "zod";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { wordsOfLength } from "../words.js";

// Reasoning Gym: reasoning_gym/code/bf.py
// Scoring: RG's default (exact, or the contained fraction) on the program's output.
// Deviation: RG writes a small C-like program (kept in metadata.bfit_code, same templates and
// numbers) and compiles it to BF with the bundled BF-it compiler. prorl ships no compiler: it
// computes the program's output (the word, or the final accumulator for difficulties 2 and 3)
// and emits its own BF that prints it, building each character with multiplication loops from
// the previous one. So at difficulties 2 and 3 the BF prints the result rather than running the
// accumulator loop itself: the model still has to execute loops and cell arithmetic, but the
// programs are shorter than BF-it's. Words are 5-letter English words (word-list) where RG uses
// its Wordle list.

const TEMPLATES = [
  "This is a BF (Brainf*ck) computer program. What is the output?\n\n{bf_program}\n\nRespond only with the exact output of the program.",
  "Consider the following BF (Brainf*ck) code. What would it output?\n\n{bf_program}\n\nProvide only the exact output of the code.",
];

/** BF that prints `text` (8-bit cells), building each character from the previous one. */
export function bfPrinting(text: string): string {
  let out = "";
  let current = 0;
  for (const ch of text) {
    const target = ch.charCodeAt(0) & 0xff;
    const diff = target - current;
    const magnitude = Math.abs(diff);
    const op = diff > 0 ? "+" : "-";
    if (magnitude <= 12) out += op.repeat(magnitude);
    else {
      // Pick the loop factor that gives the shortest code: f * q + r = magnitude.
      let best = { f: 1, q: magnitude, r: 0, cost: Number.POSITIVE_INFINITY };
      for (let f = 2; f <= 16; f++) {
        const q = Math.floor(magnitude / f);
        const r = magnitude - f * q;
        const cost = f + q + r;
        if (cost < best.cost) best = { f, q, r, cost };
      }
      out += `>${"+".repeat(best.f)}[<${op.repeat(best.q)}>-]<${op.repeat(best.r)}`;
    }
    out += ".";
    current = target;
  }
  return out;
}

/** Runs a BF program (8-bit wrapping cells, 30,000 of them) and returns its output. */
export function runBf(program: string, maxSteps = 10_000_000): string {
  const tape = new Uint8Array(30_000);
  const jump = new Int32Array(program.length);
  const stack: number[] = [];
  for (let i = 0; i < program.length; i++) {
    if (program[i] === "[") stack.push(i);
    else if (program[i] === "]") {
      const open = stack.pop();
      if (open === undefined) throw new SyntaxError("unmatched ]");
      jump[open] = i;
      jump[i] = open;
    }
  }
  if (stack.length > 0) throw new SyntaxError("unmatched [");
  let ptr = 0;
  let out = "";
  let steps = 0;
  for (let pc = 0; pc < program.length; pc++) {
    if (++steps > maxSteps) throw new RangeError("step limit");
    switch (program[pc]) {
      case ">":
        ptr++;
        break;
      case "<":
        ptr--;
        break;
      case "+":
        tape[ptr] = ((tape[ptr] as number) + 1) & 0xff;
        break;
      case "-":
        tape[ptr] = ((tape[ptr] as number) - 1) & 0xff;
        break;
      case ".":
        out += String.fromCharCode(tape[ptr] as number);
        break;
      case "[":
        if (tape[ptr] === 0) pc = jump[pc] as number;
        break;
      case "]":
        if (tape[ptr] !== 0) pc = jump[pc] as number;
        break;
    }
  }
  return out;
}

function program(difficulty: number, rng: Rng): { code: string; output: string } {
  if (difficulty === 1) {
    const word = rng.pick(wordsOfLength(5, 5));
    return { code: `\nint main() {\n    print("${word}");\n}\n`, output: word };
  }
  if (difficulty === 2) {
    const x = rng.int(1, 4);
    const y = rng.int(1, 5);
    const target = x * y * rng.int(1, 9) + rng.int(1, 9);
    let acc = 0;
    while (acc < target) acc += x + y;
    return {
      code: `\nint main() {\n    int acc = 0;\n    int target = ${target};\n    int x = ${x};\n    int y = ${y};\n    while (acc < target) {\n        acc = acc + x;\n        acc = acc + y;\n    }\n    printint(acc);\n}\n`,
      output: String(acc),
    };
  }
  const x = rng.int(1, 7);
  const y = rng.int(1, 9);
  const target = x * y * rng.int(1, 9) + rng.int(1, 9) + 50;
  const conditional = target - rng.int(1, 40);
  let acc = 0;
  while (acc < target) {
    acc += x;
    if (acc > conditional) acc += y;
  }
  return {
    code: `\nint main() {\n    int acc = 0;\n    int target = ${target};\n    int x = ${x};\n    int y = ${y};\n    while (acc < target) {\n        acc = acc + x;\n        if (acc > ${conditional}) {\n            acc = acc + y;\n        }\n    }\n    printint(acc);\n}\n`,
    output: String(acc),
  };
}

export const bf = defineLogicTask({
  name: "bf",
  category: "code",
  description: "Predict the output of a Brainf*ck program.",
  config: z.object({ difficulty: z.number().int().min(1).max(3).default(1) }),
  generate(rng, config) {
    const { code, output } = program(config.difficulty, rng);
    const bfProgram = bfPrinting(output);
    return {
      question: rng.pick(TEMPLATES).replace("{bf_program}", bfProgram),
      answer: runBf(bfProgram),
      metadata: {
        bfit_code: code,
        bf_program: bfProgram,
        difficulty: { difficulty: config.difficulty },
      },
    };
  },
  score: scoreExactOrContained,
});
