import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  errorMessage,
  PROMPTS_FILE,
  type PromptTemplates,
  promptsFileText,
  publishDirectory,
} from "@prorl/core";
import type { AdamW, AdamWState, ResetControllerState } from "@prorl/grpo";
import {
  type ByteTokenizer,
  type CausalLM,
  loadModel,
  readSafetensors,
  saveModel,
  writeSafetensors,
} from "@prorl/model";
import * as tf from "@tensorflow/tfjs-core";

/** Everything besides weights that a resumed run needs to continue exactly. */
export interface TrainerState {
  version: 1;
  /** Steps completed. */
  step: number;
  /** Position in the training stream (prompts consumed). */
  cursor: number;
  controller: ResetControllerState;
  /** Consecutive steps skipped for a non-finite loss. */
  badSteps: number;
  /** Best validation score so far and the step it was reached at. */
  best: { score: number; step: number } | null;
  /** Score of the latest validation (decides whether this checkpoint is the best). */
  lastScore: number | null;
}

const STEP_DIR = /^step-(\d+)$/;
export const stepDirName = (step: number) => `step-${String(step).padStart(6, "0")}`;

/** How a policy was prompted in training: written beside its weights as prompts.json. */
export interface PolicyPrompts {
  templates: PromptTemplates;
  chatTemplate: boolean;
}

/**
 * Saves a policy directory in the Hugging Face layout with its tokenizer (the files of the
 * model's own directory, or the byte tokenizer written as tokenizer.json) and prompts.json, so
 * that prorl-eval, transformers and llama.cpp's converters open it as it is and prorl-eval
 * prompts it as the trainer did.
 */
export async function savePolicy(
  model: CausalLM,
  dir: string,
  tokenizer: string | ByteTokenizer,
  prompts: PolicyPrompts,
  dtype: "f32" | "bf16" = "f32",
): Promise<void> {
  await saveModel(model, dir, { tokenizer, dtype: dtype === "bf16" ? "BF16" : "F32" });
  await writeFile(
    join(dir, PROMPTS_FILE),
    promptsFileText(prompts.templates, prompts.chatTemplate),
  );
}

/**
 * Writes a directory through `write(temporary)` and publishes it whole under `final`; a failed
 * write (a full disk) removes the temporary directory.
 */
export async function writeDirectoryAtomic(
  final: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const temporary = join(dirname(final), `.${basename(final)}.${process.pid}.tmp`);
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(temporary, { recursive: true });
    await write(temporary);
    await publishDirectory(temporary, final);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** A temporary name of an interrupted atomic write (".final.1234.tmp", ".step-000050.99.tmp"). */
const TEMPORARY = /^\..+\.\d+\.tmp$/;

/**
 * Removes what interrupted atomic writes left in a run directory and its checkpoints (a full
 * disk, a SIGKILL); returns the names removed.
 */
export async function removeTemporaries(runDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of [runDir, join(runDir, "checkpoints")]) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!TEMPORARY.test(name)) continue;
      await rm(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

function weightSources(model: CausalLM, prefix = "") {
  return [...model.params].map(([name, v]) => ({
    name: `${prefix}${name}`,
    shape: [...v.shape],
    values: async () => (await v.data()) as Float32Array,
  }));
}

/** Writes a checkpoint atomically: into a temporary directory, fsynced, then renamed. */
export async function writeCheckpoint(
  runDir: string,
  parts: {
    policy: CausalLM;
    reference: CausalLM;
    optimizer: AdamW;
    state: TrainerState;
    tokenizer: string | ByteTokenizer;
    prompts: PolicyPrompts;
  },
): Promise<string> {
  const root = join(runDir, "checkpoints");
  await mkdir(root, { recursive: true });
  const final = join(root, stepDirName(parts.state.step));
  await writeDirectoryAtomic(final, async (temporary) => {
    await savePolicy(parts.policy, join(temporary, "policy"), parts.tokenizer, parts.prompts);
    await writeSafetensors(
      join(temporary, "reference.safetensors"),
      weightSources(parts.reference),
    );
    const opt = await parts.optimizer.serialize();
    const moments = Object.entries(opt.moments).flatMap(([name, m]) => [
      { name: `m.${name}`, shape: m.shape, values: () => m.m },
      { name: `v.${name}`, shape: m.shape, values: () => m.v },
    ]);
    await writeSafetensors(join(temporary, "optimizer.safetensors"), moments);
    const state = { ...parts.state, optimizer: { step: opt.step, options: opt.options } };
    await writeFile(join(temporary, "state.json"), `${JSON.stringify(state, null, 2)}\n`);
  });
  return final;
}

/** Completed checkpoints (those with a state.json), oldest first. */
export async function listCheckpoints(runDir: string): Promise<{ step: number; dir: string }[]> {
  const root = join(runDir, "checkpoints");
  const names = await readdir(root).catch(() => [] as string[]);
  const out: { step: number; dir: string }[] = [];
  for (const name of names) {
    const m = STEP_DIR.exec(name);
    if (!m) continue;
    const dir = join(root, name);
    if (await stat(join(dir, "state.json")).catch(() => null))
      out.push({ step: Number(m[1]), dir });
  }
  return out.sort((a, b) => a.step - b.step);
}

/** Deletes all but the last `keepLast` checkpoints, sparing `keepStep` (the best). */
export async function pruneCheckpoints(
  runDir: string,
  keepLast: number,
  keepStep: number | null,
): Promise<void> {
  const all = await listCheckpoints(runDir);
  for (const c of all.slice(0, Math.max(0, all.length - keepLast))) {
    if (c.step !== keepStep) await rm(c.dir, { recursive: true, force: true });
  }
}

export interface LoadedCheckpoint {
  policy: CausalLM;
  reference: CausalLM;
  optimizer: AdamWState;
  state: TrainerState;
}

/** Reads a checkpoint written by writeCheckpoint; errors name the file. */
export async function readCheckpoint(dir: string): Promise<LoadedCheckpoint> {
  const statePath = join(dir, "state.json");
  let raw: TrainerState & { optimizer: { step: number; options: AdamWState["options"] } };
  try {
    raw = JSON.parse(await readFile(statePath, "utf8"));
  } catch (error) {
    throw new Error(`${statePath}: ${errorMessage(error)}`);
  }
  if (raw.version !== 1) throw new Error(`${statePath}: unknown checkpoint version ${raw.version}`);
  const policy = await loadModel(join(dir, "policy"));
  const reference = await loadModel(join(dir, "policy"));
  try {
    await readReference(dir, reference);
    const { optimizer, ...state } = raw;
    const moments = await readMoments(dir);
    return {
      policy,
      reference,
      optimizer: { version: 1, step: optimizer.step, options: optimizer.options, moments },
      state,
    };
  } catch (error) {
    policy.dispose();
    reference.dispose();
    throw error;
  }
}

async function readReference(dir: string, reference: CausalLM): Promise<void> {
  for await (const t of readSafetensors(join(dir, "reference.safetensors"))) {
    const v = reference.params.get(t.name);
    if (!v) throw new Error(`${dir}/reference.safetensors: unknown tensor ${t.name}`);
    const value = tf.tensor(t.data, t.shape, "float32");
    v.assign(value);
    value.dispose();
  }
}

async function readMoments(dir: string): Promise<AdamWState["moments"]> {
  const moments: AdamWState["moments"] = {};
  for await (const t of readSafetensors(join(dir, "optimizer.safetensors"))) {
    const kind = t.name.slice(0, 2);
    const name = t.name.slice(2);
    const entry = moments[name] ?? {
      shape: t.shape,
      m: new Float32Array(0),
      v: new Float32Array(0),
    };
    if (kind === "m.") entry.m = t.data;
    else if (kind === "v.") entry.v = t.data;
    else throw new Error(`${dir}/optimizer.safetensors: unknown tensor ${t.name}`);
    moments[name] = entry;
  }
  return moments;
}

/**
 * The newest checkpoint that reads back whole, trying older ones when a newer one is damaged
 * (each one skipped is reported through `skipped`); null when there is none.
 */
export async function readLatestCheckpoint(
  runDir: string,
  skipped: (dir: string, why: string) => void,
): Promise<{ dir: string; checkpoint: LoadedCheckpoint } | null> {
  const all = await listCheckpoints(runDir);
  for (const { dir } of all.reverse()) {
    try {
      return { dir, checkpoint: await readCheckpoint(dir) };
    } catch (error) {
      skipped(dir, errorMessage(error).split("\n")[0] as string);
    }
  }
  return null;
}
