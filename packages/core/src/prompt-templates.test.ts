import { describe, expect, it } from "vitest";
import { fillTemplate, templateFor } from "./prompting.js";

describe("prompt templates", () => {
  it("fills fields and dotted paths", () => {
    expect(fillTemplate("<answer>{answer}</answer>", { answer: "12" })).toBe("<answer>12</answer>");
    expect(fillTemplate("reverse {metadata.word}", { metadata: { word: "sun" } })).toBe(
      "reverse sun",
    );
    expect(fillTemplate("{n}", { n: 3 })).toBe("3");
  });

  it("names a missing field", () => {
    expect(() => fillTemplate("{answer} {metadata.nope}", { answer: "1", metadata: {} })).toThrow(
      /no field "metadata.nope"/,
    );
  });

  it("takes the first glob that matches the task id", () => {
    const templates = { "logic/spell_*": "A", "logic/*": "B" };
    expect(templateFor(templates, "logic/spell_backward")).toBe("A");
    expect(templateFor(templates, "logic/countdown")).toBe("B");
    expect(templateFor(templates, "math")).toBeUndefined();
  });
});
