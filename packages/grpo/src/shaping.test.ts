import { describe, expect, it } from "vitest";
import {
  nonTerminatedPenaltySchema,
  nonTerminatedReward,
  overlongBufferPenalty,
  shapeReward,
} from "./shaping.js";

describe("nonTerminatedReward", () => {
  it("multiply: r * factor for truncated responses only", () => {
    expect(nonTerminatedReward(1, "length", { mode: "multiply", factor: 0.5 })).toBe(0.5);
    expect(nonTerminatedReward(0.8, "length", { mode: "multiply", factor: 0 })).toBe(0);
    expect(nonTerminatedReward(1, "stop", { mode: "multiply", factor: 0.5 })).toBe(1);
  });
  it("replace: the reward becomes the given value", () => {
    expect(nonTerminatedReward(1, "length", { mode: "replace", value: -1 })).toBe(-1);
    expect(nonTerminatedReward(0, "length", { mode: "replace", value: 0 })).toBe(0);
    expect(nonTerminatedReward(0.3, "stop", { mode: "replace", value: -1 })).toBe(0.3);
  });
});

describe("overlongBufferPenalty: -(L - (L_max - L_buf)) / L_buf * f, within [-f, 0]", () => {
  const dapo = { maxLength: 20480, bufferLength: 4096, penaltyFactor: 1 };
  it("DAPO's numbers by hand", () => {
    expect(overlongBufferPenalty(10000, dapo)).toBe(0);
    expect(overlongBufferPenalty(16384, dapo)).toBe(0);
    expect(overlongBufferPenalty(18432, dapo)).toBe(-0.5);
    expect(overlongBufferPenalty(20480, dapo)).toBe(-1);
    expect(overlongBufferPenalty(30000, dapo)).toBe(-1);
    expect(overlongBufferPenalty(17408, { ...dapo, penaltyFactor: 0.4 })).toBeCloseTo(-0.1, 12);
  });
  it("rejects a buffer longer than the cap", () => {
    expect(() => overlongBufferPenalty(1, { ...dapo, bufferLength: 30000 })).toThrow(
      "bufferLength <= maxLength",
    );
  });
});

describe("shapeReward", () => {
  it("applies both terms", () => {
    const shaping = {
      nonTerminated: { mode: "multiply" as const, factor: 0 },
      overlong: { maxLength: 8192, bufferLength: 1024, penaltyFactor: 1 },
    };
    expect(shapeReward(1, { length: 7680, finishReason: "stop" }, shaping)).toBe(0.5);
    expect(shapeReward(1, { length: 8192, finishReason: "length" }, shaping)).toBe(-1);
    expect(shapeReward(0.7, { length: 100, finishReason: "stop" }, {})).toBe(0.7);
  });
});

describe("nonTerminatedPenaltySchema", () => {
  it("takes either mode and refuses a mixed one", () => {
    expect(nonTerminatedPenaltySchema.parse({ mode: "replace", value: 0 })).toEqual({
      mode: "replace",
      value: 0,
    });
    expect(() => nonTerminatedPenaltySchema.parse({ mode: "replace", factor: 0 })).toThrow();
  });
});
