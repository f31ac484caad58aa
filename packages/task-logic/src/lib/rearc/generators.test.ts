import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { F, objects, T } from "./dsl.js";
import { eq } from "./frozenset.js";
import { countObjects } from "./generator.js";
import {
  BudgetExceeded,
  type Example,
  isGrid,
  PyRandom,
  psoDifficulty,
  REARC_GENERATORS,
  REARC_TASK_IDS,
} from "./index.js";
import { REARC_VERIFIERS } from "./verifiers.js";

const KEYS = REARC_TASK_IDS;
const PER_GENERATOR = 3;
/**
 * Generators whose pairs fail RE-ARC's own verifier about a third of the time or more in
 * Python too (Reasoning Gym's RE-ARC, 300 pairs each at its difficulties: 5ad4f10b 136,
 * a64e4611 143, 32597951 114, 5daaa586 92 failures); they only count towards the overall rate.
 */
const OFTEN_FAILING_IN_RE_ARC = new Set(["5ad4f10b", "a64e4611", "32597951", "5daaa586"]);

function example(key: string, seed: number, lb = 0, ub = 0.1): Example {
  const gen = REARC_GENERATORS.get(key);
  if (!gen) throw new Error(`no generator ${key}`);
  return gen(new PyRandom(new Rng(seed, "rearc-test", key)), lb, ub);
}

describe("RE-ARC generators", () => {
  it("has one generator and one verifier per ARC training task", () => {
    expect(KEYS).toHaveLength(400);
    expect(Object.keys(REARC_VERIFIERS).sort()).toEqual([...KEYS].sort());
    expect([...KEYS].sort()).toEqual([...KEYS]);
  });

  it("is deterministic for a given stream", () => {
    for (const key of KEYS.slice(0, 40)) {
      expect(example(key, 7)).toEqual(example(key, 7));
    }
  });

  // RE-ARC's own generators do not always satisfy their verifiers (in Python 99.1% of pairs do
  // at Reasoning Gym's difficulties). Here every generator must produce valid grids and satisfy
  // its verifier at least once in three tries at low difficulty, and 98% of all pairs must.
  it("produces grids its RE-ARC verifier maps input to output", () => {
    let passed = 0;
    const neverPassed: string[] = [];
    for (const key of KEYS) {
      const verify = REARC_VERIFIERS[key];
      if (!verify) throw new Error(`no verifier ${key}`);
      let ok = 0;
      for (let seed = 0; seed < PER_GENERATOR; seed++) {
        const ex = example(key, seed);
        expect(isGrid(ex.input), `${key} input`).toBe(true);
        expect(isGrid(ex.output), `${key} output`).toBe(true);
        if (eq(verify(ex.input), ex.output)) ok++;
      }
      passed += ok;
      if (ok === 0 && !OFTEN_FAILING_IN_RE_ARC.has(key)) neverPassed.push(key);
    }
    expect(neverPassed).toEqual([]);
    expect(passed / (KEYS.length * PER_GENERATOR)).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  it("stops a generator that uses up its draw budget", () => {
    const gen = REARC_GENERATORS.get("7b6016b9");
    if (!gen) throw new Error("no generator");
    expect(() => gen(new PyRandom(new Rng(1), 5), 0, 0.2)).toThrow(BudgetExceeded);
  });

  it("counts objects as len(objects(grid, T, F, F))", () => {
    for (const key of KEYS.slice(0, 60)) {
      const ex = example(key, 1, 0.1, 0.2);
      expect(countObjects(ex.input), key).toBe(objects(ex.input, T, F, F).size);
    }
  });

  it("measures the PSO difficulty as RE-ARC does", () => {
    // Python: get_pso_difficulty({"input": ((1, 2), (2, 2)), "output": ((3,),)})
    //   == 0.3509259259259259: (5 pixels / 1800 + 3 colours / 10 + (2 / 4 + 1 / 1) / 2) / 3
    const pso = psoDifficulty({
      input: [
        [1, 2],
        [2, 2],
      ],
      output: [[3]],
    });
    expect(pso).toBeCloseTo(0.3509259259259259, 15);
  });
});
