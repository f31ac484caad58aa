import { describe, expect, it } from "vitest";
import { parseTrainConfig, settingsAt } from "./config.js";
import { tinyConfig } from "./testing/tiny-config.js";

describe("train config", () => {
  it("fills in the ProRL defaults", () => {
    const c = parseTrainConfig({
      model: { path: "m" },
      blend: "blend.yaml",
    });
    expect(c.rollout).toMatchObject({ n: 16, temperature: 1.2, topP: 1, maxTokens: 8192 });
    expect(c.batch).toMatchObject({ prompts: 256, miniBatch: 64 });
    expect(c.objective).toMatchObject({
      clipLow: 0.2,
      clipHigh: 0.4,
      klEstimator: "k3",
      klCoef: 1e-4,
    });
    expect(c.objective.aggregation).toBe("token-mean");
    expect(c.optimizer).toMatchObject({ lr: 2e-6, schedule: { type: "constant" } });
    expect(c.validation).toMatchObject({ temperature: 0.6, topP: 0.95 });
    expect(c.dynamicSampling.enabled).toBe(true);
  });

  it("reports a misspelt key with its path", () => {
    expect(() => parseTrainConfig({ ...tinyConfig(), rollout: { n: 4, temprature: 1 } })).toThrow(
      /rollout.*temprature/,
    );
  });

  it("refuses a model with both or neither of path and init", () => {
    expect(() => parseTrainConfig({ ...tinyConfig(), model: {} })).toThrow(
      /model\.path or model\.init/,
    );
  });

  it("refuses a mini-batch larger than the batch and stages out of order", () => {
    expect(() =>
      parseTrainConfig({ ...tinyConfig(), batch: { prompts: 4, miniBatch: 8 } }),
    ).toThrow(/batch\.miniBatch/);
    expect(() =>
      parseTrainConfig({ ...tinyConfig(), stages: [{ start: 5 }, { start: 3 }] }),
    ).toThrow(/stages/);
  });

  it("applies stages in order from their start step", () => {
    const c = parseTrainConfig({
      ...tinyConfig(),
      stages: [
        { name: "longer", start: 3, rollout: { maxTokens: 12 } },
        { name: "more samples", start: 5, rollout: { n: 6 }, lr: 0.5 },
      ],
    });
    expect(settingsAt(c, 2)).toMatchObject({ stage: "base", rollout: { maxTokens: 6, n: 3 } });
    expect(settingsAt(c, 3)).toMatchObject({ stage: "longer", rollout: { maxTokens: 12, n: 3 } });
    expect(settingsAt(c, 9)).toMatchObject({
      stage: "more samples",
      lr: 0.5,
      rollout: { maxTokens: 12, n: 6 },
    });
  });
});
