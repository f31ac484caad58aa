import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "./config-file.js";

describe("loadConfigFile", () => {
  it("parses YAML or JSON and passes the file's directory, naming the file in every error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-config-"));
    const parse = (value: unknown, baseDir: string) => {
      if (typeof value !== "object" || value === null) throw new Error("expected a mapping");
      return { value, baseDir };
    };
    await writeFile(join(dir, "a.yaml"), "x: 1\ny: [a, b]\n");
    await writeFile(join(dir, "b.json"), '{"x": 2}');
    await writeFile(join(dir, "bad.yaml"), "x: [1, 2\n");
    await writeFile(join(dir, "scalar.yaml"), "7\n");
    expect(await loadConfigFile(join(dir, "a.yaml"), "demo", parse)).toEqual({
      value: { x: 1, y: ["a", "b"] },
      baseDir: dir,
    });
    expect((await loadConfigFile(join(dir, "b.json"), "demo", parse)).value).toEqual({ x: 2 });
    await expect(loadConfigFile(join(dir, "none.yaml"), "demo", parse)).rejects.toThrow(
      `${join(dir, "none.yaml")}: no such demo file`,
    );
    await expect(loadConfigFile(join(dir, "bad.yaml"), "demo", parse)).rejects.toThrow(
      /bad\.yaml: not valid YAML\/JSON \(/,
    );
    await expect(loadConfigFile(join(dir, "scalar.yaml"), "demo", parse)).rejects.toThrow(
      `${join(dir, "scalar.yaml")}: expected a mapping`,
    );
  });
});
