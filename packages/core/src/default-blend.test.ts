import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildBlend, componentCounts, formatBlendTable, loadBlendFile } from "./blend.js";
import { PRORL_BLEND_PATH } from "./default-blend.js";
import { TaskRegistry } from "./registry.js";
import { type AnyTask, verdict } from "./task.js";

function parquetRows(n: number, prefix: string): Uint8Array {
  const problems = Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
  return new Uint8Array(
    parquetWriteBuffer({ columnData: [{ name: "problem", data: problems, type: "STRING" }] }),
  );
}

describe("the shipped ProRL blend", () => {
  it("has the paper's composition: 40K + 24K + 25K + 37K + 10K = 136K", async () => {
    const { config } = await loadBlendFile(PRORL_BLEND_PATH);
    const counts = componentCounts(config);
    const byName = Object.fromEntries(
      config.components.map((c, i) => [c.name ?? c.task, counts[i]]),
    );
    expect(byName).toEqual({
      math: 40_000,
      code: 24_000,
      stem: 25_000,
      logic: 37_000,
      "instruction-following": 10_000,
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(136_000);
  });

  describe("built against small stand-in data sets", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "prorl-default-blend-"));
    const previous = process.env.PRORL_DATA;
    afterAll(() => {
      rmSync(dataDir, { recursive: true, force: true });
      if (previous === undefined) delete process.env.PRORL_DATA;
      else process.env.PRORL_DATA = previous;
    });

    const Row = z.object({ problem: z.string() });
    // The shipped blend names each file source's layout; the stand-ins read all three alike.
    const loaders = Object.fromEntries(
      ["deepscaler", "prime", "scp"].map((name) => [name, { description: name, schema: Row }]),
    );
    const task = (id: string, domain: AnyTask["domain"], withGenerator: boolean): AnyTask => ({
      id,
      domain,
      rewardType: "binary",
      schema: Row,
      loaders,
      prompt: (e: { problem: string }) => e.problem,
      verify: () => verdict(0, ""),
      ...(withGenerator
        ? {
            generator: {
              configSchema: z.object({ seed: z.number() }),
              generate: (config: unknown, index: number) => ({
                problem: `${id} ${(config as { seed: number }).seed} ${index}`,
              }),
            },
          }
        : {}),
    });

    it("says which components fall short and by how much", async () => {
      const rows = (n: number, prefix: string) =>
        Array.from({ length: n }, (_, i) => JSON.stringify({ problem: `${prefix} ${i}` })).join(
          "\n",
        );
      writeFileSync(
        join(dataDir, "deepscaler.json"),
        `[${rows(100, "math").replaceAll("\n", ",")}]`,
      );
      writeFileSync(join(dataDir, "eurus2-rl-code.parquet"), parquetRows(10, "code"));
      // scp-116k.jsonl is missing on purpose.
      process.env.PRORL_DATA = dataDir;
      const registry = new TaskRegistry().add({
        name: "stand-ins",
        tasks: [
          task("math", "math", false),
          task("code", "code", false),
          task("stem", "stem", false),
          task("logic/a", "logic", true),
          task("logic/b", "logic", true),
          task("if", "if", true),
        ],
      });
      const blend = await buildBlend(await loadBlendFile(PRORL_BLEND_PATH), registry);
      const table = formatBlendTable(blend);
      expect(table).toContain("- math: falls short by 39964 (asked 40064, source has 100 unique)");
      expect(table).toContain("- code: falls short by 24054 (asked 24064, source has 10 unique)");
      expect(table).toMatch(/- stem: .*scp-116k\.jsonl: no such file/);
      expect(blend.components.find((c) => c.component === "logic")).toMatchObject({
        train: 37_000,
        validation: 64,
        shortfall: 0,
      });
      expect(blend.train.length).toBe(36 + 0 + 0 + 37_000 + 10_000);
      expect(blend.complete).toBe(false);
    });
  });
});
