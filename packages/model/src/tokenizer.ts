// Tokenizers: Hugging Face tokenizer.json + tokenizer_config.json (through @huggingface/tokenizers,
// chat templates through @huggingface/jinja), and a byte-level tokenizer for tiny models.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Template } from "@huggingface/jinja";
import { Tokenizer as HfTokenizerImpl } from "@huggingface/tokenizers";

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatTemplateOptions {
  /** Append the assistant turn header so the model continues as the assistant (default true). */
  addGenerationPrompt?: boolean;
  /** Extra template variables (for example `enable_thinking`). */
  variables?: Record<string, unknown>;
}

/** What the sampler, the trainer and the evaluator need from a tokenizer. */
export interface TextTokenizer {
  readonly vocabSize: number;
  /** The end-of-sequence token id, or null when the tokenizer defines none. */
  readonly eosTokenId: number | null;
  encode(text: string, opts?: { addSpecialTokens?: boolean }): number[];
  decode(ids: readonly number[], opts?: { skipSpecialTokens?: boolean }): string;
  tokenId(token: string): number | undefined;
  /** Renders a conversation with the chat template into prompt text. */
  applyChatTemplate(messages: readonly ChatMessage[], opts?: ChatTemplateOptions): string;
}

export class TokenizerError extends Error {
  override name = "TokenizerError";
}

/** ChatML, as Qwen2 uses; the default for the byte tokenizer. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const tokenText = (t: unknown): string | null =>
  typeof t === "string"
    ? t
    : t && typeof t === "object" && "content" in t
      ? String(t.content)
      : null;

function renderTemplate(
  source: string,
  messages: readonly ChatMessage[],
  specials: Record<string, string | null>,
  opts: ChatTemplateOptions,
): string {
  const template = new Template(source);
  return template.render({
    ...specials,
    messages: messages.map((m) => ({ ...m })),
    add_generation_prompt: opts.addGenerationPrompt ?? true,
    ...opts.variables,
  });
}

/** A Hugging Face tokenizer (tokenizer.json) with the chat template of tokenizer_config.json. */
export class HfTokenizer implements TextTokenizer {
  readonly #tok: HfTokenizerImpl;
  readonly #template: string | null;
  readonly #specials: Record<string, string | null>;
  readonly vocabSize: number;
  readonly eosTokenId: number | null;

  constructor(
    tokenizerJson: unknown,
    tokenizerConfig: Record<string, unknown> = {},
    chatTemplate?: string,
  ) {
    try {
      this.#tok = new HfTokenizerImpl(tokenizerJson as object, tokenizerConfig);
    } catch (e) {
      throw new TokenizerError(`cannot build tokenizer: ${(e as Error).message}`);
    }
    const tpl = chatTemplate ?? tokenizerConfig.chat_template;
    if (typeof tpl === "string") this.#template = tpl;
    else if (Array.isArray(tpl)) {
      const named = tpl.find((t) => t?.name === "default") ?? tpl[0];
      this.#template = typeof named?.template === "string" ? named.template : null;
    } else this.#template = null;
    this.#specials = {
      bos_token: tokenText(tokenizerConfig.bos_token),
      eos_token: tokenText(tokenizerConfig.eos_token),
      pad_token: tokenText(tokenizerConfig.pad_token),
      unk_token: tokenText(tokenizerConfig.unk_token),
    };
    const model = (tokenizerJson as { model?: { vocab?: Record<string, number> | unknown[] } })
      .model;
    const added = (tokenizerJson as { added_tokens?: { id: number }[] }).added_tokens ?? [];
    const vocab = model?.vocab;
    let maxId = Array.isArray(vocab) ? vocab.length - 1 : -1;
    if (!Array.isArray(vocab))
      for (const id of Object.values(vocab ?? {})) maxId = Math.max(maxId, id);
    for (const t of added) maxId = Math.max(maxId, t.id);
    this.vocabSize = maxId + 1;
    const eos = this.#specials.eos_token;
    this.eosTokenId = eos == null ? null : (this.#tok.token_to_id(eos) ?? null);
  }

  /** Reads tokenizer.json, tokenizer_config.json and, if present, chat_template.jinja from `dir`. */
  static async fromDirectory(dir: string): Promise<HfTokenizer> {
    const readJson = async (name: string, required: boolean): Promise<Record<string, unknown>> => {
      const path = join(dir, name);
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch (e) {
        if (!required) return {};
        throw new TokenizerError(`${path}: cannot read: ${(e as Error).message}`);
      }
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch (e) {
        throw new TokenizerError(`${path}: not valid JSON: ${(e as Error).message}`);
      }
    };
    const json = await readJson("tokenizer.json", true);
    const config = await readJson("tokenizer_config.json", false);
    const jinja = await readFile(join(dir, "chat_template.jinja"), "utf8").catch(() => undefined);
    return new HfTokenizer(json, config, jinja);
  }

  encode(text: string, opts: { addSpecialTokens?: boolean } = {}): number[] {
    return this.#tok.encode(text, { add_special_tokens: opts.addSpecialTokens ?? true }).ids;
  }

  decode(ids: readonly number[], opts: { skipSpecialTokens?: boolean } = {}): string {
    return this.#tok.decode([...ids], { skip_special_tokens: opts.skipSpecialTokens ?? false });
  }

  tokenId(token: string): number | undefined {
    return this.#tok.token_to_id(token);
  }

  applyChatTemplate(messages: readonly ChatMessage[], opts: ChatTemplateOptions = {}): string {
    if (this.#template === null) throw new TokenizerError("this tokenizer has no chat template");
    return renderTemplate(this.#template, messages, this.#specials, opts);
  }
}

/**
 * A byte-level tokenizer: ids 0-255 are the UTF-8 bytes, then one id per special token (by default
 * Qwen's `<|endoftext|>`, `<|im_start|>`, `<|im_end|>`). Meant for the tiny models the project
 * trains itself; chat prompts use ChatML.
 */
export class ByteTokenizer implements TextTokenizer {
  readonly specials: readonly string[];
  readonly vocabSize: number;
  readonly eosTokenId: number | null;
  readonly #template: string;
  readonly #bySpecial: Map<string, number>;

  constructor(opts: { specials?: readonly string[]; eos?: string; chatTemplate?: string } = {}) {
    this.specials = opts.specials ?? ["<|endoftext|>", "<|im_start|>", "<|im_end|>"];
    if (
      new Set(this.specials).size !== this.specials.length ||
      this.specials.some((s) => s === "")
    ) {
      throw new TokenizerError("special tokens must be distinct and non-empty");
    }
    this.#bySpecial = new Map(this.specials.map((s, i) => [s, 256 + i]));
    this.vocabSize = 256 + this.specials.length;
    const eos =
      opts.eos ?? (this.specials.includes("<|im_end|>") ? "<|im_end|>" : this.specials[0]);
    this.eosTokenId = eos === undefined ? null : (this.#bySpecial.get(eos) ?? null);
    this.#template = opts.chatTemplate ?? CHATML_TEMPLATE;
  }

  /**
   * Special tokens written in the text become their ids, as Hugging Face tokenizers treat added
   * tokens; there is no BOS to add, so `addSpecialTokens` changes nothing.
   */
  encode(text: string, _opts: { addSpecialTokens?: boolean } = {}): number[] {
    const out: number[] = [];
    const enc = new TextEncoder();
    const specials = this.specials;
    let i = 0;
    let start = 0;
    while (i < text.length) {
      // Special tokens all start with a character we can check cheaply; scan is linear in
      // text length times the number of specials.
      const hit = specials.find((s) => text.startsWith(s, i));
      if (hit === undefined) {
        i++;
        continue;
      }
      for (const b of enc.encode(text.slice(start, i))) out.push(b);
      out.push(this.#bySpecial.get(hit) as number);
      i += hit.length;
      start = i;
    }
    for (const b of enc.encode(text.slice(start))) out.push(b);
    return out;
  }

  decode(ids: readonly number[], opts: { skipSpecialTokens?: boolean } = {}): string {
    const dec = new TextDecoder("utf-8");
    let out = "";
    let bytes: number[] = [];
    const flush = () => {
      out += dec.decode(new Uint8Array(bytes));
      bytes = [];
    };
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= this.vocabSize) {
        throw new TokenizerError(`token id ${id} is outside [0, ${this.vocabSize})`);
      }
      if (id < 256) bytes.push(id);
      else {
        flush();
        if (!opts.skipSpecialTokens) out += this.specials[id - 256];
      }
    }
    flush();
    return out;
  }

  tokenId(token: string): number | undefined {
    const s = this.#bySpecial.get(token);
    if (s !== undefined) return s;
    const b = new TextEncoder().encode(token);
    return b.length === 1 ? b[0] : undefined;
  }

  applyChatTemplate(messages: readonly ChatMessage[], opts: ChatTemplateOptions = {}): string {
    const eos = this.eosTokenId === null ? null : (this.specials[this.eosTokenId - 256] ?? null);
    return renderTemplate(this.#template, messages, { eos_token: eos, bos_token: null }, opts);
  }
}
