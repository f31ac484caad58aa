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
    // @huggingface/tokenizers throws on an empty list (a response that is only an EOS).
    if (ids.length === 0) return "";
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
    return renderTemplate(
      this.#template,
      messages,
      { eos_token: this.eosToken, bos_token: null },
      opts,
    );
  }

  /** The end-of-sequence token's text, or null. */
  get eosToken(): string | null {
    return this.eosTokenId === null ? null : (this.specials[this.eosTokenId - 256] ?? null);
  }

  /** The chat template (Jinja source). */
  get chatTemplate(): string {
    return this.#template;
  }

  /**
   * The Hugging Face files of this tokenizer, as JSON values by file name: a `tokenizer.json` that
   * any Hugging Face tokenizer library reads as the same tokenizer (a byte-level BPE whose
   * vocabulary is the 256 bytes in GPT-2's byte-to-unicode mapping, with no merges, the specials as
   * added tokens), a `tokenizer_config.json` with the chat template and a `prorl_tokenizer` entry
   * that {@link loadTokenizer} recognises, and a `special_tokens_map.json`.
   */
  toHfFiles(): Record<string, unknown> {
    const byteChars = bytesToUnicode();
    const vocab: Record<string, number> = {};
    byteChars.forEach((ch, b) => {
      vocab[ch] = b;
    });
    const added = this.specials.map((content, i) => ({
      id: 256 + i,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    }));
    const eos = this.eosToken;
    return {
      "tokenizer.json": {
        version: "1.0",
        truncation: null,
        padding: null,
        added_tokens: added,
        normalizer: null,
        pre_tokenizer: {
          type: "ByteLevel",
          add_prefix_space: false,
          trim_offsets: false,
          use_regex: false,
        },
        post_processor: null,
        decoder: {
          type: "ByteLevel",
          add_prefix_space: false,
          trim_offsets: false,
          use_regex: false,
        },
        model: {
          type: "BPE",
          dropout: null,
          unk_token: null,
          continuing_subword_prefix: null,
          end_of_word_suffix: null,
          fuse_unk: false,
          byte_fallback: false,
          ignore_merges: false,
          vocab,
          merges: [],
        },
      },
      "tokenizer_config.json": {
        tokenizer_class: "PreTrainedTokenizerFast",
        model_max_length: 1_000_000,
        add_bos_token: false,
        add_eos_token: false,
        bos_token: null,
        eos_token: eos,
        pad_token: eos,
        unk_token: null,
        additional_special_tokens: [...this.specials],
        added_tokens_decoder: Object.fromEntries(
          added.map(({ id, ...rest }) => [String(id), rest]),
        ),
        chat_template: this.#template,
        prorl_tokenizer: { type: "byte", specials: [...this.specials], eos },
      },
      "special_tokens_map.json": {
        ...(eos === null ? {} : { eos_token: eos, pad_token: eos }),
        additional_special_tokens: [...this.specials],
      },
    };
  }
}

/** GPT-2's reversible map from the 256 bytes to printable unicode characters (ByteLevel). */
function bytesToUnicode(): string[] {
  const printable = (b: number) =>
    (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const out: string[] = [];
  let n = 0;
  for (let b = 0; b < 256; b++) out.push(String.fromCodePoint(printable(b) ? b : 256 + n++));
  return out;
}

/** Files a model directory may hold for its tokenizer (copied by `saveModel`'s `tokenizer`). */
export const TOKENIZER_FILES = [
  "tokenizer.json",
  "tokenizer_config.json",
  "special_tokens_map.json",
  "generation_config.json",
  "chat_template.jinja",
  "added_tokens.json",
  "vocab.json",
  "merges.txt",
] as const;

/**
 * Opens the tokenizer of a model directory: a {@link ByteTokenizer} when its tokenizer_config.json
 * says `prorl_tokenizer: { type: "byte" }` (as `saveModel` writes for one), otherwise an
 * {@link HfTokenizer} over tokenizer.json.
 */
export async function loadTokenizer(dir: string): Promise<TextTokenizer> {
  const path = join(dir, "tokenizer_config.json");
  let config: Record<string, unknown> | null = null;
  try {
    config = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new TokenizerError(`${path}: cannot read: ${(e as Error).message}`);
    }
  }
  const marker = config?.prorl_tokenizer as
    | { type?: unknown; specials?: unknown; eos?: unknown }
    | undefined;
  if (marker && typeof marker === "object" && marker.type === "byte") {
    const specials = marker.specials;
    if (!Array.isArray(specials) || specials.some((s) => typeof s !== "string")) {
      throw new TokenizerError(`${path}: prorl_tokenizer.specials must be a list of strings`);
    }
    const tpl = config?.chat_template;
    return new ByteTokenizer({
      specials: specials as string[],
      ...(typeof marker.eos === "string" ? { eos: marker.eos } : {}),
      ...(typeof tpl === "string" ? { chatTemplate: tpl } : {}),
    });
  }
  return HfTokenizer.fromDirectory(dir);
}
