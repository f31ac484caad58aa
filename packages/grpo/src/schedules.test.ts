import { describe, expect, it } from "vitest";
import {
  constantLr,
  cosineLr,
  learningRate,
  linearWarmupLr,
  scheduleSchema,
  scheduleShapeSchema,
} from "./schedules.js";

describe("learning-rate schedules", () => {
  it("constant", () => {
    expect(constantLr(0, 2e-6)).toBe(2e-6);
    expect(learningRate({ type: "constant", lr: 2e-6 }, 12345)).toBe(2e-6);
  });
  it("linear warmup: lr * min(1, t / W)", () => {
    expect(linearWarmupLr(0, 1, 10)).toBe(0);
    expect(linearWarmupLr(5, 1, 10)).toBe(0.5);
    expect(linearWarmupLr(10, 1, 10)).toBe(1);
    expect(linearWarmupLr(20, 1, 10)).toBe(1);
    expect(linearWarmupLr(0, 1, 0)).toBe(1);
  });
  it("cosine: half way is half, the end is the floor", () => {
    expect(cosineLr(0, 1, 0, 100)).toBe(1);
    expect(cosineLr(50, 1, 0, 100)).toBeCloseTo(0.5, 12);
    expect(cosineLr(100, 1, 0, 100)).toBeCloseTo(0, 12);
    expect(cosineLr(150, 1, 0, 100)).toBeCloseTo(0, 12);
    expect(cosineLr(100, 1, 0, 100, 0.1)).toBeCloseTo(0.1, 12);
    expect(cosineLr(50, 1, 0, 100, 0.1)).toBeCloseTo(0.55, 12);
    // with warmup: linear until W, then the cosine over the remaining T - W steps
    expect(cosineLr(5, 1, 10, 110)).toBe(0.5);
    expect(cosineLr(60, 1, 10, 110)).toBeCloseTo(0.5, 12);
  });
  it("schedule configs validate", () => {
    const s = scheduleSchema.parse({ type: "cosine", lr: 1, totalSteps: 100 });
    expect(learningRate(s, 25)).toBeCloseTo(0.5 * (1 + Math.cos(Math.PI / 4)), 12);
    expect(() => scheduleSchema.parse({ type: "cosine", lr: 1 })).toThrow();
  });
  it("a shape without lr takes its rate from elsewhere and refuses unknown keys", () => {
    const shape = scheduleShapeSchema.parse({ type: "linear-warmup", warmupSteps: 10 });
    expect(learningRate({ ...shape, lr: 2 }, 5)).toBe(1);
    expect(() => scheduleShapeSchema.parse({ type: "constant", lr: 1 })).toThrow(/lr/);
  });
});
