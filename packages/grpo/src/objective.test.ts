import { describe, expect, it } from "vitest";
import { aggregationNorm } from "./aggregation.js";
import { type AggregationMode, type KlEstimator, objectiveConfig } from "./config.js";
import { grpoObjective, type ObjectiveInputs } from "./objective.js";
import { type PlainBatch, plainObjective } from "./testing/reference.js";
import { reshape, rows, scalar, seededUniform, tf } from "./testing/tf.js";

describe("objectiveConfig", () => {
  it("fills in the ProRL defaults", () => {
    expect(objectiveConfig()).toEqual({
      clipLow: 0.2,
      clipHigh: 0.4,
      dualClip: null,
      logRatioBound: 20,
      aggregation: "token-mean",
      maxResponseLength: null,
      klEstimator: "k3",
      klCoef: 1e-3,
      klPlacement: "loss",
    });
    expect(() => objectiveConfig({ dualClip: 1 })).toThrow();
    expect(() => objectiveConfig({ aggregation: "mean" as AggregationMode })).toThrow();
  });
});

describe("grpoObjective by hand", () => {
  // row 0: A = 1, ratios 1.5 (clipped to 1.4) and 1; row 1: A = -1, ratio 0.5 (clipped to 0.8),
  // second token padding. KL: row 0 equals the reference; row 1 token 0 has d = ln 2.
  const inputs = (): ObjectiveInputs => ({
    logProbs: tf.tensor2d([
      [Math.log(1.5), 0],
      [Math.log(0.5), 0],
    ]),
    oldLogProbs: tf.zeros([2, 2]) as tf.Tensor2D,
    refLogProbs: tf.tensor2d([
      [Math.log(1.5), 0],
      [0, 0],
    ]),
    advantages: tf.tensor1d([1, -1]),
    mask: tf.tensor2d([
      [1, 1],
      [1, 0],
    ]),
  });
  it("token-mean policy loss + beta * token-mean k3", () => {
    const out = grpoObjective(inputs(), objectiveConfig({ klCoef: 0.1 }));
    const pg = (-1.4 - 1 + 0.8) / 3;
    const kl = (2 - Math.log(2) - 1) / 3;
    expect(scalar(out.policyLoss)).toBeCloseTo(pg, 6);
    expect(scalar(out.klLoss)).toBeCloseTo(kl, 6);
    expect(scalar(out.loss)).toBeCloseTo(pg + 0.1 * kl, 6);
  });
  it("seq-mean-token-mean: ((-1.4 - 1)/2 + 0.8) / 2", () => {
    const out = grpoObjective(
      inputs(),
      objectiveConfig({ klCoef: 0, aggregation: "seq-mean-token-mean" }),
    );
    expect(scalar(out.loss)).toBeCloseTo((-1.2 + 0.8) / 2, 6);
  });
  it("KL in the reward, or beta = 0, leaves it out of the loss and needs no reference", () => {
    const { refLogProbs: _ref, ...noRef } = inputs();
    for (const cfg of [{ klPlacement: "reward" as const }, { klCoef: 0 }]) {
      const out = grpoObjective(noRef, objectiveConfig(cfg));
      expect(scalar(out.klLoss)).toBe(0);
      expect(scalar(out.loss)).toBeCloseTo((-1.4 - 1 + 0.8) / 3, 6);
    }
    expect(() => grpoObjective(noRef, objectiveConfig())).toThrow("refLogProbs is required");
  });
});

/** A random batch with ratios near 1 and ragged masks, both as tensors and plain arrays. */
function randomBatch(seed: number, B: number, T: number) {
  const old = reshape(seededUniform(seed, B * T, -3, -0.1), B, T);
  const noise = reshape(seededUniform(seed + 1, B * T, -0.5, 0.5), B, T);
  const logp = old.map((row, i) => row.map((o, t) => o + (noise[i]?.[t] as number)));
  const ref = reshape(seededUniform(seed + 2, B * T, -3, -0.1), B, T);
  const adv = seededUniform(seed + 3, B, -1.5, 1.5);
  const lengths = seededUniform(seed + 4, B, 1, T + 1).map(Math.floor);
  const mask = lengths.map((n) => Array.from({ length: T }, (_, t) => (t < n ? 1 : 0)));
  const plain: PlainBatch = { logp, old, ref, adv, mask };
  return plain;
}

function tensors(b: PlainBatch): ObjectiveInputs {
  return {
    logProbs: tf.tensor2d(b.logp),
    oldLogProbs: tf.tensor2d(b.old),
    refLogProbs: tf.tensor2d(b.ref as number[][]),
    advantages: tf.tensor1d(b.adv),
    mask: tf.tensor2d(b.mask),
  };
}

/** Distance of a token's ratio to the nearest kink of the clipped loss (0.8, 1.4, c). */
function nearKink(b: PlainBatch, h: number): boolean {
  return b.logp.some((row, i) =>
    row.some((lp, t) => {
      const r = Math.exp(lp - (b.old[i]?.[t] as number));
      return [0.8, 1.4, 3].some((k) => Math.abs(r - k) < 4 * h * r);
    }),
  );
}

describe("gradient checks: tf.grad against finite differences", () => {
  const modes: AggregationMode[] = ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum-norm"];
  const estimators: KlEstimator[] = ["k1", "k2", "k3"];
  modes.forEach((aggregation, mi) => {
    estimators.forEach((klEstimator, ei) => {
      const s = 100 + 10 * (3 * mi + ei);
      it(`${aggregation}, ${klEstimator}, dual clip 3`, () => {
        const h = 1e-6;
        const batch = randomBatch(s, 4, 5);
        expect(nearKink(batch, h)).toBe(false);
        const cfg = objectiveConfig({ aggregation, klEstimator, klCoef: 0.3, dualClip: 3 });
        const inputs = tensors(batch);
        const grad = rows(
          tf.grad(
            (lp: tf.Tensor) => grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg).loss,
          )(inputs.logProbs),
        );
        // the float32 forward agrees with the float64 reference
        expect(scalar(grpoObjective(inputs, cfg).loss)).toBeCloseTo(
          plainObjective(batch, cfg).loss,
          5,
        );
        // central differences of the float64 reference loss
        batch.logp.forEach((row, i) => {
          row.forEach((_, t) => {
            const at = (delta: number) => {
              const logp = batch.logp.map((r) => [...r]);
              (logp[i] as number[])[t] = (logp[i]?.[t] as number) + delta;
              return plainObjective({ ...batch, logp }, cfg).loss;
            };
            const fd = (at(h) - at(-h)) / (2 * h);
            expect(grad[i]?.[t]).toBeCloseTo(fd, 5);
          });
        });
      });
    });
  });

  it("finite differences of the float32 tf loss itself", () => {
    const batch = randomBatch(7, 3, 4);
    const cfg = objectiveConfig({ klCoef: 0.5 });
    const inputs = tensors(batch);
    const f = (lp: tf.Tensor) =>
      grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg).loss;
    const grad = rows(tf.grad(f)(inputs.logProbs));
    const h = 1e-2;
    batch.logp.forEach((row, i) => {
      row.forEach((_, t) => {
        const bump = (d: number) =>
          scalar(
            f(
              tf.tensor2d(
                batch.logp.map((r, j) => r.map((x, u) => x + (j === i && u === t ? d : 0))),
              ),
            ),
          );
        const fd = (bump(h) - bump(-h)) / (2 * h);
        expect(Math.abs((grad[i]?.[t] as number) - fd)).toBeLessThan(2e-3);
      });
    });
  });
});

describe("properties of the policy gradient", () => {
  it("zero advantage gives zero policy gradient (KL off)", () => {
    const batch = randomBatch(21, 4, 6);
    const inputs = { ...tensors(batch), advantages: tf.zeros([4]) as tf.Tensor1D };
    const cfg = objectiveConfig({ klCoef: 0, dualClip: 3 });
    const g = tf.grad(
      (lp: tf.Tensor) => grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg).loss,
    )(inputs.logProbs);
    for (const x of g.dataSync()) expect(x === 0).toBe(true);
  });

  it("ratio 1 gives the REINFORCE gradient -(1/N) A_i m_it", () => {
    const batch = randomBatch(31, 5, 4);
    const onPolicy = { ...batch, old: batch.logp };
    const inputs = tensors(onPolicy);
    const cfg = objectiveConfig({ klCoef: 0, dualClip: 3 });
    const g = rows(
      tf.grad(
        (lp: tf.Tensor) => grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg).loss,
      )(inputs.logProbs),
    );
    const n = aggregationNorm(inputs.mask).tokens;
    batch.mask.forEach((row, i) => {
      row.forEach((m, t) => {
        expect(g[i]?.[t]).toBeCloseTo((-(batch.adv[i] as number) * m) / n, 6);
      });
    });
  });

  it("per-token advantages [B, T] broadcast the same as per-sequence [B]", () => {
    const batch = randomBatch(41, 3, 4);
    const inputs = tensors(batch);
    const perToken = tf.tile(tf.expandDims(inputs.advantages, 1), [1, 4]) as tf.Tensor2D;
    const cfg = objectiveConfig({ dualClip: 3 });
    expect(scalar(grpoObjective({ ...inputs, advantages: perToken }, cfg).loss)).toBeCloseTo(
      scalar(grpoObjective(inputs, cfg).loss),
      6,
    );
  });
});

describe("micro-batching the objective", () => {
  it("micro-batch losses and gradients sum to the full mini-batch's, for every aggregation", () => {
    const batch = randomBatch(71, 6, 5);
    const full = tensors(batch);
    const splits = [
      [0, 1],
      [1, 4],
      [4, 6],
    ];
    const part = (a: number, b: number) =>
      tensors({
        logp: batch.logp.slice(a, b),
        old: batch.old.slice(a, b),
        ref: (batch.ref as number[][]).slice(a, b),
        adv: batch.adv.slice(a, b),
        mask: batch.mask.slice(a, b),
      });
    const modes: AggregationMode[] = [
      "token-mean",
      "seq-mean-token-mean",
      "seq-mean-token-sum-norm",
    ];
    for (const aggregation of modes) {
      const cfg = objectiveConfig({ aggregation, klCoef: 0.2, dualClip: 3 });
      const lossAndGrad = (inputs: ObjectiveInputs, norm?: ReturnType<typeof aggregationNorm>) => {
        const { value, grad } = tf.valueAndGrad(
          (lp: tf.Tensor) =>
            grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg, norm).loss,
        )(inputs.logProbs);
        return { loss: scalar(value), grad: rows(grad) };
      };
      const whole = lossAndGrad(full);
      const parts = splits.map(([a, b]) => part(a as number, b as number));
      const norm = aggregationNorm(parts.map((p) => p.mask));
      const micro = parts.map((p) => lossAndGrad(p, norm));
      expect(micro.reduce((s, m) => s + m.loss, 0)).toBeCloseTo(whole.loss, 6);
      const stacked = micro.flatMap((m) => m.grad);
      stacked.forEach((row, i) => {
        row.forEach((x, t) => {
          expect(x).toBeCloseTo(whole.grad[i]?.[t] as number, 7);
        });
      });
    }
  });
});

describe("memory", () => {
  it("the objective and its gradient leave only their outputs behind", () => {
    const inputs = tensors(randomBatch(51, 3, 4));
    const cfg = objectiveConfig({ dualClip: 3 });
    const base = tf.memory().numTensors;
    const out = grpoObjective(inputs, cfg);
    expect(tf.memory().numTensors).toBe(base + 3);
    tf.dispose([out.loss, out.policyLoss, out.klLoss]);
    const g = tf.grad(
      (lp: tf.Tensor) => grpoObjective({ ...inputs, logProbs: lp as tf.Tensor2D }, cfg).loss,
    )(inputs.logProbs);
    expect(tf.memory().numTensors).toBe(base + 1);
    g.dispose();
    aggregationNorm(inputs.mask);
    expect(tf.memory().numTensors).toBe(base);
  });
});
