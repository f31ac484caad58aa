import { z } from "zod";
import { choiceLetters } from "./extract.js";

/**
 * A STEM example: `{question, answer, choices?}`. With `choices` (2-26 of them) the answer is
 * the letter of the correct choice; an answer equal to one choice's text is turned into its
 * letter. Without choices the answer is free-form: a number with an optional unit, or a
 * symbolic expression.
 */
export const StemExampleSchema = z
  .object({
    question: z.string().min(1),
    answer: z.union([z.string(), z.number()]).transform((a) => String(a).trim()),
    choices: z.array(z.string()).min(2).max(26).optional(),
  })
  .transform((row, ctx) => {
    if (!row.choices) return row;
    const letters = choiceLetters(row.choices.length);
    const letter = row.answer.replace(/^\(?([A-Za-z])\)?\.?$/, "$1").toUpperCase();
    if (letters.includes(letter)) return { ...row, answer: letter };
    const byText = row.choices.findIndex((c) => c.trim() === row.answer);
    if (byText >= 0) return { ...row, answer: letters[byText] as string };
    ctx.addIssue({
      code: "custom",
      path: ["answer"],
      message: `must be one of ${letters.join(", ")} or the text of a choice`,
    });
    return z.NEVER;
  });

export type StemExample = z.infer<typeof StemExampleSchema>;
