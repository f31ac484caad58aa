import { describe, expect, it } from "vitest";
import { extractMathAnswer } from "./extract.js";
import { verifyMath } from "./verify.js";

describe("extractMathAnswer", () => {
  it("strict: the last box after the last </think>", () => {
    const r = extractMathAnswer("<think>\\boxed{1}</think> so \\boxed{2} and \\boxed{3}", "strict");
    expect(r?.answer).toBe("3");
    expect(r?.candidates).toEqual(["2", "3"]);
  });
  it("strict: boxes inside the think block do not count", () => {
    expect(extractMathAnswer("<think>\\boxed{1}</think> the answer is 1", "strict")).toBeNull();
  });
  it("strict: nested boxes are one answer", () => {
    expect(extractMathAnswer("\\boxed{\\boxed{6}}", "strict")?.candidates).toEqual(["\\boxed{6}"]);
  });
  it("strict: \\fbox and the brace-less \\boxed 5", () => {
    expect(extractMathAnswer("so \\fbox{7}", "strict")?.answer).toBe("7");
    expect(extractMathAnswer("so $\\boxed 5$", "strict")?.answer).toBe("5");
  });
  it("lenient: final answer phrase, answer phrase, ####, last math, last number", () => {
    expect(
      extractMathAnswer("Final Answer: The final answer is $\\frac{1}{2}$. I hope", "lenient")
        ?.answer,
    ).toBe("\\frac{1}{2}");
    expect(extractMathAnswer("Final Answer: The largest $n$ is 34.", "lenient")?.answer).toBe("34");
    expect(extractMathAnswer("so the answer is 17", "lenient")?.answer).toBe("17");
    expect(extractMathAnswer("blah\n#### 42", "lenient")?.answer).toBe("42");
    expect(extractMathAnswer("We get \\[ x = 9 \\] in the end", "lenient")?.answer).toBe("x = 9");
    expect(extractMathAnswer("first $x$ then 12 apples", "lenient")?.answer).toBe("12");
    expect(extractMathAnswer("the probability is 2/3.", "lenient")?.answer).toBe("2/3");
    expect(extractMathAnswer("no numbers here", "lenient")).toBeNull();
  });
  it("lenient: a final-answer line after boxed working wins over the boxes", () => {
    const r = extractMathAnswer(
      "$\\boxed{200}$ then $\\boxed{255}$. Final Answer: The final answer is $10,455$.",
      "lenient",
    );
    expect(r?.answer).toBe("10,455");
  });
  it("lenient: a displayed derivation ends with its result", () => {
    const aligned = "So\n$$\n\\begin{aligned}\n4 x & =17 \\\\\nx & =4.25\n\\end{aligned}\n$$";
    expect(extractMathAnswer(aligned, "lenient")?.answer).toBe("x =4.25");
    expect(verifyMath(aligned, "4.25", { mode: "lenient" }).correct).toBe(true);
    const chain = "$$\\begin{aligned} S & =2+3 \\\\ & =5 \\end{aligned}$$";
    expect(verifyMath(chain, "5", { mode: "lenient" }).correct).toBe(true);
    expect(verifyMath(chain, "2", { mode: "lenient" }).correct).toBe(false);
  });
  it("lenient: \\framebox{} is a box around the answer", () => {
    expect(verifyMath("The answer is $\\framebox{204}$", "204", { mode: "lenient" }).correct).toBe(
      true,
    );
  });
  it("lenient: numbers glued to letters are not answers", () => {
    expect(extractMathAnswer("AZYUK2A", "lenient")).toBeNull();
  });
  it("is linear on adversarial input", () => {
    const inputs = [
      "\\boxed{".repeat(20_000),
      "$".repeat(100_000),
      "1,".repeat(50_000),
      "final answer is ".repeat(10_000),
      "\\(".repeat(50_000),
    ];
    for (const text of inputs) {
      const start = performance.now();
      extractMathAnswer(text, "lenient");
      expect(performance.now() - start).toBeLessThan(3000); // generous for a loaded CI machine
    }
  });
});

describe("verifyMath", () => {
  it("scores a correct boxed answer 1 and a wrong one 0", () => {
    expect(verifyMath("so \\boxed{\\frac{1}{2}}", "0.5")).toMatchObject({
      reward: 1,
      correct: true,
    });
    expect(verifyMath("so \\boxed{0.49}", "\\frac{1}{2}")).toMatchObject({
      reward: 0,
      correct: false,
    });
  });
  it("strict: no box is reward 0 with reason 'no boxed answer'", () => {
    const v = verifyMath("The answer is 4.", "4");
    expect(v).toMatchObject({ reward: 0, reason: "no boxed answer" });
    expect(verifyMath("The answer is 4.", "4", { mode: "lenient" }).reward).toBe(1);
  });
  it("an empty box scores 0", () => {
    expect(verifyMath("\\boxed{}", "7").reward).toBe(0);
    expect(verifyMath("\\boxed{ }", "7").reward).toBe(0);
  });
  it("several different boxes against a single gold: hedging scores 0", () => {
    const v = verifyMath("It is \\boxed{3} or maybe \\boxed{4}.", "4");
    expect(v.reward).toBe(0);
    expect(v.reason).toMatch(/different boxed answers/);
    expect(verifyMath("\\boxed{4} ... \\boxed{4}", "4").reward).toBe(1);
    expect(verifyMath("\\boxed{0.5} ... \\boxed{\\frac12}", "1/2").reward).toBe(1);
  });
  it("several boxes together answer a gold with several answers", () => {
    expect(verifyMath("\\boxed{1} and \\boxed{3}", "1, 3").reward).toBe(1);
    expect(verifyMath("\\boxed{3}, \\boxed{1}", "\\{1, 3\\}").reward).toBe(1);
    expect(verifyMath("\\boxed{1} and \\boxed{2}", "1, 3").reward).toBe(0);
    expect(verifyMath("\\boxed{1, 2} and \\boxed{3}", "1, 2, 3").reward).toBe(1);
    expect(verifyMath("\\boxed{(1, 2)} and \\boxed{(3, 4)}", "(3, 4), (1, 2)").reward).toBe(1);
  });
  it("the known traps score 0", () => {
    expect(verifyMath("\\boxed{\\frac{1}{2006!}}", "\\frac{1}{2004!}").reward).toBe(0);
    expect(verifyMath("\\boxed{y = 2x + 1}", "y = 2x - 1").reward).toBe(0);
    expect(verifyMath("\\boxed{0.49}", "\\frac{1}{2}").reward).toBe(0);
    expect(verifyMath("\\boxed{2} or \\boxed{5}", "5").reward).toBe(0);
    expect(verifyMath("\\boxed{x^2 - 5x + 6 < 0}", "2 < x < 3").reward).toBe(0);
    expect(verifyMath("\\boxed{2x + 1 > 5}", "x > 2").reward).toBe(0);
    expect(verifyMath("\\boxed{2x + 1 = 5}", "x = 2").reward).toBe(0);
    expect(verifyMath("\\boxed{}", "3").reward).toBe(0);
  });
  it("strict: a response cut off inside <think> has no final answer", () => {
    const v = verifyMath("<think>so maybe \\boxed{42}", "42");
    expect(v).toMatchObject({ reward: 0, reason: "unfinished <think> block (no final answer)" });
    expect(verifyMath("<think>so maybe \\boxed{42}", "42", { mode: "lenient" }).reward).toBe(1);
  });
  it("more than 50 boxes is spam, not an answer", () => {
    const v = verifyMath("\\boxed{0.5}\\boxed{\\frac12}".repeat(100), "1/2");
    expect(v.reward).toBe(0);
    expect(v.reason).toMatch(/200 boxed answers/);
  });
  it("the answer after </think> counts, not the one inside", () => {
    expect(verifyMath("<think>\\boxed{5}</think>\\boxed{42}", "42").reward).toBe(1);
    expect(verifyMath("<think>\\boxed{42}</think>\\boxed{5}", "42").reward).toBe(0);
  });
  it("a 100 KB box scores 0 quickly", () => {
    const start = performance.now();
    const v = verifyMath(`\\boxed{${"1+".repeat(50_000)}1}`, "50001");
    expect(v.reward).toBe(0);
    expect(performance.now() - start).toBeLessThan(3000); // generous for a loaded CI machine
  });
  it("never throws on non-string input", () => {
    expect(verifyMath(undefined as unknown as string, "1").reward).toBe(0);
    expect(verifyMath("\\boxed{1}", undefined as unknown as string).reward).toBe(0);
  });

  it("a list of accepted answers: any one scores 1, and the reason says which", () => {
    const golds = ["\\arcsin{\\frac{1}{1.3}}", "\\arcsin{\\frac{10}{13}}\n"];
    const arcsin = verifyMath("so \\boxed{\\arcsin(10/13)}", golds);
    expect(arcsin).toMatchObject({ reward: 1, correct: true });
    expect(arcsin.reason).toMatch(/\(gold answer 1 of 2\)$/);
    const byText = verifyMath("\\boxed{4.4 \\times 10^7}", ["4.4e7\n", "4.4 \\times 10^7\n"]);
    expect(byText.reason).toMatch(/\(gold answer 1 of 2\)$/);
    expect(
      verifyMath("\\boxed{3.52 \\times 10^2}", ["3.53 \\times 10^2", "3.52 \\times 10^2"]).reason,
    ).toMatch(/gold answer 2 of 2/);
    const miss = verifyMath("\\boxed{3.54 \\times 10^2}", [
      "3.53 \\times 10^2",
      "3.52 \\times 10^2",
    ]);
    expect(miss).toMatchObject({ reward: 0, correct: false });
    expect(miss.reason).toMatch(/\(none of the 2 gold answers\)$/);
  });

  it("a list that repeats one answer (Minerva's trailing newlines) is one answer", () => {
    expect(verifyMath("\\boxed{188}", ["188", "188\n"])).toMatchObject({
      reward: 1,
      reason: "boxed answer identical after normalisation",
    });
  });

  it("an empty gold, or a list of empty golds, scores 0 with a reason", () => {
    expect(verifyMath("\\boxed{1}", "")).toMatchObject({ reward: 0, reason: "empty gold answer" });
    expect(verifyMath("\\boxed{1}", [" ", "\n"])).toMatchObject({ reason: "empty gold answer" });
    expect(verifyMath("\\boxed{1}", [])).toMatchObject({ reason: "empty gold answer" });
  });

  it("hedging between boxes scores 0 against every listed answer", () => {
    const v = verifyMath("\\boxed{3} or \\boxed{5}", ["3", "5"]);
    expect(v).toMatchObject({ reward: 0 });
    expect(v.reason).toMatch(/hedging/);
  });
});
