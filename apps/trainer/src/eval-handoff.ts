import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@prorl/core";
import { type ResolvedConfig, resolvePath } from "./config.js";
import type { PromptItem } from "./rollout.js";

/** A task id as a file name: "logic/spell_backward" -> "logic__spell_backward". */
const fileNameOf = (taskId: string) => taskId.replaceAll("/", "__");

/**
 * Writes what `prorl-eval run` needs to evaluate the run's policy on its held-out prompts: the
 * validation examples, one JSONL per task under heldout/, and eval.json, a prorl-eval config
 * with the local engine on final/ and the validation's sampling settings (n, temperature,
 * top-p, length cap). prorl-eval prompts final/ with its prompts.json, as the trainer did.
 */
export async function writeEvalHandoff(
  runDir: string,
  config: ResolvedConfig,
  validation: readonly PromptItem[],
  tokenizer: "byte" | "auto",
): Promise<void> {
  if (validation.length === 0) return;
  const byTask = new Map<string, unknown[]>();
  for (const item of validation) {
    byTask.set(item.task.id, [...(byTask.get(item.task.id) ?? []), item.example]);
  }
  await mkdir(join(runDir, "heldout"), { recursive: true });
  const components = [];
  for (const [task, examples] of byTask) {
    const file = `heldout/${fileNameOf(task)}.jsonl`;
    const lines = examples.map((e) => `${JSON.stringify(e)}\n`).join("");
    await writeFileAtomic(join(runDir, file), lines);
    components.push({ name: task, task, source: { file }, count: examples.length });
  }
  const { validation: v, rollout } = config;
  const evalConfig = {
    name: `${config.name} final`,
    output: "eval",
    engine: { type: "local", model: "final", tokenizer, backend: config.backend, batchSize: v.n },
    sampling: {
      n: v.n,
      temperature: v.temperature,
      topP: v.topP,
      maxTokens: v.maxTokens ?? rollout.maxTokens,
    },
    benchmarks: { name: "held-out", components },
    tasks: config.tasks.map((t) => (t.startsWith(".") ? resolvePath(config, t) : t)),
  };
  await writeFileAtomic(join(runDir, "eval.json"), `${JSON.stringify(evalConfig, null, 2)}\n`);
}
