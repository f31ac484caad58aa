import { z } from "zod";
import { range, steps } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyRepr } from "../lib/grid.js";

// Reasoning Gym: reasoning_gym/games/boxnet.py
// A rows x cols field, one agent per square; for every colour, box_num boxes and as many
// targets dropped on random squares. `answer` is null: the verifier replays the plan (a JSON
// list of steps, each a map "Agent[x, y]" -> "move(box_colour, square[x', y'] | target_colour)")
// on the initial state exactly as RG's action_from_response does, so any plan that matches all
// boxes scores 1.0. Score: max(0.05, fraction of boxes matched) for parseable JSON, 0 otherwise.
// Where RG's replay raises on malformed actions (a step that is not a map, a value that is not a
// string, coordinates with fewer than two numbers, a move off the grid), that action is skipped
// here instead; a top-level value that is not a list scores 0.05. Work is linear in the answer.

const PROMPT = `
You are a central planner tasked with directing agents in a grid-like field to move colored boxes to their corresponding color-coded targets.
Each agent occupies a 1x1 square and can only interact with objects within its square. Agents can move a box to an adjacent square or
directly to a target square of the same color. A square may contain multiple boxes and targets. The squares are identified by their center
coordinates (e.g., square[0.5, 0.5]). Actions are formatted as: move(box_color, destination), where box_color is the color of the box and
destination is either a target of the same color or an adjacent square. Your objective is to create a sequence of action plans that instructs
each agent to match all boxes to their color-coded targets in the most efficient manner.

Please adhere to the following rules when specifying your action plan:
1. Single Action per Agent: Assign only one action to each agent at a time. However, the final answer shoule be a list of action plans for multiple steps.
2. Unique Agent Keys: Use unique keys for each agent in the JSON format action plan. The key should be the agent's coordinates in the format "Agent[x, y]".
3. Prioritize Matching Boxes to Targets: Always prioritize actions that will match a box to its target over moving a box to an adjacent square.
4. Sequential Action Planning: The whole returned answer should be a list of action plans for multiple steps, do not just return one step plan.
5. Clear Formatting: Ensure the action plan is clearly formatted in JSON, with each agent's action specified as a key-value pair.
6. Conflict Resolution: Ensure that no two agents are assigned actions that would interfere with each other.
7. Optimize Efficiency: Aim to minimize the number of moves required to match all boxes with their targets.

Here is the format for your action plan:
Please provide your final answer as a list of action dictionaries.
For example:
\`\`\`json
[{"Agent[0.5, 0.5]":"move(box_blue, square[0.5, 1.5])", "Agent[1.5, 0.5]":"move(box_red, target_red)"}, {"Agent[0.5, 1.5]":"move(box_blue, target_blue)", "Agent[2.5, 0.5]":"move...}, {...}...]
\`\`\`
Include an agent in the action plan only if it has a task to perform next.
`;

type State = Record<string, string[]>;

/** Python's str() of a float (the grid keys are "0.5_1.5"). */
function pyFloat(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e16 ? x.toFixed(1) : String(x);
}

/** Every match of the regex \d+\.?\d* in `text`, as floats. */
function floatsIn(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  const digit = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  while (i < text.length) {
    if (!digit(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && digit(i)) i++;
    if (text[i] === ".") {
      i++;
      while (i < text.length && digit(i)) i++;
    }
    out.push(Number(text.slice(start, i)));
  }
  return out;
}

/**
 * Python's re.match(r"move\((.*?),\s(.*?)\)", value): the shortest item followed by "," and a
 * whitespace, then the shortest location followed by ")", neither crossing a newline. Linear.
 */
function matchMove(value: string): [string, string] | null {
  if (!value.startsWith("move(")) return null;
  let stop = -1; // first ")" or "\n" at or after the last searched position: reused, so linear
  for (let k = 5; k < value.length && value[k] !== "\n"; k++) {
    if (value[k] !== "," || !/\s/.test(value[k + 1] ?? "")) continue;
    if (stop < k + 2) {
      stop = k + 2;
      while (stop < value.length && value[stop] !== ")" && value[stop] !== "\n") stop++;
    }
    if (value[stop] === ")") return [value.slice(5, k), value.slice(k + 2, stop)];
  }
  return null;
}

function removeFirst(items: string[], item: string): void {
  const at = items.indexOf(item);
  if (at >= 0) items.splice(at, 1);
}

/** Replays a plan on a copy of the state, as RG's action_from_response. */
export function replayPlan(initial: State, plan: unknown[]): State {
  const state: State = Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, [...v]]));
  for (const step of plan) {
    if (step === null || typeof step !== "object" || Array.isArray(step)) continue;
    const actions = new Map<string, { at: number[]; item: string; location: string | number[] }>();
    for (const [key, value] of Object.entries(step as Record<string, unknown>)) {
      if (typeof value !== "string") continue;
      const at = floatsIn(key);
      const move = matchMove(value);
      if (!move) continue;
      const [item, where] = move;
      actions.set(at.join(","), {
        at,
        item,
        location: where.includes("square") ? floatsIn(where) : where,
      });
    }
    for (const { at, item, location } of actions.values()) {
      if (at.length < 2) continue;
      const [x, y] = at as [number, number];
      const here = state[`${pyFloat(x)}_${pyFloat(y)}`];
      if (!here?.includes(item)) continue;
      if (typeof location === "string") {
        if (
          here.includes(location) &&
          item.startsWith("box_") &&
          location.startsWith("target_") &&
          item.slice(4) === location.slice(7)
        ) {
          removeFirst(here, item);
          removeFirst(here, location);
        }
      } else if (location.length >= 2) {
        const [tx, ty] = location as [number, number];
        const dx = Math.abs(x - tx);
        const dy = Math.abs(y - ty);
        const there = state[`${pyFloat(tx)}_${pyFloat(ty)}`];
        if (((dx === 0 && dy === 1) || (dx === 1 && dy === 0)) && there) {
          removeFirst(here, item);
          there.push(item);
        }
      }
    }
  }
  return state;
}

const countBoxes = (state: State) =>
  Object.values(state).reduce(
    (n, items) => n + items.filter((i) => i.startsWith("box_")).length,
    0,
  );

function surround(rows: number, cols: number, r: number, c: number): number[][] {
  const out: number[][] = [];
  for (const [i, j] of [
    [r - 1, c],
    [r + 1, c],
    [r, c - 1],
    [r, c + 1],
  ] as [number, number][])
    if (i >= 0 && i < rows && j >= 0 && j < cols) out.push([i + 0.5, j + 0.5]);
  return out;
}

/** A float list as Python prints it: [1.5, 0.5]. */
const floatList = (xs: number[]) => `[${xs.map(pyFloat).join(", ")}]`;

function describeState(rows: number, cols: number, state: State): string {
  let text = "";
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const items = state[`${pyFloat(i + 0.5)}_${pyFloat(j + 0.5)}`] ?? [];
      const actions: string[] = [];
      for (const box of items.filter((item) => item.startsWith("box"))) {
        for (const s of surround(rows, cols, i, j))
          actions.push(`move(${box}, square${floatList(s)})`);
        if (items.includes(`target${box.slice(3)}`))
          actions.push(`move(${box}, target${box.slice(3)})`);
      }
      text += `Agent[${pyFloat(i + 0.5)}, ${pyFloat(j + 0.5)}]: I am in square[${pyFloat(i + 0.5)}, ${pyFloat(j + 0.5)}], I can observe ${pyRepr(items)}, I can do ${pyRepr(actions)}\n`;
    }
  }
  return text;
}

/** A plan that matches every box, one action per step: walk each box to a target of its colour. */
function planFor(initial: State): Record<string, string>[] {
  const state: State = Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, [...v]]));
  const coords = (key: string) => key.split("_").map(Number) as [number, number];
  const plan: Record<string, string>[] = [];
  for (;;) {
    const from = Object.keys(state).find((k) => state[k]?.some((i) => i.startsWith("box_")));
    if (from === undefined) return plan;
    const box = state[from]?.find((i) => i.startsWith("box_")) as string;
    const target = `target_${box.slice(4)}`;
    const to = Object.keys(state).find((k) => state[k]?.includes(target));
    if (to === undefined) return plan; // unmatched box (cannot happen in generated entries)
    let [x, y] = coords(from);
    const [tx, ty] = coords(to);
    while (x !== tx || y !== ty) {
      const [nx, ny] = x !== tx ? [x + Math.sign(tx - x), y] : [x, y + Math.sign(ty - y)];
      plan.push({
        [`Agent[${pyFloat(x)}, ${pyFloat(y)}]`]: `move(${box}, square[${pyFloat(nx)}, ${pyFloat(ny)}])`,
      });
      removeFirst(state[`${pyFloat(x)}_${pyFloat(y)}`] as string[], box);
      state[`${pyFloat(nx)}_${pyFloat(ny)}`]?.push(box);
      [x, y] = [nx, ny];
    }
    plan.push({ [`Agent[${pyFloat(x)}, ${pyFloat(y)}]`]: `move(${box}, ${target})` });
    removeFirst(state[to] as string[], box);
    removeFirst(state[to] as string[], target);
  }
}

export const boxnet = defineLogicTask({
  name: "boxnet",
  category: "games",
  curriculum: {
    row_num: range("min_row_num", "max_row_num", steps(1, 9), true),
    column_num: range("min_column_num", "max_column_num", steps(1, 9), true),
    box_num: range("min_box_num", "max_box_num", steps(1, 9), true),
  },
  description: "Plan agents' moves that bring every coloured box to a target of its colour.",
  config: z.object({
    min_row_num: z.number().int().positive().default(1),
    max_row_num: z.number().int().positive().default(4),
    min_column_num: z.number().int().positive().default(2),
    max_column_num: z.number().int().positive().default(4),
    min_box_num: z.number().int().positive().default(1),
    max_box_num: z.number().int().positive().default(1),
    colour_list: z.array(z.string()).min(1).default(["red", "blue", "green"]),
  }),
  generate(rng, config) {
    const rows = rng.int(config.min_row_num, config.max_row_num);
    const cols = rng.int(config.min_column_num, config.max_column_num);
    const state: State = {};
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) state[`${pyFloat(i + 0.5)}_${pyFloat(j + 0.5)}`] = [];
    const square = (n: number) =>
      `${pyFloat(Math.floor(n / cols) + 0.5)}_${pyFloat((n % cols) + 0.5)}`;
    for (const colour of config.colour_list) {
      const count = rng.int(config.min_box_num, config.max_box_num);
      for (let k = 0; k < count; k++) {
        const box = rng.int(0, rows * cols - 1);
        const target = rng.int(0, rows * cols - 1);
        state[square(box)]?.push(`box_${colour}`);
        state[square(target)]?.push(`target_${colour}`);
      }
    }
    return {
      question: `${PROMPT}\n\nThe current left boxes and agents are: ${describeState(rows, cols, state)}\n`,
      answer: null,
      metadata: {
        row_num: rows,
        column_num: cols,
        initial_state: state,
        difficulty: {
          row_num: [config.min_row_num, config.max_row_num],
          column_num: [config.min_column_num, config.max_column_num],
          box_num: [config.min_box_num, config.max_box_num],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null) return 0;
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer);
    } catch {
      return 0;
    }
    const initial = entry.metadata.initial_state as State;
    const before = countBoxes(initial);
    if (!Array.isArray(parsed) || before === 0) return 0.05;
    const after = countBoxes(replayPlan(initial, parsed));
    return Math.max(0.05, (before - after) / before);
  },
  referenceAnswer(entry) {
    return JSON.stringify(planFor(entry.metadata.initial_state as State));
  },
});
