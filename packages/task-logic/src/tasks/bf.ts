import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";
import { wordsOfLength } from "../words.js";

// Reasoning Gym: reasoning_gym/code/bf.py
// Scoring: RG's default (exact, or the contained fraction) on the program's output.
// Deviation: RG writes a small C-like program (kept in metadata.bfit_code, same templates and
// numbers) and compiles it to BF with the bundled BF-it compiler. prorl ships no compiler and
// emits its own BF for the same program: difficulty 1 builds each character of the word from
// the previous one with multiplication loops; difficulty 2 runs the accumulator loop in BF (a
// counter cell times x + y) and prints the cell in decimal; difficulty 3 runs it in two phases
// (x per step until the condition holds, then x + y) when the result fits a cell (<= 255), and
// otherwise prints the result's digits like a word. The programs are shorter than BF-it's.
// Words are 5-letter English words (word-list) where RG uses its Wordle list.
// The decimal printer is the classic divmod-by-10 routine (esolangs.org, "Brainfuck
// algorithms", public domain); it expects the value in the cell left of the pointer.

/** Prints the cell left of the pointer (0..255) in decimal; cells to the right must be 0. */
const PRINT_DECIMAL =
  ">++++++++++<<[->+>-[>+>>]>[+[-<+>]>+>>]<<<<<<]>>[-]>>>++++++++++<[->-[>+>>]>[+[-<+>]>+>>]<<<<<]>[-]>>[>++++++[-<++++++++>]<.<<+>+>[-]]<[<[->-<]++++++[->++++++++<]>.[-]]<<++++++[-<++++++++>]<.[-]<<[-<+>]<";

/** BF that sets the current cell (assumed 0) to `value` with a loop in the cell to its right. */
function setCell(value: number): string {
  if (value <= 12) return "+".repeat(value);
  let best = { f: 1, q: value, r: 0, cost: Number.POSITIVE_INFINITY };
  for (let f = 2; f <= 16; f++) {
    const q = Math.floor(value / f);
    const r = value - f * q;
    if (f + q + r < best.cost) best = { f, q, r, cost: f + q + r };
  }
  return `>${"+".repeat(best.f)}[<${"+".repeat(best.q)}>-]<${"+".repeat(best.r)}`;
}

/**
 * BF for `acc = 0; repeat count_k times: acc += step_k` over the phases, then print acc:
 * cell 0 is the loop counter, cell 1 the accumulator, cell 2 onwards the printer's scratch.
 */
function bfLoops(phases: readonly { count: number; step: number }[]): string {
  let out = "";
  for (const { count, step } of phases) {
    if (count === 0 || step === 0) continue;
    // The counter is set with a loop through cell 1 (the accumulator), so use cell 2 instead:
    // move right twice, build the count, move it to cell 0, come back.
    out += `>>${setCell(count)}[<<+>>-]<<`;
    out += `[>${"+".repeat(step)}<-]`;
  }
  return `${out}>>${PRINT_DECIMAL}`;
}

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

function program(difficulty: number, rng: Rng): { code: string; output: string; bf: string } {
  if (difficulty === 1) {
    const word = rng.pick(wordsOfLength(5, 5));
    return {
      code: `\nint main() {\n    print("${word}");\n}\n`,
      output: word,
      bf: bfPrinting(word),
    };
  }
  if (difficulty === 2) {
    const x = rng.int(1, 4);
    const y = rng.int(1, 5);
    const target = x * y * rng.int(1, 9) + rng.int(1, 9);
    let acc = 0;
    let count = 0;
    while (acc < target) {
      acc += x + y;
      count++;
    }
    return {
      code: `\nint main() {\n    int acc = 0;\n    int target = ${target};\n    int x = ${x};\n    int y = ${y};\n    while (acc < target) {\n        acc = acc + x;\n        acc = acc + y;\n    }\n    printint(acc);\n}\n`,
      output: String(acc),
      bf: bfLoops([{ count, step: x + y }]),
    };
  }
  const x = rng.int(1, 7);
  const y = rng.int(1, 9);
  const target = x * y * rng.int(1, 9) + rng.int(1, 9) + 50;
  const conditional = target - rng.int(1, 40);
  let acc = 0;
  let plain = 0; // steps that only add x
  let both = 0; // steps that add x + y
  while (acc < target) {
    acc += x;
    if (acc > conditional) {
      acc += y;
      both++;
    } else plain++;
  }
  return {
    code: `\nint main() {\n    int acc = 0;\n    int target = ${target};\n    int x = ${x};\n    int y = ${y};\n    while (acc < target) {\n        acc = acc + x;\n        if (acc > ${conditional}) {\n            acc = acc + y;\n        }\n    }\n    printint(acc);\n}\n`,
    output: String(acc),
    bf:
      acc <= 255
        ? bfLoops([
            { count: plain, step: x },
            { count: both, step: x + y },
          ])
        : bfPrinting(String(acc)),
  };
}

export const bf = defineLogicTask({
  name: "bf",
  category: "code",
  curriculum: { difficulty: scalar("difficulty", [1, 2, 3]) },
  description: "Predict the output of a Brainf*ck program.",
  config: z.object({ difficulty: z.number().int().min(1).max(3).default(1) }),
  generate(rng, config) {
    const { code, output, bf: bfProgram } = program(config.difficulty, rng);
    const answer = runBf(bfProgram);
    if (answer !== output) throw new Error(`bf: program prints ${answer}, expected ${output}`);
    return {
      question: rng.pick(TEMPLATES).replace("{bf_program}", bfProgram),
      answer,
      metadata: {
        bfit_code: code,
        bf_program: bfProgram,
        difficulty: { difficulty: config.difficulty },
      },
    };
  },
  score: scoreExactOrContained,
});
