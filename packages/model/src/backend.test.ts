import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-wasm";
import { cudaBackendStatus, nativeBackendStatus } from "@prorl/kernels-cuda";
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, describe, expect, it } from "vitest";
import { registerWasmTrainingKernels, selectBackend } from "./backend.js";
import { CausalLM } from "./model.js";
import { sftLoss, sftStep } from "./score.js";
import { randomTensors, tinyConfig } from "./testing/reference.js";
import { weightSpecs } from "./weights.js";

afterAll(async () => {
  await tf.setBackend("cpu");
});

describe("backends", () => {
  it("auto picks cuda (on a GPU), else native (where built), else wasm, when tfjs-node is not installed; cpu can be named", async () => {
    expect(await selectBackend("cpu")).toBe("cpu");
    const cuda = cudaBackendStatus().available;
    const expected = cuda ? "cuda" : nativeBackendStatus().available ? "native" : "wasm";
    expect(await selectBackend("auto")).toBe(expected);
    await expect(selectBackend("tensorflow")).rejects.toThrow(
      /tensorflow backend could not be loaded/,
    );
  });

  it.skipIf(cudaBackendStatus().available)(
    "naming cuda without a usable GPU says why, in one line",
    async () => {
      const reason = cudaBackendStatus().reason ?? "";
      expect(reason).toMatch(/CUDA|nvcc|cuda/);
      await expect(selectBackend("cuda")).rejects.toThrow(
        `the cuda backend could not be loaded: ${reason}`,
      );
      expect(reason).not.toContain("\n");
    },
  );

  it("the wasm UnsortedSegmentSum matches the cpu backend's", async () => {
    const x = [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ];
    const ids = [2, 0, 2, 1];
    const run = () =>
      tf.unsortedSegmentSum(tf.tensor2d(x), tf.tensor1d(ids, "int32"), 4).arraySync();
    await tf.setBackend("cpu");
    const want = run();
    await tf.setBackend("wasm");
    registerWasmTrainingKernels();
    expect(run()).toEqual(want);
    expect(want).toEqual([
      [3, 4],
      [7, 8],
      [6, 8],
      [0, 0],
    ]);
  });

  it("gradients and an SFT step on wasm agree with the cpu backend", async () => {
    const c = tinyConfig();
    const w = randomTensors(c, weightSpecs(c), 4);
    const batch = {
      prompts: [[1, 2, 3], [4]],
      responses: [
        [5, 6],
        [7, 8, 9],
      ],
    };
    const losses: number[][] = [];
    for (const backend of ["cpu", "wasm"] as const) {
      await selectBackend(backend);
      const model = CausalLM.fromArrays(c, w);
      const opt = tf.train.sgd(0.1);
      const l = [sftStep(model, opt, batch), sftStep(model, opt, batch)];
      const after = sftLoss(model, batch);
      l.push(after.dataSync()[0] as number);
      after.dispose();
      losses.push(l);
      opt.dispose();
      model.dispose();
    }
    const [cpu, wasm] = losses as [number[], number[]];
    for (const [i, v] of cpu.entries()) expect(wasm[i]).toBeCloseTo(v, 4);
    expect(cpu[2]).toBeLessThan(cpu[0] as number);
  });
});
