import { describe, expect, it } from "vitest";
import { parseTrainConfig } from "./config.js";
import { formatChanges, identityChanges, jsonDiff } from "./config-diff.js";
import { tinyConfig } from "./testing/tiny-config.js";

const saved = (overrides = {}) => {
  const { baseDir: _, ...config } = parseTrainConfig(tinyConfig(overrides));
  return JSON.parse(JSON.stringify(config));
};

describe("config identity on resume", () => {
  it("ignores settings a resumed run may change (steps, learning rate)", () => {
    expect(identityChanges(saved(), saved({ steps: 40, optimizer: { lr: 1e-4 } }))).toEqual([]);
  });

  it("lists changed seed, model and blend keys with dotted paths", () => {
    const base = tinyConfig();
    const changed = saved({
      seed: 4,
      model: { path: "/models/qwen" },
      blend: { ...(base.blend as object), seed: 2 },
    });
    const changes = identityChanges(saved(), changed);
    expect(changes).toContainEqual({ path: "seed", from: 3, to: 4 });
    expect(changes).toContainEqual({ path: "model.path", from: undefined, to: "/models/qwen" });
    expect(changes).toContainEqual({ path: "blend.seed", from: 1, to: 2 });
    expect(formatChanges(changes)).toMatch(/^seed 3 -> 4; /);
    expect(formatChanges(changes)).toContain('model.path (unset) -> "/models/qwen"');
  });

  it("diffs arrays by position and cuts long lists", () => {
    expect(jsonDiff({ a: [1, 2] }, { a: [1, 3, 4] })).toEqual([
      { path: "a.1", from: 2, to: 3 },
      { path: "a.2", from: undefined, to: 4 },
    ]);
    const many = Array.from({ length: 6 }, (_, i) => ({ path: `k${i}`, from: 0, to: 1 }));
    expect(formatChanges(many)).toBe("k0 0 -> 1; k1 0 -> 1; k2 0 -> 1; k3 0 -> 1; and 2 more");
  });
});
