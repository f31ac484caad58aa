import { fillTemplate, Rng, safeVerify, templateFor } from "@prorl/core";
import { AdamW } from "@prorl/grpo";
import { type CausalLM, modelGradients, sftLoss, type TextTokenizer } from "@prorl/model";
import * as tf from "@tensorflow/tfjs-core";
import type { PromptItem } from "./rollout.js";

export interface WarmStartSettings {
  steps: number;
  batchSize: number;
  lr: number;
  responses: Readonly<Record<string, string>>;
}

/** The gold response of an example, ending with the end-of-sequence token. */
function goldIds(
  tokenizer: TextTokenizer,
  templates: Readonly<Record<string, string>>,
  item: PromptItem,
): number[] {
  const template = templateFor(templates, item.task.id) as string;
  const ids = tokenizer.encode(fillTemplate(template, item.example), { addSpecialTokens: false });
  return tokenizer.eosTokenId === null ? ids : [...ids, tokenizer.eosTokenId];
}

/**
 * Checks that every task has a gold-response template and that the first examples of each
 * score 1 under the task's own verifier: a wrong template would teach the model wrong answers.
 */
export async function checkGoldResponses(
  items: readonly PromptItem[],
  templates: Readonly<Record<string, string>>,
): Promise<void> {
  const checked = new Map<string, number>();
  for (const item of items) {
    const id = item.task.id;
    const template = templateFor(templates, id);
    if (template === undefined) {
      throw new Error(`warmStart.responses has no template for task ${id}`);
    }
    const n = checked.get(id) ?? 0;
    if (n >= 3) continue;
    checked.set(id, n + 1);
    const response = fillTemplate(template, item.example);
    const verdict = await safeVerify(item.task, response, item.example);
    if (verdict.reward !== 1) {
      throw new Error(
        `warmStart.responses: the gold response ${JSON.stringify(response)} for ${id} scores ${verdict.reward} (${verdict.reason})`,
      );
    }
  }
}

/**
 * Supervised steps on gold responses (cross-entropy on response tokens, AdamW): the warm start
 * that turns a random model into the run's "base" model. Returns the loss of each step.
 */
export async function warmStart(
  model: CausalLM,
  tokenizer: TextTokenizer,
  items: readonly PromptItem[],
  settings: WarmStartSettings,
  seed: string,
  onStep?: (step: number, loss: number) => void,
): Promise<number[]> {
  if (items.length === 0) throw new Error("warm start: the training split is empty");
  await checkGoldResponses(items, settings.responses);
  const optimizer = new AdamW({ lr: settings.lr, weightDecay: 0 });
  const params = Object.fromEntries(model.params);
  const losses: number[] = [];
  let order: number[] = [];
  let epoch = 0;
  let position = 0;
  try {
    for (let step = 1; step <= settings.steps; step++) {
      const batch: PromptItem[] = [];
      while (batch.length < settings.batchSize) {
        if (position >= order.length) {
          order = new Rng(seed, "warm-start", epoch++).shuffle(items.map((_, i) => i));
          position = 0;
        }
        batch.push(items[order[position++] as number] as PromptItem);
      }
      const { value, grads } = modelGradients(model, () =>
        sftLoss(model, {
          prompts: batch.map((b) => b.promptIds),
          responses: batch.map((b) => goldIds(tokenizer, settings.responses, b)),
        }),
      );
      const loss = value.dataSync()[0] as number;
      value.dispose();
      const record = Object.fromEntries(grads);
      if (Number.isFinite(loss)) optimizer.apply(params, record, settings.lr);
      tf.dispose(Object.values(record));
      losses.push(loss);
      onStep?.(step, loss);
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    optimizer.dispose();
  }
  return losses;
}
