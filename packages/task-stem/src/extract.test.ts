import { describe, expect, it } from "vitest";
import { extractChoice, extractFinalAnswer } from "./extract.js";

const pick = (text: string, n = 4) => extractChoice(text, n);

describe("extractChoice", () => {
  it("reads 'Answer: X' in its usual dresses", () => {
    for (const text of [
      "Answer: C",
      "**Answer:** C",
      "The answer is (C).",
      "Final Answer: $\\boxed{\\text{C}}$",
      "answer: **C**",
      "ANSWER = C",
    ]) {
      expect(pick(text), text).toEqual({ letter: "C", source: "answer-line" });
    }
  });

  it("follows the documented priority: answer line > boxed > (X) > final lone letter", () => {
    expect(pick("\\boxed{B} ... Answer: D")?.letter).toBe("D");
    expect(pick("(A) looks wrong, so \\boxed{B}")).toEqual({ letter: "B", source: "boxed" });
    expect(pick("Between (A) and (C), I pick (C) because it fits")).toEqual({
      letter: "C",
      source: "parenthesized",
    });
    expect(pick("After all that, the best option is B.")).toEqual({
      letter: "B",
      source: "final-letter",
    });
    expect(pick("Answer: B\nActually, on reflection, Answer: A")?.letter).toBe("A");
  });

  it("ignores letters that are not offered, lower case, or part of a word", () => {
    expect(pick("Answer: E")).toBeNull();
    expect(pick("Answer: E", 5)?.letter).toBe("E");
    expect(pick("the answer is a bit unclear")).toBeNull();
    expect(pick("See Figure 3C")).toBeNull();
    expect(pick("It is in group IIA")).toBeNull();
    expect(pick("x = 4B")).toBeNull();
  });

  it("survives hostile input", () => {
    expect(pick("")).toBeNull();
    expect(pick(" \n\t ")).toBeNull();
    expect(pick("answer ".repeat(200_000))).toBeNull();
    expect(pick("(".repeat(500_000))).toBeNull();
    expect(pick("\\boxed{".repeat(100_000))).toBeNull();
    expect(pick("Ответ: B — 答案是 C")).toEqual({ letter: "C", source: "final-letter" });
  });
});

describe("extractFinalAnswer", () => {
  it("takes the last complete \\boxed{} first", () => {
    expect(extractFinalAnswer("first \\boxed{1} then \\boxed{2 m}")).toEqual({
      text: "2 m",
      source: "boxed",
    });
  });

  it("falls back to the last 'Answer:' line", () => {
    expect(extractFinalAnswer("work...\nFinal answer: **3.2 m/s**.\nThanks")).toEqual({
      text: "3.2 m/s",
      source: "answer-line",
    });
    expect(extractFinalAnswer("The answer is 42 J")?.text).toBe("42 J");
  });

  it("skips later mentions of 'answer' that carry no answer", () => {
    expect(extractFinalAnswer("Answer: 12 kg\nOther answers vary.")?.text).toBe("12 kg");
    const hostile = `answer:${" ".repeat(30)}\n`.repeat(30_000);
    const start = performance.now();
    expect(extractFinalAnswer(hostile)).toBeNull();
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("returns null when there is no marked answer", () => {
    expect(extractFinalAnswer("the speed is 3.2 m/s")).toBeNull();
    expect(extractFinalAnswer("\\boxed{}")).toBeNull();
    expect(extractFinalAnswer("answers vary")).toBeNull();
  });
});
