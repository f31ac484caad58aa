import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { globToRegExp } from "./registry.js";
import type { AnyTask } from "./task.js";
import { formatZodError } from "./zod-format.js";

/**
 * Prompt templates that replace a task's own prompt: task glob -> template over the example's
 * fields (`{question}`, `{metadata.word}`). The first glob that matches a task id wins.
 */
export const PromptTemplatesSchema = z.record(z.string(), z.string());
export type PromptTemplates = z.infer<typeof PromptTemplatesSchema>;

/** The file beside a policy's weights that says how it was prompted during training. */
export const PROMPTS_FILE = "prompts.json";

export const PromptsFileSchema = z
  .object({
    format: z.literal("prorl-prompts/1"),
    /** The templates the policy was trained with; tasks not listed used their own prompt. */
    templates: PromptTemplatesSchema,
    /** Whether the prompt text went through the tokenizer's chat template as one user message. */
    chatTemplate: z.boolean(),
  })
  .strict();
export type PromptsFile = z.infer<typeof PromptsFileSchema>;

/** The value at a dotted path of an example ("metadata.word"), or undefined. */
function fieldAt(example: unknown, path: string): unknown {
  let value: unknown = example;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Fills `{field}` / `{a.b}` placeholders from the example; a missing field is an error naming it. */
export function fillTemplate(template: string, example: unknown): string {
  return template.replace(/\{([A-Za-z_][\w.]*)\}/g, (_, path: string) => {
    const value = fieldAt(example, path);
    if (value === undefined || value === null) {
      throw new Error(`template "${template}": the example has no field "${path}"`);
    }
    return typeof value === "string" ? value : JSON.stringify(value);
  });
}

/** The template of the first glob in `templates` that matches the task id, if any. */
export function templateFor(templates: PromptTemplates, taskId: string): string | undefined {
  for (const [glob, template] of Object.entries(templates)) {
    if (globToRegExp(glob).test(taskId)) return template;
  }
  return undefined;
}

/** The prompt text of an example: its task's template when one matches, else the task's prompt. */
export function promptText(task: AnyTask, example: unknown, templates: PromptTemplates): string {
  const template = templateFor(templates, task.id);
  return template === undefined ? task.prompt(example) : fillTemplate(template, example);
}

/** The text of a prompts.json file. */
export function promptsFileText(templates: PromptTemplates, chatTemplate: boolean): string {
  const file: PromptsFile = { format: "prorl-prompts/1", templates, chatTemplate };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads `dir/prompts.json`: null when there is none; a one-line error naming it when invalid. */
export async function readPromptsFile(dir: string): Promise<PromptsFile | null> {
  const path = join(dir, PROMPTS_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = PromptsFileSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${path}: ${formatZodError(parsed.error)}`);
  return parsed.data;
}
