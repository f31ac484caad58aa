import { describe, expect, it } from "vitest";
import { AdamW } from "./adamw.js";
import { objectiveConfig } from "./config.js";
import { grpoObjective } from "./objective.js";
import { ReferenceResetController } from "./reset.js";
import { scalar, seededUniform, tf } from "./testing/tf.js";

const options = {
  patience: 2,
  minImprovement: 0.01,
  degradeThreshold: 0.05,
  cooldown: 10,
};

describe("ReferenceResetController", () => {
  it("stagnation: patience validations without a gain of minImprovement", () => {
    const c = new ReferenceResetController(options);
    expect(c.observe(0, 0.5).reset).toBe(false); // first value
    expect(c.observe(10, 0.52).reset).toBe(false); // +0.02: improvement, best 0.52
    expect(c.observe(20, 0.525).reset).toBe(false); // +0.005 < 0.01: 1 of 2
    const d = c.observe(30, 0.52); // 2 of 2
    expect(d).toMatchObject({ reset: true, reason: "stagnation" });
    expect(c.log).toEqual([
      expect.objectContaining({ step: 30, reason: "stagnation", value: 0.52, best: 0.52 }),
    ]);
  });

  it("small gains do not move the best value, so a slow creep still counts as stagnation", () => {
    const c = new ReferenceResetController(options);
    c.observe(0, 0.5);
    expect(c.observe(20, 0.506).reset).toBe(false);
    expect(c.observe(40, 0.509).reset).toBe(true); // 0.009 over 0.5: still below 0.01
  });

  it("degradation beyond the threshold, held back during the cool-down", () => {
    const c = new ReferenceResetController(options);
    c.observe(0, 0.5);
    c.observe(10, 0.5);
    expect(c.observe(20, 0.5).reason).toBe("stagnation"); // reset at 20, best 0.5
    const early = c.observe(25, 0.4); // 0.1 worse, but 25 - 20 < 10
    expect(early).toMatchObject({ reset: false, detail: "cooling down" });
    const d = c.observe(30, 0.4);
    expect(d).toMatchObject({ reset: true, reason: "degradation" });
    expect(d.detail).toContain("threshold 0.05");
    expect(c.log.map((e) => [e.step, e.reason])).toEqual([
      [20, "stagnation"],
      [30, "degradation"],
    ]);
  });

  it("a drop within the threshold is not a degradation", () => {
    const c = new ReferenceResetController({ ...options, patience: 10 });
    c.observe(0, 0.5);
    expect(c.observe(10, 0.46).reset).toBe(false);
  });

  it("manual trigger: honoured at the next observe or check, even in the cool-down", () => {
    const c = new ReferenceResetController(options);
    expect(c.check(1)).toMatchObject({ reset: false });
    c.observe(0, 0.5);
    c.requestReset("operator asked");
    expect(c.observe(2, 0.6)).toMatchObject({ reset: true, reason: "manual" });
    c.requestReset();
    expect(c.check(3)).toMatchObject({ reset: true, reason: "manual" });
    expect(c.log.map((e) => e.detail)).toEqual(["manual: operator asked", "manual: requested"]);
    expect(c.log[1]?.value).toBeNull();
  });

  it("auto off: only manual resets", () => {
    const c = new ReferenceResetController({ ...options, auto: false });
    for (let s = 0; s < 10; s++) expect(c.observe(s * 100, 0.5 - s * 0.1).reset).toBe(false);
    c.requestReset();
    expect(c.check(2000).reset).toBe(true);
  });

  it("direction min: lower is better (a validation loss)", () => {
    const c = new ReferenceResetController({ ...options, direction: "min" });
    c.observe(0, 1.0);
    expect(c.observe(10, 0.9).reset).toBe(false); // improved
    expect(c.observe(20, 1.0)).toMatchObject({ reset: true, reason: "degradation" });
  });

  it("state round-trips: a restored controller decides the same", () => {
    const a = new ReferenceResetController(options);
    a.observe(0, 0.5);
    a.observe(10, 0.505);
    const b = new ReferenceResetController(options);
    b.restore(structuredClone(a.state()));
    expect(b.observe(20, 0.5)).toEqual(a.observe(20, 0.5));
    expect(b.log).toEqual(a.log);
  });

  it("rejects a non-finite validation value", () => {
    expect(() => new ReferenceResetController().observe(5, Number.NaN)).toThrow("step 5 is NaN");
  });
});

describe("a reset, carried out by a trainer, zeroes the KL term on the next step", () => {
  // toy policy: logits = x W over a 5-token vocabulary; logp of the sampled tokens
  const B = 3;
  const T = 4;
  const D = 6;
  const V = 5;
  const x = tf.tensor3d(seededUniform(1, B * T * D, -1, 1), [B, T, D]);
  const tokens = tf.tensor2d(seededUniform(2, B * T, 0, V).map(Math.floor), [B, T], "int32");
  const mask = tf.tensor2d([
    [1, 1, 1, 1],
    [1, 1, 0, 0],
    [1, 1, 1, 0],
  ]);
  const advantages = tf.tensor1d([1, -0.5, 0.25]);
  const logProbsOf = (w: tf.Tensor) =>
    tf.tidy(() => {
      const logits = tf.reshape(tf.matMul(tf.reshape(x, [B * T, D]), w), [B, T, V]);
      const lp = tf.logSoftmax(logits);
      return tf.sum(tf.mul(lp, tf.oneHot(tokens, V)), -1) as tf.Tensor2D;
    });

  it("reference <- policy and a fresh optimizer: KL loss exactly 0 and no KL gradient", () => {
    const cfg = objectiveConfig({ klCoef: 0.1 });
    const w = tf.variable(tf.tensor2d(seededUniform(3, D * V, -0.5, 0.5), [D, V]));
    const wRef = tf.variable(w.clone());
    const opt = new AdamW({ lr: 0.05 });
    const controller = new ReferenceResetController({ auto: false });
    const step = () => {
      const old = logProbsOf(w);
      const ref = logProbsOf(wRef);
      const { value, grads } = tf.variableGrads(
        () =>
          grpoObjective(
            { logProbs: logProbsOf(w), oldLogProbs: old, refLogProbs: ref, advantages, mask },
            cfg,
          ).klLoss,
        [w],
      );
      const kl = scalar(value);
      opt.apply({ w }, { w: grads[w.name] as tf.Tensor });
      return { kl, klGrad: grads[w.name] as tf.Tensor };
    };
    // train a few steps on the KL term plus the policy term so the policy drifts
    for (let i = 0; i < 3; i++) {
      const { grads } = tf.variableGrads(
        () =>
          grpoObjective(
            {
              logProbs: logProbsOf(w),
              oldLogProbs: logProbsOf(wRef),
              refLogProbs: logProbsOf(wRef),
              advantages,
              mask,
            },
            cfg,
          ).loss,
        [w],
      );
      opt.apply({ w }, { w: grads[w.name] as tf.Tensor });
    }
    expect(step().kl).toBeGreaterThan(0);

    controller.requestReset("test");
    const decision = controller.check(4);
    expect(decision.reset).toBe(true);
    wRef.assign(w); // the trainer: reference <- policy
    opt.reset(); // the trainer: optimizer state re-initialised
    expect(opt.step).toBe(0);

    const after = step();
    expect(after.kl).toBe(0);
    for (const g of after.klGrad.dataSync()) expect(g === 0).toBe(true);
    expect(opt.step).toBe(1);
  });
});
