import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyReadStats, parseTaskOptions, TaskRegistry } from "@prorl/core";
import { describe, expect, it } from "vitest";
import taskStem, {
  classifyAnswer,
  createStemTask,
  gpqaRowToExample,
  loadGpqaCsv,
  loadScp,
  parseQuantity,
  type StemExample,
  StemExampleSchema,
  scpRowToExample,
  stemTask,
  verifyStem,
} from "./index.js";

const mc = StemExampleSchema.parse({
  question: "Which particle mediates the electromagnetic force?",
  choices: ["gluon", "photon", "W boson", "graviton"],
  answer: "B",
});
const numeric = StemExampleSchema.parse({ question: "How fast?", answer: "3.2 m/s" });

describe("stem task options", () => {
  it("take the numeric tolerance per verification, and as the factory's default", async () => {
    const close = "The speed is \\boxed{3.25 m/s}";
    expect((await stemTask.verify(close, numeric)).reward).toBe(0);
    expect((await stemTask.verify(close, numeric, { relTol: 0.05 })).reward).toBe(1);
    expect((await createStemTask({ relTol: 0.05 }).verify(close, numeric)).reward).toBe(1);
    expect(parseTaskOptions(stemTask, { tolerance: 0.05 })).toMatchObject({ ok: false });
  });

  it("createStemTask returns the complete task, row loaders included", () => {
    expect(Object.keys(createStemTask().loaders ?? {}).sort()).toEqual(["gpqa", "scp"]);
  });
});

describe("stemTask", () => {
  it("is the binary 'stem' task of @prorl/task-stem", () => {
    const registry = new TaskRegistry().add(taskStem);
    expect(registry.get("stem")).toBe(stemTask);
    expect(stemTask.domain).toBe("stem");
    expect(stemTask.rewardType).toBe("binary");
    expect(taskStem.name).toBe("@prorl/task-stem");
  });

  it("prompts multiple choice with lettered choices and the Answer: format", () => {
    const prompt = stemTask.prompt(mc);
    expect(prompt).toContain("'Answer: $LETTER'");
    expect(prompt).toContain("A) gluon\nB) photon\nC) W boson\nD) graviton");
    expect(stemTask.prompt(numeric)).toContain("\\boxed{}");
  });

  it("scores multiple choice by letter, after the last </think>", async () => {
    expect(await stemTask.verify("<think>maybe A?</think>Answer: B", mc)).toMatchObject({
      reward: 1,
      correct: true,
    });
    expect((await stemTask.verify("<think>Answer: B</think>Answer: A", mc)).reward).toBe(0);
    expect((await stemTask.verify("I do not know", mc)).reason).toBe("no choice letter found");
  });

  it("scores numbers with units, scientific notation and a 1% tolerance", () => {
    const avogadro = StemExampleSchema.parse({
      question: "N_A?",
      answer: "6.022 \\times 10^{23} mol^{-1}",
    });
    expect(verifyStem("\\boxed{6.02 \\times 10^{23}\\ \\mathrm{mol^{-1}}}", avogadro).reward).toBe(
      1,
    );
    expect(verifyStem("\\boxed{6.02e23}", avogadro).reward).toBe(1);
    expect(verifyStem("\\boxed{6.2e23}", avogadro).reward).toBe(0);
    expect(verifyStem("\\boxed{3.2\\,\\mathrm{m/s}}", numeric).reward).toBe(1);
    expect(verifyStem("Answer: 320 cm/s", numeric).reward).toBe(1);
    expect(verifyStem("\\boxed{3.23 m/s}", numeric).reward).toBe(1);
    expect(verifyStem("\\boxed{3.3 m/s}", numeric).reward).toBe(0);
    expect(verifyStem("\\boxed{3.2 kg}", numeric).reason).toContain("unit mismatch");
    expect(verifyStem("\\boxed{3.3 m/s}", numeric, { relTol: 0.05 }).reward).toBe(1);
  });

  it("compares symbolic answers through task-math's equivalence", () => {
    const symbolic = StemExampleSchema.parse({ question: "E?", answer: "\\frac{mv^2}{2}" });
    expect(classifyAnswer(symbolic.answer).kind).toBe("symbolic");
    expect(verifyStem("\\boxed{\\frac{1}{2} m v^2}", symbolic)).toMatchObject({
      reward: 1,
      correct: true,
    });
    expect(verifyStem("Answer: \\frac{m v^2}{2}", symbolic).reward).toBe(1);
    expect(verifyStem("\\boxed{0.5mv^{2}}", symbolic).reward).toBe(1);
    const wrong = verifyStem("\\boxed{mv^2}", symbolic);
    expect(wrong.reward).toBe(0);
    expect(wrong.reason).toMatch(/^symbolic answer, /);
    expect(verifyStem("The energy is large.", symbolic).reward).toBe(0);
  });

  it("rejects a final answer that is not a number", () => {
    expect(verifyStem("\\boxed{x + 2}", numeric).reason).toContain("is not a number");
    expect(verifyStem("\\boxed{3.2, 4.1}", numeric).reward).toBe(0);
  });

  describe("hostile responses never throw and get reward 0", () => {
    const cases: [string, unknown][] = [
      ["empty", ""],
      ["whitespace only", "  \n\t "],
      ["1 MB", "7 ".repeat(524_288)],
      ["1 MB of boxes", "\\boxed{".repeat(150_000)],
      ["broken JSON", '{"answer": "B", "value": [3.2'],
      ["mixed scripts", "Ответ: 3,2 м/с — 答案 Δv = ٣٫٢"],
      ["huge boxed number", `\\boxed{${"9".repeat(10_000)}}`],
      ["deep brackets", `\\boxed{${"(".repeat(300)}1${")".repeat(300)}}`],
      ["not a string", 42],
    ];
    for (const [name, response] of cases) {
      for (const example of [mc, numeric]) {
        it(`${name} (${example.choices ? "choice" : "numeric"})`, async () => {
          const start = performance.now();
          const v = await stemTask.verify(response as string, example);
          expect(v.reward).toBe(0);
          expect(v.correct).toBe(false);
          expect(typeof v.reason).toBe("string");
          expect(performance.now() - start).toBeLessThan(5000);
        });
      }
    }
  });
});

describe("StemExampleSchema", () => {
  it("turns a choice's text or '(b)' into its letter and rejects others", () => {
    const byText = StemExampleSchema.parse({ question: "q", choices: ["x", "y"], answer: "y" });
    expect(byText.answer).toBe("B");
    expect(
      StemExampleSchema.parse({ question: "q", choices: ["x", "y"], answer: "(b)" }).answer,
    ).toBe("B");
    expect(
      StemExampleSchema.safeParse({ question: "q", choices: ["x", "y"], answer: "C" }).success,
    ).toBe(false);
    expect(StemExampleSchema.parse({ question: "q", answer: 42 }).answer).toBe("42");
  });
});

describe("GPQA loader", () => {
  const row = {
    Question: "  What is 2+2?\n",
    "Correct Answer": "4",
    "Incorrect Answer 1": "3",
    "Incorrect Answer 2": "5",
    "Incorrect Answer 3": "22",
  };

  it("shuffles the four answers with a seeded permutation and records the letter", () => {
    const ex = gpqaRowToExample(row, 0);
    expect(ex.question).toBe("What is 2+2?");
    expect([...(ex.choices ?? [])].sort()).toEqual(["22", "3", "4", "5"]);
    expect(ex.choices?.[ex.answer.charCodeAt(0) - 65]).toBe("4");
    expect(gpqaRowToExample(row, 0)).toEqual(ex);
    const positions = new Set(
      Array.from({ length: 24 }, (_, seed) => gpqaRowToExample(row, seed).answer),
    );
    expect(positions.size).toBeGreaterThan(1);
  });

  it("reads a CSV with quoted multi-line fields through csv-parse", async () => {
    const dir = mkdtempSync(join(tmpdir(), "task-stem-"));
    const path = join(dir, "gpqa_diamond.csv");
    writeFileSync(
      path,
      [
        "Record ID,Question,Correct Answer,Incorrect Answer 1,Incorrect Answer 2,Incorrect Answer 3,Subdomain",
        'rec1,"A ""quoted"" question,\nover two lines?",right,wrong1,wrong2,wrong3,Physics',
        "rec2,Second?,yes,no,maybe,never,Chemistry",
        "rec3,Broken row,only-correct,,,,Biology",
      ].join("\n"),
    );
    const stats = emptyReadStats();
    const rows: StemExample[] = [];
    for await (const ex of loadGpqaCsv(path, { seed: 1, onInvalid: "skip", stats })) rows.push(ex);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.question).toBe('A "quoted" question,\nover two lines?');
    expect(rows[0]?.choices?.[(rows[0]?.answer ?? "A").charCodeAt(0) - 65]).toBe("right");
    expect(stats).toMatchObject({ rows: 3, valid: 2, skipped: 1 });
    await expect(async () => {
      for await (const _ of loadGpqaCsv(path)) {
        // reading is enough
      }
    }).rejects.toThrow(/Incorrect Answer 1/);
  });
});

describe("SCP loader", () => {
  it("takes the answer column, or the last \\boxed{} of a solution", () => {
    expect(scpRowToExample({ problem: "p", answer: "5 m" })).toEqual({
      question: "p",
      answer: "5 m",
    });
    expect(
      scpRowToExample({ problem: "p", matched_solution: "so \\boxed{1} no, \\boxed{2.5 J}" }),
    ).toEqual({ question: "p", answer: "2.5 J" });
    expect(() => scpRowToExample({ problem: "p", solution: "no box" })).toThrow(/no answer/);
    // A model's solution counts only where SCP-116K marks it as agreeing with the matched one.
    const row = {
      problem: "p",
      matched_solution: "In prose, about 4 J.",
      o1_solution: "\\boxed{4 J}",
      qwq_solution: "\\boxed{5 J}",
      is_o1_solution_same_with_matched_solution: false,
      is_qwq_solution_same_with_matched_solution: true,
    };
    expect(scpRowToExample(row).answer).toBe("5 J");
  });

  it("streams JSONL rows and skips unusable ones when asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "task-stem-"));
    const path = join(dir, "scp.jsonl");
    writeFileSync(
      path,
      [
        { domain: "physics", problem: "Speed?", matched_solution: "... \\boxed{3 m/s}" },
        { domain: "chemistry", problem: "Moles?", answer: "2 mol" },
        { domain: "biology", problem: "Why?", matched_solution: "Because." },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const stats = emptyReadStats();
    const rows: StemExample[] = [];
    for await (const ex of loadScp(path, { onInvalid: "skip", stats })) rows.push(ex);
    expect(rows.map((r) => r.answer)).toEqual(["3 m/s", "2 mol"]);
    expect(stats.skipped).toBe(1);
  });
});

describe("generator", () => {
  const generator = stemTask.generator as NonNullable<typeof stemTask.generator>;

  it("is deterministic and covers the four topics with unit-bearing numeric answers", () => {
    const config = generator.configSchema.parse({ seed: 11 });
    expect(generator.generate(config, 5)).toEqual(generator.generate(config, 5));
    const units = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const ex = StemExampleSchema.parse(generator.generate(config, i));
      const gold = parseQuantity(ex.answer);
      expect(gold?.qty, ex.answer).toBeTruthy();
      units.add(gold?.qty?.kind() ?? "");
      // The generated answer verifies against itself, boxed.
      expect(verifyStem(`\\boxed{${ex.answer}}`, ex).reward).toBe(1);
    }
    for (const kind of [
      "speed",
      "length",
      "time",
      "substance",
      "pressure",
      "mass",
      "current",
      "resistance",
      "power",
    ]) {
      expect(units.has(kind), kind).toBe(true);
    }
  });

  it("computes answers from the formulas", () => {
    const config = generator.configSchema.parse({ seed: 2, topics: ["circuits"] });
    for (let i = 0; i < 50; i++) {
      const ex = generator.generate(config, i) as StemExample;
      const parallel = /resistors of (\d+) Ω and (\d+) Ω are connected in parallel/.exec(
        ex.question,
      );
      if (parallel) {
        const [a, b] = [Number(parallel[1]), Number(parallel[2])];
        expect(parseQuantity(ex.answer)?.value).toBeCloseTo((a * b) / (a + b), 3);
      }
      const power = /A (\d+) Ω resistor is connected across a (\d+) V supply/.exec(ex.question);
      if (power) {
        const [r, v] = [Number(power[1]), Number(power[2])];
        expect(parseQuantity(ex.answer)?.value).toBeCloseTo((v * v) / r, 2);
      }
    }
  });
});
