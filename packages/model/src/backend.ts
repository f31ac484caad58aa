// Backend selection. `auto` picks cuda (@prorl/kernels-cuda's CUDA target, when it is built and
// finds a GPU) > tensorflow (tfjs-node-gpu or tfjs-node, optional, when installed) > native
// (@prorl/kernels-cuda's CPU target, when its addon is built) > wasm > cpu. The wasm backend has no
// UnsortedSegmentSum kernel, which the gradient of tf.gather (the embedding lookup) needs;
// registerWasmTrainingKernels adds one in plain JS.
import * as tf from "@tensorflow/tfjs-core";
import type { BackendChoice } from "./backend-choices.js";
import "./gradients.js";

/** What @prorl/kernels-cuda exports that selection uses (imported dynamically). */
interface KernelsModule {
  registerNativeBackend(): boolean;
  nativeBackendStatus(): { available: boolean; reason?: string };
  registerCudaBackend(): boolean;
  cudaBackendStatus(): { available: boolean; reason?: string };
}

/** Why a backend of @prorl/kernels-cuda could not be loaded, for the error message. */
const kernelsReason: { native: string; cuda: string } = { native: "", cuda: "" };

async function loadKernelsBackend(target: "native" | "cuda"): Promise<boolean> {
  let mod: KernelsModule;
  try {
    mod = (await import(/* @vite-ignore */ "@prorl/kernels-cuda")) as KernelsModule;
  } catch (e) {
    kernelsReason[target] = `@prorl/kernels-cuda could not be imported (${(e as Error).message})`;
    return false;
  }
  const registered = target === "cuda" ? mod.registerCudaBackend() : mod.registerNativeBackend();
  if (!registered) {
    const status = target === "cuda" ? mod.cudaBackendStatus() : mod.nativeBackendStatus();
    kernelsReason[target] = status.reason ?? "unknown reason";
    return false;
  }
  return true;
}

/** Loads a module by a name TypeScript does not resolve (optional dependencies). */
async function tryImport(spec: string): Promise<boolean> {
  try {
    await import(/* @vite-ignore */ spec);
    return true;
  } catch {
    return false;
  }
}

/** Whether a backend is registered already (an application that bundles it), or its package loads. */
async function registeredOrImported(name: string, spec: string): Promise<boolean> {
  return tf.findBackendFactory(name) !== null || (await tryImport(spec));
}

/**
 * UnsortedSegmentSum for the wasm backend, computed in JavaScript on the values read back from the
 * wasm heap: out[segmentIds[i], ...] += x[i, ...]. Linear in the input size.
 */
export function registerWasmTrainingKernels(): void {
  if (tf.getKernel("UnsortedSegmentSum", "wasm")) return;
  tf.registerKernel({
    kernelName: "UnsortedSegmentSum",
    backendName: "wasm",
    kernelFunc: ({ inputs, attrs, backend }) => {
      const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
      const numSegments = (attrs as { numSegments: number }).numSegments;
      const b = backend as unknown as {
        readSync(id: tf.DataId): ArrayLike<number>;
        makeOutput(
          shape: number[],
          dtype: tf.DataType,
          off?: number,
          values?: tf.TypedArray,
        ): tf.TensorInfo;
      };
      const xs = b.readSync(x.dataId);
      const ids = b.readSync(segmentIds.dataId);
      const nIds = segmentIds.shape.reduce((a, d) => a * d, 1);
      const inner = x.shape.slice(segmentIds.shape.length).reduce((a, d) => a * d, 1);
      const out =
        x.dtype === "int32"
          ? new Int32Array(numSegments * inner)
          : new Float32Array(numSegments * inner);
      for (let i = 0; i < nIds; i++) {
        const s = ids[i] as number;
        if (s < 0 || s >= numSegments) continue;
        const o = s * inner;
        const xi = i * inner;
        for (let j = 0; j < inner; j++)
          out[o + j] = (out[o + j] as number) + (xs[xi + j] as number);
      }
      return b.makeOutput(
        [numSegments, ...x.shape.slice(segmentIds.shape.length)],
        x.dtype,
        undefined,
        out,
      );
    },
  });
}

/**
 * Selects and initialises a backend; returns the name tfjs reports. `auto` tries cuda, tensorflow,
 * native, wasm, then cpu. Naming a backend that cannot load is an error.
 */
export async function selectBackend(choice: BackendChoice = "auto"): Promise<string> {
  const attempts: Array<() => Promise<boolean>> = [];
  const tensorflow = async () =>
    ((await tryImport("@tensorflow/tfjs-node-gpu")) ||
      (await tryImport("@tensorflow/tfjs-node"))) &&
    (await tf.setBackend("tensorflow"));
  const wasm = async () => {
    if (!(await registeredOrImported("wasm", "@tensorflow/tfjs-backend-wasm"))) return false;
    registerWasmTrainingKernels();
    return tf.setBackend("wasm");
  };
  const cpu = async () =>
    (await registeredOrImported("cpu", "@tensorflow/tfjs-backend-cpu")) &&
    (await tf.setBackend("cpu"));
  const native = async () =>
    (await loadKernelsBackend("native")) && (await tf.setBackend("native"));
  const cuda = async () => (await loadKernelsBackend("cuda")) && (await tf.setBackend("cuda"));
  if (choice === "auto") attempts.push(cuda, tensorflow, native, wasm, cpu);
  else attempts.push({ cuda, tensorflow, native, wasm, cpu }[choice]);
  for (const attempt of attempts) {
    if (await attempt()) {
      await tf.ready();
      return tf.getBackend();
    }
  }
  throw new Error(
    choice === "auto"
      ? "no TensorFlow.js backend could be loaded (tried cuda, tensorflow, native, wasm, cpu)"
      : `the ${choice} backend could not be loaded${choice === "tensorflow" ? " (install @tensorflow/tfjs-node or @tensorflow/tfjs-node-gpu)" : choice === "native" || choice === "cuda" ? `: ${kernelsReason[choice]}` : ""}`,
  );
}
