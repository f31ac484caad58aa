import { z } from "zod";

/** One gold answer as a data set stores it: text, or a number (AMC's `142.0`). */
function goldText(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  return null;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : typeof value;
}

/**
 * The gold answer of a row: one answer, or a list of accepted answers (Minerva, OlympiadBench),
 * any of which counts, as in DeepScaleR's own reward. Text is trimmed (Minerva's answers end in
 * a newline) and numbers become text; an empty answer can never score 1, so it is refused.
 */
export const MathAnswerSchema = z.unknown().transform((value, ctx): string | string[] => {
  const refuse = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  if (value === undefined) return refuse("missing gold answer");
  if (value === null) return refuse("no gold answer (null)");
  if (!Array.isArray(value)) {
    const text = goldText(value);
    if (text === null) {
      return refuse(`expected a gold answer (text, a number or a list), got ${kindOf(value)}`);
    }
    return text === "" ? refuse("empty gold answer") : text;
  }
  if (value.length === 0) return refuse("empty list of gold answers");
  const answers: string[] = [];
  for (const [i, item] of value.entries()) {
    const text = goldText(item);
    if (text === null) {
      return refuse(`gold answer ${i + 1} of ${value.length} is ${kindOf(item)}, not text`);
    }
    if (text === "") return refuse(`gold answer ${i + 1} of ${value.length} is empty`);
    answers.push(text);
  }
  return answers;
});

/**
 * A math example row, with DeepScaleR's field names. `answer` is one gold answer or a list of
 * accepted ones; `solution` is a worked solution, or a list of them (OlympiadBench).
 */
export const MathExampleSchema = z.object({
  problem: z.string().min(1),
  answer: MathAnswerSchema,
  solution: z.union([z.string(), z.array(z.string())]).optional(),
});
export type MathExample = z.output<typeof MathExampleSchema>;
