// The TensorFlow.js KernelBackend of the native addon: tensor data lives in the addon's buffers
// (handles in a DataStorage keyed by tfjs data ids), reference counted like tfjs's cpu backend so
// that Reshape / Identity / ExpandDims share storage. Strings stay in JavaScript (no kernel uses
// them); complex64 is not supported.
import {
  type BackendTimingInfo,
  type BackendValues,
  type DataId,
  DataStorage,
  type DataType,
  engine,
  KernelBackend,
  type TensorInfo,
  util,
} from "@tensorflow/tfjs-core";
import { DT, type Handle, type KernelAddon, type NativeMemory } from "./native.js";

export interface NativeTensorData {
  /** Native buffer; 0 for strings. */
  handle: Handle;
  dtype: DataType;
  size: number;
  refCount: number;
  strings?: Uint8Array[];
}

export class NativeBackendError extends Error {
  override name = "NativeBackendError";
}

export function dtypeCode(dtype: DataType, kernel: string): number {
  if (dtype === "float32" || dtype === "int32" || dtype === "bool") return DT[dtype];
  throw new NativeBackendError(`${kernel}: the native backend does not support dtype ${dtype}`);
}

export function elemBytes(dtype: DataType): number {
  return dtype === "bool" ? 1 : 4;
}

function emptyArray(dtype: DataType, size: number): Float32Array | Int32Array | Uint8Array {
  if (dtype === "int32") return new Int32Array(size);
  if (dtype === "bool") return new Uint8Array(size);
  return new Float32Array(size);
}

function asTyped(values: BackendValues, dtype: DataType): ArrayBufferView {
  if (dtype === "float32") {
    return values instanceof Float32Array ? values : Float32Array.from(values as ArrayLike<number>);
  }
  if (dtype === "int32") {
    return values instanceof Int32Array ? values : Int32Array.from(values as ArrayLike<number>);
  }
  return values instanceof Uint8Array ? values : Uint8Array.from(values as ArrayLike<number>);
}

export class NativeBackend extends KernelBackend {
  readonly addon: KernelAddon;
  readonly data: DataStorage<NativeTensorData>;
  /** The name it is registered under: `native` (CPU target), `cuda`, or `cuda-emulated`. */
  readonly name: string;
  static #nextId = 0;

  constructor(addon: KernelAddon, name = "native") {
    super();
    this.addon = addon;
    this.name = name;
    this.data = new DataStorage(this, engine());
  }

  #store(dataId: DataId, values: BackendValues | null, shape: number[], dtype: DataType, rc = 1) {
    const size = util.sizeFromShape(shape);
    if (dtype === "string") {
      this.data.set(dataId, {
        handle: 0,
        dtype,
        size,
        refCount: rc,
        strings: (values ?? []) as Uint8Array[],
      });
      return;
    }
    dtypeCode(dtype, "write");
    const handle = this.addon.alloc(Math.max(1, size) * elemBytes(dtype));
    if (values !== null && size > 0) this.addon.write(handle, asTyped(values, dtype));
    this.data.set(dataId, { handle, dtype, size, refCount: rc });
  }

  override write(values: BackendValues | null, shape: number[], dtype: DataType): DataId {
    const dataId = { id: NativeBackend.#nextId++ };
    this.#store(dataId, values, shape, dtype);
    return dataId;
  }

  override move(
    dataId: DataId,
    values: BackendValues,
    shape: number[],
    dtype: DataType,
    refCount: number,
  ): void {
    this.#store(dataId, values, shape, dtype, refCount);
  }

  /** A fresh, uninitialised output tensor. */
  makeOutput(shape: number[], dtype: DataType): TensorInfo {
    return { dataId: this.write(null, shape, dtype), shape, dtype };
  }

  /** The native handle of a tensor. */
  handle(t: TensorInfo): Handle {
    const d = this.data.get(t.dataId);
    if (!d) throw new NativeBackendError(`tensor data is not on the ${this.name} backend`);
    return d.handle;
  }

  /** Output sharing the input's storage (Reshape, Identity, ExpandDims, Squeeze). */
  alias(x: TensorInfo, shape: number[]): TensorInfo {
    this.incRef(x.dataId);
    return { dataId: x.dataId, shape, dtype: x.dtype };
  }

  override refCount(dataId: DataId): number {
    return this.data.has(dataId) ? (this.data.get(dataId)?.refCount ?? 0) : 0;
  }

  override incRef(dataId: DataId): void {
    const d = this.data.get(dataId);
    if (d) d.refCount++;
  }

  override numDataIds(): number {
    return this.data.numDataIds();
  }

  override async read(dataId: DataId): Promise<BackendValues> {
    return this.readSync(dataId);
  }

  override readSync(dataId: DataId): BackendValues {
    const d = this.data.get(dataId);
    if (!d)
      throw new NativeBackendError(`readSync of a tensor that is not on the ${this.name} backend`);
    if (d.dtype === "string") return d.strings ?? [];
    const out = emptyArray(d.dtype, d.size);
    if (d.size > 0) this.addon.read(d.handle, out);
    return out;
  }

  override disposeData(dataId: DataId, force = false): boolean {
    const d = this.data.get(dataId);
    if (!d) return true;
    d.refCount--;
    if (!force && d.refCount > 0) return false;
    if (d.handle !== 0) this.addon.free(d.handle);
    this.data.delete(dataId);
    return true;
  }

  /** Frees an intermediate output a kernel made and does not return. */
  disposeIntermediate(t: TensorInfo): void {
    this.disposeData(t.dataId);
  }

  override async time(f: () => void): Promise<BackendTimingInfo> {
    this.synchronize();
    const start = util.now();
    f();
    this.synchronize();
    return { kernelMs: util.now() - start };
  }

  /** Waits for queued device work (the CUDA target launches asynchronously; the CPU does not). */
  synchronize(): void {
    (this.addon as { synchronize?: () => void }).synchronize?.();
  }

  override timerAvailable(): boolean {
    return true;
  }

  override memory(): { unreliable: boolean; reasons?: string[] } & NativeMemory {
    return { unreliable: false, ...this.addon.memory() };
  }

  override floatPrecision(): 16 | 32 {
    return 32;
  }

  override epsilon(): number {
    return super.epsilon();
  }

  override dispose(): void {
    this.addon.emptyCache();
  }
}
