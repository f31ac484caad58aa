import { z } from "zod";

/** A math example row, with DeepScaleR's field names. Numeric answers become strings. */
export const MathExampleSchema = z.object({
  problem: z.string().min(1),
  answer: z.union([z.string(), z.number(), z.bigint()]).transform((a) => String(a)),
  solution: z.string().optional(),
});
export type MathExample = z.output<typeof MathExampleSchema>;
