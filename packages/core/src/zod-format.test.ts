import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatZodError } from "./zod-format.js";

function errorOf(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return formatZodError(result.error);
}

describe("formatZodError", () => {
  const schema = z
    .object({ name: z.string(), items: z.array(z.object({ count: z.number().int() }).strict()) })
    .strict();

  it("prefixes each issue with its dotted path and joins them with '; '", () => {
    expect(errorOf(schema, { name: 1, items: [{ count: 1 }, { count: 1.5 }] })).toBe(
      "name: Invalid input: expected string, received number; items.1.count: Invalid input: expected int, received number",
    );
  });
  it("names an unknown key", () => {
    expect(errorOf(schema, { name: "x", items: [{ count: 1, cuont: 2 }] })).toBe(
      'items.0: Unrecognized key: "cuont"',
    );
  });
  it("leaves out the path of a top-level issue", () => {
    expect(errorOf(schema, 5)).toBe("Invalid input: expected object, received number");
  });
  it("explains a union failure by the closest branch", () => {
    const union = z.object({
      source: z.union([
        z.object({ file: z.string() }).strict(),
        z.object({ generator: z.record(z.string(), z.unknown()) }).strict(),
      ]),
    });
    expect(errorOf(union, { source: { file: 3 } })).toBe(
      "source.file: Invalid input: expected string, received number",
    );
    expect(errorOf(union, { source: { file: "x", colums: {} } })).toBe(
      'source: Unrecognized key: "colums"',
    );
    expect(errorOf(union, { source: "x" })).toBe(
      "source: Invalid input: expected object, received string",
    );
    const tie = errorOf(union, { source: {} });
    expect(tie).toMatch(
      /^source: Invalid input, expected one of: \(source\.file: .*\) or \(source\.generator: .*\)$/,
    );
  });
});
