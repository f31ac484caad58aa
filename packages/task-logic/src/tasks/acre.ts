import type { Rng } from "@prorl/core";
import { z } from "zod";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/induction/acre/acre.py, blicket.py, const.py (after
// WellyZhang/ACRE). Blicket-detector experiments: six context trials (three habituation trials,
// three evidence trials of the "on-off-off" or "on-on-off" kind), then a query: a causal
// question about one object or an intervention on an "off" trial. The answer is "on", "off" or
// "undetermined". Scoring: RG's default (exact 1.0, oracle contained in a longer answer
// len(oracle)/len(answer), else 0).
// Differences: RG builds the whole data set from one seed (60% IID, 20% Comp over the first
// 24 objects, 20% Sys) and shuffles it; here item i is drawn on its own (regime by the same
// proportions, one of the context's four queries at random). RG's 48 CLEVR objects (shape x
// colour x material, acre_objects.json) are generated in the same order rather than shipped.
// Python set iteration order (object order inside a trial) is replaced by ascending order.

const SHAPES = ["cube", "cylinder", "sphere"];
const COLOURS = ["gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"];
const MATERIALS = ["rubber", "metal"];
const LIGHT = ["off", "undetermined", "on"] as const;

/** Object k of RG's acre_objects.json, as "colour material shape". */
export function objectText(k: number): string {
  const shape = SHAPES[Math.floor(k / 16)];
  const colour = COLOURS[Math.floor((k % 16) / 2)];
  const material = MATERIALS[k % 2];
  return `${colour} ${material} ${shape}`;
}

interface View {
  light: "on" | "off" | "no";
  objects: number[];
}

const minus = (a: Iterable<number>, b: Iterable<number>) => {
  const drop = new Set(b);
  return [...new Set(a)].filter((x) => !drop.has(x)).sort((x, y) => x - y);
};
const inter = (a: Iterable<number>, b: Iterable<number>) => {
  const keep = new Set(b);
  return [...new Set(a)].filter((x) => keep.has(x)).sort((x, y) => x - y);
};
const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const properSubset = (a: readonly number[], b: readonly number[]) =>
  a.length < b.length && a.every((x) => b.includes(x));

type Kind = "OnOffOff" | "OnOnOff";
const LIMITS: Record<Kind, [number, number, number, number]> = {
  OnOffOff: [2, 3, 3, 5],
  OnOnOff: [2, 4, 3, 4],
};

/** One blicket machine: its context trials and its four queries (label 0 off, 1 unknown, 2 on). */
function blicketContext(
  rng: Rng,
  kind: Kind,
  configSize: number,
  regime: "IID" | "Comp" | "Sys",
  train: boolean,
): { views: View[]; queries: { objects: number[]; label: number }[] } {
  const [minP, maxP, minN, maxN] = LIMITS[kind];
  const pNum = rng.int(minP, maxP);
  const nNum = rng.int(minN, maxN);
  const samples = rng.sample(
    Array.from({ length: configSize }, (_, i) => i),
    pNum + nNum,
  );
  const potential = samples.slice(0, pNum);
  const non = samples.slice(pNum);
  const blickets: number[] = [];
  const setBlickets: number[][] = [];
  const direct: number[] = [];
  const indirect: number[] = [];
  const screenOff: number[] = [];
  const addBlicket = (obj: number) => {
    potential.splice(potential.indexOf(obj), 1);
    blickets.push(obj);
  };
  const addSetBlicket = (set: number[]) => {
    const remove: number[][] = [];
    for (const already of setBlickets) {
      if (properSubset(set, already)) remove.push(already);
      if (properSubset(already, set)) remove.push(set);
    }
    setBlickets.push(set);
    for (const r of remove) {
      const at = setBlickets.indexOf(r);
      if (at >= 0) setBlickets.splice(at, 1);
    }
  };
  const unionSample = (union: number[]): [number[], number[]] => {
    const first = rng.sample(union, rng.int(1, union.length));
    const second = minus(union, first);
    const extra = rng.sample(first, rng.int(second.length > 0 ? 0 : 1, first.length));
    return [first, [...second, ...extra]];
  };
  const addNoise = (view: View) => {
    const count = rng.int(0, non.length - 1);
    view.objects.push(...rng.sample(non.slice(1), count));
  };

  // Habituation: a blicket alone (on), a non-blicket alone (off), both (on).
  const b = potential[0] as number;
  addBlicket(b);
  const nb = non[0] as number;
  const habituation: View[] = [
    { light: "on", objects: [b] },
    { light: "off", objects: [nb] },
    { light: "on", objects: [b, nb] },
  ];
  direct.push(b);
  screenOff.push(nb);

  let evidence: View[];
  if (kind === "OnOffOff") {
    const [firstOff, secondOff] = unionSample(non.slice(1));
    const onList = potential.slice();
    if (onList.length === 1) addBlicket(onList[0] as number);
    else addSetBlicket(onList.slice().sort((x, y) => x - y));
    const on: View = { light: "on", objects: onList.slice() };
    addNoise(on);
    evidence = [on, { light: "off", objects: firstOff }, { light: "off", objects: secondOff }];
    const offUnion = non.slice(1);
    const onDiff = minus(on.objects, offUnion);
    direct.push(...minus(offUnion, on.objects));
    screenOff.push(...inter(offUnion, on.objects));
    const onSet = [...new Set(on.objects)];
    if (onSet.length === 1) direct.push(...onSet);
    else if (onDiff.length === 1) indirect.push(...onDiff);
  } else {
    const off: View = { light: "off", objects: non.slice(1) };
    const [firstOn, secondOn] = unionSample(potential.slice());
    for (const on of [firstOn, secondOn])
      if (on.length === 1 && !blickets.includes(on[0] as number)) addBlicket(on[0] as number);
    for (const on of [firstOn, secondOn]) {
      if (inter(on, blickets).length > 0) continue;
      const set = on.slice().sort((x, y) => x - y);
      if (!setBlickets.some((s) => sameSet(s, set))) addSetBlicket(set);
    }
    const v1: View = { light: "on", objects: firstOn.slice() };
    const v2: View = { light: "on", objects: secondOn.slice() };
    addNoise(v1);
    addNoise(v2);
    evidence = [v1, v2, off];
    const onUnion = [...v1.objects, ...v2.objects];
    direct.push(...minus(off.objects, onUnion));
    screenOff.push(...inter(off.objects, onUnion));
    for (const v of [v1, v2])
      if (v.objects.length === 1 && !direct.includes(v.objects[0] as number))
        direct.push(v.objects[0] as number);
    for (const v of [v1, v2]) {
      const diff = minus(v.objects, off.objects);
      if (v.objects.length > 1 && diff.length === 1) {
        const obj = diff[0] as number;
        if (!indirect.includes(obj) && !direct.includes(obj)) indirect.push(obj);
      }
    }
  }
  const views = [...rng.shuffle(habituation), ...rng.shuffle(evidence)];

  // Causal queries: two single objects (direct, indirect, screened-off or potential).
  const soCut = regime === "Comp" ? 2 : regime === "Sys" && train ? 3 : 1;
  const upper = [direct.length, indirect.length, Math.max(screenOff.length - soCut, 0)];
  const potentialNum = Math.min(potential.length, 1);
  const total = 2 - potentialNum;
  if (upper.reduce((a, b) => a + b, 0) < total) throw new Error("acre: too few candidates");
  let counts: number[] = [];
  for (;;) {
    let residual = total;
    counts = [0, 0, 0];
    for (let i = 0; i < 2; i++) {
      counts[i] = rng.int(0, Math.min(upper[i] as number, residual));
      residual -= counts[i] as number;
    }
    if (residual <= (upper[2] as number)) {
      counts[2] = residual;
      break;
    }
  }
  const cause: { objects: number[]; label: number }[] = [
    ...rng
      .sample(direct, counts[0] as number)
      .map((o) => ({ objects: [o], label: blickets.includes(o) ? 2 : 0 })),
    ...rng.sample(indirect, counts[1] as number).map((o) => ({ objects: [o], label: 2 })),
    ...rng.sample(screenOff, counts[2] as number).map((o) => ({ objects: [o], label: 0 })),
    ...rng.sample(potential, potentialNum).map((o) => ({ objects: [o], label: 1 })),
  ];

  // Interventions: add an object (or a set blicket) to one "off" trial.
  const offViews = views.filter((v) => v.light === "off");
  const offView = rng.pick(offViews);
  const candidates: (number | number[])[] = [
    ...minus([...blickets, ...potential, ...non], offView.objects),
    ...setBlickets,
    ...minus(potential, offView.objects),
  ];
  const intervention = rng.sample(candidates, 2).map((p) => {
    const label = Array.isArray(p) ? 2 : blickets.includes(p) ? 2 : potential.includes(p) ? 1 : 0;
    return { objects: [...offView.objects, ...(Array.isArray(p) ? p : [p])], label };
  });
  return { views, queries: [...rng.shuffle(cause), ...rng.shuffle(intervention)] };
}

const describe = (objects: number[]) => objects.map(objectText).join(", ");

const PROMPT = (examples: string, input: string) =>
  `You are a researcher studying causal relationships using Blicket experiments. In these experiments, certain objects (called 'blickets') have the hidden property of activating a detector, causing its light to turn on.

Each example shows the results of placing different combinations of objects on the detector. Each object is described by color, material and shape. Your task is to determine whether a new combination of objects will cause the detector to activate.

After observing the previous examples, respond with:
- "on" if you can determine the detector light will turn on
- "off" if you can determine the detector light will stay off
- "undetermined" if there is insufficient evidence to reach a conclusion

Do not use quotation marks in your answer.

Previous experimental results:
${examples}

New test case:
${input}

What is the detector light status?`;

export const acre = defineLogicTask({
  name: "acre",
  category: "induction",
  description:
    "Infer from blicket-detector trials whether a new set of objects turns the light on.",
  config: z.object({ train: z.union([z.literal(0), z.literal(1)]).default(1) }),
  generate(rng, config) {
    const train = config.train === 1;
    for (;;) {
      const r = rng.float();
      const regime = r < 0.6 ? "IID" : r < 0.8 ? "Comp" : "Sys";
      const kind: Kind =
        regime === "Sys" ? (train ? "OnOffOff" : "OnOnOff") : rng.bool() ? "OnOffOff" : "OnOnOff";
      let context: ReturnType<typeof blicketContext>;
      try {
        context = blicketContext(rng, kind, regime === "Comp" ? 24 : 48, regime, train);
      } catch {
        continue; // RG's sanity checks would reject this machine too
      }
      const query = rng.pick(context.queries);
      const examples = context.views.map((v) => `${describe(v.objects)} → ${v.light}`).join("\n");
      return {
        question: PROMPT(examples, describe(query.objects)),
        answer: LIGHT[query.label] as string,
        metadata: {},
      };
    }
  },
  score: scoreExactOrContained,
});
