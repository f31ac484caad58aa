import { type AnyTask, type PromptTemplates, promptText } from "@prorl/core";
import type { TextTokenizer } from "@prorl/model";

/**
 * Turns examples into prompt token ids: the task's prompt (or a template) as one user message
 * through the tokenizer's chat template. The trainer always uses the chat template; prompts.json
 * beside every saved policy records that, with the templates.
 */
export class PromptEncoder {
  readonly chatTemplate = true;

  constructor(
    private readonly tokenizer: TextTokenizer,
    readonly templates: PromptTemplates,
  ) {}

  ids(task: AnyTask, example: unknown): number[] {
    const chat = this.tokenizer.applyChatTemplate([
      { role: "user", content: promptText(task, example, this.templates) },
    ]);
    return this.tokenizer.encode(chat, { addSpecialTokens: false });
  }
}
