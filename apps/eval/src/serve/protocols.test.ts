import { describe, expect, it } from "vitest";
import { parseLabel, responseOfQuery, stripEndTokens } from "./protocols.js";

describe("OpenRLHF queries", () => {
  it("take the response after the prompt, the whole query when the prompt is not in it", () => {
    const prompt = "<|im_start|>user\nSolve.<|im_end|>\n<|im_start|>assistant\n";
    expect(responseOfQuery(`${prompt}x = \\boxed{2}<|im_end|>`, prompt)).toBe("x = \\boxed{2}");
    expect(responseOfQuery(`<s>${prompt}answer`, prompt)).toBe("answer");
    expect(responseOfQuery("cut prompt ... answer", prompt)).toBe("cut prompt ... answer");
    expect(responseOfQuery("answer<|endoftext|>", undefined)).toBe("answer");
  });

  it("strip end-of-sequence tokens only at the end, and nothing that is not a token", () => {
    expect(stripEndTokens("a<|im_end|><|endoftext|>")).toBe("a");
    expect(stripEndTokens("a</s>")).toBe("a");
    expect(stripEndTokens("a<｜end▁of▁sentence｜>")).toBe("a");
    expect(stripEndTokens("<|im_end|> in the middle")).toBe("<|im_end|> in the middle");
    expect(stripEndTokens("x |> y <| z |>")).toBe("x |> y <| z |>");
    expect(stripEndTokens("a <|not a token|>")).toBe("a <|not a token|>");
    expect(stripEndTokens(`a<|${"x".repeat(100)}|>`)).toBe(`a<|${"x".repeat(100)}|>`);
    expect(stripEndTokens("|>")).toBe("|>");
  });

  it("leave a megabyte of hostile brackets as it is", () => {
    const hostile = "<|".repeat(500_000) + "|>".repeat(2);
    expect(stripEndTokens(hostile)).toBe(hostile);
  });
});

describe("labels", () => {
  it("are the JSON text or object {task, example[, options]}", () => {
    const label = { task: "math", example: { problem: "p", answer: "1" } };
    expect(parseLabel(JSON.stringify(label))).toEqual(label);
    expect(parseLabel({ ...label, options: { mode: "lenient" } })).toEqual({
      ...label,
      options: { mode: "lenient" },
    });
    expect(parseLabel("{not json")).toMatchObject({
      error: expect.stringMatching(/^label is not JSON/),
    });
    expect(parseLabel("42")).toMatchObject({
      error: expect.stringMatching(/must be the JSON object/),
    });
    expect(parseLabel(null)).toMatchObject({ error: expect.any(String) });
  });
});
