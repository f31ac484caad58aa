// The model on @prorl/kernels-cuda's backends (the native CPU target; the CUDA target on a GPU, and
// its kernels in the CPU emulator) against TensorFlow.js's cpu backend: logits, and one full
// training step (scores, loss, every gradient through tf.variableGrads, an SGD update). Each
// target skips, saying why, where it is not available. (The step is plain SGD: Adam's
// first step is lr * sign(g), which turns rounding noise in gradients that are exactly zero in
// exact arithmetic, such as the key biases', into full-size differences.)
import "@tensorflow/tfjs-backend-cpu";
import {
  type CudaVariant,
  configureNativeBackend,
  cudaBackendStatus,
  nativeBackendStatus,
  registerCudaBackend,
  setCudaMathMode,
} from "@prorl/kernels-cuda";
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import { FUSED_KERNELS } from "./fused.js";
import { CausalLM, disposeCache } from "./model.js";
import { modelGradients, sftLoss, sftStep } from "./score.js";
import { randomTensors, tinyConfig } from "./testing/reference.js";
import { weightSpecs } from "./weights.js";

const status = nativeBackendStatus();

interface Target {
  backend: string;
  available: boolean;
  reason?: string;
  use(): Promise<void>;
  /** The CUDA targets: which addon, for its math mode. */
  cudaVariant?: CudaVariant;
}
const targets: Target[] = [
  { backend: "native", ...status, use: async () => void (await selectBackend("native")) },
  {
    backend: "cuda",
    ...cudaBackendStatus(),
    use: async () => void (await selectBackend("cuda")),
    cudaVariant: "cuda",
  },
  {
    backend: "cuda-emulated",
    cudaVariant: "emulated",
    ...cudaBackendStatus("emulated"),
    use: async () => {
      expect(registerCudaBackend("emulated")).toBe(true);
      await tf.setBackend("cuda-emulated");
    },
  },
];
for (const t of targets) {
  if (!t.available) console.warn(`model: tests on the ${t.backend} backend skipped: ${t.reason}`);
}
const cpuTarget: Target = {
  backend: "cpu",
  available: true,
  use: async () => void (await selectBackend("cpu")),
};

function relErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let err = 0;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    const a = got[i] as number;
    const b = want[i] as number;
    if (Number.isNaN(a)) return Number.POSITIVE_INFINITY;
    err = Math.max(err, Math.abs(a - b));
    scale = Math.max(scale, Math.abs(b));
  }
  return err / Math.max(scale, 1e-30);
}

const c = tinyConfig();
const w = randomTensors(c, weightSpecs(c), 5);
const batch = {
  prompts: [[1, 2, 3, 4], [5]],
  responses: [
    [6, 7],
    [8, 9, 10],
  ],
};

function run(target: Target) {
  return (async () => {
    await target.use();
    const model = CausalLM.fromArrays(c, w);
    const logits = model.forward(
      [
        [3, 1, 4, 1, 5],
        [0, 2, 7, 1, 8],
      ],
      [
        [1, 1, 1, 1, 1],
        [0, 1, 1, 1, 1],
      ],
    );
    const logitValues = logits.dataSync().slice();
    logits.dispose();
    const { value, grads } = modelGradients(model, () => sftLoss(model, batch));
    const loss = value.dataSync()[0] as number;
    const gradValues = new Map([...grads].map(([n, g]) => [n, g.dataSync().slice()]));
    const opt = tf.train.sgd(0.5);
    opt.applyGradients(
      Object.fromEntries([...model.params].map(([n, v]) => [v.name, grads.get(n) as tf.Tensor])),
    );
    const after = new Map([...model.params].map(([n, v]) => [n, v.dataSync().slice()]));
    value.dispose();
    tf.dispose([...grads.values()]);
    opt.dispose();
    model.dispose();
    return { logitValues, loss, gradValues, after };
  })();
}

/** Logits of one KV-cache decoding step after a left-padded prompt, and the kernels it ran. */
async function decodeStep(target: Target) {
  await target.use();
  const model = CausalLM.fromArrays(c, w);
  const mask = [
    [0, 0, 1, 1, 1],
    [1, 1, 1, 1, 1],
  ];
  const prompt = model.hidden(
    [
      [0, 0, 3, 4, 5],
      [6, 7, 8, 9, 10],
    ],
    { attentionMask: mask },
  );
  prompt.hidden.dispose();
  let logits: ArrayLike<number> = [];
  const { kernelNames } = await tf.profile(() => {
    const step = model.hidden([[11], [12]], {
      cache: prompt.cache,
      attentionMask: mask.map((r) => [...r, 1]),
    });
    const l = model.logitsOf(step.hidden);
    logits = l.dataSync().slice();
    tf.dispose([l, step.hidden]);
    disposeCache(step.cache);
  });
  disposeCache(prompt.cache);
  model.dispose();
  return { logits, kernelNames };
}

describe.skipIf(!status.available || cudaBackendStatus().available)("auto without a GPU", () => {
  it("prefers native over wasm where it is built", async () => {
    expect(await selectBackend("auto")).toBe("native");
    await tf.setBackend("cpu");
  });
});

for (const target of targets) {
  describe.skipIf(!target.available)(`the model on the ${target.backend} backend`, () => {
    afterAll(async () => {
      await tf.setBackend("cpu");
    });

    it("gives the cpu backend's logits, loss, gradients and updated weights", async () => {
      const cpu = await run(cpuTarget);
      const nat = await run(target);
      expect(relErr(nat.logitValues, cpu.logitValues)).toBeLessThan(1e-5);
      expect(Math.abs(nat.loss - cpu.loss) / Math.abs(cpu.loss)).toBeLessThan(1e-5);
      expect([...nat.gradValues.keys()].sort()).toEqual([...cpu.gradValues.keys()].sort());
      expect(cpu.gradValues.size).toBe(weightSpecs(c).length);
      for (const [name, g] of cpu.gradValues) {
        expect(
          relErr(nat.gradValues.get(name) as Float32Array, g),
          `gradient of ${name}`,
        ).toBeLessThan(1e-4);
      }
      for (const [name, p] of cpu.after) {
        expect(
          relErr(nat.after.get(name) as Float32Array, p),
          `${name} after the step`,
        ).toBeLessThan(1e-5);
      }
    });

    it.skipIf(target.cudaVariant === undefined)(
      "with TF32 or bf16 matrix products, stays within their precision of the cpu backend",
      async () => {
        const variant = target.cudaVariant as CudaVariant;
        const cpu = await run(cpuTarget);
        const errors: Record<string, number> = {};
        try {
          for (const mode of ["tf32", "bf16"] as const) {
            setCudaMathMode(mode, variant);
            const got = await run(target);
            errors[mode] = relErr(got.logitValues, cpu.logitValues);
            expect(Math.abs(got.loss - cpu.loss) / Math.abs(cpu.loss), `${mode} loss`).toBeLessThan(
              1e-2,
            );
          }
        } finally {
          setCudaMathMode("f32", variant);
        }
        expect(errors.tf32, "tf32 logits").toBeLessThan(1e-2);
        expect(errors.bf16, "bf16 logits").toBeLessThan(1e-2);
        expect(errors.bf16).toBeGreaterThan(1e-5);
      },
    );
  });

  describe.skipIf(!target.available)(`fused attention in the model on ${target.backend}`, () => {
    afterAll(async () => {
      await tf.setBackend("cpu");
    });

    it("runs in the forward and the gradient of a training step", async () => {
      await target.use();
      const model = CausalLM.fromArrays(c, w);
      const { kernelNames } = await tf.profile(() => {
        const { value, grads } = modelGradients(model, () => sftLoss(model, batch));
        tf.dispose([value, ...grads.values()]);
      });
      expect(kernelNames).toContain(FUSED_KERNELS.attention);
      expect(kernelNames).toContain(FUSED_KERNELS.attentionGrad);
      expect(kernelNames).not.toContain("Softmax");
      model.dispose();
    });

    it("runs in KV-cache decoding and gives the cpu backend's logits", async () => {
      const cpu = await decodeStep(cpuTarget);
      const nat = await decodeStep(target);
      expect(cpu.kernelNames).not.toContain(FUSED_KERNELS.attention);
      expect(nat.kernelNames).toContain(FUSED_KERNELS.attention);
      expect(relErr(nat.logits, cpu.logits)).toBeLessThan(1e-5);
    });
  });

  describe.skipIf(!target.available)(`training on the ${target.backend} backend`, () => {
    it("leaks no tensors or native memory across steps (fused kernels included)", async () => {
      await target.use();
      const model = CausalLM.fromArrays(c, w);
      const opt = tf.train.adam(0.01);
      sftStep(model, opt, batch);
      const tensors = tf.memory().numTensors;
      const bytes = (tf.memory() as unknown as { bytesInUse: number }).bytesInUse;
      const first = sftStep(model, opt, batch);
      const second = sftStep(model, opt, batch);
      expect(tf.memory().numTensors).toBe(tensors);
      expect((tf.memory() as unknown as { bytesInUse: number }).bytesInUse).toBe(bytes);
      expect(second).toBeLessThan(first);
      opt.dispose();
      model.dispose();
      await tf.setBackend("cpu");
    });
  });
}

describe.skipIf(!status.available)("reproducible training on the native backend", () => {
  // The embedded default's shapes (width 128, SwiGLU 384, 4 heads over 2 key/value heads, byte
  // vocabulary), and a batch large enough that the matrix products, the elementwise and row
  // loops and the RMSNorm weight gradient all run on several threads.
  const big = tinyConfig({
    hidden_size: 128,
    intermediate_size: 384,
    num_attention_heads: 4,
    num_key_value_heads: 2,
    vocab_size: 259,
    tie_word_embeddings: true,
  });
  const weights = randomTensors(big, weightSpecs(big), 11);
  const tokens = (row: number, n: number, from: number) =>
    Array.from({ length: n }, (_, t) => (row * 37 + t * 11 + from) % 256);
  const longBatch = {
    prompts: Array.from({ length: 8 }, (_, r) => tokens(r, 40, 3)),
    responses: Array.from({ length: 8 }, (_, r) => tokens(r, 40, 101)),
  };

  async function gradientBits(threads: number) {
    configureNativeBackend({ gemm: "builtin", threads });
    await selectBackend("native");
    const model = CausalLM.fromArrays(big, weights);
    const { value, grads } = modelGradients(model, () => sftLoss(model, longBatch));
    const bits = new Map<string, Uint32Array>([["loss", new Uint32Array(value.dataSync().buffer)]]);
    for (const [name, g] of grads) bits.set(name, new Uint32Array(g.dataSync().slice().buffer));
    tf.dispose([value, ...grads.values()]);
    model.dispose();
    return bits;
  }

  it("with the builtin GEMM, a training step's loss and gradients have the same bits on 1, 2 and 3 threads", async () => {
    const before = configureNativeBackend();
    try {
      const one = await gradientBits(1);
      for (const threads of [2, 3]) {
        const other = await gradientBits(threads);
        for (const [name, want] of one) {
          const got = other.get(name) as Uint32Array;
          const differ = want.findIndex((w, i) => got[i] !== w);
          expect(differ, `${name} on ${threads} threads: first differing element`).toBe(-1);
        }
      }
    } finally {
      configureNativeBackend(before ?? {});
      await tf.setBackend("cpu");
    }
  });
});

describe.skipIf(status.available)("without the native addon", () => {
  it("auto falls back and naming native says why", async () => {
    expect(await selectBackend("auto")).not.toBe("native");
    await expect(selectBackend("native")).rejects.toThrow(/native backend could not be loaded: /);
  });
});
