import { Rng } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { countdown, foldExpression } from "./countdown.js";

describe("logic/countdown", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(countdown, {
      perturb: (answer) => `(${answer}) + 1`,
    });
    expect(failures).toEqual([]);
  });

  // As RG's Python package emits it (sympy prints the expression in its own order).
  const rgEntry = {
    question:
      "Using all the numbers 41, 90, 12, 29, create an expression that equals 397.\nYou can only use each number once.\n\nFinal answer format instructions:\n1. Provide your solution as a arithmetic expression (no '=' sign).\n2. Do not include the target number in the expression.\n3. Use '*' for multiplication.\n4. Use '/' for division.\n5. Do not include any other text or formatting.\n",
    answer: "-41 + 12*29 + 90",
    metadata: {
      source_dataset: "countdown",
      source_index: 0,
      numbers: [41, 90, 12, 29],
      target: 397,
      expression: "-41 + 12*29 + 90",
      difficulty: { numbers: [4, 6], target: [100, 999], value: [1, 100] },
    },
  };

  it("accepts any expression that uses every number once and hits the target", async () => {
    expect((await countdown.verify("<answer>-41 + 12*29 + 90</answer>", rgEntry)).reward).toBe(1);
    expect(countdown.scoreAnswer("90 - 41 + 29*12", rgEntry)).toBe(1);
    expect(countdown.scoreAnswer("(90 - 41) + (12 * 29)", rgEntry)).toBe(1);
    expect(countdown.scoreAnswer("29*12 + 90 - 41", rgEntry)).toBe(1);
    expect(countdown.scoreAnswer("29*12 + 90 - 41 + 0", rgEntry)).toBe(0.05);
    expect(countdown.scoreAnswer("29*12 + 90 - 40", rgEntry)).toBe(0.05);
  });

  it("gives RG's partial credit", () => {
    const entry = { ...rgEntry, metadata: { ...rgEntry.metadata, numbers: [3, 4, 5], target: 17 } };
    expect(countdown.scoreAnswer("3*4 + 5", entry)).toBe(1);
    expect(countdown.scoreAnswer("3*4 - 5", entry)).toBe(0.05); // wrong value
    expect(countdown.scoreAnswer("3*4 + 5 + 0", entry)).toBe(0.05); // extra number
    expect(countdown.scoreAnswer("12 + 5", entry)).toBe(0.05); // other numbers
    expect(countdown.scoreAnswer("3*4 + 5 = 17", entry)).toBe(0.01); // does not parse
    expect(countdown.scoreAnswer("3**2 + 4 + 5", entry)).toBe(0.01);
    expect(countdown.scoreAnswer("3*4 + 5/0", entry)).toBe(0.01);
    expect(countdown.scoreAnswer("3*4 + 05", entry)).toBe(0.01); // a Python syntax error
    expect(countdown.scoreAnswer("3*4\n+ 5", entry)).toBe(0.01); // so is a line break
    expect(countdown.scoreAnswer("(3*4\n+ 5)", entry)).toBe(1); // unless inside parentheses
    expect(countdown.scoreAnswer("3*4 + 5.0", entry)).toBe(0.05); // literals 3, 4, 5, 0
    expect(countdown.scoreAnswer("", entry)).toBe(0);
    expect(countdown.scoreAnswer(null, entry)).toBe(0);
  });

  it("stays bounded on hostile expressions", () => {
    const entry = { ...rgEntry, metadata: { ...rgEntry.metadata, numbers: [3, 4, 5], target: 17 } };
    const deep = `${"(".repeat(50_000)}3${")".repeat(50_000)}`;
    expect(countdown.scoreAnswer(deep, entry)).toBe(0.01);
    const huge = Array.from({ length: 2000 }, () => "99999999").join("*");
    expect(countdown.scoreAnswer(huge, entry)).toBe(0.01);
    expect(countdown.scoreAnswer(`${"-".repeat(5000)}3`, entry)).toBe(0.01);
  });

  it("folds expressions whose printed form evaluates to the target", () => {
    const rng = new Rng(9);
    for (let i = 0; i < 200; i++) {
      const numbers = [rng.int(1, 100), rng.int(1, 100), rng.int(1, 100), rng.int(1, 100)];
      const folded = foldExpression(rng, numbers, ["+", "-", "*", "/"]);
      const entry = {
        question: "",
        answer: null,
        metadata: { numbers: folded.numbers, target: folded.value },
      };
      expect(countdown.scoreAnswer(folded.expression, entry)).toBe(1);
    }
  });

  it("generates within the configured ranges, purely from (config, index)", () => {
    const config = { seed: 11, min_numbers: 3, max_numbers: 5, min_target: 50, max_target: 400 };
    const entries = countdown.dataset(config, 40);
    expect(countdown.dataset(config, 40)).toEqual(entries);
    for (const entry of entries) {
      const numbers = entry.metadata.numbers as number[];
      expect(numbers.length).toBeGreaterThanOrEqual(3);
      expect(numbers.length).toBeLessThanOrEqual(5);
      expect(entry.metadata.target).toBeGreaterThanOrEqual(50);
      expect(entry.question).toContain(numbers.join(", "));
    }
  });
});
