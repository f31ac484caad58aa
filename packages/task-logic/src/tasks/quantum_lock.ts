import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";

// Reasoning Gym: reasoning_gym/graphs/quantum_lock.py
// Three buttons (add / subtract / multiply, each usable when the light is red, green or any);
// the light toggles on every press. The answer is a shortest button sequence from 0 (red) to
// the target, found by breadth-first search (states
// pruned when the target is out of reach, which RG's search does not do; same lengths). Scoring as RG: every letter A-C of the answer
// (upper-cased) is read as a press; 1.0 for the oracle's sequence or any sequence of the same
// length that reaches the target, 0.5 for a longer one that reaches it, else 0. As in RG's
// simulation, pressing a button that is not active in the current light does nothing.

interface Button {
  name: string;
  type: "add" | "subtract" | "multiply";
  value: number;
  active_state: "any" | "green" | "red";
}

const TEMPLATE = (start: number, state: string, target: number, buttons: string) => `\
In front of you are some buttons, a light, and a number. The light will toggle between red and green whenever you press a button. Each button performs a mathematical operation to the number, but the operation may depend on the state of the light.
You must press the shortest correct sequence of buttons to reach the target value. Your answer should be a sequence of buttons separated by '→', for example: A → B → C

Start: ${start} (${state})
Target: ${target}
Buttons:
${buttons}`;

const apply = (b: Button, v: number) =>
  b.type === "add" ? v + b.value : b.type === "subtract" ? v - b.value : v * b.value;

function puzzle(rng: Rng, difficulty: number) {
  for (;;) {
    const ops: { type: Button["type"]; values: number[] }[] = [
      { type: "add", values: difficulty >= 5 ? [2, 3] : [1, 2] },
      { type: "subtract", values: difficulty >= 5 ? [2, 3] : [1, 2] },
      { type: "multiply", values: difficulty >= 7 ? [2, 3] : [2] },
    ];
    const buttons: Button[] = [];
    while (buttons.length < 3) {
      const op = rng.pick(ops);
      const value = rng.pick(op.values);
      const w = rng.float() * 7; // weights any 4, green 2, red 1
      const active_state = w < 4 ? "any" : w < 6 ? "green" : "red";
      if (
        buttons.some(
          (b) => b.type === op.type && b.value === value && b.active_state === active_state,
        )
      )
        continue;
      buttons.push({
        name: String.fromCharCode(65 + buttons.length),
        type: op.type,
        value,
        active_state,
      });
    }
    const base = 5 + difficulty ** 1.5;
    const variance = rng.int(-Math.trunc(base * 0.2), Math.trunc(base * 0.3));
    const target = Math.max(8, Math.trunc(base + variance));
    const maxSteps = Math.min(15, 6 + Math.trunc(difficulty * 1.5));
    // Breadth-first search over (value, light), at most maxSteps presses. A state whose |value|
    // exceeds |target| + 3 x (presses left) is dropped: only add/subtract (at most 3) shrink |value|.
    const seen = new Set<string>(["0,true"]);
    let frontier: { v: number; red: boolean; path: string[] }[] = [{ v: 0, red: true, path: [] }];
    for (let depth = 0; frontier.length > 0; depth++) {
      const next: typeof frontier = [];
      for (const { v, red, path } of frontier) {
        if (v === target) return { buttons, target, solution: path };
        if (depth >= maxSteps) continue;
        for (const b of buttons) {
          if (b.active_state !== "any" && b.active_state !== (red ? "red" : "green")) continue;
          const nv = apply(b, v);
          const key = `${nv},${!red}`;
          if (seen.has(key) || Math.abs(nv) > Math.abs(target) + 3 * (maxSteps - depth - 1))
            continue;
          seen.add(key);
          next.push({ v: nv, red: !red, path: [...path, b.name] });
        }
      }
      frontier = next;
    }
  }
}

/** RG's simulate_sequence: inactive buttons do nothing and leave the light as it is. */
function simulate(metadata: Record<string, unknown>, presses: string[]): number {
  let value = Number(metadata.initial_value);
  let light = String(metadata.initial_state);
  const buttons = new Map((metadata.buttons as Button[]).map((b) => [b.name, b]));
  for (const press of presses) {
    const b = buttons.get(press);
    if (!b || (b.active_state !== "any" && b.active_state !== light)) continue;
    value = apply(b, value);
    light = light === "red" ? "green" : "red";
  }
  return value;
}

const presses = (text: string) =>
  [...text.toUpperCase()].filter((c) => c === "A" || c === "B" || c === "C");

export const quantumLock = defineLogicTask({
  name: "quantum_lock",
  category: "graphs",
  curriculum: { difficulty: scalar("difficulty", steps(1, 10)) },
  description: "Find the shortest button sequence that turns 0 into the target number.",
  config: z.object({ difficulty: z.number().int().positive().default(10) }),
  generate(rng, config) {
    const difficulty = rng.int(1, config.difficulty);
    const { buttons, target, solution } = puzzle(rng, difficulty);
    const title = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    const list = buttons
      .map((b) => `${b.name}: ${title(b.type)} ${b.value} (when ${b.active_state})`)
      .join("\n");
    return {
      question: TEMPLATE(0, "red", target, list),
      answer: solution.join(" → "),
      metadata: {
        solution_path: solution,
        target_value: target,
        buttons,
        initial_state: "red",
        initial_value: 0,
        difficulty: { difficulty },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = presses(answer);
    const oracle = presses(entry.answer);
    if (given.length === oracle.length && given.every((p, i) => p === oracle[i])) return 1;
    if (simulate(entry.metadata, given) !== Number(entry.metadata.target_value)) return 0;
    return given.length === oracle.length ? 1 : 0.5;
  },
});
