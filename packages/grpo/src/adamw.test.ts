import { describe, expect, it } from "vitest";
import { AdamW, adamMoments, adamwParamUpdate } from "./adamw.js";
import { tf } from "./testing/tf.js";

const opts = { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01 };
const values = (t: tf.Tensor) => Array.from(t.dataSync());

describe("AdamW formulas by hand", () => {
  it("moments: m = 0.9 m + 0.1 g, v = 0.999 v + 0.001 g^2", () => {
    const { m, v } = adamMoments(
      tf.tensor1d([1, 0]),
      tf.tensor1d([2, 0]),
      tf.tensor1d([3, -1]),
      0.9,
      0.999,
    );
    expect(values(m)).toEqual([expect.closeTo(1.2, 6), expect.closeTo(-0.1, 6)]);
    expect(values(v)).toEqual([expect.closeTo(2.007, 6), expect.closeTo(0.001, 6)]);
  });
  it("first step: bias correction makes the Adam step lr * sign(g); decay is decoupled", () => {
    // p (1 - 0.1 * 0.01) - 0.1 * g / |g|
    const p = adamwParamUpdate(
      tf.tensor1d([1, -2]),
      tf.tensor1d([0.05, 0.05]),
      tf.tensor1d([0.00025, 0.00025]),
      1,
      0.1,
      opts,
    );
    expect(values(p)).toEqual([expect.closeTo(0.899, 6), expect.closeTo(-2.098, 6)]);
  });
});

describe("AdamW optimizer", () => {
  const grads1 = () => ({ w: tf.tensor1d([0.5, 0.5]) });
  const grads2 = () => ({ w: tf.tensor1d([-0.5, 1.0]) });

  it("two steps by hand", () => {
    const w = tf.variable(tf.tensor1d([1, -2]));
    const opt = new AdamW(opts);
    opt.apply({ w }, grads1());
    expect(values(w)).toEqual([expect.closeTo(0.899, 6), expect.closeTo(-2.098, 6)]);
    opt.apply({ w }, grads2());
    // m = (-0.005, 0.145), v = (0.00049975, 0.00124975), bias corrections 0.19 and 0.001999:
    // 0.899 * 0.999 + 0.1 * 0.0263158 / 0.5 and -2.098 * 0.999 - 0.1 * 0.763158 / 0.790688
    expect(values(w)).toEqual([expect.closeTo(0.903364, 5), expect.closeTo(-2.19242, 5)]);
    expect(opt.step).toBe(2);
  });

  it("weight decay alone shrinks a parameter with zero gradient by (1 - lr lambda)", () => {
    const w = tf.variable(tf.tensor1d([2]));
    new AdamW({ ...opts, weightDecay: 0.5 }).apply({ w }, { w: tf.tensor1d([0]) });
    expect(values(w)[0]).toBeCloseTo(2 * (1 - 0.05), 6);
  });

  it("lr passed to apply overrides options.lr", () => {
    const w = tf.variable(tf.tensor1d([1]));
    new AdamW({ ...opts, weightDecay: 0 }).apply({ w }, { w: tf.tensor1d([3]) }, 0.5);
    expect(values(w)[0]).toBeCloseTo(0.5, 6);
  });

  it("serialises and restores: a restored optimizer continues identically", async () => {
    const a = tf.variable(tf.tensor1d([1, -2]));
    const opt = new AdamW(opts);
    opt.apply({ w: a }, grads1());
    const state = await opt.serialize();
    expect(state.step).toBe(1);
    expect(Array.from(state.moments.w?.m ?? [])).toEqual([
      expect.closeTo(0.05, 7),
      expect.closeTo(0.05, 7),
    ]);
    // through JSON-like copies, as a checkpoint would
    const copy = structuredClone(state);
    const b = tf.variable(tf.tensor1d(Array.from(a.dataSync())));
    const resumed = new AdamW(opts);
    resumed.restore(copy);
    opt.apply({ w: a }, grads2());
    resumed.apply({ w: b }, grads2());
    expect(values(b)).toEqual(values(a));
    expect(resumed.step).toBe(2);
  });

  it("reset re-initialises the state: the next step is a first step again", () => {
    const w = tf.variable(tf.tensor1d([1, -2]));
    const opt = new AdamW(opts);
    opt.apply({ w }, grads1());
    opt.apply({ w }, grads2());
    opt.reset();
    expect(opt.step).toBe(0);
    const before = values(w);
    opt.apply({ w }, { w: tf.tensor1d([0.3, -7]) });
    // lr * sign(g) plus decay, regardless of the history
    expect(values(w)).toEqual([
      expect.closeTo((before[0] as number) * 0.999 - 0.1, 5),
      expect.closeTo((before[1] as number) * 0.999 + 0.1, 5),
    ]);
  });

  it("rejects unknown parameters, wrong shapes and bad state", async () => {
    const w = tf.variable(tf.tensor1d([1, 2]));
    const opt = new AdamW(opts);
    expect(() => opt.apply({ w }, { u: tf.tensor1d([1, 2]) })).toThrow("unknown parameter u");
    expect(() => opt.apply({ w }, { w: tf.tensor1d([1]) })).toThrow("has shape");
    const state = await opt.serialize();
    expect(() =>
      opt.restore({
        ...state,
        moments: { w: { shape: [3], m: new Float32Array(2), v: new Float32Array(2) } },
      }),
    ).toThrow("does not match");
  });
});

describe("AdamW memory", () => {
  it("holds two moment tensors per parameter and leaks nothing per step, restore or reset", async () => {
    const w = tf.variable(
      tf.tensor2d([
        [1, 2],
        [3, 4],
      ]),
    );
    const opt = new AdamW(opts);
    const g = tf.ones([2, 2]);
    const base = tf.memory().numTensors;
    opt.apply({ w }, { w: g });
    expect(tf.memory().numTensors).toBe(base + 2);
    for (let i = 0; i < 3; i++) opt.apply({ w }, { w: g });
    expect(tf.memory().numTensors).toBe(base + 2);
    opt.restore(await opt.serialize());
    expect(tf.memory().numTensors).toBe(base + 2);
    opt.reset();
    expect(tf.memory().numTensors).toBe(base);
  });
});
