import { type AnyTask, globToRegExp } from "@prorl/core";
import type { TextTokenizer } from "@prorl/model";

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
export function templateFor(
  templates: Readonly<Record<string, string>>,
  taskId: string,
): string | undefined {
  for (const [glob, template] of Object.entries(templates)) {
    if (globToRegExp(glob).test(taskId)) return template;
  }
  return undefined;
}

/** Turns examples into prompt token ids: the task's prompt (or a template) as one user message. */
export class PromptEncoder {
  constructor(
    private readonly tokenizer: TextTokenizer,
    private readonly templates: Readonly<Record<string, string>>,
  ) {}

  text(task: AnyTask, example: unknown): string {
    const template = templateFor(this.templates, task.id);
    return template === undefined ? task.prompt(example) : fillTemplate(template, example);
  }

  ids(task: AnyTask, example: unknown): number[] {
    const chat = this.tokenizer.applyChatTemplate([
      { role: "user", content: this.text(task, example) },
    ]);
    return this.tokenizer.encode(chat, { addSpecialTokens: false });
  }
}
