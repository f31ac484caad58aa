import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyReadStats, parseTaskOptions, TaskRegistry } from "@prorl/core";
import { describe, expect, it } from "vitest";
import { accuracy, evaluateRow, looseVariants } from "./evaluate.js";
import { INSTRUCTION_CONFLICTS } from "./generator.js";
import taskIf, {
  createIfTask,
  type IfExample,
  IfExampleSchema,
  ifTask,
  loadIfEval,
  scoreIf,
} from "./index.js";

const example: IfExample = IfExampleSchema.parse({
  prompt: "Write a haiku about rain. Do not use commas. Wrap it in double quotes.",
  instruction_id_list: ["punctuation:no_comma", "startend:quotation", "keywords:existence"],
  kwargs: [{}, null, { keywords: ["rain"], num_words: null }],
});

describe("ifTask", () => {
  it("is registered as the continuous 'if' task of @prorl/task-if", () => {
    const registry = new TaskRegistry().add(taskIf);
    expect(registry.get("if")).toBe(ifTask);
    expect(ifTask.domain).toBe("if");
    expect(ifTask.rewardType).toBe("continuous");
    expect(taskIf.name).toBe("@prorl/task-if");
  });

  it("rewards the fraction of instructions followed (strict)", async () => {
    const full = await ifTask.verify('"soft rain on the roof"', example);
    expect(full).toMatchObject({ reward: 1, correct: true });
    const partial = await ifTask.verify("soft rain, on the roof", example);
    expect(partial.reward).toBeCloseTo(1 / 3);
    expect(partial.correct).toBe(false);
    expect(partial.reason).toContain("punctuation:no_comma");
    expect(partial.reason).toContain("startend:quotation");
  });

  it("scores only the text after the last </think>", async () => {
    const v = await ifTask.verify('<think>draft, with commas</think>"rain falls"', example);
    expect(v.reward).toBe(1);
    const inThinkOnly = await ifTask.verify('<think>"rain"</think>rain without quotes', example);
    expect(inThinkOnly.reward).toBeCloseTo(2 / 3);
  });

  it("loose mode can pass where strict fails", () => {
    const ex = IfExampleSchema.parse({
      prompt: "p",
      instruction_id_list: ["startend:quotation"],
      kwargs: [{}],
    });
    const response = 'Sure, here you go:\n"rain"';
    expect(scoreIf(response, ex, "strict").reward).toBe(0);
    expect(scoreIf(response, ex, "loose").reward).toBe(1);
  });

  it("takes the mode as a per-verification option, and as the factory's default", async () => {
    const ex = IfExampleSchema.parse({
      prompt: "p",
      instruction_id_list: ["startend:quotation"],
      kwargs: [{}],
    });
    const response = 'Sure, here you go:\n"rain"';
    expect((await ifTask.verify(response, ex)).reward).toBe(0);
    expect((await ifTask.verify(response, ex, { mode: "loose" })).reward).toBe(1);
    expect((await createIfTask({ mode: "loose" }).verify(response, ex)).reward).toBe(1);
    expect(parseTaskOptions(ifTask, { mode: "lenient" }).ok).toBe(false);
  });

  describe("hostile responses never throw and get a reward in [0, 1]", () => {
    const everything = IfExampleSchema.parse({
      prompt: "p",
      instruction_id_list: [
        "detectable_format:json_format",
        "language:response_language",
        "length_constraints:number_sentences",
        "change_case:capital_word_frequency",
        "detectable_format:number_bullet_lists",
        "detectable_format:title",
        "detectable_format:number_highlighted_sections",
      ],
      kwargs: [
        {},
        { language: "en" },
        { num_sentences: 2, relation: "at least" },
        { capital_frequency: 2, capital_relation: "at least" },
        { num_bullets: 2 },
        {},
        { num_highlights: 1 },
      ],
    });
    const cases: [string, string][] = [
      ["empty", ""],
      ["whitespace only", " \n\t\u3000\u0085 "],
      ["broken JSON", '```json\n{"a": [1, 2,\n```'],
      ["mixed scripts", "Hello мир 世界 مرحبا שלום नमस्ते. ΓΕΙΑ ΣΑΣ! *x*"],
      ["1 MB of text", "All WORK and no play. ".repeat(48_000)],
      ["1 MB of brackets and stars", "<<[*".repeat(262_144)],
      ["1 MB of newlines", "\n".repeat(1_048_576)],
      ["deep JSON", "[".repeat(500_000) + "]".repeat(500_000)],
      ["lone surrogates", "\ud800\udfff\ud800 x"],
    ];
    for (const [name, response] of cases) {
      it(name, async () => {
        const start = performance.now();
        const v = await ifTask.verify(response, everything);
        expect(v.reward).toBeGreaterThanOrEqual(0);
        expect(v.reward).toBeLessThanOrEqual(1);
        expect(v.correct).toBe(v.reward === 1);
        expect(typeof v.reason).toBe("string");
        expect(performance.now() - start).toBeLessThan(10_000);
      });
    }

    it("empty and whitespace-only responses follow nothing, even 'no comma'", async () => {
      const noComma = IfExampleSchema.parse({
        prompt: "p",
        instruction_id_list: ["punctuation:no_comma"],
        kwargs: [{}],
      });
      expect((await ifTask.verify("", noComma)).reward).toBe(0);
      expect((await ifTask.verify("  \n ", noComma)).reward).toBe(0);
    });

    it("a non-string response is treated as empty", async () => {
      const v = await ifTask.verify(undefined as unknown as string, example);
      expect(v.reward).toBe(0);
    });
  });
});

describe("IfExampleSchema", () => {
  it("accepts IFEval rows with null-valued keys and drops extra fields", () => {
    const row = IfExampleSchema.parse({
      key: 1000,
      prompt: "p",
      instruction_id_list: ["length_constraints:number_words"],
      kwargs: [{ num_words: 300, relation: "at least", language: null, keywords: null }],
    });
    expect(row).not.toHaveProperty("key");
    expect(evaluateRow(row, "word ".repeat(300), "strict").followInstructionList).toEqual([true]);
  });

  it("rejects mismatched kwargs, unknown instructions and bad kwargs with a path", () => {
    const mismatch = IfExampleSchema.safeParse({
      prompt: "p",
      instruction_id_list: ["punctuation:no_comma", "startend:quotation"],
      kwargs: [{}],
    });
    expect(mismatch.success).toBe(false);
    const unknown = IfExampleSchema.safeParse({
      prompt: "p",
      instruction_id_list: ["made:up"],
      kwargs: [{}],
    });
    expect(unknown.success).toBe(false);
    const bad = IfExampleSchema.safeParse({
      prompt: "p",
      instruction_id_list: ["keywords:frequency"],
      kwargs: [{ keyword: "x", frequency: "three", relation: "at least" }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["kwargs", 0]);
  });
});

describe("loadIfEval", () => {
  it("streams and validates IFEval JSONL rows, skipping bad ones when asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "task-if-"));
    const path = join(dir, "input_data.jsonl");
    const good = {
      key: 1,
      prompt: "Write without commas.",
      instruction_id_list: ["punctuation:no_comma"],
      kwargs: [{}],
    };
    const bad = { prompt: "x", instruction_id_list: ["nope:nope"], kwargs: [{}] };
    writeFileSync(
      path,
      `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n${JSON.stringify(good)}\n`,
    );
    const stats = emptyReadStats();
    const rows: IfExample[] = [];
    for await (const row of loadIfEval(path, { onInvalid: "skip", stats })) rows.push(row);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.instruction_id_list).toEqual(["punctuation:no_comma"]);
    expect(stats.skipped).toBe(1);
    await expect(async () => {
      for await (const _ of loadIfEval(path)) {
        // reading is enough
      }
    }).rejects.toThrow();
  });
});

describe("generator", () => {
  const generator = ifTask.generator as NonNullable<typeof ifTask.generator>;
  const config = generator.configSchema.parse({ seed: 7 });

  it("is deterministic per (seed, index) and differs across seeds", () => {
    expect(generator.generate(config, 3)).toEqual(generator.generate(config, 3));
    const other = generator.configSchema.parse({ seed: 8 });
    const a = Array.from({ length: 20 }, (_, i) => generator.generate(config, i).prompt);
    const b = Array.from({ length: 20 }, (_, i) => generator.generate(other, i).prompt);
    expect(a).not.toEqual(b);
  });

  it("makes valid rows with 1-3 mutually compatible instructions rendered into the prompt", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const ex = generator.generate(config, i) as IfExample;
      expect(IfExampleSchema.safeParse(ex).success).toBe(true);
      const ids = ex.instruction_id_list;
      expect(ids.length).toBeGreaterThanOrEqual(1);
      expect(ids.length).toBeLessThanOrEqual(3);
      for (const a of ids) {
        seen.add(a);
        for (const b of ids) {
          if (a !== b)
            expect(
              INSTRUCTION_CONFLICTS[a as keyof typeof INSTRUCTION_CONFLICTS].has(b as never),
            ).toBe(false);
        }
      }
      for (const [j, id] of ids.entries()) {
        const kw = ex.kwargs[j] as Record<string, unknown>;
        if (id === "keywords:frequency")
          expect(ex.prompt).toContain(`the word ${kw.keyword} should appear`);
        if (id === "length_constraints:number_words")
          expect(ex.prompt).toContain(`${kw.num_words} words`);
      }
    }
    expect(seen.size).toBe(25);
  });

  it("honours the instruction subset and counts", () => {
    const only = generator.configSchema.parse({
      seed: 1,
      minInstructions: 2,
      maxInstructions: 2,
      instructions: ["punctuation:no_comma", "startend:quotation", "detectable_format:title"],
    });
    for (let i = 0; i < 30; i++) {
      const ex = generator.generate(only, i) as IfExample;
      expect(ex.instruction_id_list).toHaveLength(2);
      // title conflicts with quotation, so no_comma is always one of the two.
      expect(ex.instruction_id_list).toContain("punctuation:no_comma");
    }
  });

  it("a response built to follow a generated row earns reward 1", async () => {
    const two = generator.configSchema.parse({
      seed: 3,
      minInstructions: 2,
      maxInstructions: 2,
      instructions: ["punctuation:no_comma", "startend:quotation"],
    });
    for (let i = 0; i < 5; i++) {
      const ex = generator.generate(two, i) as IfExample;
      expect((await ifTask.verify('"a reply without any such marks"', ex)).reward).toBe(1);
      expect((await ifTask.verify("a reply, unquoted", ex)).reward).toBe(0);
    }
  });
});

describe("accuracy", () => {
  it("gives IFEval's prompt-level and instruction-level numbers", () => {
    const acc = accuracy([
      { instructionIds: ["a:x", "b:y"], followInstructionList: [true, false] },
      { instructionIds: ["a:x"], followInstructionList: [true] },
    ]);
    expect(acc.promptLevel).toBe(0.5);
    expect(acc.instructionLevel).toBeCloseTo(2 / 3);
    expect(acc.byInstruction["a:x"]).toEqual({ followed: 2, total: 2, accuracy: 1 });
    expect(acc.byCategory.b).toEqual({ followed: 0, total: 1, accuracy: 0 });
  });

  it("loose variants are IFEval's eight, in order", () => {
    expect(looseVariants("*first*\nmid\nlast*")).toEqual([
      "*first*\nmid\nlast*",
      "first\nmid\nlast",
      "mid\nlast*",
      "*first*\nmid",
      "mid",
      "mid\nlast",
      "first\nmid",
      "mid",
    ]);
  });
});
