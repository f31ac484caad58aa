import { errorMessage } from "@prorl/core";
import { z } from "zod";

/** `POST /score`: prorl's own batch, the items of `prorl-eval score` lines. */
export const ScoreBodySchema = z.object({ items: z.array(z.unknown()) });

/**
 * `POST /openrlhf`: OpenRLHF's remote reward request (openrlhf/utils/agent.py,
 * `SingleTurnAgentExecutor._fetch_rewards_via_http`): the decoded prompt-plus-response
 * sequences, the prompts and the labels, one each per sample.
 */
export const OpenRlhfBodySchema = z
  .object({
    query: z.array(z.string()),
    prompts: z.array(z.string()).optional(),
    labels: z.array(z.unknown()),
  })
  .superRefine((body, ctx) => {
    if (body.labels.length !== body.query.length) {
      ctx.addIssue({
        code: "custom",
        path: ["labels"],
        message: `has ${body.labels.length} entries for ${body.query.length} queries`,
      });
    }
    if (body.prompts && body.prompts.length !== body.query.length) {
      ctx.addIssue({
        code: "custom",
        path: ["prompts"],
        message: `has ${body.prompts.length} entries for ${body.query.length} queries`,
      });
    }
  });

/** `POST /slime`: slime's `remote_rm` payload (slime/rollout/rm_hub/__init__.py). */
export const SlimeBodySchema = z.object({
  prompt: z.unknown().optional(),
  response: z.string(),
  label: z.unknown(),
});

/**
 * A label as `prorl-eval export` writes it: the JSON text (or the object) `{task, example}`,
 * optionally with `options`, or with `loader` when `example` is a raw data set row. Returns the
 * fields of a score item, or a one-line error.
 */
export function parseLabel(label: unknown): Record<string, unknown> | { error: string } {
  let value = label;
  if (typeof label === "string") {
    try {
      value = JSON.parse(label);
    } catch (error) {
      return { error: `label is not JSON (${errorMessage(error)})` };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      error: 'label must be the JSON object {"task", "example"} that prorl-eval export writes',
    };
  }
  const { task, example, options, loader } = value as Record<string, unknown>;
  return {
    task,
    example,
    ...(options === undefined ? {} : { options }),
    ...(loader === undefined ? {} : { loader }),
  };
}

/**
 * The response inside an OpenRLHF query: OpenRLHF decodes prompt and response tokens together
 * (special tokens kept), so the response is what follows the prompt. A query that does not
 * contain its prompt (a prompt cut to fit the context) is taken whole. End-of-sequence tokens
 * at the end (`<|im_end|>`, `<|endoftext|>`, `</s>`, `<｜end▁of▁sentence｜>`) are removed, as
 * verl's and slime's decoders do, so instruction checks see the model's own last words.
 */
export function responseOfQuery(query: string, prompt: string | undefined): string {
  let response = query;
  if (prompt) {
    const at = query.startsWith(prompt) ? 0 : query.indexOf(prompt);
    if (at >= 0) response = query.slice(at + prompt.length);
  }
  return stripEndTokens(response);
}

const SPECIAL_TOKEN_MAX = 64;

/** Removes trailing special tokens of the forms `<|name|>`, `<｜name｜>` and `</s>`. */
export function stripEndTokens(text: string): string {
  let end = text.length;
  for (;;) {
    const token = trailingSpecialToken(text, end);
    if (token === 0) return text.slice(0, end);
    end -= token;
  }
}

function trailingSpecialToken(text: string, end: number): number {
  if (text.endsWith("</s>", end)) return 4;
  for (const [open, close] of [
    ["<|", "|>"],
    ["<｜", "｜>"],
  ] as const) {
    if (!text.endsWith(close, end)) continue;
    const start = text.lastIndexOf(open, end - close.length - 1);
    const length = end - start;
    if (start < 0 || length > SPECIAL_TOKEN_MAX) continue;
    const name = text.slice(start + open.length, end - close.length);
    if (name.length > 0 && !/[\s<>|｜]/.test(name)) return length;
  }
  return 0;
}
