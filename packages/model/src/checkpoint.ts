// Hugging Face model directories: config.json plus model.safetensors (or shards with an index).
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type * as tf from "@tensorflow/tfjs-core";
import { type ModelConfig, readConfig, toHfConfig } from "./config.js";
import type { StorageDtype } from "./dtype.js";
import { CausalLM, ModelError, toVariable } from "./model.js";
import { readModelTensors, writeModelTensors } from "./safetensors.js";
import { ByteTokenizer, TOKENIZER_FILES, TokenizerError } from "./tokenizer.js";
import { weightSpecs } from "./weights.js";

/** Buffers transformers saves that are not parameters. */
const IGNORED = /\.rotary_emb\.inv_freq$/;

/**
 * Loads a model directory. Tensors stream one at a time into variables, so peak memory stays near
 * the float32 size of the weights. Unknown tensors, shape mismatches and missing tensors are errors
 * naming the file and tensor. A stored lm_head.weight of a tied model is ignored.
 */
export async function loadModel(dir: string, config?: ModelConfig): Promise<CausalLM> {
  const c = config ?? (await readConfig(join(dir, "config.json")));
  const specs = new Map(weightSpecs(c).map((s) => [s.name, s]));
  const params = new Map<string, tf.Variable>();
  try {
    for await (const t of readModelTensors(dir)) {
      if (IGNORED.test(t.name)) continue;
      if (t.name === "lm_head.weight" && c.tieWordEmbeddings) continue;
      const spec = specs.get(t.name);
      if (!spec)
        throw new ModelError(
          `${t.file}: tensor "${t.name}" is not a parameter of this ${c.architecture} config`,
        );
      if (spec.shape.join(",") !== t.shape.join(",")) {
        throw new ModelError(
          `${t.file}: tensor "${t.name}" has shape [${t.shape.join(", ")}], the config needs [${spec.shape.join(", ")}]`,
        );
      }
      if (params.has(t.name)) throw new ModelError(`${t.file}: tensor "${t.name}" appears twice`);
      params.set(t.name, toVariable(t.data, t.shape));
    }
    const missing = [...specs.keys()].filter((n) => !params.has(n));
    if (missing.length > 0) {
      throw new ModelError(`${dir}: missing tensors ${missing.slice(0, 8).join(", ")}`);
    }
    return new CausalLM(c, params);
  } catch (e) {
    for (const v of params.values()) v.dispose();
    throw e;
  }
}

export interface SaveOptions {
  /** Storage type of the weights (default F32). */
  dtype?: StorageDtype;
  /** Shard when the weights exceed this many bytes (default 2 GiB). */
  maxShardBytes?: number;
  /**
   * The tokenizer to save beside the weights, so the directory opens in other tools and in
   * `loadTokenizer`: a directory to copy the tokenizer files from (tokenizer.json, which must
   * exist, and tokenizer_config.json, special_tokens_map.json, generation_config.json,
   * chat_template.jinja, added_tokens.json, vocab.json, merges.txt where present), or a
   * `ByteTokenizer`, written as Hugging Face files (see `ByteTokenizer.toHfFiles`).
   */
  tokenizer?: string | ByteTokenizer;
}

/** Writes the tokenizer files into `dir`; returns the names written. */
async function saveTokenizer(source: string | ByteTokenizer, dir: string): Promise<string[]> {
  if (source instanceof ByteTokenizer) {
    const files = source.toHfFiles();
    for (const [name, value] of Object.entries(files)) {
      await writeFile(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
    }
    return Object.keys(files);
  }
  if (resolve(source) === resolve(dir)) return [];
  const written: string[] = [];
  for (const name of TOKENIZER_FILES) {
    try {
      await copyFile(join(source, name), join(dir, name));
      written.push(name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      if (name === "tokenizer.json") {
        throw new TokenizerError(`${join(source, name)}: cannot copy the tokenizer: no such file`);
      }
    }
  }
  return written;
}

/**
 * Saves config.json and the weights in the Hugging Face layout, one tensor in memory at a time, and
 * the tokenizer files when `opts.tokenizer` is given. Returns the weight files written.
 */
export async function saveModel(
  model: CausalLM,
  dir: string,
  opts: SaveOptions = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "config.json"),
    `${JSON.stringify(toHfConfig(model.config), null, 2)}\n`,
  );
  const sources = weightSpecs(model.config).map((s) => ({
    name: s.name,
    shape: s.shape,
    values: async () => (await (model.params.get(s.name) as tf.Variable).data()) as Float32Array,
  }));
  const files = await writeModelTensors(dir, sources, opts);
  if (opts.tokenizer !== undefined) await saveTokenizer(opts.tokenizer, dir);
  return files;
}
