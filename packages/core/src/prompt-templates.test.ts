import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  fillTemplate,
  PROMPTS_FILE,
  promptsFileText,
  promptText,
  readPromptsFile,
  templateFor,
} from "./prompt-templates.js";
import type { Task } from "./task.js";

describe("prompt templates", () => {
  it("fills fields and dotted paths", () => {
    expect(fillTemplate("<answer>{answer}</answer>", { answer: "12" })).toBe("<answer>12</answer>");
    expect(fillTemplate("reverse {metadata.word}", { metadata: { word: "sun" } })).toBe(
      "reverse sun",
    );
    expect(fillTemplate("{n}", { n: 3 })).toBe("3");
  });

  it("names a missing field", () => {
    expect(() => fillTemplate("{answer} {metadata.nope}", { answer: "1", metadata: {} })).toThrow(
      /no field "metadata.nope"/,
    );
  });

  it("takes the first glob that matches the task id", () => {
    const templates = { "logic/spell_*": "A", "logic/*": "B" };
    expect(templateFor(templates, "logic/spell_backward")).toBe("A");
    expect(templateFor(templates, "logic/countdown")).toBe("B");
    expect(templateFor(templates, "math")).toBeUndefined();
  });

  it("uses the task's own prompt where no template matches", () => {
    const task: Task<{ question: string }> = {
      id: "logic/demo",
      domain: "logic",
      rewardType: "binary",
      schema: z.object({ question: z.string() }),
      prompt: (e) => `Solve: ${e.question}. Answer in <answer> tags.`,
      verify: () => ({ reward: 0, correct: false, reason: "" }),
    };
    expect(promptText(task, { question: "1+1" }, {})).toBe("Solve: 1+1. Answer in <answer> tags.");
    expect(promptText(task, { question: "1+1" }, { "logic/*": "{question}" })).toBe("1+1");
  });
});

describe("prompts.json", () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("round-trips, is absent without a file, and names a broken one", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-prompts-"));
    expect(await readPromptsFile(dir)).toBeNull();
    await writeFile(join(dir, PROMPTS_FILE), promptsFileText({ "logic/*": "{question}" }, true));
    expect(await readPromptsFile(dir)).toEqual({
      format: "prorl-prompts/1",
      templates: { "logic/*": "{question}" },
      chatTemplate: true,
    });
    await writeFile(join(dir, PROMPTS_FILE), '{"format": "prorl-prompts/1", "templates": {}}');
    await expect(readPromptsFile(dir)).rejects.toThrow(/prompts\.json: .*chatTemplate/);
    await writeFile(join(dir, PROMPTS_FILE), "{");
    await expect(readPromptsFile(dir)).rejects.toThrow(/prompts\.json: not valid JSON/);
  });
});
